// The workshop walk in the GUI (issue 7 "Done when"): Labs 1–6 of the Mission Control workshop guide done as a new
// user would, through the main window's menus, the project tree's context menu, dialogs filled with QTest and
// buttons clicked, against the in-process sandbox with the simulated operators (and a real Prometheus when
// /usr/bin/prometheus exists). After each step: a screenshot under test-output/gui-walk/NN-name.png, a line in
// walk.md, and the effect asserted through the API or the models behind the screen. Lab 6 ends with a rolling restart
// and a node replacement; the cluster overview, the metrics dashboard and the log viewer are then shot in the dark theme.
#include "sandboxfixture.h"
#include "testsupport.h"
#include "tst_sandbox_op_support.h"
#include "walksupport.h"

#include "gui/application.h"
#include "gui/appsettings.h"
#include "gui/charts/dashboardpage.h"
#include "gui/cluster/clusterpage.h"
#include "gui/cluster/nodepage.h"
#include "gui/cluster/repairstab.h"
#include "gui/contextsessions.h"
#include "gui/editor/applybar.h"
#include "gui/editor/yamleditor.h"
#include "gui/editor/yamleditorpane.h"
#include "gui/logs/logviewer.h"
#include "gui/mainwindow.h"
#include "gui/ops/operationdialog.h"
#include "gui/ops/opscontroller.h"
#include "gui/ops/repairdialog.h"
#include "gui/ops/settingsdialog.h"
#include "gui/projectdock.h"
#include "gui/services/dataapidialog.h"
#include "gui/services/gitopsdialog.h"
#include "gui/services/projectdialog.h"
#include "gui/wizard/clusterwizard.h"
#include "gui/wizard/reviewpage.h"
#include "gui/workspace.h"
#include "models/charts/dashboardmodel.h"
#include "models/charts/panelmodel.h"
#include "models/cluster/rowtablemodel.h"
#include "models/editor/yamldocument.h"
#include "models/logs/logmodel.h"
#include "models/ops/alertsmodel.h"
#include "models/ops/nodeprogressmodel.h"
#include "models/projecttreemodel.h"
#include "models/wizard/datacentermodel.h"
#include "models/wizard/wizardmodel.h"
#include "nodesim/nodesimulation.h"

#include "cassandra/ops/history.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTreeView>

using namespace Ringside;
using namespace Ringside::Operations;
namespace Op = Ringside::Test::Op;
namespace Walk = Ringside::Test::Walk;

namespace {

const QString Ctx = QStringLiteral("ringside-sandbox");
const QString Ns = QStringLiteral("workshop");
const QString Demo = QStringLiteral("demo");
const QString FromVersion = QStringLiteral("1.1.0");

QString nsPath(const QString &groupVersion, const QString &resource, const QString &name = {})
{
    QString p
        = groupVersion == QLatin1String("v1") ? QStringLiteral("/api/v1") : QLatin1String("/apis/") + groupVersion;
    p += QLatin1String("/namespaces/") + Ns + u'/' + resource;
    if (!name.isEmpty()) {
        p += u'/' + name;
    }
    return p;
}

QString mccPath()
{
    return nsPath(QStringLiteral("missioncontrol.datastax.com/v1beta2"), QStringLiteral("missioncontrolclusters"),
                  Demo);
}

QString podPath(const QString &pod = {})
{
    return nsPath(QStringLiteral("v1"), QStringLiteral("pods"), pod);
}

/*! How many rows of a cluster page's nodes table say Up in their Status column. */
int upNodes(Cluster::RowTableModel *nodes)
{
    const int status = nodes->column(QStringLiteral("Status"));
    int up = 0;
    for (const auto &row : nodes->rows()) {
        up += row.cell(status) == QLatin1String("Up") ? 1 : 0;
    }
    return up;
}

/*! True when the CassandraDatacenter \a dc of the workshop project reports Ready for its current generation. */
bool dcReady(Test::SandboxFixture &fx, const QString &dc)
{
    const QJsonObject o = Op::getJson(
        fx, nsPath(QStringLiteral("cassandra.datastax.com/v1beta1"), QStringLiteral("cassandradatacenters"), dc));
    return Op::at(o, QStringLiteral("status.cassandraOperatorProgress")).toString() == QLatin1String("Ready")
           && Op::conditionTrue(Op::at(o, QStringLiteral("status.conditions")), QStringLiteral("Ready"))
           && Op::at(o, QStringLiteral("status.observedGeneration")).toInt()
                  == Op::at(o, QStringLiteral("metadata.generation")).toInt();
}

/*! True when a row of \a model has \a text in its first column. */
bool hasRow(Cluster::RowTableModel *model, const QString &text)
{
    for (const auto &row : model->rows()) {
        if (row.cell(0) == text) {
            return true;
        }
    }
    return false;
}

/*! The \a header cell of the row of \a model whose first column is \a first ("" when absent). */
QString cellOf(Cluster::RowTableModel *model, const QString &first, const QString &header)
{
    for (const auto &row : model->rows()) {
        if (row.cell(0) == first) {
            return row.cell(model->column(header));
        }
    }
    return {};
}

} // namespace

