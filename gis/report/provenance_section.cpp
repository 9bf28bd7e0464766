// SPDX-License-Identifier: MIT
// The last section of every report: where its figures come from (issue 16 item 6).
#include "gis/report/report_writer.h"

namespace fg::gis {

int ReportWriter::writeProvenance()
{
    if (m_decor.provenance.isEmpty())
        return m_page;
    // Small type: hashes are for checking, not reading; kept together with the heading.
    const QString text = m_decor.provenance.join(QLatin1Char('\n'));
    const double height = textHeight(text, font(7), m_content.width());
    heading(tr("Provenance (数据来源与校验)"), height / mm(1) + 2);
    paragraph(text, 7);
    return m_page;
}

} // namespace fg::gis
