// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geos_context.h"

#include <QDialog>
#include <QList>
#include <QPointF>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace fg::gis {
struct SiteCheckResult;
}

namespace fg::app {

class PatrolJob;
class ProjectSession;

/// The 选址核查 dialog (issue 16 item 2): the site's kind and the site itself — boundary points
/// pasted (界址点, BoundaryPointParser), a file (GeoJSON, shapefile, GeoPackage) or a polygon
/// drawn on the map (drawRequested(), then setDrawnRing()) — checked in the background with
/// gis::SiteCheck; the answer (areas, overlaps, procedures and departments) shows in the dialog and
/// can be saved as the one-page PDF opinion (gis::SiteCheckReport). Bad input shows the one-line
/// error naming the source and the problem. Modeless; UI thread; the session must outlive it.
class SiteCheckDialog : public QDialog
{
    Q_OBJECT

public:
    SiteCheckDialog(ProjectSession *session, QWidget *parent = nullptr);
    ~SiteCheckDialog() override;

    /// Takes a ring drawn on the map (working CRS, not closed) as the site and checks it.
    void setDrawnRing(const QList<QPointF> &ring);
    /// Pastes @p text as boundary points and selects that input (tests, drag and drop).
    void setPointsText(const QString &text);
    void setFile(const QString &path);
    /// Starts the check of the current input; false (with the error shown) when the input is refused.
    bool check();
    /// Writes the last result's PDF opinion to @p path; false (with the error shown) on failure.
    bool savePdf(const QString &path);

    /// The last result; null before a check finished.
    const gis::SiteCheckResult *result() const { return m_result.get(); }
    /// The text the result area shows (HTML).
    QString resultHtml() const;
    /// The one-line error of the last refused input or failed check; empty when none.
    QString error() const { return m_error; }
    bool isBusy() const;

    /// The HTML a result is shown with.
    static QString html(const gis::SiteCheckResult &result);

signals:
    /// The user wants to draw the site on the map: the dialog hides until setDrawnRing().
    void drawRequested();
    /// A check ended (@p ok false: refused or failed, see error()).
    void checked(bool ok);

private:
    gis::GeosGeometryPtr siteFromInput(QString *name) const;
    void showError(const QString &text);
    void onFinished(bool ok, const QString &error);
    void askSavePdf();

    ProjectSession *m_session;
    QComboBox *m_kind;
    QTabWidget *m_inputs;
    QPlainTextEdit *m_points;
    QLineEdit *m_file;
    QLabel *m_drawn;
    QTextBrowser *m_output;
    QPushButton *m_checkButton;
    QPushButton *m_pdfButton;
    PatrolJob *m_job;
    QList<QPointF> m_ring;
    std::shared_ptr<gis::SiteCheckResult> m_pending;
    std::unique_ptr<gis::SiteCheckResult> m_result;
    gis::GeosGeometryPtr m_site;
    QString m_error;
};

} // namespace fg::app
