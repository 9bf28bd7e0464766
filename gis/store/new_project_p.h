// SPDX-License-Identifier: MIT
// Private to gis/store: what every backend's create does once the new project is open.
#pragma once

#include "gis/store/project_stores.h"

namespace fg::gis {

/// Keys the log when @p spec asks, records the settings (each logged), runs spec.populate and
/// reports progress 1 (false cancels: ReadCancelled).
void completeNewProject(ProjectStore &store, const NewProject &spec, const StoreProgress &progress);

} // namespace fg::gis
