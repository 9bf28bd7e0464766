// SPDX-License-Identifier: MIT
// The contract suite on the PostGIS backend: each project in a schema of its own with a random
// name on FARMGUARD_TEST_PG (scripts/postgis-up.sh), dropped with its roles and logins at the end.
// Without the variable every contract test says the backend is skipped and why.
// Listeners need Catch2's reporter interfaces, declared only when asked for before the header.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include "store_contract.h"

#include "gis/store/pg/pg_connection_p.h"

#include <QRandomGenerator>
#include <QUrl>

namespace {

class PostgisBackend final : public fg::test::StoreBackend
{
public:
    /// Drops what the tests made: called after each test case (stores closed by then), never
    /// from a static destructor (the libraries' own statics may be gone by then).
    void dropAll()
    {
        for (const QString &schema : m_schemas) {
            try {
                fg::gis::ProjectStores::discard(location(m_server, schema));
            } catch (const std::exception &error) { // never made (a failed create): nothing to drop
                WARN("postgis contract: could not drop " << schema.toStdString() << ": " << error.what());
            }
        }
        m_schemas.clear();
        // Logins are the server's, not the schema's: drop the ones made here.
        try {
            fg::gis::PgConnection server(m_server, QString(), m_server);
            for (const QString &login : m_logins)
                server.script(QStringLiteral("DROP ROLE IF EXISTS %1").arg(server.identifier(login)));
        } catch (const std::exception &) {
        }
        m_logins.clear();
    }

    QString name() const override { return QStringLiteral("postgis"); }

    QString unavailable() const override
    {
        return m_server.isEmpty() ? QStringLiteral("FARMGUARD_TEST_PG is not set (scripts/postgis-up.sh prints a "
                                                   "server URI; scripts/test.sh sets it)")
                                  : QString();
    }

    std::unique_ptr<fg::gis::ProjectStore> create(
        const fg::gis::NewProject &spec, const fg::gis::OperatorIdentity &who) override
    {
        const QString schema = QStringLiteral("fgc_%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
        m_schemas << schema;
        return fg::gis::ProjectStores::create(location(m_server, schema), spec, who);
    }

    std::unique_ptr<fg::gis::ProjectStore> openAgain(
        const fg::gis::ProjectStore &store, const fg::gis::OperatorIdentity &who) override
    {
        return fg::gis::ProjectStores::open(location(m_server, store.info().name), who);
    }

    std::unique_ptr<fg::gis::ProjectStore> openWithRights(const fg::gis::ProjectStore &store,
        const fg::gis::OperatorIdentity &who, const fg::gis::StoreRights &rights) override
    {
        const QString schema = store.info().name;
        const fg::gis::OpenMode mode = rights.readOnly ? fg::gis::OpenMode::ReadOnly : fg::gis::OpenMode::ReadWrite;
        if (rights.scope == fg::gis::StoreRights::Scope::All)
            return fg::gis::ProjectStores::open(location(m_server, schema), who, mode);
        fg::gis::ProjectGrant grant;
        grant.login = QStringLiteral("%1_u%2").arg(schema).arg(++m_loginCount);
        if (rights.scope == fg::gis::StoreRights::Scope::Township) {
            grant.kind = fg::gis::ProjectGrant::Kind::Township;
            grant.township = rights.township;
        } else {
            grant.kind = fg::gis::ProjectGrant::Kind::Department;
            grant.department = rights.department;
        }
        fg::gis::ProjectStores::grant(location(m_server, schema), grant);
        m_logins << grant.login;
        QUrl as(m_server);
        as.setUserName(grant.login);
        return fg::gis::ProjectStores::open(location(as.toString(), schema), who, mode);
    }

private:
    static fg::gis::ProjectLocation location(const QString &server, const QString &schema)
    {
        return fg::gis::ProjectLocation::parse(server + QStringLiteral("?schema=") + schema);
    }

    QString m_server = qEnvironmentVariable("FARMGUARD_TEST_PG");
    QStringList m_schemas;
    QStringList m_logins;
    int m_loginCount = 0;
};

/// Cleans up after each test case, once its sections (and their stores) are done.
struct PostgisCleanup : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseEnded(const Catch::TestCaseStats &stats) override
    {
        for (const auto &backend : fg::test::storeBackends())
            if (auto *postgis = dynamic_cast<PostgisBackend *>(backend.get()))
                postgis->dropAll();
        TestEventListenerBase::testCaseEnded(stats);
    }
};

} // namespace

FG_REGISTER_STORE_BACKEND(PostgisBackend)
CATCH_REGISTER_LISTENER(PostgisCleanup)
