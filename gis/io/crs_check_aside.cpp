// SPDX-License-Identifier: MIT
#include "gis/io/crs_check_aside.h"

#include "gis/io/crs_detection.h"

#include <system_error>

namespace fg::gis {

CrsCheckAside::CrsCheckAside(const CrsDecision &crs, const std::optional<QRectF> &extentToCheck)
{
    if (!extentToCheck) {
        m_found = QString();
        return;
    }
    try {
        m_pending = std::async(std::launch::async, [crs, extent = *extentToCheck] { return crsExtentMismatch(crs, extent); });
    } catch (const std::system_error &) {
        m_pending = {};
        m_found = crsExtentMismatch(crs, *extentToCheck); // no thread: checked here, as the read did
    }
}

CrsCheckAside::~CrsCheckAside()
{
    if (m_pending.valid())
        m_pending.wait();
}

QString CrsCheckAside::mismatch()
{
    if (m_failed)
        std::rethrow_exception(m_failed);
    if (!m_found) {
        try {
            m_found = m_pending.get();
        } catch (...) {
            m_failed = std::current_exception(); // get() empties the future: kept for later calls
            throw;
        }
    }
    return *m_found;
}

} // namespace fg::gis
