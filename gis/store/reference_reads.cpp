// SPDX-License-Identifier: MIT
#include "gis/store/reference_reads.h"

#include "gis/store/project_store.h"
#include "gis/store/sql/sql_project_store.h"

namespace fg::gis {

std::vector<VectorLayer> readReferences(
    const ProjectStore &store, const QStringList &tables, const FeatureQuery &query, const StoreProgress &progress)
{
    if (const auto *sql = dynamic_cast<const SqlProjectStore *>(&store))
        return sql->readReferences(tables, query, progress);
    return readReferencesInTurn(store, tables, query, progress);
}

std::vector<VectorLayer> readReferencesInTurn(
    const ProjectStore &store, const QStringList &tables, const FeatureQuery &query, const StoreProgress &progress)
{
    std::vector<VectorLayer> layers;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        StoreProgress part;
        if (progress) {
            const double from = double(i) / double(tables.size());
            const double share = 1.0 / double(tables.size());
            part = [&progress, from, share](double f) { return progress(from + share * f); };
        }
        layers.push_back(store.readReference(tables[i], query, part));
    }
    return layers;
}

} // namespace fg::gis
