#include "application.h"

#include "appsettings.h"
#include "contextsessions.h"
#include "guitr.h"
#include "logging.h"
#include "mainwindow.h"
#include "workspace.h"
#include "models/projecttreemodel.h"
#include "screenshot.h"
#include "welcomepage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace Ringside {

void installTranslations(QCoreApplication &app, const QString &language)
{
    // Replace what an earlier call installed, so switching language does not stack catalogues.
    const QList<QTranslator *> previous = app.findChildren<QTranslator *>(QStringLiteral("ringside-translator"), Qt::FindDirectChildrenOnly);
    for (QTranslator *t : previous) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    const std::pair<QString, QString> catalogues[] = {{QStringLiteral("ringside"), QStringLiteral(":/i18n")},
                                                      {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)}};
    for (const auto &[name, dir] : catalogues) {
        auto *translator = new QTranslator(&app);
        translator->setObjectName(QStringLiteral("ringside-translator"));
        // Untranslated languages (and the C locale) fall back to English, which carries the plural forms.
        if (translator->load(locale, name, QStringLiteral("_"), dir)
            || (name == QLatin1String("ringside") && translator->load(QLocale(QLocale::English), name, QStringLiteral("_"), dir))) {
            QCoreApplication::installTranslator(translator);
        } else {
            delete translator;
        }
    }
}

namespace {

int selfTest(MainWindow &window)
{
    // The window, its dock and its model must come up and agree with the kubeconfig.
    const int contexts = int(window.kubeconfig().contexts.size());
    const int rows = window.projectModel()->rowCount();
    if (rows != contexts) {
        std::fprintf(stderr, "self-test FAILED: the project tree has %d rows for %d contexts\n", rows, contexts);
        return 1;
    }
    if (!window.projectDock() || !window.welcomePage() || window.welcomePage()->text().isEmpty()) {
        std::fprintf(stderr, "self-test FAILED: the main window is incomplete\n");
        return 1;
    }
    std::printf("self-test passed: %d context(s), active \"%s\"\n", contexts, qPrintable(window.activeContext()));
    return 0;
}

} // namespace

int runApplication(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ringside"));
    QApplication::setOrganizationName(QStringLiteral("Ringside"));
    QApplication::setApplicationDisplayName(QStringLiteral("Ringside"));
    QApplication::setApplicationVersion(QStringLiteral(RINGSIDE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.ringside.Ringside"));

    QCommandLineParser parser;
    parser.setApplicationDescription(GuiTr::tr("Cassandra, HCD and DSE on Kubernetes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption kubeconfigOpt(QStringLiteral("kubeconfig"), GuiTr::tr("Read this kubeconfig file instead of $KUBECONFIG."),
                                           GuiTr::tr("file"));
    const QCommandLineOption contextOpt(QStringLiteral("context"), GuiTr::tr("Open this context."), GuiTr::tr("name"));
    const QCommandLineOption selfTestOpt(QStringLiteral("self-test"), GuiTr::tr("Start, check the main window, and exit."));
    const QCommandLineOption screenshotOpt(QStringLiteral("screenshot"), GuiTr::tr("Save a PNG of the window after its first paint."),
                                           GuiTr::tr("file"));
    const QCommandLineOption quitOpt(QStringLiteral("quit-after-screenshot"), GuiTr::tr("Exit once the screenshot is saved."));
    const QCommandLineOption settingsOpt(QStringLiteral("settings"), GuiTr::tr("Use this settings file."), GuiTr::tr("file"));
    const QCommandLineOption languageOpt(QStringLiteral("language"), GuiTr::tr("Use this language (e.g. de, fr)."), GuiTr::tr("code"));
    const QCommandLineOption prometheusOpt(QStringLiteral("prometheus"),
                                           GuiTr::tr("Remember URL as the metrics source (Prometheus, Mimir, Thanos) of CONTEXT."),
                                           GuiTr::tr("context=url"));
    parser.addOptions({kubeconfigOpt, contextOpt, selfTestOpt, screenshotOpt, quitOpt, settingsOpt, languageOpt, prometheusOpt});
    parser.process(app);

    AppSettings settings(parser.value(settingsOpt));
    // --language wins over the language chosen in Settings (the theme is applied by the operations' controller).
    installTranslations(app, parser.isSet(languageOpt) ? parser.value(languageOpt) : settings.language());
    for (const QString &pair : parser.values(prometheusOpt)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0) {
            std::fprintf(stderr, "%s\n", qPrintable(GuiTr::tr("--prometheus takes context=url, not \"%1\"").arg(pair)));
            return 2;
        }
        settings.setPrometheusUrl(pair.left(eq), pair.mid(eq + 1));
    }
    MainWindow window(settings, KubeconfigLoadingRules::fromEnvironment(parser.value(kubeconfigOpt)));
    if (parser.isSet(contextOpt)) {
        window.setActiveContext(parser.value(contextOpt));
    }
    if (parser.isSet(selfTestOpt)) {
        window.show();
        QApplication::processEvents();
        return selfTest(window);
    }
    if (parser.isSet(screenshotOpt)) {
        const QString path = parser.value(screenshotOpt);
        const bool quit = parser.isSet(quitOpt);
        // Take the picture once the active context has connected (or failed), at most 10 s after start, so that
        // `./ringside.sh run` without a display shows the live tree.
        auto takeShot = [&app, &window, path, quit] {
            auto *shot = new FirstPaintScreenshot(&window, path, &app);
            QObject::connect(shot, &FirstPaintScreenshot::saved, &app, [quit](const QString &saved) {
                std::printf("%s\n", qPrintable(GuiTr::tr("screenshot saved: %1").arg(saved)));
                std::fflush(stdout);
                if (quit) {
                    QApplication::quit();
                }
            });
            QObject::connect(shot, &FirstPaintScreenshot::failed, &app, [](const QString &error) {
                std::fprintf(stderr, "%s\n", qPrintable(GuiTr::tr("screenshot failed: %1").arg(error)));
                QApplication::exit(1);
            });
            window.update();
        };
        auto *once = new QObject(&app);
        auto fire = [once, takeShot] {
            if (once->property("done").toBool()) {
                return;
            }
            once->setProperty("done", true);
            takeShot();
        };
        if (window.activeContext().isEmpty()) {
            QTimer::singleShot(0, once, fire);
        } else {
            QObject::connect(window.sessions(), &ContextSessions::connectionChanged, once, [&window, once, fire](const QString &context) {
                if (context == window.activeContext()) {
                    QTimer::singleShot(500, once, fire); // let the tree expand and paint
                }
            });
            QTimer::singleShot(10000, once, fire);
        }
    }
    window.show();
    if (!parser.isSet(screenshotOpt)) {
        // Texts of editors that crashed: offered back once the window is up.
        QTimer::singleShot(0, &window, [&window] { window.workspace()->offerRecovery(); });
    }
    return QApplication::exec();
}

} // namespace Ringside
