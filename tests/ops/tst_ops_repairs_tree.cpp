// Repair schedules and the project tree's Operations submenu of the main window against the in-process sandbox
// with the simulated operators and Reaper: schedules are created (interval or cron-like cadence), paused, resumed and
// deleted (after the cluster name is typed) from the Cluster menu's dialog and seen in the cluster page's Repairs tab;
// a read-only context disables the writes with the reason; a context without services/proxy nor pods/portforward is
// refused by the SelfSubjectAccessReview before anything is sent. Right-clicking a cluster, a datacenter, a rack
// and a node offers the operations of that kind (disabled with the reason when read-only), and a node's compaction
// started from there completes on the sandbox. Screenshots in light and dark, with the models behind them asserted.
#include "opssandboxsupport.h"

#include "gui/application.h"
#include "gui/appsettings.h"
#include "gui/cluster/clusterpage.h"
#include "gui/cluster/repairstab.h"
#include "gui/contextsessions.h"
#include "gui/mainwindow.h"
#include "gui/ops/operationdialog.h"
#include "gui/ops/opscontroller.h"
#include "gui/ops/repairdialog.h"
#include "gui/ops/repairschedulespanel.h"
#include "gui/projectdock.h"
#include "gui/screenshot.h"
#include "models/ops/repairschedules.h"
#include "models/projecttreemodel.h"

#include "cassandra/ops/guard.h"
#include "cassandra/ops/history.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

using namespace Ringside;
using namespace Ringside::Operations;
using namespace Ringside::Test::OpsGui;
namespace Op = Ringside::Test::Op;

class TestOpsRepairsTree : public QObject
{
    Q_OBJECT
private:
    Test::SandboxFixture m_fx;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_scheduleId;

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

