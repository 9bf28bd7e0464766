// SPDX-License-Identifier: MIT
#pragma once

#include "app/report/prepared_report.h"

#include <QCoreApplication>

class QPrinter;
class QWidget;

namespace fg::app {

/// Shows a prepared report in Qt's print preview (print to a printer or to PDF from there) with
/// an extra "Export PDF…" button, and exports it to a PDF chosen in a file dialog. UI thread only.
class ReportPreview
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::ReportPreview)

public:
    /// What the preview does on every repaint and what printing does: puts `printer` in
    /// full-page mode and paints the report on it. Returns the page count; throws
    /// core::InputError when the printer cannot be painted on.
    static int printTo(const PreparedReport &report, QPrinter *printer);
    /// Opens the print preview dialog (modal) over `parent`.
    static void show(const PreparedReport &report, QWidget *parent);
    /// Asks for a PDF file name and writes the report there; false when cancelled or failed
    /// (after telling the user why).
    static bool exportPdf(const PreparedReport &report, QWidget *parent);
};

} // namespace fg::app
