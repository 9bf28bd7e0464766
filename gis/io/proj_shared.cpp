// SPDX-License-Identifier: MIT
#include "gis/io/proj_shared_p.h"

#include <map>
#include <mutex>
#include <utility>

namespace fg::gis {

namespace {

/// The objects made so far, kept on a context of their own: a thread's context ends with the
/// thread, these with the process. Only used under the mutex.
struct SharedObjects
{
    std::mutex mutex;
    PJ_CONTEXT *ctx = nullptr;
    std::map<std::pair<QString, QString>, PJ *> made; ///< (source, target); target empty: a CRS

    SharedObjects()
        : ctx(proj_context_create())
    {
        proj_log_level(ctx, PJ_LOG_NONE); // a clone's trouble is reported on the caller's context
    }
    ~SharedObjects()
    {
        for (const auto &entry : made)
            if (entry.second)
                proj_destroy(entry.second);
        proj_context_destroy(ctx);
    }
    SharedObjects(const SharedObjects &) = delete;
    SharedObjects &operator=(const SharedObjects &) = delete;
};

SharedObjects &shared()
{
    static SharedObjects objects;
    return objects;
}

/// The kept object for @p key cloned onto this thread's context, making it with @p make (on this
/// thread's context) the first time. The mutex is held while making: a second thread asking for
/// the same object waits for the search instead of running it again on the other core.
template <typename Make> PjPtr cloned(const std::pair<QString, QString> &key, Make make)
{
    SharedObjects &objects = shared();
    PJ_CONTEXT *ctx = projContext();
    const std::lock_guard<std::mutex> lock(objects.mutex);
    const auto found = objects.made.find(key);
    if (found != objects.made.end()) {
        PjPtr copy(found->second ? proj_clone(ctx, found->second) : nullptr);
        if (copy || !found->second)
            return copy;
    }
    PjPtr fresh = make(); // first time, or a clone failed: as without the cache
    PJ *kept = fresh ? proj_clone(objects.ctx, fresh.get()) : nullptr;
    // Kept only when it is what was made: a failed clone is searched again next time.
    if (found == objects.made.end() && (kept || !fresh))
        objects.made.emplace(key, kept);
    else if (kept)
        proj_destroy(kept);
    return fresh;
}

} // namespace

PjPtr sharedCrs(const QString &definition)
{
    return cloned({ definition, QString() }, [&definition] { return createCrs(definition); });
}

PjPtr sharedTransform(const QString &source, const QString &target)
{
    return cloned({ source, target }, [&source, &target] {
        const PjPtr from = createCrs(source), to = createCrs(target);
        return from && to ? createTransform(from.get(), to.get()) : PjPtr();
    });
}

} // namespace fg::gis
