// SPDX-License-Identifier: MIT
// SqlProjectStore: township targets and measures (考核, schema step 10), logged and re-derived.
#include "gis/store/sql/sql_project_store.h"

#include "core/input_error.h"
#include "core/store_errors.h"
#include "gis/store/assessment_json.h"
#include "gis/store/log_replay.h"
#include "gis/store/sql/sql_rows_p.h"

#include <QJsonObject>

namespace fg::gis {

namespace {

QVariant optionalParam(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> optionalReal(const SqlRows &row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<double>(row.real(column));
}

QString realText(const SqlRows &row, int column)
{
    return row.isNull(column) ? QString() : LogReplay::number(row.real(column));
}

} // namespace

void SqlProjectStore::requireAssessmentWrite(const QString &record) const
{
    requireWritable();
    if (m_info.schemaVersion < kTownshipTargetsVersion)
        throw core::ProjectReadOnly(location(),
            tr("the project's schema (version %1) has no township targets yet: the bureau opens it once to "
               "upgrade it")
                .arg(m_info.schemaVersion));
    const StoreRights rights = this->rights();
    if (rights.scope != StoreRights::Scope::All)
        throw core::PermissionDenied(location(),
            tr("the login %1 may not record targets or measures: that is the bureau's right")
                .arg(m_operator.name),
            record);
}

core::TownshipTarget SqlProjectStore::setTarget(const core::TownshipTarget &given)
{
    const auto guard = lock();
    given.validate(location());
    requireAssessmentWrite(given.key());
    SqlTransaction transaction(*m_db);
    core::TownshipTarget target = given;
    std::optional<core::TownshipTarget> old;
    for (const core::TownshipTarget &stored : targets(given.year))
        if (stored.township == given.township)
            old = stored;
    if (old) {
        // A value left out keeps the stored one: a letter may give the two targets apart.
        if (!target.cultivatedM2)
            target.cultivatedM2 = old->cultivatedM2;
        if (!target.basicFarmlandM2)
            target.basicFarmlandM2 = old->basicFarmlandM2;
    }
    const core::AuditEvent event
        = appendEvent(QStringLiteral("township_target"), target.key(), QStringLiteral("set"),
            old ? QJsonValue(AssessmentJson::target(*old)) : QJsonValue(), AssessmentJson::target(target));
    target.setAt = sql_rows::storedTime(event.when);
    target.setBy = event.who;
    m_db->execute(QStringLiteral(
                      "INSERT INTO township_targets (township, year, cultivated_m2, basic_farmland_m2, unit, "
                      "set_at, set_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (township, year) DO "
                      "UPDATE SET cultivated_m2 = excluded.cultivated_m2, basic_farmland_m2 = "
                      "excluded.basic_farmland_m2, unit = excluded.unit, set_at = excluded.set_at, "
                      "set_by = excluded.set_by"),
        { target.township, target.year, optionalParam(target.cultivatedM2),
            optionalParam(target.basicFarmlandM2), QString::fromLatin1(core::targetUnitCode(target.unit)),
            event.when, event.who });
    transaction.commit();
    return target;
}

std::vector<core::TownshipTarget> SqlProjectStore::targets(std::optional<int> year) const
{
    const auto guard = lock();
    std::vector<core::TownshipTarget> result;
    if (m_info.schemaVersion < kTownshipTargetsVersion)
        return result;
    const QString where = year ? QStringLiteral(" WHERE year = ?1") : QString();
    SqlParams params;
    if (year)
        params.push_back(*year);
    for (auto row = m_db->query(
             QStringLiteral("SELECT township, year, cultivated_m2, basic_farmland_m2, unit, set_at, "
                            "set_by FROM township_targets%1 ORDER BY year, township")
                 .arg(where),
             params);
         row->next();) {
        core::TownshipTarget target;
        target.township = row->text(0);
        target.year = int(row->integer(1));
        target.cultivatedM2 = optionalReal(*row, 2);
        target.basicFarmlandM2 = optionalReal(*row, 3);
        core::parseTargetUnit(row->text(4), &target.unit);
        target.setAt = sql_rows::storedTime(row->text(5));
        target.setBy = row->text(6);
        result.push_back(target);
    }
    return result;
}

core::TownshipMeasure SqlProjectStore::addMeasure(const core::TownshipMeasure &given)
{
    const auto guard = lock();
    given.validate(location());
    requireAssessmentWrite(given.township);
    SqlTransaction transaction(*m_db);
    core::TownshipMeasure measure = given;
    auto next = m_db->query(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM township_measures"));
    measure.id = next->next() ? next->integer(0) : 1;
    next.reset();
    const core::AuditEvent event = appendEvent(QStringLiteral("township_measure"),
        QString::number(measure.id), QStringLiteral("add"), QJsonValue(), AssessmentJson::measure(measure));
    measure.recordedAt = sql_rows::storedTime(event.when);
    measure.recordedBy = event.who;
    m_db->execute(
        QStringLiteral(
            "INSERT INTO township_measures (id, township, kind, measure_date, issued_by, "
            "document_no, note, recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
        { measure.id, measure.township, core::measureKindCode(measure.kind),
            measure.date.toString(Qt::ISODate), measure.issuedBy, measure.documentNo, measure.note,
            event.when, event.who });
    transaction.commit();
    return measure;
}

std::vector<core::TownshipMeasure> SqlProjectStore::measures() const
{
    const auto guard = lock();
    std::vector<core::TownshipMeasure> result;
    if (m_info.schemaVersion < kTownshipTargetsVersion)
        return result;
    for (auto row = m_db->query(
             QStringLiteral("SELECT id, township, kind, measure_date, issued_by, document_no, note, "
                            "recorded_at, recorded_by FROM township_measures ORDER BY id"));
         row->next();) {
        core::TownshipMeasure measure;
        measure.id = row->integer(0);
        measure.township = row->text(1);
        if (!core::parseMeasureKind(row->text(2), &measure.kind))
            throw core::InputError(
                location(), tr("unknown measure kind '%1'").arg(row->text(2)), row->text(0));
        measure.date = QDate::fromString(row->text(3), Qt::ISODate);
        measure.issuedBy = row->text(4);
        measure.documentNo = row->text(5);
        measure.note = row->text(6);
        measure.recordedAt = sql_rows::storedTime(row->text(7));
        measure.recordedBy = row->text(8);
        result.push_back(measure);
    }
    return result;
}

void SqlProjectStore::storedAssessment(StoredRows &rows) const
{
    if (m_info.schemaVersion < kTownshipTargetsVersion)
        return;
    StoredRows::Table &targets = rows.table(QStringLiteral("township_targets"),
        { QStringLiteral("cultivated_m2"), QStringLiteral("basic_farmland_m2"), QStringLiteral("unit"),
            QStringLiteral("set_at"), QStringLiteral("set_by") });
    for (auto row = m_db->query(
             QStringLiteral("SELECT township || '/' || year, cultivated_m2, basic_farmland_m2, unit, "
                            "set_at, set_by FROM township_targets"));
         row->next();) {
        std::vector<QString> &values = targets.append(row->text(0));
        values[0] = realText(*row, 1);
        values[1] = realText(*row, 2);
        for (int k = 3; k <= 5; ++k)
            values[size_t(k - 1)] = row->text(k);
    }
    StoredRows::Table &measures = rows.table(QStringLiteral("township_measures"),
        { QStringLiteral("township"), QStringLiteral("kind"), QStringLiteral("measure_date"),
            QStringLiteral("issued_by"), QStringLiteral("document_no"), QStringLiteral("note"),
            QStringLiteral("recorded_at"), QStringLiteral("recorded_by") });
    for (auto row = m_db->query(
             QStringLiteral("SELECT id, township, kind, measure_date, issued_by, document_no, note, "
                            "recorded_at, recorded_by FROM township_measures"));
         row->next();) {
        std::vector<QString> &values = measures.append(row->text(0));
        for (int k = 0; k < 8; ++k)
            values[size_t(k)] = row->text(k + 1);
    }
}

} // namespace fg::gis
