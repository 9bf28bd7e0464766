// SPDX-License-Identifier: MIT
#include "app/project/import_incidents_model.h"

#include "core/input_error.h"
#include "core/input_rejected.h"
#include "gis/io/layer_reader.h"
#include "gis/io/vector_layer.h"


namespace fg::app {

namespace {

/// The usual field names per role, as gis::IncidentImporter looks for them.
const char *const kUsualNames[ImportIncidentsModel::kRoleCount] = {
    "BH,ID,INCIDENT_ID,CASE_ID", "DSR,PARTY", "WFLX,VIOLATION_TYPE", "LY,SOURCE", "FXRQ,DISCOVERY_DATE", "MS,BZ,DESCRIPTION",
};

} // namespace

QString ImportIncidentsModel::roleName(Role role)
{
    switch (role) {
    case Role::Id:
        return tr("Incident number");
    case Role::Party:
        return tr("Party");
    case Role::ViolationType:
        return tr("Violation type");
    case Role::Source:
        return tr("Source");
    case Role::Date:
        return tr("Discovery date");
    case Role::Description:
        return tr("Description");
    }
    return {};
}

ImportIncidentsModel::ImportIncidentsModel(QObject *parent)
    : QObject(parent)
{
    connect(&m_job, &BackgroundJobBase::finished, this, &ImportIncidentsModel::onFinished);
    connect(&m_job, &BackgroundJobBase::counted, this, &ImportIncidentsModel::progress);
}

ImportIncidentsModel::~ImportIncidentsModel()
{
    // The worker reports to this object; let it finish its current commit first.
    m_job.waitForFinished();
}

void ImportIncidentsModel::load(const QString &layerPath)
{
    const gis::VectorLayer layer = gis::readLayer(layerPath);
    m_path = layerPath;
    m_fields.clear();
    for (const gis::FieldDefinition &field : layer.fields)
        m_fields << field.name;
    m_rows.clear();
    for (int row = 0; row < layer.featureCount(); ++row) {
        QStringList values;
        for (int field = 0; field < m_fields.size(); ++field)
            values << layer.value(row, field).toString();
        m_rows.push_back(values);
    }
    for (int role = 0; role < kRoleCount; ++role) {
        m_mapping[size_t(role)].clear();
        for (const QString &usual : QString::fromLatin1(kUsualNames[role]).split(QLatin1Char(','))) {
            const int index = layer.fieldIndex(usual);
            if (index >= 0 && m_mapping[size_t(role)].isEmpty())
                m_mapping[size_t(role)] = m_fields[index];
        }
    }
}

void ImportIncidentsModel::setField(Role role, const QString &field)
{
    if (!field.isEmpty() && !m_fields.contains(field))
        throw core::InputError(m_path, tr("the layer has no field '%1'").arg(field));
    m_mapping[size_t(role)] = field;
}

QList<QStringList> ImportIncidentsModel::preview(int count) const
{
    QList<QStringList> rows;
    for (int row = 0; row < count && row < featureCount(); ++row) {
        QStringList mapped;
        for (const QString &field : m_mapping)
            mapped << (field.isEmpty() ? QString() : m_rows[size_t(row)].value(int(m_fields.indexOf(field))));
        rows << mapped;
    }
    return rows;
}

gis::IncidentImportOptions ImportIncidentsModel::options() const
{
    gis::IncidentImportOptions options;
    options.fields.id = field(Role::Id);
    options.fields.party = field(Role::Party);
    options.fields.violationType = field(Role::ViolationType);
    options.fields.source = field(Role::Source);
    options.fields.date = field(Role::Date);
    options.fields.description = field(Role::Description);
    options.limits = m_limits;
    return options;
}

bool ImportIncidentsModel::start(gis::ProjectStore &store)
{
    if (running() || m_path.isEmpty())
        return false;
    gis::IncidentImportOptions options = this->options();
    m_cancel->store(false);
    const QString layerPath = m_path;
    gis::ProjectStore *target = &store;
    m_job.start([target, layerPath, options, cancel = m_cancel](const BackgroundReport &report) mutable {
        // The file is one edit: progress counts the incidents written before the one commit,
        // and a cancel rolls the whole file back.
        options.progress = [&report, cancel](int done, int total) {
            report.count(done, total);
            return !cancel->load();
        };
        Outcome outcome;
        try {
            outcome.result = gis::IncidentImporter::run(*target, layerPath, options);
        } catch (const gis::ReadCancelled &) {
            outcome.error = tr("Import cancelled: nothing was imported.");
        } catch (const core::InputRejected &error) {
            outcome.error
                = error.lines(10).join(QLatin1Char('\n')); // each problem on its line; a dialog shows 10
        } catch (const core::InputError &error) {
            outcome.error = error.message();
        } catch (const std::exception &error) {
            outcome.error = QString::fromUtf8(error.what());
        }
        return outcome;
    });
    return true;
}

void ImportIncidentsModel::onFinished()
{
    const Outcome outcome = m_job.result();
    if (!outcome.error.isEmpty())
        emit failed(outcome.error);
    else
        emit finished(outcome.result.imported, outcome.result.warnings);
}

} // namespace fg::app
