// SPDX-License-Identifier: MIT
#include "app/project/site_check_dialog.h"

#include "app/patrol/patrol_job.h"
#include "app/project/boundary_point_parser.h"
#include "app/project/project_session.h"
#include "core/input_error.h"
#include "core/site/site_kind.h"
#include "core/units.h"
#include "gis/report/site_check_report.h"
#include "gis/usecases/site_check.h"
#include "gis/usecases/site_input.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fg::app {

namespace {

enum Input { PointsInput, FileInput, DrawnInput };

QString area(double m2)
{
    return SiteCheckDialog::tr("%1 m² (%2 mu)").arg(core::formatSquareMetres(m2), core::formatMu(m2));
}

} // namespace

SiteCheckDialog::SiteCheckDialog(ProjectSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(new QComboBox(this))
    , m_inputs(new QTabWidget(this))
    , m_points(new QPlainTextEdit(this))
    , m_file(new QLineEdit(this))
    , m_drawn(new QLabel(this))
    , m_output(new QTextBrowser(this))
    , m_checkButton(new QPushButton(tr("&Check"), this))
    , m_pdfButton(new QPushButton(tr("Save &PDF..."), this))
    , m_job(new PatrolJob(this))
{
    setWindowTitle(tr("Site check (选址核查)"));
    setObjectName(QStringLiteral("SiteCheckDialog"));
    for (core::SiteKind kind : core::allSiteKinds())
        m_kind->addItem(core::siteKindName(kind), core::siteKindCode(kind));
    m_points->setPlaceholderText(
        tr("Boundary points, one a line: \"X Y\" or \"point,X,Y\" (X the northing)"));
    m_inputs->addTab(m_points, tr("Boundary points"));
    auto *fileTab = new QWidget(this);
    auto *fileRow = new QHBoxLayout(fileTab);
    auto *browse = new QPushButton(tr("Browse..."), fileTab);
    fileRow->addWidget(m_file);
    fileRow->addWidget(browse);
    m_inputs->addTab(fileTab, tr("File"));
    auto *drawTab = new QWidget(this);
    auto *drawRow = new QHBoxLayout(drawTab);
    auto *draw = new QPushButton(tr("Draw on the map"), drawTab);
    m_drawn->setText(tr("No site drawn yet."));
    drawRow->addWidget(m_drawn, 1);
    drawRow->addWidget(draw);
    m_inputs->addTab(drawTab, tr("Drawn"));

    auto *form = new QFormLayout;
    form->addRow(tr("Site kind:"), m_kind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_checkButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdfButton, QDialogButtonBox::ActionRole);
    m_pdfButton->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_inputs);
    layout->addWidget(m_output, 1);
    layout->addWidget(buttons);
    resize(640, 620);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_checkButton, &QPushButton::clicked, this, &SiteCheckDialog::check);
    connect(m_pdfButton, &QPushButton::clicked, this, &SiteCheckDialog::askSavePdf);
    connect(draw, &QPushButton::clicked, this, [this] {
        hide();
        emit drawRequested();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Site file"), m_file->text(),
            tr("Site polygons (*.geojson *.json *.shp *.gpkg);;All files (*)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    connect(m_job, &PatrolJob::finished, this, [this](const JobOutcome &outcome) {
        onFinished(outcome.ok(), outcome.cancelled ? tr("cancelled") : outcome.error);
    });
}

SiteCheckDialog::~SiteCheckDialog() = default;

void SiteCheckDialog::setDrawnRing(const QList<QPointF> &ring)
{
    m_ring = ring;
    m_drawn->setText(tr("A site of %1 vertices drawn on the map.").arg(ring.size()));
    m_inputs->setCurrentIndex(DrawnInput);
    show();
    raise();
    check();
}

void SiteCheckDialog::setPointsText(const QString &text)
{
    m_points->setPlainText(text);
    m_inputs->setCurrentIndex(PointsInput);
}

void SiteCheckDialog::setFile(const QString &path)
{
    m_file->setText(path);
    m_inputs->setCurrentIndex(FileInput);
}

bool SiteCheckDialog::isBusy() const
{
    return m_job->isBusy();
}

gis::GeosGeometryPtr SiteCheckDialog::siteFromInput(QString *name) const
{
    const int epsg = m_session->workingEpsg();
    switch (m_inputs->currentIndex()) {
    case FileInput: {
        *name = QFileInfo(m_file->text()).completeBaseName();
        if (m_file->text().trimmed().isEmpty())
            throw core::InputError(tr("site file"), tr("choose a file first"));
        QString featureName;
        gis::GeosGeometryPtr site
            = gis::SiteInput::fromFile(m_file->text().trimmed(), epsg, {}, &featureName);
        if (!featureName.isEmpty())
            *name = QStringLiteral("%1 (%2)").arg(featureName, *name);
        return site;
    }
    case DrawnInput:
        *name = tr("drawn site");
        return gis::SiteInput::fromRing(m_ring, *name);
    default:
        *name = tr("boundary points");
        return gis::SiteInput::fromRing(BoundaryPointParser::parse(m_points->toPlainText(), epsg), *name);
    }
}

