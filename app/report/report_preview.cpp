// SPDX-License-Identifier: MIT
#include "app/report/report_preview.h"

#include "core/input_error.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QToolBar>

namespace fg::app {

namespace {
const char *const kExportDirKey = "reports/exportDirectory";
}

int ReportPreview::printTo(const PreparedReport &report, QPrinter *printer)
{
    // The report lays itself out from the paper's corner with its own margins.
    printer->setFullPage(true);
    printer->setDocName(report.title);
    printer->setCreator(QStringLiteral("FarmGuard"));
    return report.paint(printer);
}

void ReportPreview::show(const PreparedReport &report, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(report.page.size), report.page.orientation, QMarginsF()));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(report.title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&report, &dialog](QPrinter *target) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            printTo(report, target);
        } catch (const core::InputError &error) {
            QApplication::restoreOverrideCursor();
            QMessageBox::warning(&dialog, report.title, error.message());
            return;
        }
        QApplication::restoreOverrideCursor();
    });
    if (QToolBar *toolbar = dialog.findChild<QToolBar *>()) {
        toolbar->addSeparator();
        toolbar->addAction(tr("Export PDF…"), &dialog, [&report, &dialog] { exportPdf(report, &dialog); });
    }
    dialog.resize(1000, 800);
    dialog.exec();
}

bool ReportPreview::exportPdf(const PreparedReport &report, QWidget *parent)
{
    QSettings settings;
    const QString directory = settings.value(QLatin1String(kExportDirKey), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export PDF"),
        QDir(directory).filePath(report.fileName), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    settings.setValue(QLatin1String(kExportDirKey), QFileInfo(path).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const int pages = report.writePdf(path);
        QApplication::restoreOverrideCursor();
        QMessageBox::information(parent, tr("Export PDF"),
                                 tr("Wrote %1 (%2 pages).").arg(QDir::toNativeSeparators(path)).arg(pages));
        return true;
    } catch (const core::InputError &error) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(parent, tr("Export PDF"), error.message());
        return false;
    }
}

} // namespace fg::app
