// SPDX-License-Identifier: MIT
// Layer files made to break a reader, for the corpus test (issue 13, item 5).
#pragma once

#include <QString>

#include <vector>

namespace fg::test {

/// One generated input: what was done to it, and the path to give the commands.
struct Mutation
{
    QString what;
    QString path;
};

/// Writes into @p dir truncated shapefile members and GeoJSON, NaN and infinite coordinates,
/// huge record, point and length counts in shapefile headers, a deeply nested GeoJSON, FIFOs and
/// folders named like layers, an unreadable file (mode 000; root reads it anyway), empty files and
/// random bytes, from the sample's incidents in @p sampleDir and the shared data in @p sharedDir.
std::vector<Mutation> writeMutations(const QString &dir, const QString &sampleDir, const QString &sharedDir);

} // namespace fg::test