bool SiteCheckDialog::check()
{
    if (m_job->isBusy())
        return false;
    m_error.clear();
    QString name;
    try {
        m_site = siteFromInput(&name);
        gis::SiteInput::checkPlace(m_session->store(), m_site.get(), name);
    } catch (const core::InputError &e) {
        showError(e.message());
        emit checked(false);
        return false;
    }
    gis::SiteCheckRequest request;
    request.site = m_site.get();
    request.siteName = name;
    request.kind = core::siteKindFromText(m_kind->currentData().toString());
    m_pending = std::make_shared<gis::SiteCheckResult>();
    const gis::ProjectStore *store = &m_session->store();
    std::shared_ptr<gis::SiteCheckResult> pending = m_pending;
    m_checkButton->setEnabled(false);
    m_output->setHtml(tr("<p>Checking the site…</p>"));
    m_job->start([store, request, pending](
                     const gis::StoreProgress &) { *pending = gis::SiteCheck::run(*store, request); });
    return true;
}

void SiteCheckDialog::onFinished(bool ok, const QString &error)
{
    m_checkButton->setEnabled(true);
    if (!ok) {
        showError(error);
        emit checked(false);
        return;
    }
    m_result = std::make_unique<gis::SiteCheckResult>(std::move(*m_pending));
    m_pending.reset();
    m_output->setHtml(html(*m_result));
    m_pdfButton->setEnabled(true);
    emit checked(true);
}

void SiteCheckDialog::showError(const QString &text)
{
    m_error = text;
    m_output->setHtml(QStringLiteral("<p style=\"color:#b00000\">%1</p>").arg(text.toHtmlEscaped()));
    m_pdfButton->setEnabled(false);
}

QString SiteCheckDialog::resultHtml() const
{
    return m_output->toHtml();
}

void SiteCheckDialog::askSavePdf()
{
    if (!m_result)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the site check opinion"),
        m_result->siteName + tr("-site-check.pdf"), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

bool SiteCheckDialog::savePdf(const QString &path)
{
    if (!m_result)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool ok = true;
    try {
        const gis::CaseMapLayers layers = gis::SiteCheck::mapLayers(m_session->store(), m_result->site.get());
        gis::SiteCheckReport(*m_result, layers, {}).write(path);
    } catch (const core::InputError &e) {
        showError(e.message());
        ok = false;
    }
    QApplication::restoreOverrideCursor();
    return ok;
}

QString SiteCheckDialog::html(const gis::SiteCheckResult &r)
{
    QString text = tr("<h3>%1 (%2)</h3><p>%3%4</p>")
                       .arg(r.siteName.toHtmlEscaped(), core::siteKindName(r.kind), r.township, r.village);
    text += QStringLiteral("<table>");
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(label, value);
    };
    text += row(tr("Site area"), area(r.areaM2))
        + row(tr("<b>Permanent basic farmland</b>"), area(r.basicFarmlandM2))
        + row(tr("<b>Cultivated land</b>"), area(r.cultivatedM2))
        + row(tr("Cultivated land outside basic farmland"), area(r.cultivatedOutsideBasicFarmlandM2));
    text += QStringLiteral("</table>");
    text += tr("<p>Open cases overlapped: %1</p>").arg(r.cases.size());
    for (const gis::SiteCaseOverlap &c : r.cases)
        text += QStringLiteral("<p>&nbsp;&nbsp;%1 (%2): %3</p>")
                    .arg(c.caseId, core::caseStatusName(c.status), area(c.overlapM2));
    text += r.approvalsChecked ? tr("<p>Approvals overlapped: %1</p>").arg(r.approvals.size())
                               : tr("<p>Approvals: could not be read</p>");
    for (const gis::SiteApprovalOverlap &a : r.approvals)
        text += QStringLiteral("<p>&nbsp;&nbsp;%1 (%2, %3; %4): %5</p>")
                    .arg(a.documentNumber.toHtmlEscaped(), a.kind, a.use.toHtmlEscaped(),
                        a.inForce ? tr("in force") : tr("not in force today"), area(a.overlapM2));
    text += tr("<h4>Procedures</h4>");
    for (const core::SiteProcedure &p : r.procedures) {
        text += QStringLiteral("<p><b>%1</b>%2<br/>%3</p><ul>")
                    .arg(p.name, p.prohibitive ? tr(" — another site needed") : QString(),
                        p.reason.toHtmlEscaped());
        for (const core::SiteDuty &d : p.duties)
            text += QStringLiteral("<li>%1: %2</li>")
                        .arg(core::departmentName(d.department), d.duty.toHtmlEscaped());
        text += QStringLiteral("</ul>");
    }
    text += QStringLiteral("<p><small>%1<br/>%2</small></p>")
                .arg(r.rulesText.toHtmlEscaped(), r.logNote.toHtmlEscaped());
    return text;
}

} // namespace fg::app
