// The main window against the in-process sandbox: the live tree, a YAML editor tab whose apply bar dry-runs and
// applies to the sandbox, "Edit YAML" of a live object, and the metrics page without a metrics source.
#include "sandboxfixture.h"
#include "testsupport.h"

#include "gui/application.h"
#include "gui/appsettings.h"
#include "gui/contextsessions.h"
#include "gui/editor/applybar.h"
#include "gui/editor/yamleditorpane.h"
#include "gui/logs/logviewer.h"
#include "models/logs/logmodel.h"
#include "tst_sandbox_op_support.h"
#include "gui/mainwindow.h"
#include "gui/screenshot.h"
#include "gui/workspace.h"
#include "models/editor/yamldocument.h"
#include "models/projecttreemodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Ringside;

class TestGuiSandbox : public QObject
{
    Q_OBJECT
private:
    Test::SandboxFixture m_fx;
    QTemporaryDir m_dir;

    QModelIndex findChild(ProjectTreeModel *model, const QModelIndex &parent, const QString &text)
    {
        for (int i = 0; i < model->rowCount(parent); ++i) {
            const QModelIndex child = model->index(i, 0, parent);
            if (child.data().toString() == text) {
                return child;
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QString error;
        QVERIFY2(Test::Op::startWorld(m_fx, &error), qPrintable(error));
        QCOMPARE(m_fx.post(QStringLiteral("/api/v1/namespaces"),
                           QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")}, {QStringLiteral("kind"), QStringLiteral("Namespace")},
                                       {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("team-a")}}}})
                     .status,
                 201);
    }

    void applyFromTheEditorAndEditALiveObject()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings, KubeconfigLoadingRules::fromEnvironment(m_fx.kubeconfigPath()));
        QAbstractItemModelTester tester(window.projectModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.resize(1200, 760);
        window.show();
        QSignalSpy connected(window.sessions(), &ContextSessions::connectionChanged);
        window.setActiveContext(QStringLiteral("ringside-sandbox"));
        QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 10000);
        QCOMPARE(connected.constFirst().at(1).toString(), QString()); // no error

        // The live tree shows the namespace as a project.
        ProjectTreeModel *model = window.projectModel();
        const QModelIndex ctx = model->indexOfContext(QStringLiteral("ringside-sandbox"));
        QTRY_VERIFY_WITH_TIMEOUT(findChild(model, ctx, QStringLiteral("team-a")).isValid(), 10000);

        // A new editor: dry run leaves nothing, apply creates the object.
        Workspace *ws = window.workspace();
        QCOMPARE(ws->count(), 1); // the welcome page
        Editor::YamlEditorPane *pane = ws->newEditor(QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-editor\ndata:\n  answer: '42'\n"));
        QCOMPARE(ws->count(), 2);
        Editor::ApplyBar *bar = ws->applyBar(pane);
        QVERIFY(bar);
        QCOMPARE(bar->context(), QStringLiteral("ringside-sandbox"));
        bar->setTarget(QStringLiteral("ringside-sandbox"), QStringLiteral("team-a"));
        QSignalSpy finished(bar, &Editor::ApplyBar::finished);
        QVERIFY(bar->start(true));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(finished.at(0).at(1).toBool());
        QVERIFY2(bar->summaryLabel()->text().contains(QLatin1String("nothing was changed")), qPrintable(bar->summaryLabel()->text()));
        QCOMPARE(bar->results()->item(0)->text(), QStringLiteral("configmap/from-editor serverside-applied (server dry run)"));
        QCOMPARE(m_fx.get(QStringLiteral("/api/v1/namespaces/team-a/configmaps/from-editor")).status, 404);

        bar->setConfirmApply(false);
        QVERIFY(bar->start(false));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QVERIFY(finished.at(1).at(1).toBool());
        const QJsonObject cm = m_fx.get(QStringLiteral("/api/v1/namespaces/team-a/configmaps/from-editor")).json();
        QCOMPARE(cm.value(QLatin1String("data")).toObject().value(QLatin1String("answer")).toString(), QStringLiteral("42"));

        // A bad field is refused by the server (strict field validation) and named.
        pane->document()->setText(QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bad\nspec:\n  nope: 1\n"));
        QVERIFY(bar->start(false));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 10000);
        QVERIFY(!finished.at(2).at(1).toBool());
        QVERIFY2(bar->results()->item(0)->text().contains(QLatin1String("spec")), qPrintable(bar->results()->item(0)->text()));

        // Edit YAML of the live namespace: opened with its context, without server-set fields.
        window.openObjectYaml(findChild(model, ctx, QStringLiteral("team-a")));
        QTRY_COMPARE_WITH_TIMEOUT(ws->count(), 3, 10000);
        Editor::YamlEditorPane *live = ws->currentEditor();
        QVERIFY(live);
        const QString text = live->document()->text();
        QVERIFY2(text.contains(QLatin1String("name: team-a")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("managedFields")));
        QVERIFY(!text.contains(QLatin1String("resourceVersion")));
        QCOMPARE(ws->tabText(ws->currentIndex()), QStringLiteral("namespace/team-a · ringside-sandbox"));
        QCOMPARE(ws->applyBar(live)->context(), QStringLiteral("ringside-sandbox"));

        QVERIFY(saveWidgetPng(&window, Test::outputPath(QStringLiteral("gui-sandbox-editor.png"))).isEmpty());

        // Closing a modified editor would ask; forced close drops it.
        QVERIFY(ws->closeTab(ws->currentIndex(), true));
        QCOMPARE(ws->count(), 2);
    }

    void livingClusterRacksNodesAndLogs()
    {
        QCOMPARE(m_fx.post(Test::Op::mccPath(), Test::Op::mcc(QStringLiteral("shop"), QStringLiteral("4.1.5"), 3, 1)).status, 201);
        AppSettings settings(m_dir.filePath(QStringLiteral("settings-world.ini")));
        MainWindow window(settings, KubeconfigLoadingRules::fromEnvironment(m_fx.kubeconfigPath()));
        QAbstractItemModelTester tester(window.projectModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.resize(1280, 800);
        window.show();
        window.setActiveContext(QStringLiteral("ringside-sandbox"));
        ProjectTreeModel *model = window.projectModel();
        const QModelIndex ctx = model->indexOfContext(QStringLiteral("ringside-sandbox"));
        // context > proj > shop > dc1 > r1..r3 > one node each, all up, as the simulated operators bring them up.
        QModelIndex dc;
        QTRY_VERIFY_WITH_TIMEOUT((dc = findChild(model, findChild(model, findChild(model, ctx, Test::Op::Ns), QStringLiteral("shop")), QStringLiteral("dc1"))).isValid()
                                     && dc.siblingAtColumn(1).data().toString().endsWith(QLatin1String("3/3 up")),
                                 30000);
        QCOMPARE(model->rowCount(dc), 3);
        const QModelIndex r2 = findChild(model, dc, QStringLiteral("r2"));
        QCOMPARE(r2.siblingAtColumn(1).data().toString(), QStringLiteral("1/1 up"));
        const QModelIndex node = model->index(0, 0, r2);
        QCOMPARE(node.data().toString(), QStringLiteral("shop-dc1-r2-sts-0"));
        QCOMPARE(node.siblingAtColumn(1).data().toString(), QStringLiteral("Up"));
        QVERIFY(node.data(Qt::ToolTipRole).toString().contains(QLatin1String("host ID")));

        // Logs of the datacenter: the system.log of its three nodes, merged.
        window.openLogs(dc);
        auto *logs = qobject_cast<Logs::LogViewer *>(window.workspace()->currentWidget());
        QVERIFY(logs);
        // The three streams' history arrives over a moment: wait until every pod's startup has been read.
        QTRY_VERIFY_WITH_TIMEOUT(logs->logModel()->match(logs->logModel()->index(0, Logs::LogModel::MessageColumn), Qt::DisplayRole,
                                                         QStringLiteral("Startup complete"), 3, Qt::MatchContains).size() == 3,
                                 15000);
        QSet<QString> pods;
        bool startup = false;
        for (int row = 0; row < logs->logModel()->rowCount(); ++row) {
            const QString text = logs->logModel()->index(row, Logs::LogModel::MessageColumn).data().toString();
            startup = startup || text.contains(QLatin1String("Startup complete"));
            pods.insert(logs->logModel()->index(row, Logs::LogModel::PodColumn).data().toString());
        }
        QVERIFY(startup);
        QCOMPARE(pods, (QSet<QString>{QStringLiteral("shop-dc1-r1-sts-0"), QStringLiteral("shop-dc1-r2-sts-0"), QStringLiteral("shop-dc1-r3-sts-0")}));
        QTest::qWait(600); // the viewer refreshes its counts on a coalescing timer
        QVERIFY(saveWidgetPng(&window, Test::outputPath(QStringLiteral("screenshots/gui-living-cluster-logs.png"))).isEmpty());
    }
};

QTEST_MAIN(TestGuiSandbox)
#include "tst_gui_sandbox.moc"
