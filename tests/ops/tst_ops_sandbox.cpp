// The operation dialogs, alerts, settings and command palette of the main window against the in-process sandbox
// with the simulated operators: an upgrade rolls node by node through the dialog, destructive operations need the
// cluster name, a read-only context refuses and sends nothing, settings persist (and are shared with the core),
// the palette finds and triggers actions, and a killed node raises a node-down alert. Screenshots in light and
// dark, with the models behind them asserted.
#include "sandboxfixture.h"
#include "testsupport.h"
#include "tst_sandbox_op_support.h"

#include "gui/application.h"
#include "gui/appsettings.h"
#include "gui/contextsessions.h"
#include "gui/mainwindow.h"
#include "gui/ops/commandpalette.h"
#include "gui/ops/operationdialog.h"
#include "gui/ops/opscontroller.h"
#include "gui/ops/repairdialog.h"
#include "gui/ops/settingsdialog.h"
#include "gui/projectdock.h"
#include "gui/screenshot.h"
#include "models/ops/alertsmodel.h"
#include "models/ops/nodeprogressmodel.h"
#include "models/projecttreemodel.h"

#include "cassandra/ops/guard.h"
#include "cassandra/ops/history.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>

using namespace Ringside;
using namespace Ringside::Operations;
namespace Op = Ringside::Test::Op;

namespace {

const QString Ctx = QStringLiteral("ringside-sandbox");
const QString ClusterName = QStringLiteral("shop");

QModelIndex childNamed(QAbstractItemModel *model, const QModelIndex &parent, const QString &text)
{
    for (int i = 0; i < model->rowCount(parent); ++i) {
        const QModelIndex child = model->index(i, 0, parent);
        if (child.data().toString() == text) {
            return child;
        }
    }
    return {};
}

QString shot(const QString &name, bool dark)
{
    return Test::outputPath(QStringLiteral("screenshots/ops-%1-%2.png").arg(name, dark ? QStringLiteral("dark") : QStringLiteral("light")));
}

/*! Applies the theme and lets every visible widget take the new palette before a picture is taken. */
void theme(bool dark)
{
    applyTheme(dark ? QStringLiteral("dark") : QStringLiteral("light"));
    QCoreApplication::processEvents();
}

} // namespace

class TestOpsSandbox : public QObject
{
    Q_OBJECT
private:
    Test::SandboxFixture m_fx;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    QModelIndex clusterIndex()
    {
        ProjectTreeModel *model = m_window->projectModel();
        return childNamed(model, childNamed(model, model->indexOfContext(Ctx), Op::Ns), ClusterName);
    }

