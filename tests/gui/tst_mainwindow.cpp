// The main window, headless: what the tree holds, context switching, write-back, and screenshots to look at.
#include "testsupport.h"

#include "gui/application.h"
#include "gui/appsettings.h"
#include "gui/mainwindow.h"
#include "gui/projectdock.h"
#include "gui/screenshot.h"
#include "gui/welcomepage.h"
#include "models/projecttreemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QSignalSpy>
#include <QToolButton>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Ringside;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_kubeconfig;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        m_kubeconfig = m_dir.filePath(QStringLiteral("config"));
        QVERIFY(QFile::copy(Test::dataPath(QStringLiteral("kubeconfig/wide-names/config")), m_kubeconfig));
        QFile::setPermissions(m_kubeconfig, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void treeShowsContextsWithCurrentMarked()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings, {m_kubeconfig, {}, {}});
        QAbstractItemModelTester tester(window.projectModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.resize(1100, 650);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        ProjectTreeModel *model = window.projectModel();
        QCOMPARE(model->rowCount(), 4);
        QStringList names;
        for (int i = 0; i < model->rowCount(); ++i) {
            names.append(model->index(i, 0).data().toString());
        }
        QCOMPARE(names, (QStringList{QStringLiteral("arn:aws:eks:eu-west-1:123456789012:cluster/cassandra-production-eu"),
                                     QStringLiteral("gke_my-project_us-central1_hcd"), QStringLiteral("x"), QStringLiteral("ünïcødé-ctx")}));
        QVERIFY(model->indexOfContext(QStringLiteral("x")).data(ProjectTreeModel::IsCurrentContextRole).toBool());
        QCOMPARE(window.activeContext(), QStringLiteral("x"));
        QVERIFY(window.welcomePage()->text().contains(QLatin1String("4 contexts")));
        QVERIFY(window.statusBar()->findChild<QLabel *>(QStringLiteral("statusContext"))->text().contains(QLatin1String("x")));
        // The tree view shows the model through its filter proxy.
        QCOMPARE(window.projectDock()->view()->model()->rowCount(), 4);
        const QString shot = Test::outputPath(QStringLiteral("screenshots/main-window.png"));
        QCOMPARE(saveWidgetPng(&window, shot), QString());
        qInfo("screenshot: %s", qPrintable(shot));
    }

    void filterNarrowsTree()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings2.ini")));
        MainWindow window(settings, {m_kubeconfig, {}, {}});
        window.show();
        window.projectDock()->filterEdit()->setText(QStringLiteral("gke"));
        QTRY_COMPARE(window.projectDock()->view()->model()->rowCount(), 1);
        window.projectDock()->filterEdit()->clear();
        QTRY_COMPARE(window.projectDock()->view()->model()->rowCount(), 4);
    }

    void switchingContextIsRememberedAndMenuFollows()
    {
        const QString settingsFile = m_dir.filePath(QStringLiteral("settings3.ini"));
        {
            AppSettings settings(settingsFile);
            MainWindow window(settings, {m_kubeconfig, {}, {}});
            window.setActiveContext(QStringLiteral("gke_my-project_us-central1_hcd"));
            QCOMPARE(window.activeContext(), QStringLiteral("gke_my-project_us-central1_hcd"));
            // The kubeconfig itself is untouched by working in another context.
            QCOMPARE(window.kubeconfig().currentContext, QStringLiteral("x"));
            QMenu *contextMenu = nullptr;
            for (QAction *a : window.menuBar()->actions()) {
                if (a->text().contains(QLatin1String("Context"))) {
                    contextMenu = a->menu();
                }
            }
            QVERIFY(contextMenu);
            int checked = 0;
            for (QAction *a : contextMenu->actions()) {
                if (a->isChecked()) {
                    ++checked;
                    QCOMPARE(a->data().toString(), QStringLiteral("gke_my-project_us-central1_hcd"));
                }
            }
            QCOMPARE(checked, 1);
            window.close();
        }
        AppSettings settings(settingsFile);
        MainWindow window(settings, {m_kubeconfig, {}, {}});
        QCOMPARE(window.activeContext(), QStringLiteral("gke_my-project_us-central1_hcd"));
    }

    void makeCurrentWritesKubeconfig()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings4.ini")));
        MainWindow window(settings, {m_kubeconfig, {}, {}});
        QVERIFY(window.makeCurrentContext(QStringLiteral("gke_my-project_us-central1_hcd")));
        QCOMPARE(window.kubeconfig().currentContext, QStringLiteral("gke_my-project_us-central1_hcd"));
        QVERIFY(window.projectModel()->indexOfContext(QStringLiteral("gke_my-project_us-central1_hcd")).data(ProjectTreeModel::IsCurrentContextRole).toBool());
        QCOMPARE(QFile::permissions(m_kubeconfig) & QFileDevice::Permissions(0x7077), QFileDevice::Permissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(window.makeCurrentContext(QStringLiteral("x")));
    }

    void reloadsWhenFileChanges()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings5.ini")));
        const QString file = m_dir.filePath(QStringLiteral("changing.yaml"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("contexts:\n- name: one\n  context: {cluster: c, user: u}\n");
        }
        MainWindow window(settings, {file, {}, {}});
        QCOMPARE(window.projectModel()->rowCount(), 1);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("contexts:\n- name: one\n  context: {cluster: c, user: u}\n- name: two\n  context: {cluster: c, user: u}\n");
        }
        QTRY_COMPARE_WITH_TIMEOUT(window.projectModel()->rowCount(), 2, 10000);
    }

    void germanTranslationIsUsed()
    {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
        AppSettings settings(m_dir.filePath(QStringLiteral("settings7.ini")));
        MainWindow window(settings, {m_kubeconfig, {}, {}});
        window.resize(1100, 650);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.welcomePage()->text().contains(QLatin1String("4 Kontexte")), qPrintable(window.welcomePage()->text()));
        QCOMPARE(saveWidgetPng(&window, Test::outputPath(QStringLiteral("screenshots/main-window-de.png"))), QString());
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void emptyAndBrokenKubeconfigSayWhatToDo()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings6.ini")));
        MainWindow empty(settings, {m_dir.filePath(QStringLiteral("does-not-exist")), {}, {}});
        QCOMPARE(empty.projectModel()->rowCount(), 0);
        QVERIFY(empty.welcomePage()->text().contains(QLatin1String("No kubeconfig context was found")));
        QVERIFY(empty.welcomePage()->text().contains(QLatin1String("does not exist")));

        const QString broken = m_dir.filePath(QStringLiteral("broken.yaml"));
        QVERIFY(QFile::copy(Test::dataPath(QStringLiteral("kubeconfig/bad-yaml/broken.yaml")), broken));
        MainWindow window(settings, {broken, {}, {}});
        window.resize(1100, 650);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.welcomePage()->text().contains(broken + QLatin1String(":5:")));
        QCOMPARE(saveWidgetPng(&window, Test::outputPath(QStringLiteral("screenshots/main-window-broken-kubeconfig.png"))), QString());
    }

    void welcomeExplainsTheSandboxAndOffersFirstSteps()
    {
        WelcomePage page;
        Kubeconfig config;
        KubeContext sandbox;
        sandbox.name = QStringLiteral("ringside-sandbox");
        config.contexts.append(sandbox);
        page.setKubeconfig(config, QStringLiteral("ringside-sandbox"));
        QVERIFY2(page.text().contains(QLatin1String("This is the sandbox")), qPrintable(page.text()));
        page.setKubeconfig(config, QStringLiteral("prod"));
        QVERIFY(!page.text().contains(QLatin1String("This is the sandbox")));

        // A feature's quick action becomes a button that triggers it.
        QAction action(QStringLiteral("Fleet Overview"));
        QSignalSpy triggered(&action, &QAction::triggered);
        page.addQuickAction(&action);
        auto *button = page.findChild<QToolButton *>();
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Fleet Overview"));
        button->click();
        QCOMPARE(triggered.count(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
