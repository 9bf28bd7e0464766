// SPDX-License-Identifier: MIT
#pragma once

#include "gis/render/map_transform.h"

#include <vector>

namespace fg::app {

/// Previous/next views, like a browser's back and forward. A plain value.
class ExtentHistory
{
public:
    /// Records the view being left; clears the forward list.
    void push(const gis::MapTransform &leaving);
    bool canGoBack() const { return !m_back.empty(); }
    bool canGoForward() const { return !m_forward.empty(); }
    /// The view to return to; `current` goes onto the forward list.
    gis::MapTransform back(const gis::MapTransform &current);
    /// The view undone by back(); `current` goes onto the back list.
    gis::MapTransform forward(const gis::MapTransform &current);
    void clear();

private:
    std::vector<gis::MapTransform> m_back;
    std::vector<gis::MapTransform> m_forward;
};

} // namespace fg::app
