// SPDX-License-Identifier: MIT
#include "gis/proj_context.h"

#include <proj.h>

#include <string>

namespace fg::gis {

namespace {

struct ProjHolder
{
    PJ_CONTEXT *ctx = nullptr;
    std::string lastError;

    ProjHolder()
    {
        ctx = proj_context_create();
        proj_log_func(ctx, this, &ProjHolder::onLog);
        proj_log_level(ctx, PJ_LOG_ERROR);
    }
    ~ProjHolder() { proj_context_destroy(ctx); }
    ProjHolder(const ProjHolder &) = delete;
    ProjHolder &operator=(const ProjHolder &) = delete;

    static void onLog(void *userdata, int level, const char *message)
    {
        if (level <= PJ_LOG_ERROR && message)
            static_cast<ProjHolder *>(userdata)->lastError = message;
    }
};

ProjHolder &holder()
{
    thread_local ProjHolder instance;
    return instance;
}

} // namespace

PJ_CONTEXT *projContext()
{
    return holder().ctx;
}

QString takeProjError()
{
    auto &h = holder();
    QString text = QString::fromStdString(h.lastError);
    h.lastError.clear();
    return text;
}

} // namespace fg::gis
