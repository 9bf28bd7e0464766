// SPDX-License-Identifier: MIT
#include "app/patrol/patrol_dock.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fg::app {

namespace {

QPixmap swatch(const QColor &fill, const QColor &stroke = QColor(90, 90, 90), bool disc = false)
{
    QPixmap pixmap(18, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(stroke, 1));
    painter.setBrush(fill);
    if (disc)
        painter.drawEllipse(QRectF(4, 0.5, 11, 11));
    else
        painter.drawRect(QRectF(0.5, 0.5, 17, 11));
    return pixmap;
}

QString dayText(QDate day)
{
    static const char *const names[] = { QT_TRANSLATE_NOOP("fg::app::PatrolDock", "Monday"),
        QT_TRANSLATE_NOOP("fg::app::PatrolDock", "Tuesday"), QT_TRANSLATE_NOOP("fg::app::PatrolDock", "Wednesday"),
        QT_TRANSLATE_NOOP("fg::app::PatrolDock", "Thursday"), QT_TRANSLATE_NOOP("fg::app::PatrolDock", "Friday"),
        QT_TRANSLATE_NOOP("fg::app::PatrolDock", "Saturday"), QT_TRANSLATE_NOOP("fg::app::PatrolDock", "Sunday") };
    return QStringLiteral("%1 %2").arg(day.toString(Qt::ISODate), PatrolDock::tr(names[day.dayOfWeek() - 1]));
}

} // namespace

PatrolDock::PatrolDock(QWidget *parent)
    : QDockWidget(tr("Patrol"), parent)
    , m_days(new QComboBox(this))
    , m_colouring(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_stops(new QTreeWidget(this))
    , m_legend(new QGridLayout)
{
    setObjectName(QStringLiteral("PatrolDock"));
    auto *body = new QWidget(this);
    auto *column = new QVBoxLayout(body);
    column->setContentsMargins(4, 4, 4, 4);
    column->addLayout(dayRow(body));
    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(new QLabel(tr("Grid by"), body));
    m_colouring->addItem(tr("risk"), int(PatrolColouring::Risk));
    m_colouring->addItem(tr("overdue"), int(PatrolColouring::Overdue));
    m_colouring->addItem(tr("officer"), int(PatrolColouring::Officer));
    colourRow->addWidget(m_colouring, 1);
    column->addLayout(colourRow);
    auto *legendBox = new QGroupBox(tr("Legend"), body);
    legendBox->setLayout(m_legend);
    m_legend->setContentsMargins(6, 2, 6, 2);
    m_legend->setVerticalSpacing(1);
    column->addWidget(legendBox);
    m_summary->setWordWrap(true);
    column->addWidget(m_summary);
    m_stops->setHeaderLabels({ tr("Officer and stops in order"), tr("What for") });
    m_stops->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_stops->setWordWrap(true);
    column->addWidget(m_stops, 1);
    setWidget(body);
    connect(m_days, &QComboBox::activated, this, [this] { emit dayChosen(m_days->currentData().toDate()); });
    connect(m_colouring, &QComboBox::activated, this,
        [this] { emit colouringChosen(PatrolColouring(m_colouring->currentData().toInt())); });
    connect(m_stops, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString cell = item->data(0, Qt::UserRole).toString();
        if (!cell.isEmpty())
            emit stopChosen(cell);
    });
    showView(nullptr);
}

QHBoxLayout *PatrolDock::dayRow(QWidget *body)
{
    auto *row = new QHBoxLayout;
    auto *previous = new QToolButton(body);
    previous->setText(QStringLiteral("◀"));
    previous->setToolTip(tr("Previous day"));
    auto *next = new QToolButton(body);
    next->setText(QStringLiteral("▶"));
    next->setToolTip(tr("Next day"));
    row->addWidget(new QLabel(tr("Day"), body));
    row->addWidget(previous);
    row->addWidget(m_days, 1);
    row->addWidget(next);
    connect(previous, &QToolButton::clicked, this, [this] {
        if (m_days->currentIndex() > 0)
            emit dayChosen(m_days->itemData(m_days->currentIndex() - 1).toDate());
    });
    connect(next, &QToolButton::clicked, this, [this] {
        if (m_days->currentIndex() + 1 < m_days->count())
            emit dayChosen(m_days->itemData(m_days->currentIndex() + 1).toDate());
    });
    return row;
}

void PatrolDock::showView(const PatrolView *view)
{
    m_view = view;
    fillDays();
    if (view)
        m_colouring->setCurrentIndex(m_colouring->findData(int(view->colouring())));
    fillLegend();
    fillStops();
}

