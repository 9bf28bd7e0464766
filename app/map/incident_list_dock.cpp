// SPDX-License-Identifier: MIT
#include "app/map/incident_list_dock.h"

#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "core/cases/violation_type.h"
#include "core/input_error.h"
#include "core/units.h"
#include "gis/io/vector_layer.h"
#include "gis/render/geometry_path.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace fg::app {

namespace {

/// Sorts numerically where a column holds numbers.
class IncidentItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, Qt::UserRole + 1), b = other.data(column, Qt::UserRole + 1);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble();
        return text(column).localeAwareCompare(other.text(column)) < 0;
    }
};

QString verdictText(gis::VerdictClass verdict, bool byPartyOnly)
{
    switch (verdict) {
    case gis::VerdictClass::Accountability:
        return byPartyOnly ? IncidentListDock::tr("accountability (party total)")
                           : IncidentListDock::tr("accountability");
    case gis::VerdictClass::BelowThreshold: return IncidentListDock::tr("below threshold");
    case gis::VerdictClass::NotAnalysed: break;
    }
    return IncidentListDock::tr("not analysed");
}

/// A project stores the violation type as its code; show its name (the code itself if unknown).
QString violationTypeText(const QString &code)
{
    try {
        return core::violationTypeName(core::violationTypeFromCode(code));
    } catch (const core::InputError &) {
        return code;
    }
}

void setFigure(QTreeWidgetItem *item, int column, double mu)
{
    item->setText(column, core::formatJudgedMu(mu));
    item->setData(column, Qt::UserRole + 1, mu);
}

/// The analysed figures of one row, printed with the verdict's rounding; the verdict cell says
/// 临界 and "not an occupation" where they apply.
void showFigures(QTreeWidgetItem *item, const IncidentFigures &f)
{
    setFigure(item, 7, f.basicFarmlandMu);
    setFigure(item, 8, f.cultivatedMu);
    setFigure(item, 9, f.cultivatedGrossMu);
    if (f.netKnown)
        setFigure(item, 10, f.cultivatedNetMu);
    if (!f.occupation)
        item->setText(0, IncidentListDock::tr("not an occupation: no threshold"));
    else if (f.borderline) {
        item->setText(0, IncidentListDock::tr("%1, 临界 (review)").arg(item->text(0)));
        for (int column = 0; column < item->columnCount(); ++column)
            item->setToolTip(column, f.borderlineText);
    }
}

/// A judge's verdict in the verdict cell, its explanation as the row's tooltip.
gis::VerdictClass showVerdict(QTreeWidgetItem *item, const ListedVerdict &judged)
{
    item->setText(0, judged.text);
    for (int column = 0; column < item->treeWidget()->columnCount(); ++column)
        item->setToolTip(column, judged.toolTip);
    return judged.verdict;
}

QString valueOf(const gis::VectorLayer &layer, int row, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const int field = layer.fieldIndex(QString::fromLatin1(name));
        if (field >= 0)
            return layer.value(row, field).toString();
    }
    return {};
}

} // namespace

IncidentListDock::IncidentListDock(MapLayerSet *layers, MapCanvas *canvas, QWidget *parent)
    : QDockWidget(tr("Incidents"), parent)
    , m_layers(layers)
    , m_canvas(canvas)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("IncidentListDock"));
    m_tree->setRootIsDecorated(false);
    m_tree->setSortingEnabled(true);
    m_tree->setHeaderLabels({tr("Verdict"), tr("Number"), tr("Party"), tr("Township"), tr("Type"), tr("Found"), tr("Area (mu)"),
                               tr("Basic farmland (mu)"), tr("Cultivated (mu)"), tr("Cultivated gross (mu)"),
                               tr("Cultivated net of 田坎 (mu)")});
    m_tree->headerItem()->setToolTip(8, tr("The cultivated figure the verdict compared: the rules' reading and cultivated area"));
    m_tree->headerItem()->setToolTip(10, tr("Each cultivated parcel piece × (1 − KCXS); blank when the land-use layer has no KCXS"));
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setWidget(m_tree);
    connect(m_layers, &MapLayerSet::layersChanged, this, &IncidentListDock::rebuild);
    connect(m_layers, &MapLayerSet::styleChanged, this, &IncidentListDock::rebuild);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        zoomTo(item->data(0, Qt::UserRole).toString(), item->data(1, Qt::UserRole).toInt());
        emit featureClicked(item->data(0, Qt::UserRole).toString(), item->data(1, Qt::UserRole).toInt());
    });
}

