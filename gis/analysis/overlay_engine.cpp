// SPDX-License-Identifier: MIT
#include "gis/analysis/overlay_engine.h"
#include "gis/analysis/overlay_engine_impl.h"

#include "core/input_error.h"
#include "core/land_class.h"
#include "gis/analysis/overlay_memo.h"
#include "gis/analysis/robust_overlay.h"
#include "gis/analysis/simple_ring.h"
#include "gis/io/vector_layer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

namespace fg::gis {

using namespace overlay_detail;

void OverlayEngine::Impl::readClasses()
{
    const int codeField = cultivated->fieldIndex(options.classField);
    if (codeField < 0)
        throw core::InputError(cultivated->sourcePath,
            tr("no land-class field \"%1\" (choose one with --class-field)").arg(options.classField));
    const int nameField = cultivated->fieldIndex(options.classNameField);
    QHash<QString, int> index;
    rowClass.resize(static_cast<size_t>(cultivated->featureCount()));
    for (int row = 0; row < cultivated->featureCount(); ++row) {
        // Normalised, so "０１０３" and " 0103" are one class with 0103 (core/land_class.h).
        const QString code = core::normalizedLandClass(cultivated->value(row, codeField).toString());
        auto it = index.find(code);
        if (it == index.end()) {
            it = index.insert(code, static_cast<int>(classes.size()));
            classes.push_back(
                { code, core::landClassName(code), core::landClassMatches(code, options.cultivatedClasses) });
        }
        LandClass &landClass = classes[static_cast<size_t>(*it)];
        // The layer's own name wins over the standard one: it is what the bureau prints.
        if (nameField >= 0 && (landClass.name.isEmpty() || landClass.name == core::landClassName(code))) {
            const QString name = cultivated->value(row, nameField).toString().trimmed();
            if (!name.isEmpty())
                landClass.name = name;
        }
        rowClass[static_cast<size_t>(row)] = *it;
    }
}

double OverlayEngine::Impl::deductionOf(int row, int kField, int netField, int grossField) const
{
    double k = 0;
    if (kField >= 0) {
        k = cultivated->value(row, kField).toDouble();
    } else {
        const double gross = cultivated->value(row, grossField).toDouble();
        const double net = cultivated->value(row, netField).toDouble();
        k = gross > 0 ? 1 - net / gross : 0;
        if (k < 0 && k > -1e-9) // TBDLMJ rounded like TBMJ: equal values give a hair below zero
            k = 0;
    }
    if (k >= 0 && k < 1)
        return k;
    warnOnce(cultivated->sourcePath + QStringLiteral("#KCXS#") + QString::number(cultivated->fid(row)),
        tr("%1: feature %2: 田坎 coefficient %3 is not a fraction from 0 to 1: no 田坎 deducted")
            .arg(cultivated->sourcePath)
            .arg(cultivated->fid(row))
            .arg(k));
    return 0;
}

void OverlayEngine::Impl::readDeductions()
{
    const int kField = cultivated->fieldIndex(options.deductionField);
    const int netField = cultivated->fieldIndex(options.netAreaField);
    const int grossField = cultivated->fieldIndex(options.parcelAreaField);
    if (kField < 0 && (netField < 0 || grossField < 0))
        return;
    hasDeduction = true;
    rowDeduction.assign(static_cast<size_t>(cultivated->featureCount()), 0.0);
    for (int row = 0; row < cultivated->featureCount(); ++row)
        if (classes[static_cast<size_t>(rowClass[static_cast<size_t>(row)])].cultivated)
            rowDeduction[static_cast<size_t>(row)] = deductionOf(row, kField, netField, grossField);
}

namespace {

/// The repair warnings of the measurement running on this thread, for the memo.
thread_local std::vector<std::pair<QString, QString>> *capturedWarnings = nullptr;

} // namespace

void OverlayEngine::Impl::warnOnce(const QString &key, const QString &text) const
{
    if (capturedWarnings)
        capturedWarnings->emplace_back(key, text);
    std::lock_guard<std::mutex> lock(mutex);
    if (!warned.contains(key)) {
        warned.insert(key);
        warnings << text;
    }
}

GeosGeometryPtr OverlayEngine::Impl::privateCopy(const VectorLayer &layer, int row) const
{
    // A private copy: GEOS may fill lazy caches of the geometries it works on, and the layer's
    // geometries are shared by all workers.
    GeosGeometryPtr parcel = cloneGeometry(layer.geometry(row));
    if (!parcel || GEOSisEmpty_r(geosContext(), parcel.get()))
        return nullptr;
    return parcel;
}

GeosGeometryPtr OverlayEngine::Impl::repairedIfInvalid(
    const VectorLayer &layer, int row, GeosGeometryPtr parcel) const
{
    GEOSContextHandle_t ctx = geosContext();
    // The reader's IsValid of these very coordinates said valid: the same answer again. A
    // polygon whose one ring is proven simple is valid too (provenSimpleRing); anything else,
    // a bowtie drawn outside FarmGuard among them, goes to GEOS as before.
    if (layer.checkedValid(row) || provenValidPolygon(ctx, parcel.get()) || GEOSisValid_r(ctx, parcel.get()) == 1)
        return parcel;
    GeosGeometryPtr repaired = robust::polygonalPart(GeosGeometryPtr(GEOSMakeValid_r(ctx, parcel.get())));
    const QString key = layer.sourcePath + QLatin1Char('#') + QString::number(layer.fid(row));
    warnOnce(key,
        tr("%1: feature %2: invalid geometry repaired (MakeValid) before the overlay")
            .arg(layer.sourcePath)
            .arg(layer.fid(row)));
    return repaired;
}

std::vector<Piece> OverlayEngine::Impl::clip(const VectorLayer *layer, const GEOSGeometry *target,
    const GEOSPreparedGeometry *prepared, const ConvexClip &convex, bool *snapped) const
{
    std::vector<Piece> pieces;
    if (!layer)
        return pieces;
    GEOSContextHandle_t ctx = geosContext();
    for (int row : layer->query(target)) {
        GeosGeometryPtr parcel = privateCopy(*layer, row);
        if (!parcel || GEOSPreparedIntersects_r(ctx, prepared, parcel.get()) != 1)
            continue;
        // Validity is checked only for parcels that touch the target: most envelope
        // candidates do not, and IsValidOp costs more than the prepared test.
        parcel = repairedIfInvalid(*layer, row, std::move(parcel));
        if (!parcel)
            continue;
        // A parcel the target covers (inside it, perhaps along its edge) is its own piece: no
        // overlay, and the same area the intersection would give. A parcel cut by a convex
        // target in general position: GEOS's very polygon without OverlayNG (ConvexClip).
        GeosGeometryPtr piece;
        if (GEOSPreparedCovers_r(ctx, prepared, parcel.get()) == 1)
            piece = std::move(parcel);
        else if (!(piece = convex.intersection(parcel.get())))
            piece = robust::intersection(target, parcel.get(), snapped);
        if (!piece)
            continue;
        pieces.push_back({ std::move(piece), layer == cultivated ? rowClass[static_cast<size_t>(row)] : -1, row });
    }
    return pieces;
}

OverlayEngine::OverlayEngine(
    const VectorLayer *basicFarmland, const VectorLayer *cultivated, int workingEpsg, OverlayOptions options)
    : d(std::make_unique<Impl>())
{
    d->basic = basicFarmland;
    d->cultivated = cultivated;
    d->epsg = workingEpsg;
    d->options = std::move(options);
    if (cultivated) {
        d->readClasses();
        d->readDeductions();
    }
    // Built here, on the constructing thread, so that workers only read the trees.
    if (basicFarmland)
        basicFarmland->buildIndex();
    if (cultivated)
        cultivated->buildIndex();
}

OverlayEngine::~OverlayEngine() = default;

int OverlayEngine::workingEpsg() const
{
    return d->epsg;
}

OverlayMemo *OverlayEngine::memo() const
{
    return d->options.memo;
}

QByteArray OverlayEngine::Impl::signature() const
{
    // Everything but the parcels themselves that a measurement depends on.
    QStringList parts { QString::number(epsg), options.classField, options.classNameField,
        options.cultivatedClasses.join(QLatin1Char(',')), options.deductionField, options.netAreaField,
        options.parcelAreaField, basic ? basic->sourcePath : QString(), cultivated ? cultivated->sourcePath : QString(),
        hasDeduction ? QStringLiteral("kcxs") : QString() };
    return parts.join(QChar(0x1f)).toUtf8();
}

QByteArray OverlayEngine::Impl::memoKey(const GEOSGeometry *target) const
{
    // The candidates in the order clip() visits them: the same ids in the same order are the
    // same pieces, unions and sums (feature ids name the same parcels within one job).
    QByteArray key = signature();
    key += '\x1e';
    key += toWkb(target);
    for (const VectorLayer *layer : { basic, cultivated }) {
        key += '\x1e';
        if (!layer)
            continue;
        for (int row : layer->query(target)) {
            const qint64 fid = layer->fid(row);
            key.append(reinterpret_cast<const char *>(&fid), sizeof fid);
        }
    }
    return key;
}

void OverlayEngine::Impl::renameClasses(std::vector<ClassArea> &areas) const
{
    // A class's name is the first one this engine's layer gives for its code.
    for (ClassArea &area : areas)
        for (const LandClass &landClass : classes)
            if (landClass.code == area.code)
                area.name = landClass.name;
}

Occupation OverlayEngine::measure(const GEOSGeometry *target, const AreaCalculator &calculator) const
{
    if (!target || !d->options.memo)
        return d->measure(target, calculator);
    const QByteArray key = d->memoKey(target);
    if (std::optional<MemoEntry> known = d->options.memo->find(key)) {
        for (const auto &[warningKey, text] : known->warnings)
            d->warnOnce(warningKey, text);
        d->renameClasses(known->occupation.cultivatedByClass);
        d->renameClasses(known->occupation.otherByClass);
        return std::move(known->occupation);
    }
    MemoEntry entry;
    capturedWarnings = &entry.warnings;
    try {
        entry.occupation = d->measure(target, calculator);
    } catch (...) {
        capturedWarnings = nullptr;
        throw;
    }
    capturedWarnings = nullptr;
    Occupation measured = entry.occupation;
    d->options.memo->store(key, std::move(entry));
    return measured;
}

std::vector<Occupation> OverlayEngine::measureAll(
    const std::vector<const GEOSGeometry *> &targets, const std::function<bool(int, int)> &progress) const
{
    const int total = static_cast<int>(targets.size());
    std::vector<Occupation> results(targets.size());
    const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    const int threadCount
        = std::clamp(d->options.threads > 0 ? d->options.threads : cores, 1, std::max(1, total));
    std::atomic<int> next { 0 };
    std::atomic<int> done { 0 };
    std::atomic<bool> stop { false };
    std::exception_ptr failure;
    std::mutex mutex;
    std::condition_variable finished;

    auto work = [&] {
        try {
            const AreaCalculator calculator(d->epsg); // PROJ objects are per thread
            for (int i = next++; i < total && !stop; i = next++) {
                results[static_cast<size_t>(i)] = measure(targets[static_cast<size_t>(i)], calculator);
                ++done;
            }
        } catch (...) {
            std::lock_guard<std::mutex> lock(mutex);
            if (!failure)
                failure = std::current_exception();
            stop = true;
        }
        finished.notify_all();
    };
    std::vector<std::thread> workers;
    for (int t = 0; t < threadCount; ++t)
        workers.emplace_back(work);
    bool cancelled = false;
    {
        std::unique_lock<std::mutex> lock(mutex);
        // Asked before the first wait too, so that a cancel already requested is honoured.
        while (true) {
            if (progress && !progress(done.load(), total)) {
                cancelled = true;
                stop = true;
            }
            if (done >= total || stop)
                break;
            finished.wait_for(lock, std::chrono::milliseconds(50));
        }
    }
    for (std::thread &worker : workers)
        worker.join();
    if (failure)
        std::rethrow_exception(failure);
    if (cancelled)
        throw OverlayCancelled {};
    if (progress)
        progress(total, total);
    return results;
}

QStringList OverlayEngine::warnings() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->warnings;
}

} // namespace fg::gis
