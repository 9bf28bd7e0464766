// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

struct pj_ctx;
typedef struct pj_ctx PJ_CONTEXT;

namespace fg::gis {

/// The calling thread's PROJ context (created on first use). PROJ log messages are
/// captured per context; read them with takeProjError().
PJ_CONTEXT *projContext();

/// Last PROJ error logged on this thread, cleared when read.
QString takeProjError();

} // namespace fg::gis
