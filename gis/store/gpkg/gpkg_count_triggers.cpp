// SPDX-License-Identifier: MIT
#include "gis/store/gpkg/gpkg_count_triggers_p.h"

#include "gis/store/sql/sql_connection_p.h"

namespace fg::gis {

QStringList GpkgCountTriggers::setAside(SqlConnection &db, const QString &table)
{
    QStringList names, triggers;
    {
        auto rows = db.query(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?1, ?2) "
                                            "ORDER BY rowid"),
            { QStringLiteral("trigger_insert_feature_count_") + table, QStringLiteral("trigger_delete_feature_count_") + table });
        while (rows->next()) {
            names << rows->text(0);
            triggers << rows->text(1);
        }
    }
    for (const QString &name : names)
        db.script(QStringLiteral("DROP TRIGGER \"%1\"").arg(QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))));
    return triggers;
}

void GpkgCountTriggers::restore(SqlConnection &db, const QStringList &triggers)
{
    for (const QString &sql : triggers)
        db.script(sql);
}

} // namespace fg::gis
