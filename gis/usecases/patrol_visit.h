// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDate>

namespace fg::gis {

class ProjectStore;

/// A patrol visit recorded by hand (`farmguard-cli patrol-mark`): the cell's whole farmland
/// counts as seen that day. Any thread the store may be used on.
class PatrolVisit
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::PatrolVisit)

public:
    /// Records @p officer's visit to @p cellId on @p day. A visit by someone the project does not
    /// know (neither a grid officer nor a village patroller) would count for nobody's coverage:
    /// refused with core::InputError naming the name; an unknown cell too (the store's refusal).
    static void mark(ProjectStore &store, const QString &cellId, const QString &officer, QDate day);
};

} // namespace fg::gis
