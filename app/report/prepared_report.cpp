// SPDX-License-Identifier: MIT
#include "app/report/prepared_report.h"

#include "gis/report/two_pass_pdf.h"

namespace fg::app {

int PreparedReport::paint(QPagedPaintDevice *device) const
{
    return gis::paintTwoPass(device, page, decor, compose);
}

int PreparedReport::writePdf(const QString &path) const
{
    return gis::writeTwoPassPdf(path, page, decor, compose);
}

} // namespace fg::app
