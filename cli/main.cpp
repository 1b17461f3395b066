#include "command.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ringside"));
    QCoreApplication::setOrganizationName(QStringLiteral("Ringside"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("ringside"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Ringside::Cli::run(app.arguments().mid(1), out, err, QProcessEnvironment::systemEnvironment());
}
