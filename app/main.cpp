// SPDX-License-Identifier: MIT
// farmguard: the Qt Widgets desktop application.
#include "app/main_window.h"
#include "app/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("farmguard"));
    QApplication::setOrganizationName(QStringLiteral("FarmGuard"));
    QApplication::setApplicationDisplayName(QStringLiteral("FarmGuard"));
    QApplication::setApplicationVersion(QStringLiteral(FARMGUARD_VERSION));
    fg::app::installTranslations(application);
    // Name the Simplified Chinese face: left to itself, Qt may pick the Japanese variant.
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei")});
    QApplication::setFont(font);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "FarmGuard farmland protection map"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    QApplication::translate("main", "Open every layer of DIR at start."),
                                    QApplication::translate("main", "DIR"));
    parser.addOption(sample);
    const QCommandLineOption project(QStringLiteral("project"),
                                     QApplication::translate("main", "Open the project at start: a GeoPackage FILE or a "
                                                                             "postgresql://[USER@]HOST[:PORT]/DB?schema=NAME URI."),
                                     QApplication::translate("main", "FILE|URI"));
    parser.addOption(project);
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Layer files to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(application);

    fg::app::MainWindow window;
    window.show();
    if (parser.isSet(project))
        window.openProject(parser.value(project));
    else if (parser.isSet(sample))
        window.openDirectory(parser.value(sample));
    else if (!parser.positionalArguments().isEmpty())
        window.openFiles(parser.positionalArguments());
    return application.exec();
}
