// SPDX-License-Identifier: MIT
#include "app/map/open_layers_preview.h"

#include "app/map/layer_events.h"
#include "app/map/layer_text.h"
#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/io/vector_layer.h"


namespace fg::app {

namespace {

QString firstTexts(const gis::VectorLayer &layer)
{
    QStringList values;
    for (size_t f = 0; f < layer.fields.size() && values.size() < 4 && layer.featureCount() > 0; ++f)
        if (layer.fields[f].type == gis::FieldType::Text)
            values << QStringLiteral("%1 = %2").arg(
                LayerText::fieldLabel(layer.fields[f].name), layer.value(0, int(f)).toString());
    return values.join(QStringLiteral("; "));
}

QString describeLayer(const gis::VectorLayer &layer)
{
    const SourceFacts facts = sourceFactsOf(layer);
    const QString title = LayerText::title(layer);
    QStringList lines;
    for (const LayerNotice &notice : LayerEvents::notices(layer, facts, title))
        lines << notice.text;
    const QString sample = firstTexts(layer);
    if (!sample.isEmpty())
        lines << OpenLayersPreview::tr("First feature: %1 (garbled characters here mean the wrong encoding)")
                     .arg(sample);
    return lines.join(QStringLiteral("\n\n"));
}

} // namespace

OpenLayersPreview::OpenLayersPreview(QObject *parent)
    : QObject(parent)
{
    connect(&m_job, &BackgroundJobBase::finished, this, [this] {
        if (m_hasPending) {
            m_hasPending = false;
            request(m_pendingPath, m_pending);
            return;
        }
        emit ready(m_path, m_job.result());
    });
}

OpenLayersPreview::~OpenLayersPreview()
{
    if (m_cancel)
        m_cancel->store(true);
    m_job.waitForFinished();
}

void OpenLayersPreview::request(const QString &path, const ReadOverrides &overrides)
{
    if (m_job.isRunning()) {
        // The running read is stale: stop it and read this one when it has stopped.
        m_cancel->store(true);
        m_pendingPath = path;
        m_pending = overrides;
        m_hasPending = true;
        return;
    }
    m_path = path;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> flag = m_cancel;
    m_job.start([path, overrides, flag] {
        gis::ReadOptions options;
        options.encoding = overrides.encoding;
        options.crs = overrides.crs;
        options.progress = [flag](double) { return !flag->load(); };
        try {
            return describeLayer(gis::readLayer(path, options));
        } catch (const core::InputError &error) {
            return error.message();
        } catch (const gis::ReadCancelled &) {
            return QString();
        }
    });
}

QString OpenLayersPreview::describe(const QString &path, const ReadOverrides &overrides)
{
    gis::ReadOptions options;
    options.encoding = overrides.encoding;
    options.crs = overrides.crs;
    try {
        return describeLayer(gis::readLayer(path, options));
    } catch (const core::InputError &error) {
        return error.message();
    }
}

} // namespace fg::app