    void selectInTree(const QModelIndex &source)
    {
        QTreeView *view = m_window->projectDock()->view();
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
        view->setCurrentIndex(proxy ? proxy->mapFromSource(source) : source);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings and history in a private XDG home: the default QSettings file is the one the CLI reads too.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("cache")).toUtf8());
        qunsetenv("RINGSIDE_READ_ONLY_CONTEXTS");
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QString error;
        QVERIFY2(Op::startWorld(m_fx, &error, 10), qPrintable(error));
        QCOMPARE(m_fx.post(Op::mccPath(), Op::mcc(ClusterName, QStringLiteral("4.1.5"), 3, 1)).status, 201);
        QVERIFY(QTest::qWaitFor([this] { return Op::dcReady(m_fx, QStringLiteral("shop-dc1")); }, 60000));

        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("window.ini")));
        m_window = std::make_unique<MainWindow>(*m_settings, KubeconfigLoadingRules::fromEnvironment(m_fx.kubeconfigPath()));
        m_window->resize(1280, 820);
        m_window->show();
        QSignalSpy connected(m_window->sessions(), &ContextSessions::connectionChanged);
        m_window->setActiveContext(Ctx);
        QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 15000);
        QCOMPARE(connected.constFirst().at(1).toString(), QString());
        m_window->projectDock()->expandContext(Ctx, 5);
        QTRY_VERIFY_WITH_TIMEOUT(clusterIndex().isValid(), 15000);
        OpsController *ctl = OpsController::of(m_window.get());
        QVERIFY(ctl);
        ctl->setPollInterval(100);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        theme(false);
    }

    void upgradeRollsNodeByNode()
    {
        OpsController *ctl = OpsController::of(m_window.get());
        selectInTree(clusterIndex());
        QAction *upgrade = ctl->action(OperationType::Upgrade);
        Q_EMIT m_window->clusterMenu()->aboutToShow();
        QVERIFY2(upgrade->isEnabled(), qPrintable(upgrade->toolTip()));
        QSignalSpy notified(ctl, &OpsController::notified);
        upgrade->trigger();
        auto *dialog = m_window->findChild<OperationDialog *>();
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->progressModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 15000);
        auto *version = dialog->form()->findChild<QComboBox *>(QStringLiteral("version"));
        QVERIFY(version);
        version->setCurrentText(QStringLiteral("4.1.8"));
        QTRY_VERIFY(dialog->diffView()->toPlainText().contains(QLatin1String("+      serverVersion: 4.1.8"))
                    || dialog->diffView()->toPlainText().contains(QLatin1String("+    serverVersion: 4.1.8"))
                    || dialog->diffView()->toPlainText().contains(QLatin1String("serverVersion: 4.1.8")));
        const QString diff = dialog->diffView()->toPlainText();
        QVERIFY2(diff.contains(QLatin1String("-")) && diff.contains(QLatin1String("4.1.5")), qPrintable(diff));
        QVERIFY2(dialog->summaryLabel()->text().contains(QLatin1String("4.1.8")), qPrintable(dialog->summaryLabel()->text()));
        QVERIFY(!dialog->needsConfirmation());
        QVERIFY2(dialog->runButton()->isEnabled(), qPrintable(dialog->runButton()->toolTip()));

        // Follow the per-node progress: nodes finish one after the other, never two restarting at once.
        QList<int> doneSeen;
        int maxInFlight = 0;
        bool shotTaken = false;
        QVERIFY(dialog->run());
        OperationRunner *runner = dialog->runner();
        QVERIFY(runner);
        QVERIFY(!dialog->runButton()->isEnabled());
        connect(runner, &OperationRunner::progressChanged, this, [&](const Cassandra::Ops::Progress &p) {
            int done = 0;
            int inFlight = 0;
            for (const auto &n : p.nodes) {
                done += n.done ? 1 : 0;
                inFlight += NodeProgressModel::percentOf(n) == 50 ? 1 : 0;
            }
            maxInFlight = std::max(maxInFlight, inFlight);
            if (doneSeen.isEmpty() || doneSeen.constLast() != done) {
                doneSeen << done;
            }
            if (!shotTaken && done == 1 && p.state == Cassandra::Ops::Progress::State::Running) {
                shotTaken = true;
                // Mid-progress: the model shows one node done of three.
                QCOMPARE(dialog->progressModel()->rowCount(), 3);
                QCOMPARE(dialog->progressModel()->index(0, NodeProgressModel::NodeColumn).data().toString(), QStringLiteral("shop-dc1-r1-sts-0"));
                int hundred = 0;
                for (int row = 0; row < 3; ++row) {
                    hundred += dialog->progressModel()->index(row, 0).data(NodeProgressModel::PercentRole).toInt() == 100 ? 1 : 0;
                }
                QCOMPARE(hundred, 1);
                QVERIFY(dialog->overallBar()->value() > 0 && dialog->overallBar()->value() < 100);
                QVERIFY(saveWidgetPng(dialog, shot(QStringLiteral("upgrade-progress"), false)).isEmpty());
                theme(true);
                QVERIFY(saveWidgetPng(dialog, shot(QStringLiteral("upgrade-progress"), true)).isEmpty());
                theme(false);
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 90000);
        QCOMPARE(runner->phase(), OperationRunner::Phase::Succeeded);
        QVERIFY2(shotTaken, qPrintable(QStringLiteral("done counts seen: %1").arg(QVariant::fromValue(doneSeen).toStringList().join(u','))));
        QVERIFY(doneSeen.contains(1));
        QVERIFY(doneSeen.contains(2));
        QCOMPARE(doneSeen.constLast(), 3);
        QVERIFY2(maxInFlight <= 1, qPrintable(QString::number(maxInFlight)));
        QCOMPARE(dialog->overallBar()->value(), 100);
        QVERIFY(!dialog->cancelButton()->isEnabled());

        // The API has the new version: the cluster's spec and every pod.
        QCOMPARE(Op::at(Op::getJson(m_fx, Op::mccPath(ClusterName)), QStringLiteral("spec.k8ssandra.cassandra.serverVersion")).toString(),
                 QStringLiteral("4.1.8"));
        for (const QString &pod : {QStringLiteral("shop-dc1-r1-sts-0"), QStringLiteral("shop-dc1-r2-sts-0"), QStringLiteral("shop-dc1-r3-sts-0")}) {
            QCOMPARE(Op::at(Op::getJson(m_fx, Op::podPath(pod)), QStringLiteral("metadata.labels")).toObject().value(QLatin1String("app.kubernetes.io/version")).toString(),
                     QStringLiteral("4.1.8"));
        }
        // Recorded, and notified.
        const QList<Cassandra::Ops::HistoryEntry> history = Cassandra::Ops::OperationHistory().read();
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.constLast().operation, QStringLiteral("upgrade"));
        QCOMPARE(history.constLast().result, QStringLiteral("succeeded"));
        QCOMPARE(history.constLast().context, Ctx);
        QTRY_VERIFY(!notified.isEmpty());
        QCOMPARE(notified.constLast().at(0).toString(), QStringLiteral("Operation finished"));
        dialog->close();
    }

    void cancelDeletesTheUnfinishedTask()
    {
        OpsController *ctl = OpsController::of(m_window.get());
        QPointer<OperationDialog> dialog = ctl->openOperation(OperationType::Restart, Ctx, Op::Ns, ClusterName);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 15000);
        QTRY_VERIFY(dialog->runButton()->isEnabled());
        QVERIFY(dialog->diffView()->toPlainText().contains(QLatin1String("restart")));
        QVERIFY(dialog->run());
        // The plan sent (run() rebuilds it: a task's generated name carries the time).
        const Cassandra::Ops::ObjectChange task = dialog->currentPlan().operation.changes.value(0);
        QVERIFY2(task.kind.endsWith(QLatin1String("Task")), qPrintable(task.kind));
        const QString path = QLatin1String("/apis/") + task.apiVersion + QLatin1String("/namespaces/") + Op::Ns + u'/'
                             + Cassandra::Ops::pluralOf(task.kind) + u'/' + task.name;
        OperationRunner *runner = dialog->runner();
        QTRY_COMPARE_WITH_TIMEOUT(runner->phase(), OperationRunner::Phase::Following, 10000);
        QCOMPARE(m_fx.get(path).status, 200); // created
        QVERIFY2(runner->canCancel(), qPrintable(runner->cancelBlocker()));
        QTRY_VERIFY(dialog->cancelButton()->isEnabled());
        QSignalSpy notified(ctl, &OpsController::notified);
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(runner->phase(), OperationRunner::Phase::Cancelled, 10000);
        QTRY_COMPARE(notified.size(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Operation cancelled"));
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.get(path).status == 404
                                     || Op::at(Op::getJson(m_fx, path), QStringLiteral("metadata.deletionTimestamp")).isString(),
                                 10000);
        QCOMPARE(Cassandra::Ops::OperationHistory().read().constLast().result, QStringLiteral("cancelled"));
        QVERIFY(!dialog->cancelButton()->isEnabled());
        dialog->close();
        QTRY_VERIFY(dialog.isNull());
        // Let the cluster settle before the next test.
        QVERIFY(QTest::qWaitFor([this] { return Op::dcReady(m_fx, QStringLiteral("shop-dc1")); }, 30000));
    }

    void destructiveNeedsTheClusterName()
    {
        OpsController *ctl = OpsController::of(m_window.get());
        QPointer<OperationDialog> dialog = ctl->openOperation(OperationType::StopDatacenter, Ctx, Op::Ns, ClusterName);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 15000);
        QTRY_VERIFY(!dialog->summaryLabel()->text().isEmpty());
        QVERIFY(dialog->needsConfirmation());
        QVERIFY(dialog->confirmEdit()->isVisible());
        QVERIFY(!dialog->runButton()->isEnabled());
        QVERIFY2(dialog->runButton()->toolTip().contains(ClusterName), qPrintable(dialog->runButton()->toolTip()));
        QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("sho"));
        QVERIFY(!dialog->runButton()->isEnabled());
        QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("p!"));
        QVERIFY(!dialog->runButton()->isEnabled());
        QTest::keyClick(dialog->confirmEdit(), Qt::Key_Backspace);
        QCOMPARE(dialog->confirmEdit()->text(), ClusterName);
        QVERIFY2(dialog->runButton()->isEnabled(), qPrintable(dialog->runButton()->toolTip()));
        dialog->close();
        QTRY_VERIFY(dialog.isNull());
    }

    void readOnlyContextRefusesAndSendsNothing()
    {
        OpsController *ctl = OpsController::of(m_window.get());
        m_settings->setReadOnlyContexts({Ctx});
        ctl->refreshReadOnly();
        ProjectTreeModel *model = m_window->projectModel();
        const QModelIndex ctx = model->indexOfContext(Ctx);
        QVERIFY(ctx.data(ProjectTreeModel::ReadOnlyRole).toBool());
        QVERIFY2(ctx.siblingAtColumn(ProjectTreeModel::StatusColumn).data().toString().startsWith(QLatin1String("read-only")),
                 qPrintable(ctx.siblingAtColumn(1).data().toString()));
        QVERIFY(clusterIndex().data(ProjectTreeModel::ReadOnlyRole).toBool());
        QVERIFY(!ctx.siblingAtColumn(ProjectTreeModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        selectInTree(clusterIndex());
        Q_EMIT m_window->clusterMenu()->aboutToShow();
        QAction *scale = ctl->action(OperationType::Scale);
        QVERIFY(!scale->isEnabled());
        QVERIFY2(scale->toolTip().contains(QLatin1String("read-only")), qPrintable(scale->toolTip()));
        QVERIFY(saveWidgetPng(m_window.get(), shot(QStringLiteral("read-only-tree"), false)).isEmpty());

        const QJsonObject before = Op::getJson(m_fx, Op::mccPath(ClusterName));
        const int historyBefore = int(Cassandra::Ops::OperationHistory().read().size());
        QPointer<OperationDialog> dialog = ctl->openOperation(OperationType::Scale, Ctx, Op::Ns, ClusterName);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 15000);
        auto *size = dialog->form()->findChild<QSpinBox *>(QStringLiteral("size"));
        size->setValue(5);
        QTRY_VERIFY(dialog->summaryLabel()->text().contains(QLatin1String("5")));
        QVERIFY(!dialog->runButton()->isEnabled());
        QVERIFY2(dialog->runButton()->toolTip().contains(QLatin1String("read-only")), qPrintable(dialog->runButton()->toolTip()));
        auto *problems = dialog->findChild<QLabel *>(QStringLiteral("problems"));
        QVERIFY2(problems->text().contains(QLatin1String("read-only")), qPrintable(problems->text()));
        QVERIFY(!dialog->run());
        QVERIFY(!dialog->runner());

        // The runner itself refuses too (the core's guard), with the reason, and records it.
        OperationRunner runner([this](const QString &c, QString *why) { return m_window->clientFor(c, why); });
        runner.setWriteGuard(ctl->writeGuard());
        QSignalSpy finished(&runner, &OperationRunner::finished);
        QVERIFY(!runner.start(dialog->currentPlan()));
        QCOMPARE(runner.phase(), OperationRunner::Phase::Refused);
        QVERIFY2(runner.message().contains(QLatin1String("read-only")) && runner.message().contains(Ctx), qPrintable(runner.message()));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.at(0).at(0).toBool());
        QTest::qWait(500);
        const QJsonObject after = Op::getJson(m_fx, Op::mccPath(ClusterName));
        // Nothing was written: the spec and its generation are unchanged (the operators may still update status).
        QCOMPARE(Op::at(after, QStringLiteral("metadata.generation")), Op::at(before, QStringLiteral("metadata.generation")));
        QCOMPARE(after.value(QLatin1String("spec")), before.value(QLatin1String("spec")));
        const QList<Cassandra::Ops::HistoryEntry> history = Cassandra::Ops::OperationHistory().read();
        QCOMPARE(int(history.size()), historyBefore + 1);
        QCOMPARE(history.constLast().result, QStringLiteral("refused"));
        dialog->close();

        m_settings->setReadOnlyContexts({});
        ctl->refreshReadOnly();
        QVERIFY(!model->indexOfContext(Ctx).data(ProjectTreeModel::ReadOnlyRole).toBool());
        Q_EMIT m_window->clusterMenu()->aboutToShow();
        QVERIFY(scale->isEnabled());
    }

    void settingsPersist_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void settingsPersist()
    {
        QFETCH(bool, dark);
        AppSettings settings; // the default file, in the private XDG_CONFIG_HOME
        QVERIFY2(settings.fileName().startsWith(m_dir.path()), qPrintable(settings.fileName()));
        SettingsDialog dialog(settings, {QStringLiteral("lab"), Ctx});
        QTableWidget *table = dialog.contextTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, SettingsDialog::ContextNameColumn)->text(), Ctx);
        table->item(1, SettingsDialog::PrometheusColumn)->setText(QStringLiteral("http://127.0.0.1:9090"));
        table->item(0, SettingsDialog::ReadOnlyColumn)->setCheckState(Qt::Checked);
        dialog.themeCombo()->setCurrentIndex(dialog.themeCombo()->findData(dark ? QStringLiteral("dark") : QStringLiteral("light")));
        QCOMPARE(QApplication::palette().color(QPalette::Window).lightness() < 128, dark); // applied at once
        dialog.refreshSpin()->setValue(20);
        dialog.metricsRefreshSpin()->setValue(60);
        dialog.logBufferSpin()->setValue(250000);
        dialog.notificationsCheck()->setChecked(false);
        dialog.resize(760, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(saveWidgetPng(&dialog, shot(QStringLiteral("settings"), dark)).isEmpty());
        QCOMPARE(dialog.save(), QStringList());

        AppSettings reread;
        QCOMPARE(reread.prometheusUrl(Ctx), QStringLiteral("http://127.0.0.1:9090"));
        QCOMPARE(reread.readOnlyContexts(), QStringList{QStringLiteral("lab")});
        QCOMPARE(reread.theme(), dark ? QStringLiteral("dark") : QStringLiteral("light"));
        QCOMPARE(reread.refreshIntervalSeconds(), 20);
        QCOMPARE(reread.metricsRefreshSeconds(), 60);
        QCOMPARE(reread.logBufferLines(), 250000);
        QVERIFY(!reread.notificationsEnabled());
        // The core (and so the CLI) reads the same read-only list from the default settings file.
        QCOMPARE(Cassandra::Ops::readOnlyContexts(QString()), QSet<QString>{QStringLiteral("lab")});

        // A bad URL is refused by name; the rest is still saved.
        table->item(1, SettingsDialog::PrometheusColumn)->setText(QStringLiteral("prometheus:9090"));
        const QStringList problems = dialog.save();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.at(0).contains(Ctx) && problems.at(0).contains(QLatin1String("prometheus:9090")), qPrintable(problems.at(0)));
        QCOMPARE(AppSettings().prometheusUrl(Ctx), QStringLiteral("http://127.0.0.1:9090"));
        table->item(0, SettingsDialog::ReadOnlyColumn)->setCheckState(Qt::Unchecked);
        table->item(1, SettingsDialog::PrometheusColumn)->setText(QString());
        dialog.save();
        QCOMPARE(Cassandra::Ops::readOnlyContexts(QString()), QSet<QString>());
        theme(false);
    }

    void paletteFindsAndTriggers_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void paletteFindsAndTriggers()
    {
        QFETCH(bool, dark);
        theme(dark);
        OpsController *ctl = OpsController::of(m_window.get());
        QCOMPARE(ctl->paletteAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        m_window->activateWindow();
        ctl->paletteAction()->trigger();
        CommandPalette *palette = ctl->palette();
        QAbstractItemModelTester tester(palette->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(palette->isVisible());
        QVERIFY(palette->model()->rowCount() > 10);
        // Clusters of the tree are there to open.
        QTest::keyClicks(palette->filterEdit(), QStringLiteral("open shop"));
        QCOMPARE(palette->model()->rowCount(), 1);
        QVERIFY(palette->model()->index(0).data(PaletteModel::IdRole).toString().startsWith(QLatin1String("cluster:")));
        palette->filterEdit()->clear();
        QTest::keyClicks(palette->filterEdit(), QStringLiteral("upgr"));
        QVERIFY(palette->model()->rowCount() >= 1);
        QVERIFY2(palette->model()->index(0).data().toString().startsWith(QStringLiteral("Cluster › Upgrade")),
                 qPrintable(palette->model()->index(0).data().toString()));
        QVERIFY(saveWidgetPng(palette, shot(QStringLiteral("palette"), dark)).isEmpty());
        palette->filterEdit()->clear();
        QTest::keyClicks(palette->filterEdit(), QStringLiteral("settings"));
        QCOMPARE(palette->model()->index(0).data().toString().section(QStringLiteral("    "), 0, 0), QStringLiteral("Tools › Settings…"));
        QTest::keyClick(palette->filterEdit(), Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        SettingsDialog *settings = m_window->findChild<SettingsDialog *>();
        QTRY_VERIFY(settings && settings->isVisible());
        settings->close();
        theme(false);
    }

    void repairStartPauseResumeAbort()
    {
        const QString reaper = QStringLiteral("shop-dc1-reaper");
        QCOMPARE(m_fx.post(Op::path("reaper.k8ssandra.io/v1alpha1", "reapers"),
                           QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("reaper.k8ssandra.io/v1alpha1")},
                                       {QStringLiteral("kind"), QStringLiteral("Reaper")},
                                       {QStringLiteral("metadata"),
                                        QJsonObject{{QStringLiteral("name"), reaper},
                                                    {QStringLiteral("labels"), QJsonObject{{QStringLiteral("k8ssandra.io/cluster-name"), ClusterName},
                                                                                           {QStringLiteral("k8ssandra.io/cluster-namespace"), Op::Ns}}}}},
                                       {QStringLiteral("spec"), QJsonObject{{QStringLiteral("datacenterRef"), QJsonObject{{QStringLiteral("name"), QStringLiteral("shop-dc1")}}}}}})
                     .status,
                 201);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return Op::conditionTrue(Op::at(Op::getJson(m_fx, Op::path("reaper.k8ssandra.io/v1alpha1", "reapers", reaper)), QStringLiteral("status.conditions")),
                                         QStringLiteral("Ready"));
            },
            20000));
        OpsController *ctl = OpsController::of(m_window.get());
        QPointer<RepairDialog> dialog = ctl->openRepair(Ctx, Op::Ns, ClusterName);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 15000);
        QVERIFY(!dialog->startButton()->isEnabled()); // no keyspace yet
        QTest::keyClicks(dialog->keyspaceEdit(), QStringLiteral("system_auth"));
        QTRY_VERIFY(dialog->startButton()->isEnabled());
        QSignalSpy acted(dialog.data(), &RepairDialog::actionFinished);
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 1, 15000);
        QVERIFY2(acted.at(0).at(0).toBool(), qPrintable(acted.at(0).at(1).toString()));
        QTableWidget *runs = dialog->runsTable();
        auto stateOfFirst = [&] { return runs->rowCount() > 0 && runs->item(0, RepairDialog::StateColumn) ? runs->item(0, RepairDialog::StateColumn)->text() : QString(); };
        QTRY_VERIFY_WITH_TIMEOUT(runs->rowCount() == 1, 10000);
        QCOMPARE(runs->item(0, RepairDialog::KeyspaceColumn)->text(), QStringLiteral("system_auth"));
        // A poll between the create and the start may have shown the run NOT_STARTED; the read after the start follows.
        QTRY_VERIFY_WITH_TIMEOUT(stateOfFirst() != QLatin1String("NOT_STARTED"), 10000);
        const QString first = stateOfFirst();
        QVERIFY2(first == QLatin1String("RUNNING") || first == QLatin1String("DONE"), qPrintable(first));
        if (first == QLatin1String("RUNNING")) {
            QTRY_VERIFY(dialog->pauseButton()->isEnabled());
            QTest::mouseClick(dialog->pauseButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 2, 10000);
            QVERIFY2(acted.at(1).at(0).toBool(), qPrintable(acted.at(1).at(1).toString()));
            QTRY_COMPARE_WITH_TIMEOUT(stateOfFirst(), QStringLiteral("PAUSED"), 10000);
            QVERIFY(saveWidgetPng(dialog, shot(QStringLiteral("repair"), false)).isEmpty());
            QTRY_VERIFY(dialog->resumeButton()->isEnabled());
            QTest::mouseClick(dialog->resumeButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 3, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(stateOfFirst() == QLatin1String("RUNNING") || stateOfFirst() == QLatin1String("DONE"), 10000);
            if (stateOfFirst() == QLatin1String("RUNNING")) {
                QTRY_VERIFY(dialog->abortButton()->isEnabled());
                QTest::mouseClick(dialog->abortButton(), Qt::LeftButton);
                QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 4, 10000);
                QTRY_COMPARE_WITH_TIMEOUT(stateOfFirst(), QStringLiteral("ABORTED"), 10000);
            }
        } else {
            qWarning("the repair finished before it could be paused");
        }
        const QList<Cassandra::Ops::HistoryEntry> history = Cassandra::Ops::OperationHistory().read();
        QCOMPARE(history.constLast().operation, QStringLiteral("repair"));
        QCOMPARE(history.constLast().result, QStringLiteral("sent"));
        dialog->close();
    }

    void alertsShowAKilledNode()
    {
        OpsController *ctl = OpsController::of(m_window.get());
        AlertsModel *alerts = ctl->alerts()->model();
        QAbstractItemModelTester tester(alerts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ctl->alertsDock()->show();
        ctl->evaluateAlerts();
        QTest::qWait(500);
        QCOMPARE(alerts->rowCount(), 0); // all up
        const QString pod = QStringLiteral("shop-dc1-r2-sts-0");
        const QString base = QLatin1String("/sandbox/v1/namespaces/") + Op::Ns + QLatin1String("/pods/") + pod;
        QCOMPARE(m_fx.request("POST", base + QLatin1String("/slow")).status, 200); // stays down longer when it restarts
        QCOMPARE(m_fx.request("POST", base + QLatin1String("/fail")).status, 200);
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                ctl->evaluateAlerts();
                for (int r = 0; r < alerts->rowCount(); ++r) {
                    if (alerts->index(r, 0).data(AlertsModel::NodeRole).toString() == pod
                        && alerts->index(r, 0).data(AlertsModel::RuleRole).toString() == QLatin1String("node_down")) {
                        row = r;
                        return true;
                    }
                }
                return false;
            }(),
            20000);
        const QModelIndex a = alerts->index(row, 0);
        QCOMPARE(a.data(AlertsModel::ContextRole).toString(), Ctx);
        QCOMPARE(a.data(AlertsModel::ClusterRole).toString(), ClusterName);
        QCOMPARE(a.data(AlertsModel::SeverityRole).toInt(), int(Metrics::Severity::Critical));
        QVERIFY(alerts->index(row, AlertsModel::SummaryColumn).data().toString().contains(pod));
        // The tree follows its own watch; give it a moment to show the node down too, so the picture agrees.
        (void)QTest::qWaitFor(
            [&] {
                ProjectTreeModel *tree = m_window->projectModel();
                const QModelIndex r2 = childNamed(tree, childNamed(tree, clusterIndex(), QStringLiteral("dc1")), QStringLiteral("r2"));
                return r2.isValid() && !r2.siblingAtColumn(1).data().toString().startsWith(QLatin1String("1/1"));
            },
            3000);
        QVERIFY(saveWidgetPng(m_window.get(), shot(QStringLiteral("alerts"), false)).isEmpty());
        theme(true);
        QVERIFY(saveWidgetPng(m_window.get(), shot(QStringLiteral("alerts"), true)).isEmpty());
        theme(false);
        // Double click: the node is selected in the tree.
        QVERIFY(ctl->showAlertNode(row));
        QCOMPARE(m_window->projectDock()->view()->currentIndex().data().toString(), pod);
        // The node comes back; the alert goes.
        QCOMPARE(m_fx.request("POST", base + QLatin1String("/heal")).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                ctl->evaluateAlerts();
                return alerts->rowCount() == 0;
            }(),
            30000);
    }
};

QTEST_MAIN(TestOpsSandbox)
#include "tst_ops_sandbox.moc"
