// SPDX-License-Identifier: MIT
#pragma once

#include "gis/io/layer_reader.h"
#include "gis/io/vector_layer.h"

#include <QRectF>
#include <QString>

#include <exception>
#include <future>
#include <optional>

namespace fg::gis {

/// readLayer() without the check of a declared CRS against the coordinates (crsExtentMismatch()),
/// which waits for PROJ's operation search (≈ 30 ms; prepareCrsChecks() starts it early): the
/// layer's crs.mismatch stays empty, and its warnings lack that check's. @p extentToCheck receives
/// the extent the check needs when the CRS was declared (nothing when it was inferred or the
/// read gave it up): CrsCheckAside makes the check with it, as the read would have.
VectorLayer readLayerCrsAside(const QString &path, const ReadOptions &options, std::optional<QRectF> &extentToCheck);

/// The check readLayerCrsAside() left, run on a thread of its own from construction while the
/// caller goes on. The answer is crsExtentMismatch()'s for the same CRS and extent. Without an
/// extent it starts nothing and finds no mismatch; without a thread to be had it checks in
/// place. The destructor waits for the thread. Not copyable; one caller thread.
class CrsCheckAside
{
public:
    CrsCheckAside(const CrsDecision &crs, const std::optional<QRectF> &extentToCheck);
    ~CrsCheckAside();
    CrsCheckAside(const CrsCheckAside &) = delete;
    CrsCheckAside &operator=(const CrsCheckAside &) = delete;

    /// crsExtentMismatch()'s text, empty when the CRS fits or nothing was left to check; waits
    /// for the thread the first time. What the check threw is thrown here, every time.
    QString mismatch();

private:
    std::future<QString> m_pending;
    std::optional<QString> m_found;
    std::exception_ptr m_failed;
};

} // namespace fg::gis
