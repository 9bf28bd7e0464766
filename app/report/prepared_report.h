// SPDX-License-Identifier: MIT
#pragma once

#include "gis/report/report_writer.h"

#include <functional>

class QPagedPaintDevice;

namespace fg::app {

/// A report ready to be painted, as many times as asked (a print preview repaints on every
/// page-setup change): its paper, the decoration of its pages and the layout function. The
/// function's captures keep the data it reads alive. Paint on the UI thread only.
struct PreparedReport
{
    QString title;        ///< for the preview's window title
    QString fileName;     ///< suggested PDF file name, without directory
    gis::PageSetup page;
    gis::PageDecor decor;
    std::function<int(gis::ReportWriter &)> compose;

    /// Paints on `device` (a printer in full-page mode, a PDF writer) with "page n of N";
    /// returns the page count. Throws core::InputError when the device cannot be painted on.
    int paint(QPagedPaintDevice *device) const;
    /// Writes the PDF file; returns the page count. Throws core::InputError naming the file.
    int writePdf(const QString &path) const;
};

} // namespace fg::app
