// SPDX-License-Identifier: MIT
// The contract suite on the in-memory store (tests/support/memory_project_store.h).
#include "store_contract.h"
#include "support/memory_project_store.h"

namespace {

class MemoryBackend final : public fg::test::StoreBackend
{
public:
    QString name() const override { return QStringLiteral("memory"); }

    std::unique_ptr<fg::gis::ProjectStore> create(
        const fg::gis::NewProject &spec, const fg::gis::OperatorIdentity &who) override
    {
        return fg::test::MemoryProjectStore::create(
            spec, who, QStringLiteral("contract%1").arg(++m_projects));
    }

    std::unique_ptr<fg::gis::ProjectStore> openAgain(
        const fg::gis::ProjectStore &store, const fg::gis::OperatorIdentity &who) override
    {
        return dynamic_cast<const fg::test::MemoryProjectStore &>(store).openAgain(who);
    }

    std::unique_ptr<fg::gis::ProjectStore> openWithRights(const fg::gis::ProjectStore &store,
        const fg::gis::OperatorIdentity &who, const fg::gis::StoreRights &rights) override
    {
        return dynamic_cast<const fg::test::MemoryProjectStore &>(store).openAgain(who, rights);
    }

private:
    int m_projects = 0;
};

} // namespace

FG_REGISTER_STORE_BACKEND(MemoryBackend)
