// SPDX-License-Identifier: MIT
// The store contract suite on the GeoPackage backend: a new file per project in a private folder.
#include "store_contract.h"

#include "gis/store/project_location.h"
#include "gis/store/project_stores.h"

#include <QTemporaryDir>

namespace {

using namespace fg::gis;

class GpkgBackend final : public fg::test::StoreBackend
{
public:
    QString name() const override { return QStringLiteral("geopackage"); }
    QString unavailable() const override { return m_dir.isValid() ? QString() : QStringLiteral("no temporary folder"); }

    std::unique_ptr<ProjectStore> create(const NewProject &spec, const OperatorIdentity &who) override
    {
        const QString path = m_dir.filePath(QStringLiteral("contract%1.gpkg").arg(++m_projects));
        return ProjectStores::create(ProjectLocation::parse(path), spec, who);
    }

    std::unique_ptr<ProjectStore> openAgain(const ProjectStore &store, const OperatorIdentity &who) override
    {
        return ProjectStores::open(ProjectLocation::parse(store.info().location), who);
    }

    std::unique_ptr<ProjectStore> openWithRights(
        const ProjectStore &store, const OperatorIdentity &who, const StoreRights &rights) override
    {
        if (rights.scope != StoreRights::Scope::All)
            return nullptr; // a file's permissions guard it: no township or department rights
        return ProjectStores::open(ProjectLocation::parse(store.info().location), who,
            rights.readOnly ? OpenMode::ReadOnly : OpenMode::ReadWrite);
    }

private:
    QTemporaryDir m_dir;
    int m_projects = 0;
};

} // namespace

FG_REGISTER_STORE_BACKEND(GpkgBackend)
