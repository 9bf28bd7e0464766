// SPDX-License-Identifier: MIT
#include "store_contract.h"

namespace fg::test {

namespace {

std::vector<StoreBackendFactory> &factories()
{
    static std::vector<StoreBackendFactory> registered;
    return registered;
}

} // namespace

std::unique_ptr<gis::ProjectStore> StoreBackend::openWithRights(
    const gis::ProjectStore &, const gis::OperatorIdentity &, const gis::StoreRights &)
{
    return nullptr;
}

bool registerStoreBackend(StoreBackendFactory factory)
{
    factories().push_back(std::move(factory));
    return true;
}

const std::vector<std::unique_ptr<StoreBackend>> &storeBackends()
{
    static const std::vector<std::unique_ptr<StoreBackend>> backends = [] {
        std::vector<std::unique_ptr<StoreBackend>> made;
        for (const StoreBackendFactory &make : factories())
            made.push_back(make());
        return made;
    }();
    return backends;
}

void forEachStoreBackend(const std::function<void(StoreBackend &)> &body)
{
    REQUIRE_FALSE(storeBackends().empty());
    for (const std::unique_ptr<StoreBackend> &backend : storeBackends()) {
        DYNAMIC_SECTION(backend->name().toStdString())
        {
            const QString why = backend->unavailable();
            if (why.isEmpty())
                body(*backend);
            else
                WARN((backend->name() + QStringLiteral(" skipped: ") + why).toStdString());
        }
    }
}

} // namespace fg::test