class TestGuiWorkshop : public QObject
{
    Q_OBJECT
private:
    Test::SandboxFixture m_fx;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Walk::StepLog> m_log;
    QProcess m_prometheus;
    QString m_promUrl;
    QElapsedTimer m_clock;

    ProjectTreeModel *tree() const { return m_window->projectModel(); }
    QTreeView *view() const { return m_window->projectDock()->view(); }
    OpsController *ops() const { return OpsController::of(m_window.get()); }
    QModelIndex contextIndex() const { return tree()->indexOfContext(Ctx); }
    QModelIndex projectIndex() const { return Walk::childNamed(tree(), contextIndex(), Ns); }
    QModelIndex clusterIndex() const { return Walk::childNamed(tree(), projectIndex(), Demo); }
    QModelIndex dcIndex() const { return Walk::childNamed(tree(), clusterIndex(), QStringLiteral("dc1")); }
    QString dcStatus() const { return dcIndex().siblingAtColumn(ProjectTreeModel::StatusColumn).data().toString(); }

    Cluster::ClusterPage *clusterPage() const
    {
        return qobject_cast<Cluster::ClusterPage *>(
            m_window->workspace()->page(QStringLiteral("cluster/%1/%2/%3").arg(Ctx, Ns, Demo)));
    }

    void showClusterPage(Cluster::ClusterPage::Tab tab)
    {
        m_window->openClusterPage(Ctx, Ns, Demo);
        Cluster::ClusterPage *page = clusterPage();
        QVERIFY(page);
        page->setCurrentIndex(tab);
    }

