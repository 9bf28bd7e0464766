// SPDX-License-Identifier: MIT
// Private to gis/: owning handles for GDAL/OGR C objects and a scoped CPL error catcher.
#pragma once

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <QString>
#include <memory>

namespace fg::gis {

struct GdalDatasetCloser
{
    void operator()(GDALDatasetH h) const
    {
        if (h)
            GDALClose(h);
    }
};
struct OgrFeatureDestroyer
{
    void operator()(OGRFeatureH h) const
    {
        if (h)
            OGR_F_Destroy(h);
    }
};
struct OgrGeometryDestroyer
{
    void operator()(OGRGeometryH h) const
    {
        if (h)
            OGR_G_DestroyGeometry(h);
    }
};
struct OgrSrsReleaser
{
    void operator()(OGRSpatialReferenceH h) const
    {
        if (h)
            OSRRelease(h);
    }
};

using GdalDatasetPtr = std::unique_ptr<void, GdalDatasetCloser>;
using OgrFeaturePtr = std::unique_ptr<void, OgrFeatureDestroyer>;
using OgrGeometryPtr = std::unique_ptr<void, OgrGeometryDestroyer>;
using OgrSrsPtr = std::unique_ptr<void, OgrSrsReleaser>;

/// While alive, CPL errors and warnings on this thread are collected instead of printed.
class ScopedCplErrors
{
public:
    ScopedCplErrors() { CPLPushErrorHandlerEx(&ScopedCplErrors::handler, this); }
    ~ScopedCplErrors() { CPLPopErrorHandler(); }
    ScopedCplErrors(const ScopedCplErrors &) = delete;
    ScopedCplErrors &operator=(const ScopedCplErrors &) = delete;

    /// The last error (CE_Failure or worse) message, empty when none.
    const QString &lastError() const { return m_lastError; }
    /// Forgets what was collected so far (per-feature error checks).
    void clear()
    {
        m_lastError.clear();
        m_warnings.clear();
    }
    /// Forgets the last error only (an expected failure, e.g. a deleted record asked for by id).
    void forgetLastError() { m_lastError.clear(); }
    /// Warnings seen, newline-separated.
    const QString &warnings() const { return m_warnings; }

private:
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum, const char *message)
    {
        auto *self = static_cast<ScopedCplErrors *>(CPLGetErrorHandlerUserData());
        const QString text = QString::fromUtf8(message ? message : "");
        if (level >= CE_Failure)
            self->m_lastError = text;
        else if (level == CE_Warning)
            self->m_warnings += (self->m_warnings.isEmpty() ? QString() : QStringLiteral("\n")) + text;
    }
    QString m_lastError;
    QString m_warnings;
};

} // namespace fg::gis
