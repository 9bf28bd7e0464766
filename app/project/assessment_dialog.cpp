// SPDX-License-Identifier: MIT
#include "app/project/assessment_dialog.h"

#include "core/store_errors.h"
#include "core/units.h"
#include "gis/store/assessment_records.h"
#include "gis/store/project_store.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fg::app {

namespace {

QString muText(const std::optional<double> &m2)
{
    return m2 ? core::formatMu(*m2) : QStringLiteral("—");
}

QTableWidgetItem *item(const QString &text, bool number = true)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    return cell;
}

/// The gap cell: the printed figures' difference, red and bold when short.
QTableWidgetItem *gapItem(
    double currentM2, const std::optional<double> &targetM2, const std::optional<core::TargetGap> &gap)
{
    if (!targetM2 || !gap)
        return item(QStringLiteral("—"));
    const double mu = core::roundedMu(currentM2) - core::roundedMu(*targetM2);
    QTableWidgetItem *cell = item((mu > 0 ? QStringLiteral("+") : QString()) + QString::number(mu, 'f', 2));
    if (gap->shortfall) {
        cell->setForeground(QColor(200, 0, 0));
        QFont font = cell->font();
        font.setBold(true);
        cell->setFont(font);
    }
    return cell;
}

} // namespace

AssessmentDialog::AssessmentDialog(gis::ProjectStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Township Assessment (考核)"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year:"), this));
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(gis::TownshipAssessmentBuilder::defaultYear(store));
    top->addWidget(m_year);
    m_status = new QLabel(this);
    top->addWidget(m_status, 1);
    m_setTarget = new QPushButton(tr("Set Targets…"), this);
    m_addMeasure = new QPushButton(tr("Record Measure…"), this);
    top->addWidget(m_setTarget);
    top->addWidget(m_addMeasure);
    layout->addLayout(top);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({ tr("Township"), tr("Cultivated target (mu)"),
        tr("Cultivated now (mu)"), tr("Gap (mu)"), tr("Basic farmland target (mu)"),
        tr("Basic farmland now (mu)"), tr("Gap (mu)"), tr("One-vote veto"), tr("Measures") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    auto *note = new QLabel(
        tr("Now: the Third Land Survey's land inside the township (ellipsoidal) minus the unlawful "
           "occupation found. A negative gap in red is short of the target."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    const bool bureau = store.rights().scope == gis::StoreRights::Scope::All && !store.rights().readOnly;
    for (QPushButton *button : { m_setTarget, m_addMeasure }) {
        button->setEnabled(bureau);
        button->setToolTip(bureau ? QString() : tr("Targets and measures are the bureau's to record."));
    }
    connect(m_year, &QSpinBox::valueChanged, this, &AssessmentDialog::refresh);
    connect(m_setTarget, &QPushButton::clicked, this, &AssessmentDialog::askTarget);
    connect(m_addMeasure, &QPushButton::clicked, this, &AssessmentDialog::askMeasure);
    connect(&m_job, &BackgroundJobBase::finished, this, &AssessmentDialog::fill);
    resize(1100, 520); // fits 1366×768 with the task bar
    refresh();
}

AssessmentDialog::~AssessmentDialog()
{
    m_job.waitForFinished();
}

void AssessmentDialog::refresh()
{
    if (m_job.isRunning())
        m_job.waitForFinished();
    m_status->setText(tr("Computing…"));
    gis::ProjectStore *store = &m_store;
    const int year = m_year->value();
    m_job.start([store, year] {
        Outcome outcome;
        try {
            outcome.assessment = gis::TownshipAssessmentBuilder::build(*store, year);
        } catch (const std::exception &e) {
            outcome.error = QString::fromUtf8(e.what());
        }
        return outcome;
    });
}

void AssessmentDialog::fill()
{
    const Outcome outcome = m_job.result();
    ++m_fills;
    if (!outcome.error.isEmpty()) {
        m_status->setText(tr("The figures could not be computed: %1").arg(outcome.error));
        return;
    }
    m_assessment = outcome.assessment;
    m_status->setText(tr("Deadlines as of %1")
                          .arg(m_assessment.asOf.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_table->setRowCount(int(m_assessment.townships.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const gis::TownshipAssessmentRow &r = m_assessment.townships[size_t(row)];
        const std::optional<double> cultivated = r.target ? r.target->cultivatedM2 : std::nullopt;
        const std::optional<double> basic = r.target ? r.target->basicFarmlandM2 : std::nullopt;
        QStringList veto, measures;
        for (const core::VetoTrigger &t : r.triggers)
            veto << t.text;
        for (const core::TownshipMeasure &m : r.measures)
            measures << QStringLiteral("%1 %2 %3")
                            .arg(m.date.toString(Qt::ISODate), core::measureKindTerm(m.kind), m.documentNo);
        m_table->setItem(row, Township, item(r.township, false));
        m_table->setItem(row, CultivatedTarget, item(muText(cultivated)));
        m_table->setItem(row, CultivatedNow, item(core::formatMu(r.land.cultivatedCurrentM2())));
        m_table->setItem(
            row, CultivatedGap, gapItem(r.land.cultivatedCurrentM2(), cultivated, r.cultivatedGap));
        m_table->setItem(row, BasicTarget, item(muText(basic)));
        m_table->setItem(row, BasicNow, item(core::formatMu(r.land.basicFarmlandCurrentM2())));
        m_table->setItem(row, BasicGap, gapItem(r.land.basicFarmlandCurrentM2(), basic, r.basicFarmlandGap));
        QTableWidgetItem *vetoCell = item(veto.isEmpty() ? tr("No") : veto.join(QLatin1Char('\n')), false);
        if (!veto.isEmpty())
            vetoCell->setForeground(QColor(200, 0, 0));
        m_table->setItem(row, Veto, vetoCell);
        m_table->setItem(row, Measures, item(measures.join(QLatin1Char('\n')), false));
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(Veto, std::min(m_table->columnWidth(Veto), 320));
    m_table->resizeRowsToContents();
}

QStringList AssessmentDialog::townships() const
{
    QStringList names;
    for (const gis::TownshipAssessmentRow &r : m_assessment.townships)
        names << r.township;
    return names;
}

bool AssessmentDialog::storeTarget(const core::TownshipTarget &target)
{
    return write([&] { m_store.assessment().setTarget(target); });
}

bool AssessmentDialog::storeMeasure(const core::TownshipMeasure &measure)
{
    return write([&] { m_store.assessment().addMeasure(measure); });
}

bool AssessmentDialog::write(const std::function<void()> &change)
{
    try {
        change();
    } catch (const core::InputError &e) {
        QMessageBox::warning(this, windowTitle(), e.message());
        return false;
    }
    refresh();
    return true;
}

} // namespace fg::app
