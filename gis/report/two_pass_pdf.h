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

} // namespace fg::gis
