// SPDX-License-Identifier: MIT
#pragma once

class QMainWindow;

namespace fg::app {

/// How the main window's docks share a laptop screen (1366×768, 1280×720): the side columns run
/// the full height, so the lists along the bottom sit under the map only; the layer list (with
/// its legend) on the left; incidents, attributes and cases in tabs at the bottom; identify,
/// measure, the case, party and patrol panels in tabs on the right; a dock whose content is
/// taller than a small screen allows scrolls inside it. The result: a minimum height well under
/// 700 pixels and the status bar always on the screen.
class MainWindowLayout
{
public:
    /// Arranges the docks the window has (by object name); call once, after every dock exists.
    static void arrange(QMainWindow &window);
    /// Gives a first-run window its size: maximised on a screen under 900 pixels high.
    static void fitToScreen(QMainWindow &window);
    /// The version of the saved dock state this layout writes (older states are ignored).
    static constexpr int kStateVersion = 2;
};

} // namespace fg::app