void IncidentListDock::rebuild()
{
    m_tree->setSortingEnabled(false);
    m_tree->clear();
    for (const MapLayer &layer : m_layers->layers()) {
        if (layer.style.kind != gis::StyleKind::Incident)
            continue;
        const gis::VectorLayer &data = *layer.data;
        for (int row = 0; row < data.featureCount(); ++row) {
            const auto figures = m_figures.value(layer.id).constFind(data.fid(row));
            const bool analysed = figures != m_figures.value(layer.id).constEnd();
            gis::VerdictClass verdict = layer.style.verdicts
                ? layer.style.verdicts->value(data.fid(row), gis::VerdictClass::NotAnalysed)
                : gis::VerdictClass::NotAnalysed;
            auto *item = new IncidentItem(m_tree);
            item->setText(0, verdictText(verdict, analysed && !figures->ownVerdict && figures->partyVerdict));
            if (analysed)
                showFigures(item, *figures);
            if (const auto judged = m_verdicts.value(layer.id).constFind(data.fid(row));
                judged != m_verdicts.value(layer.id).constEnd())
                verdict = showVerdict(item, *judged);
            // Accountability sorts first in ascending order of this key.
            item->setData(0, Qt::UserRole + 1, -int(verdict));
            item->setForeground(0, gis::verdictColor(verdict).darker(120));
            // Field names of monitoring layers (JCBH, BH, ...) and of a FarmGuard project's incidents layer.
            item->setText(1, valueOf(data, row, {"JCBH", "ID", "BH", "BSM", "incident_id"}));
            item->setText(2, valueOf(data, row, {"DSR", "PARTY"}));
            item->setText(3, valueOf(data, row, {"XZQMC", "XZMC", "TOWNSHIP"}));
            item->setText(4, valueOf(data, row, {"TBLX", "WFLX", "TYPE"}));
            if (const int typeField = data.fieldIndex(QStringLiteral("violation_type")); typeField >= 0)
                item->setText(4, violationTypeText(data.value(row, typeField).toString()));
            item->setText(5, valueOf(data, row, {"JCSJ", "FXRQ", "FXSJ", "DATE", "discovery_date"}));
            // Monitoring layers' area fields, and a FarmGuard project's measured area.
            const QString area = valueOf(data, row, {"JCMJ", "MJ", "AREA", "area_m2"});
            if (!area.isEmpty()) {
                const double mu = core::roundedMu(area.toDouble());
                item->setText(6, core::formatJudgedMu(mu));
                item->setData(6, Qt::UserRole + 1, mu);
            }
            item->setData(0, Qt::UserRole, layer.id);
            item->setData(1, Qt::UserRole, row);
        }
    }
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(0, Qt::AscendingOrder);
}

void IncidentListDock::setAnalysis(const MapAnalysis &analysis)
{
    m_figures.insert(analysis.incidentLayerId, analysis.figures);
    rebuild();
}

void IncidentListDock::setVerdicts(const QString &layerId, const QHash<qint64, ListedVerdict> &verdicts)
{
    m_verdicts.insert(layerId, verdicts);
    rebuild();
}

bool IncidentListDock::setCurrentFeature(const QString &layerId, int row)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == layerId && item->data(1, Qt::UserRole).toInt() == row) {
            m_tree->setCurrentItem(item);
            m_tree->scrollToItem(item);
            return true;
        }
    }
    return false;
}

std::pair<QString, int> IncidentListDock::currentFeature() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return { QString(), -1 };
    return { item->data(0, Qt::UserRole).toString(), item->data(1, Qt::UserRole).toInt() };
}

void IncidentListDock::zoomTo(const QString &layerId, int row)
{
    const MapLayer *layer = m_layers->layer(layerId);
    QRectF envelope;
    if (!layer || !gis::geometryEnvelope(layer->data->geometry(row), &envelope))
        return;
    // The incident fills about half the view: its colour shows around its own label on a laptop.
    const double margin = std::max(envelope.width(), envelope.height()) * 0.5 + 20;
    m_canvas->zoomToExtent(envelope.adjusted(-margin, -margin, margin, margin));
    m_canvas->setHighlight(layerId, row);
}

} // namespace fg::app
