// SPDX-License-Identifier: MIT
#pragma once

#include "gis/report/report_writer.h"

#include <functional>

namespace fg::gis {

/// Writes a report PDF to `path` in two passes: the first, into memory, counts the pages so that
/// the second can print "page n of N". `compose` lays the report out on the writer it is given
/// and returns the page count. Throws core::InputError naming `path` when it cannot be written.
/// Returns the page count. Needs a QGuiApplication; call on its thread.
int writeTwoPassPdf(const QString &path, const PageSetup &setup, const PageDecor &decor,
                    const std::function<int(ReportWriter &)> &compose);

/// Paints a report on `device` (a print preview's or a real printer, full-page mode; a PDF
/// writer) with "page n of N": the first pass, into a PDF in memory at the device's resolution,
/// counts the pages. Throws core::InputError naming the report title when the device could not
/// be painted on. Returns the page count. Needs a QGuiApplication; call on its thread.
int paintTwoPass(QPagedPaintDevice *device, const PageSetup &setup, const PageDecor &decor,
                 const std::function<int(ReportWriter &)> &compose);

} // namespace fg::gis
