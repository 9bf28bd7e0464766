// SPDX-License-Identifier: MIT
#include "app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace fg::app {

QString chosenLanguage()
{
    // An explicit environment choice wins (scripts, tests), then the saved setting.
    const QString env = qEnvironmentVariable("FARMGUARD_LANG");
    if (env == QLatin1String("zh_CN") || env == QLatin1String("en"))
        return env;
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    if (saved == QLatin1String("zh_CN") || saved == QLatin1String("en"))
        return saved;
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en")
                                                            : QStringLiteral("zh_CN");
}

void setSavedLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

void installTranslations(QCoreApplication &application)
{
    const QString language = chosenLanguage();
    auto *own = new QTranslator(&application);
    if (own->load(QStringLiteral(":/i18n/farmguard_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    if (language == QLatin1String("zh_CN")) {
        auto *qt = new QTranslator(&application);
        if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
}

} // namespace fg::app