    void step(const QString &name, QWidget *widget, const QString &lab, const QString &done, const QString &checked)
    {
        const QString error = m_log->step(name, widget, lab, done, checked);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    /*! Cluster › ACTION with the cluster selected in the tree: the operation dialog it opened, read. */
    OperationDialog *openFromClusterMenu(OperationType type)
    {
        Walk::selectInTree(view(), clusterIndex());
        Q_EMIT m_window->clusterMenu()->aboutToShow();
        QAction *action = ops()->action(type);
        if (!action || !action->isEnabled()) {
            qWarning() << "action disabled:" << (action ? action->toolTip() : QStringLiteral("missing"));
            return nullptr;
        }
        action->trigger();
        OperationDialog *dialog = nullptr;
        for (OperationDialog *d : m_window->findChildren<OperationDialog *>()) {
            if (d->isVisible()) {
                dialog = d;
            }
        }
        if (dialog && !QTest::qWaitFor([dialog] { return dialog->isReady(); }, 15000)) {
            return nullptr;
        }
        return dialog;
    }

    /*! Clicks Run and waits for the end; true when it succeeded. */
    bool runAndWait(OperationDialog *dialog, int timeoutMs)
    {
        if (!QTest::qWaitFor([dialog] { return dialog->runButton()->isEnabled(); }, 10000)) {
            qWarning() << "Run stays disabled:" << dialog->runButton()->toolTip();
            return false;
        }
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        OperationRunner *runner = dialog->runner();
        if (!runner) {
            return false;
        }
        if (!QTest::qWaitFor(
                [runner] { return !runner->isRunning() && runner->phase() != OperationRunner::Phase::Idle; },
                timeoutMs)) {
            qWarning() << "still running:" << runner->phase() << runner->message();
            return false;
        }
        if (runner->phase() != OperationRunner::Phase::Succeeded) {
            qWarning() << "operation ended:" << runner->phase() << runner->message();
        }
        return runner->phase() == OperationRunner::Phase::Succeeded;
    }

    /*! The DC is Ready and every node Up in the tree (after an operation, before the next one). */
    bool settled(int nodes, int timeoutMs = 60000)
    {
        const QString want = QStringLiteral("%1/%1 up").arg(nodes);
        return QTest::qWaitFor(
            [&] { return dcReady(m_fx, Demo + QStringLiteral("-dc1")) && dcStatus().endsWith(want); }, timeoutMs);
    }

    void startPrometheus();

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void lab1ContextsAndProject();
    void lab2CreateWithTheWizard();
    void lab2DataApi();
    void lab3Observability();
    void lab3NodeFailure();
    void lab4UpgradeAndConfig();
    void lab5BackupScheduleRestore();
    void lab6ScaleRepairCleanup();
    void lab6RestartAndReplace();
    void darkThemeViews();
};

void TestGuiWorkshop::startPrometheus()
{
    const QString prometheus = QStringLiteral("/usr/bin/prometheus");
    if (!QFile::exists(prometheus)) {
        return;
    }
    // The scrape config the sandbox writes, every second instead of every 15 s.
    QFile config(m_fx.sandbox()->nodes()->prometheusDirectory() + QStringLiteral("/prometheus.yml"));
    QVERIFY(config.open(QIODevice::ReadOnly));
    QByteArray yaml = config.readAll();
    yaml.replace("scrape_interval: 15s", "scrape_interval: 1s")
        .replace("refresh_interval: 10s", "refresh_interval: 1s");
    const QString fast = m_dir.filePath(QStringLiteral("prometheus.yml"));
    QFile out(fast);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(yaml);
    out.close();
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
    m_prometheus.start(prometheus, {QStringLiteral("--config.file=") + fast,
                                    QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("prom")),
                                    QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port)});
    QVERIFY(m_prometheus.waitForStarted());
    m_promUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
}

void TestGuiWorkshop::initTestCase()
{
    m_clock.start();
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("cache")).toUtf8());
    qunsetenv("RINGSIDE_READ_ONLY_CONTEXTS");
    // No QStandardPaths test mode: the XDG variables above keep the history and settings of this run apart.
    installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    applyTheme(QStringLiteral("light"));
    const double pace = qEnvironmentVariableIsSet("RINGSIDE_WALK_PACE")
                            ? qEnvironmentVariable("RINGSIDE_WALK_PACE").toDouble()
                            : 20.0;
    QString error;
    QVERIFY2(m_fx.start(&error,
                        [pace](Sandbox::Sandbox::Options &o) {
                            o.simulation = true;
                            o.pace = pace;
                            o.seed = 11;
                        }),
             qPrintable(error));
    startPrometheus();
    m_log = std::make_unique<Walk::StepLog>();
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("window.ini")));
    if (!m_promUrl.isEmpty()) {
        m_settings->setPrometheusUrl(Ctx, m_promUrl); // File › Metrics Source for This Context
    }
    m_window
        = std::make_unique<MainWindow>(*m_settings, KubeconfigLoadingRules::fromEnvironment(m_fx.kubeconfigPath()));
    m_window->resize(1360, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(ops());
    ops()->setPollInterval(200);
}

void TestGuiWorkshop::cleanupTestCase()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w != m_window.get() && w->isVisible()) {
            w->close();
        }
    }
    m_window.reset();
    if (m_prometheus.state() != QProcess::NotRunning) {
        m_prometheus.terminate();
        if (!m_prometheus.waitForFinished(10000)) {
            m_prometheus.kill();
            m_prometheus.waitForFinished();
        }
    }
    if (m_log) {
        m_log->note(QString(), QStringLiteral("end"),
                    QStringLiteral("walk finished after %1 s").arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1),
                    QString());
    }
    qInfo() << "GUI workshop walk:" << m_clock.elapsed() << "ms; screenshots in" << (m_log ? m_log->dir() : QString());
}

#include "tst_gui_workshop_labs.inc"
#include "tst_gui_workshop_labs2.inc"
#include "tst_gui_workshop_labs3.inc"

QTEST_MAIN(TestGuiWorkshop)
#include "tst_gui_workshop.moc"
