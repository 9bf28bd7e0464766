// SPDX-License-Identifier: MIT
#include "gis/store/project_location.h"

#include "core/input_error.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace fg::gis {

ProjectLocation ProjectLocation::parse(const QString &text)
{
    ProjectLocation location;
    if (!text.startsWith(QLatin1String("postgresql://")) && !text.startsWith(QLatin1String("postgres://"))) {
        location.m_path = text;
        location.m_display = text;
        return location;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty() || database.contains(QLatin1Char('/')))
        throw core::InputError(text,
            tr("not a PostgreSQL project URI: expected postgresql://[USER@]HOST[:PORT]/DB?schema=NAME"));
    QUrlQuery query(url);
    const QString schema = query.hasQueryItem(QStringLiteral("schema"))
        ? query.queryItemValue(QStringLiteral("schema"), QUrl::FullyDecoded)
        : QStringLiteral("farmguard");
    static const QRegularExpression kSchema(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!kSchema.match(schema).hasMatch())
        throw core::InputError(text,
            tr("the schema name '%1' must be lower-case letters, digits and _ (not starting with a digit), at most 63")
                .arg(schema));
    query.removeAllQueryItems(QStringLiteral("schema"));
    QUrl conninfo(url);
    conninfo.setQuery(query);
    location.m_backend = Backend::PostGis;
    location.m_schema = schema;
    location.m_conninfo = conninfo.toString(QUrl::FullyEncoded);
    QUrl shown(url);
    shown.setPassword(QString());
    location.m_display = shown.toString(QUrl::RemovePassword);
    return location;
}

QString ProjectLocation::display() const
{
    return m_display;
}

QString ProjectLocation::name() const
{
    return isPostGis() ? m_schema : QFileInfo(m_path).completeBaseName();
}

} // namespace fg::gis
