// SPDX-License-Identifier: MIT
// Private to gis/io: PROJ objects made once per process and handed to each thread as clones.
#pragma once

#include "gis/io/proj_handles_p.h"

namespace fg::gis {

/// createCrs(@p definition) on the calling thread's context. The first call for a definition
/// asks PROJ's database; every later one, from any thread, clones that object (proj_clone: the
/// same object, made in microseconds instead of the database's tens of milliseconds per thread).
/// Null when PROJ cannot make it. Thread-safe.
PjPtr sharedCrs(const QString &definition);

/// createTransform() between the CRSs of @p source and @p target, on the calling thread's
/// context, made once per process and cloned as sharedCrs() is: PROJ's operation search (its
/// database, every candidate operation) runs once, and a clone transforms bit for bit as the
/// original does. Null when PROJ finds none. Thread-safe.
PjPtr sharedTransform(const QString &source, const QString &target);

} // namespace fg::gis