    /*! Right-clicks \a source in the project tree (the dock's own context-menu path) and, while the menu is open, hands
        its Operations submenu to \a act (and to \a opsMenu), then closes the menu. */
    QList<QAction *> openTreeMenu(const QModelIndex &source, QMenu **opsMenu, const std::function<void(QMenu *)> &act)
    {
        QTreeView *view = m_window->projectDock()->view();
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
        const QModelIndex shown = proxy ? proxy->mapFromSource(source) : source;
        view->scrollTo(shown);
        const QRect rect = view->visualRect(shown);
        QList<QAction *> found;
        bool ran = false;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (menu) {
                if (QMenu *ops = menu->findChild<QMenu *>(QStringLiteral("operationsMenu"))) {
                    *opsMenu = ops;
                    found = ops->actions();
                    act(ops);
                }
                menu->close();
            }
            ran = true;
        });
        Q_EMIT view->customContextMenuRequested(rect.center());
        (void)QTest::qWaitFor([&] { return ran; }, 5000);
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("cache")).toUtf8());
        qunsetenv("RINGSIDE_READ_ONLY_CONTEXTS");
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QString error;
        QVERIFY2(Op::startWorld(m_fx, &error, 10), qPrintable(error));
        QCOMPARE(m_fx.post(Op::mccPath(), Op::mcc(ClusterName, QStringLiteral("4.1.5"), 3, 1)).status, 201);
        QVERIFY(QTest::qWaitFor([this] { return Op::dcReady(m_fx, QStringLiteral("shop-dc1")); }, 60000));
        error = createReaper(m_fx, ClusterName);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("window.ini")));
        m_window = std::make_unique<MainWindow>(*m_settings, KubeconfigLoadingRules::fromEnvironment(m_fx.kubeconfigPath()));
        m_window->resize(1280, 820);
        m_window->show();
        QSignalSpy connected(m_window->sessions(), &ContextSessions::connectionChanged);
        m_window->setActiveContext(Ctx);
        QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 15000);
        QCOMPARE(connected.constFirst().at(1).toString(), QString());
        m_window->projectDock()->expandContext(Ctx, 6);
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

    void repairSchedulesCreatePauseResumeDelete()
    {
        // The Reaper of the previous test answers; the ClusterName menu's action opens the dialog on its Schedules tab.
        OpsController *ctl = OpsController::of(m_window.get());
        selectInTree(clusterIndex());
        Q_EMIT m_window->clusterMenu()->aboutToShow();
        QVERIFY2(ctl->repairSchedulesAction()->isEnabled(), qPrintable(ctl->repairSchedulesAction()->toolTip()));
        ctl->repairSchedulesAction()->trigger();
        QPointer<RepairDialog> dialog;
        QTRY_VERIFY([&] {
            const QList<RepairDialog *> all = m_window->findChildren<RepairDialog *>();
            for (RepairDialog *d : all) {
                if (d->isVisible()) {
                    dialog = d;
                }
            }
            return !dialog.isNull();
        }());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 15000);
        RepairSchedulesPanel *panel = dialog->schedulesPanel();
        QCOMPARE(dialog->tabs()->currentWidget(), panel);
        QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasReaper(), 15000);
        QSignalSpy refreshed(panel, &RepairSchedulesPanel::refreshed);
        panel->refresh(); // the first read may have answered already
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 15000);
        QCOMPARE(refreshed.constFirst().at(0).toString(), QString());
        const int before = panel->model()->rowCount();

        // A cadence Reaper cannot express keeps Create disabled and says why.
        QVERIFY(!panel->createButton()->isEnabled()); // no keyspace yet
        QTest::keyClicks(panel->keyspaceEdit(), QStringLiteral("system_auth"));
        panel->cadenceEdit()->setText(QStringLiteral("0 2,14 * * *"));
        QVERIFY(!panel->createButton()->isEnabled());
        QVERIFY2(panel->cadencePreview()->text().contains(QLatin1String("hour")), qPrintable(panel->cadencePreview()->text()));
        panel->cadenceEdit()->setText(QStringLiteral("every 3 days at 04:30"));
        QVERIFY2(panel->cadencePreview()->text().contains(QLatin1String("04:30")), qPrintable(panel->cadencePreview()->text()));
        QVERIFY2(panel->createButton()->isEnabled(), qPrintable(panel->createButton()->toolTip()));
        panel->intensitySpin()->setValue(0.5);
        panel->parallelismCombo()->setCurrentIndex(panel->parallelismCombo()->findText(QStringLiteral("PARALLEL")));
        panel->segmentsSpin()->setValue(32);
        QSignalSpy acted(panel, &RepairSchedulesPanel::actionFinished);
        QTest::mouseClick(panel->createButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 1, 15000);
        QVERIFY2(acted.at(0).at(0).toBool(), qPrintable(acted.at(0).at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), before + 1, 10000);
        int row = -1;
        for (int r = 0; r < panel->model()->rowCount(); ++r) {
            if (panel->model()->index(r, RepairSchedulesModel::KeyspaceColumn).data().toString() == QLatin1String("system_auth")) {
                row = r;
            }
        }
        QVERIFY(row >= 0);
        const auto cell = [&](int column) { return panel->model()->index(panel->model()->rowOf(m_scheduleId), column).data().toString(); };
        m_scheduleId = panel->model()->index(row, 0).data(RepairSchedulesModel::IdRole).toString();
        QVERIFY(!m_scheduleId.isEmpty());
        QCOMPARE(cell(RepairSchedulesModel::StateColumn), QStringLiteral("ACTIVE"));
        QCOMPARE(cell(RepairSchedulesModel::EveryColumn), QStringLiteral("3 days"));
        QCOMPARE(cell(RepairSchedulesModel::IntensityColumn), QStringLiteral("0.5"));
        QCOMPARE(cell(RepairSchedulesModel::ParallelismColumn), QStringLiteral("PARALLEL"));
        QCOMPARE(cell(RepairSchedulesModel::SegmentsColumn), QStringLiteral("32"));
        QVERIFY2(cell(RepairSchedulesModel::NextRunColumn).endsWith(QLatin1String("04:30 UTC")), qPrintable(cell(RepairSchedulesModel::NextRunColumn)));
        const QDateTime next = panel->model()->index(panel->model()->rowOf(m_scheduleId), 0).data(RepairSchedulesModel::NextRunRole).toDateTime();
        QVERIFY(next > QDateTime::currentDateTimeUtc());
        QVERIFY(next < QDateTime::currentDateTimeUtc().addDays(1));
        QCOMPARE(Cassandra::Ops::OperationHistory().read().constLast().result, QStringLiteral("succeeded"));

        // The cluster page's Repairs tab lists it too (read from Reaper on its own).
        m_window->openClusterPage(Ctx, Op::Ns, ClusterName);
        Cluster::ClusterPage *page = nullptr;
        QTRY_VERIFY([&] {
            const QList<Cluster::ClusterPage *> pages = m_window->findChildren<Cluster::ClusterPage *>();
            for (Cluster::ClusterPage *p : pages) {
                if (p->repairsTab()) {
                    page = p;
                }
            }
            return page != nullptr;
        }());
        page->setCurrentWidget(page->repairsTab());
        RepairSchedulesPanel *tabPanel = page->repairsTab()->schedulesPanel();
        QAbstractItemModelTester tabTester(tabPanel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy tabRefreshed(page->repairsTab(), &Cluster::RepairsTab::refreshed);
        page->repairsTab()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!tabRefreshed.isEmpty(), 15000);
        QCOMPARE(tabRefreshed.constLast().at(0).toString(), QString()); // the runs were read from Reaper too
        QTRY_VERIFY_WITH_TIMEOUT(tabPanel->model()->rowOf(m_scheduleId) >= 0, 15000);
        QVERIFY(saveWidgetPng(m_window.get(), shot(QStringLiteral("repairs-tab"), false)).isEmpty());
        theme(true);
        QVERIFY(saveWidgetPng(m_window.get(), shot(QStringLiteral("repairs-tab"), true)).isEmpty());
        theme(false);

        // Pause, then resume, in the dialog.
        dialog->raise();
        QVERIFY(panel->selectSchedule(m_scheduleId));
        QVERIFY(panel->pauseButton()->isEnabled());
        QVERIFY(!panel->resumeButton()->isEnabled());
        QTest::mouseClick(panel->pauseButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 2, 10000);
        QVERIFY2(acted.at(1).at(0).toBool(), qPrintable(acted.at(1).at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(cell(RepairSchedulesModel::StateColumn), QStringLiteral("PAUSED"), 10000);
        QTRY_VERIFY(panel->resumeButton()->isEnabled());
        QVERIFY(saveWidgetPng(dialog, shot(QStringLiteral("repair-schedules"), false)).isEmpty());
        theme(true);
        QVERIFY(saveWidgetPng(dialog, shot(QStringLiteral("repair-schedules"), true)).isEmpty());
        theme(false);
        QTest::mouseClick(panel->resumeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(RepairSchedulesModel::StateColumn), QStringLiteral("ACTIVE"), 10000);

        // A read-only context: every write is disabled with the reason, and nothing is sent.
        m_settings->setReadOnlyContexts({Ctx});
        ctl->refreshReadOnly();
        QVERIFY(panel->selectSchedule(m_scheduleId)); // re-evaluates the buttons
        panel->keyspaceEdit()->setText(QStringLiteral("system_distributed"));
        QVERIFY(!panel->createButton()->isEnabled());
        QVERIFY(!panel->pauseButton()->isEnabled());
        QVERIFY(!panel->deleteButton()->isEnabled());
        QVERIFY2(panel->pauseButton()->toolTip().contains(QLatin1String("read-only")), qPrintable(panel->pauseButton()->toolTip()));
        m_settings->setReadOnlyContexts({});
        ctl->refreshReadOnly();
        panel->keyspaceEdit()->setText(QStringLiteral("system_auth"));
        QVERIFY(panel->selectSchedule(m_scheduleId));
        QVERIFY(panel->pauseButton()->isEnabled());

        // Delete: the cluster name must be typed.
        QTest::mouseClick(panel->deleteButton(), Qt::LeftButton);
        QVERIFY(panel->confirmBar()->isVisible());
        QVERIFY(!panel->confirmDeleteButton()->isEnabled());
        QTest::keyClicks(panel->confirmEdit(), QStringLiteral("sho"));
        QVERIFY(!panel->confirmDeleteButton()->isEnabled());
        QTest::keyClicks(panel->confirmEdit(), QStringLiteral("p"));
        QVERIFY(panel->confirmDeleteButton()->isEnabled());
        QTest::mouseClick(panel->confirmDeleteButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 4, 10000);
        QVERIFY2(acted.at(3).at(0).toBool(), qPrintable(acted.at(3).at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowOf(m_scheduleId), -1, 10000);
        QVERIFY(!panel->confirmBar()->isVisible());
        const Cassandra::Ops::HistoryEntry last = Cassandra::Ops::OperationHistory().read().constLast();
        QCOMPARE(last.operation, QStringLiteral("repair"));
        QCOMPARE(last.result, QStringLiteral("succeeded"));
        QVERIFY2(last.summary.startsWith(QLatin1String("Delete the repair schedule of keyspace system_auth")), qPrintable(last.summary));
        page->repairsTab()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(tabPanel->model()->rowOf(m_scheduleId), -1, 10000);
        dialog->close();
    }

    void repairScheduleWriteNeedsPermission()
    {
        // The viewer context may read objects but not proxy to services nor port-forward: the SelfSubjectAccessReview
        // refuses the create before anything reaches Reaper, with the reason, and it is recorded.
        OpsController *ctl = OpsController::of(m_window.get());
        const QString viewer = QStringLiteral("ringside-sandbox-viewer");
        QPointer<RepairDialog> dialog = ctl->openRepair(viewer, Op::Ns, ClusterName, true);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 15000);
        RepairSchedulesPanel *panel = dialog->schedulesPanel();
        QVERIFY(panel->hasReaper()); // the Reaper object and Service are readable
        QSignalSpy refreshed(panel, &RepairSchedulesPanel::refreshed);
        panel->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 15000);
        QVERIFY2(!refreshed.constLast().at(0).toString().isEmpty(), "the viewer could read Reaper's schedules");
        QTest::keyClicks(panel->keyspaceEdit(), QStringLiteral("system_traces"));
        QVERIFY(panel->createButton()->isEnabled());
        QSignalSpy acted(panel, &RepairSchedulesPanel::actionFinished);
        QTest::mouseClick(panel->createButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 1, 15000);
        QVERIFY(!acted.at(0).at(0).toBool());
        const QString why = acted.at(0).at(1).toString();
        QVERIFY2(why.contains(QLatin1String("services/proxy")) && why.contains(QLatin1String("pods/portforward"))
                     && why.contains(QLatin1String("nothing was sent")),
                 qPrintable(why));
        QVERIFY2(panel->statusLabel()->text().contains(QLatin1String("services/proxy")), qPrintable(panel->statusLabel()->text()));
        const Cassandra::Ops::HistoryEntry last = Cassandra::Ops::OperationHistory().read().constLast();
        QCOMPARE(last.context, viewer);
        QCOMPARE(last.result, QStringLiteral("refused"));
        dialog->close();
        QTRY_VERIFY(dialog.isNull());

        // Nothing reached Reaper: the admin context sees no schedule for that keyspace.
        QPointer<RepairDialog> admin = ctl->openRepair(Ctx, Op::Ns, ClusterName, true);
        QTRY_VERIFY_WITH_TIMEOUT(admin->isReady(), 15000);
        QSignalSpy adminRefreshed(admin->schedulesPanel(), &RepairSchedulesPanel::refreshed);
        admin->schedulesPanel()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!adminRefreshed.isEmpty(), 15000);
        QCOMPARE(adminRefreshed.constFirst().at(0).toString(), QString());
        RepairSchedulesModel *model = admin->schedulesPanel()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            QVERIFY(model->index(r, RepairSchedulesModel::KeyspaceColumn).data().toString() != QLatin1String("system_traces"));
        }
        admin->close();
    }

    void treeOperationsSubmenu_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("actions");
        QTest::newRow("cluster") << QString() << QStringList{QStringLiteral("op-upgrade"), QStringLiteral("op-scale"), QStringLiteral("op-flush"),
                                                             QStringLiteral("op-restore"), QStringLiteral("op-repair"), QStringLiteral("op-repair-schedules")};
        QTest::newRow("datacenter") << QStringLiteral("dc1")
                                    << QStringList{QStringLiteral("op-scale"), QStringLiteral("op-remove-dc"), QStringLiteral("op-stop"),
                                                   QStringLiteral("op-resume"), QStringLiteral("op-restart"), QStringLiteral("op-cleanup"),
                                                   QStringLiteral("op-rebuild"), QStringLiteral("op-upgradesstables"), QStringLiteral("op-compact"),
                                                   QStringLiteral("op-flush"), QStringLiteral("op-scrub"), QStringLiteral("op-backup"),
                                                   QStringLiteral("op-backup-schedule"), QStringLiteral("op-restore"),
                                                   QStringLiteral("op-purge-backups"), QStringLiteral("op-repair"),
                                                   QStringLiteral("op-repair-schedules")};
        QTest::newRow("rack") << QStringLiteral("dc1/r1") << QStringList{QStringLiteral("op-restart"), QStringLiteral("op-compact")};
        QTest::newRow("node") << QStringLiteral("dc1/r1/shop-dc1-r1-sts-0")
                              << QStringList{QStringLiteral("op-replace-node"), QStringLiteral("op-compact")};
    }

    void treeOperationsSubmenu()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, actions);
        ProjectTreeModel *model = m_window->projectModel();
        QModelIndex index = clusterIndex();
        for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
            index = childNamed(model, index, part);
            QVERIFY2(index.isValid(), qPrintable(part));
        }
        m_window->projectDock()->expandContext(Ctx, 6);
        QVERIFY(m_window->projectDock()->view()->contextMenuPolicy() == Qt::CustomContextMenu);
        for (bool readOnly : {false, true}) {
            m_settings->setReadOnlyContexts(readOnly ? QStringList{Ctx} : QStringList{});
            OpsController::of(m_window.get())->refreshReadOnly();
            QMenu *ops = nullptr;
            QStringList names;
            QStringList enabled;
            QStringList tips;
            openTreeMenu(index, &ops, [&](QMenu *menu) {
                for (QAction *a : menu->actions()) {
                    names << a->objectName();
                    enabled << (a->isEnabled() ? QStringLiteral("on") : QStringLiteral("off"));
                    tips << a->toolTip();
                }
            });
            QVERIFY2(ops, "no Operations submenu");
            for (const QString &a : actions) {
                QVERIFY2(names.contains(a), qPrintable(a + QLatin1String(" missing from ") + names.join(u' ')));
            }
            if (!path.isEmpty()) {
                QCOMPARE(names.size(), actions.size()); // only those that apply to the kind
            }
            QVERIFY(!names.contains(QStringLiteral("op-add-dc")) || path.isEmpty());
            for (int i = 0; i < names.size(); ++i) {
                QCOMPARE(enabled.at(i), readOnly ? QStringLiteral("off") : QStringLiteral("on"));
                if (readOnly) {
                    QVERIFY2(tips.at(i).contains(QLatin1String("read-only")) && tips.at(i).contains(Ctx), qPrintable(tips.at(i)));
                }
            }
        }
        m_settings->setReadOnlyContexts({});
        OpsController::of(m_window.get())->refreshReadOnly();
    }

    void treeNodeCompactRunsOnTheSandbox()
    {
        ProjectTreeModel *model = m_window->projectModel();
        const QString pod = QStringLiteral("shop-dc1-r1-sts-0");
        const QModelIndex node = childNamed(model, childNamed(model, childNamed(model, clusterIndex(), QStringLiteral("dc1")), QStringLiteral("r1")), pod);
        QVERIFY(node.isValid());
        QMenu *ops = nullptr;
        openTreeMenu(node, &ops, [](QMenu *menu) {
            for (QAction *a : menu->actions()) {
                if (a->objectName() == QLatin1String("op-compact")) {
                    a->trigger();
                }
            }
        });
        QPointer<OperationDialog> dialog;
        QTRY_VERIFY([&] {
            const QList<OperationDialog *> all = m_window->findChildren<OperationDialog *>();
            for (OperationDialog *d : all) {
                if (d->isVisible()) {
                    dialog = d;
                }
            }
            return !dialog.isNull();
        }());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 15000);
        // The form starts on the node that was clicked.
        auto *podCombo = dialog->form()->findChild<QComboBox *>(QStringLiteral("pod"));
        QVERIFY(podCombo);
        QTRY_COMPARE(podCombo->currentData().toString(), pod);
        QTRY_VERIFY(dialog->runButton()->isEnabled());
        const Cassandra::Ops::ObjectChange task = dialog->currentPlan().operation.changes.value(0);
        QVERIFY2(task.kind.endsWith(QLatin1String("Task")), qPrintable(task.kind));
        QVERIFY2(dialog->diffView()->toPlainText().contains(pod), qPrintable(dialog->diffView()->toPlainText()));
        QVERIFY(dialog->run());
        OperationRunner *runner = dialog->runner();
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 60000);
        QCOMPARE(runner->phase(), OperationRunner::Phase::Succeeded);
        const QString path = QLatin1String("/apis/") + task.apiVersion + QLatin1String("/namespaces/") + Op::Ns + u'/'
                             + Cassandra::Ops::pluralOf(task.kind) + u'/' + task.name;
        const QJsonObject created = Op::getJson(m_fx, path);
        QVERIFY2(Op::at(created, QStringLiteral("status.completionTime")).isString(), QJsonDocument(created).toJson().constData());
        QCOMPARE(Op::at(created, QStringLiteral("spec.jobs")).toArray().at(0).toObject().value(QLatin1String("args")).toObject()
                     .value(QLatin1String("pod_name")).toString(),
                 pod);
        QCOMPARE(Cassandra::Ops::OperationHistory().read().constLast().result, QStringLiteral("succeeded"));
        dialog->close();
    }
};

QTEST_MAIN(TestOpsRepairsTree)
#include "tst_ops_repairs_tree.moc"