void PatrolDock::fillDays()
{
    const QSignalBlocker block(m_days);
    m_days->clear();
    if (!m_view || !m_view->plan().start.isValid())
        return;
    for (QDate d = m_view->plan().start; d <= m_view->plan().end; d = d.addDays(1))
        m_days->addItem(dayText(d), d);
    m_days->setCurrentIndex(m_days->findData(m_view->day()));
}

void PatrolDock::fillStops()
{
    m_stops->clear();
    if (!m_view) {
        m_summary->setText(
            tr("Show the patrol plan (Patrol → Show Patrol Plan) to see each officer's stops."));
        return;
    }
    const QStringList officers = m_view->officers();
    int routes = 0;
    for (int i = 0; i < officers.size(); ++i) {
        const std::vector<core::PlannedVisit> visits = m_view->plan().day(officers[i], m_view->day());
        auto *officer = new QTreeWidgetItem(m_stops);
        officer->setIcon(0, QIcon(swatch(officerColour(i), officerColour(i).darker(130))));
        double km = 0;
        for (const core::PlannedVisit &v : visits)
            km += v.legM / 1000.0;
        officer->setText(0, officers[i]);
        officer->setText(1,
            visits.empty() ? tr("no patrol this day")
                           : tr("%1 stops, %2 km from the base (straight legs, without the way back)")
                                 .arg(visits.size())
                                 .arg(QLocale::c().toString(km, 'f', 1)));
        routes += !visits.empty();
        for (const core::PlannedVisit &v : visits) {
            auto *stop = new QTreeWidgetItem(officer);
            stop->setText(0, tr("%1. %2").arg(v.order).arg(m_view->cellName(v.cellId)));
            stop->setText(1, v.reason);
            stop->setToolTip(1, v.reason);
            stop->setToolTip(0, tr("Cell %1; visit by %2").arg(v.cellId, v.dueBy.toString(Qt::ISODate)));
            stop->setData(0, Qt::UserRole, v.cellId);
        }
        officer->setExpanded(true);
    }
    m_summary->setText(tr("%1: %2 of %3 officers on patrol. Click a stop to centre the map on it.")
                           .arg(dayText(m_view->day()))
                           .arg(routes)
                           .arg(officers.size()));
}

void PatrolDock::fillLegend()
{
    while (QLayoutItem *item = m_legend->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QList<std::pair<QPixmap, QString>> rows;
    const PatrolColouring colouring = m_view ? m_view->colouring() : PatrolColouring::Risk;
    if (colouring == PatrolColouring::Risk) {
        rows << std::pair { swatch(PatrolView::riskColour(0.05)), tr("low risk") }
             << std::pair { swatch(PatrolView::riskColour(0.35)), tr("medium risk") }
             << std::pair { swatch(PatrolView::riskColour(0.7)),
                    tr("high risk: much basic farmland, recent clues or cases, "
                       "long since the last patrol") };
    } else if (colouring == PatrolColouring::Overdue) {
        rows << std::pair { swatch(PatrolView::overdueColour(true)),
            tr("overdue: not patrolled within its interval") }
             << std::pair { swatch(PatrolView::overdueColour(false)), tr("patrolled within its interval") };
    } else if (m_view) {
        const QStringList names = m_view->officers();
        for (int i = 0; i < names.size(); ++i) {
            QColor c = officerColour(i);
            c.setAlpha(60);
            rows << std::pair { swatch(c), tr("cells of %1").arg(names[i]) };
        }
    }
    rows << std::pair { swatch(QColor(90, 90, 90), Qt::white, true), tr("stop, numbered in route order") }
         << std::pair { swatch(QColor(40, 40, 40)), tr("officer's base (start and end of the route)") }
         << std::pair { swatch(QColor(0, 120, 255, 90), QColor(0, 90, 200)),
                tr("seen from the day's imported tracks") };
    for (int r = 0; r < rows.size(); ++r) {
        auto *icon = new QLabel;
        icon->setPixmap(rows[r].first);
        auto *text = new QLabel(rows[r].second);
        text->setWordWrap(true);
        text->setObjectName(QStringLiteral("legendText"));
        m_legend->addWidget(icon, r, 0, Qt::AlignTop);
        m_legend->addWidget(text, r, 1);
    }
    m_legend->setColumnStretch(1, 1);
}

QStringList PatrolDock::legendTexts() const
{
    QStringList out;
    for (int i = 0; i < m_legend->count(); ++i)
        if (auto *label = qobject_cast<QLabel *>(m_legend->itemAt(i)->widget());
            label && !label->text().isEmpty())
            out << label->text();
    return out;
}

} // namespace fg::app
