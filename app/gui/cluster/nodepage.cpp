#include "nodepage.h"

#include "tablepanel.h"

#include "models/cluster/clustertr.h"
#include "models/cluster/cqlcredentials.h"
#include "models/cluster/podcommand.h"
#include "models/cluster/rowtablemodel.h"

#include "kube/kubeclient.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Ringside::Cluster {

namespace {
constexpr NodetoolReport Reports[] = {NodetoolReport::Info, NodetoolReport::TableStats, NodetoolReport::CompactionStats,
                                      NodetoolReport::NetStats, NodetoolReport::TpStats};
QString reportTitle(NodetoolReport report)
{
    switch (report) {
    case NodetoolReport::Info:
        return ClusterTr::tr("Info");
    case NodetoolReport::TableStats:
        return ClusterTr::tr("Table stats");
    case NodetoolReport::CompactionStats:
        return ClusterTr::tr("Compactions");
    case NodetoolReport::NetStats:
        return ClusterTr::tr("Netstats");
    case NodetoolReport::TpStats:
        break;
    }
    return ClusterTr::tr("Thread pools");
}
struct Parsed
{
    QList<TableRow> rows;
    QString error;
};
} // namespace

NodePage::NodePage(KubeClient *client, const QString &context, const QString &nameSpace, const QString &pod, QWidget *parent)
    : QTabWidget(parent)
    , m_client(client)
    , m_context(context)
    , m_ns(nameSpace)
    , m_pod(pod)
{
    setDocumentMode(true);
    for (NodetoolReport report : Reports) {
        auto *model = new RowTableModel(nodetoolHeaders(report), this);
        model->setPlaceholder(ClusterTr::tr("Running nodetool %1 in %2…").arg(nodetoolCommand(report), pod));
        auto *panel = new TablePanel(ClusterTr::tr("nodetool %1 on %2").arg(nodetoolCommand(report), pod), model);
        auto *refresh = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), ClusterTr::tr("Refresh"), panel);
        connect(refresh, &QPushButton::clicked, this, [this, report] { this->refresh(report); });
        panel->addHeaderWidget(refresh);
        m_models.insert(int(report), model);
        m_panels.insert(int(report), panel);
        addTab(panel, reportTitle(report));
    }
    addTab(createConsole(), ClusterTr::tr("CQL console"));
    for (NodetoolReport report : Reports) {
        refresh(report);
    }
}

NodePage::~NodePage() = default;

void NodePage::refresh(NodetoolReport report)
{
    if (m_running.value(int(report))) {
        return;
    }
    m_running.insert(int(report), true);
    TablePanel *panel = m_panels.value(int(report));
    panel->setMessage(ClusterTr::tr("Running nodetool %1…").arg(nodetoolCommand(report)));
    PodCommand::run(m_client, m_ns, m_pod, QStringLiteral("cassandra"), {QStringLiteral("nodetool"), nodetoolCommand(report)}, this,
                    [this, report, panel](const CommandResult &result) {
                        if (!result.isOk()) {
                            m_running.insert(int(report), false);
                            panel->setMessage(result.problem(), true);
                            Q_EMIT reportRefreshed(report, result.problem());
                            return;
                        }
                        // tablestats of a large schema is megabytes: parse off the GUI thread.
                        QtConcurrent::run([report, out = result.out] {
                            Parsed p;
                            p.rows = nodetoolRows(report, out, &p.error);
                            return p;
                        }).then(this, [this, report, panel](const Parsed &parsed) {
                            m_running.insert(int(report), false);
                            if (!parsed.error.isEmpty()) {
                                const QString message = ClusterTr::tr("Cannot read nodetool %1: %2").arg(nodetoolCommand(report), parsed.error);
                                panel->setMessage(message, true);
                                Q_EMIT reportRefreshed(report, message);
                                return;
                            }
                            m_models.value(int(report))->setPlaceholder(ClusterTr::tr("nodetool %1 printed nothing to list.").arg(nodetoolCommand(report)));
                            m_models.value(int(report))->setRows(parsed.rows);
                            panel->setMessage(QString());
                            Q_EMIT reportRefreshed(report, QString());
                        });
                    });
}

QWidget *NodePage::createConsole()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *note = new QLabel(ClusterTr::tr("Statements run with cqlsh -e in %1, logged in as the superuser of its datacenter.").arg(m_pod), page);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_output = new QPlainTextEdit(page);
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setMaximumBlockCount(20000);
    layout->addWidget(m_output, 1);
    auto *row = new QHBoxLayout;
    m_input = new QLineEdit(page);
    m_input->setPlaceholderText(ClusterTr::tr("A CQL statement, e.g. DESCRIBE KEYSPACES — Enter runs it, Up/Down recall the history"));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->installEventFilter(this);
    row->addWidget(m_input, 1);
    m_run = new QPushButton(ClusterTr::tr("Run"), page);
    row->addWidget(m_run);
    layout->addLayout(row);
    const auto submit = [this] {
        const QString statement = m_input->text().trimmed();
        if (!statement.isEmpty()) {
            m_input->clear();
            runCql(statement);
        }
    };
    connect(m_input, &QLineEdit::returnPressed, this, submit);
    connect(m_run, &QPushButton::clicked, this, submit);
    return page;
}

bool NodePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress && !m_history.isEmpty()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            m_historyPos = std::clamp(m_historyPos + (key == Qt::Key_Up ? -1 : 1), 0, int(m_history.size()));
            m_input->setText(m_history.value(m_historyPos));
            return true;
        }
    }
    return QTabWidget::eventFilter(watched, event);
}

void NodePage::runCql(const QString &statement)
{
    if (m_history.isEmpty() || m_history.constLast() != statement) {
        m_history.append(statement);
    }
    m_historyPos = int(m_history.size());
    m_output->appendPlainText(QStringLiteral("%1> %2").arg(m_pod, statement));
    m_run->setEnabled(false);
    const auto run = [this, statement](const CqlCredentials &credentials) {
        if (!credentials.error.isEmpty()) {
            m_output->appendPlainText(credentials.error);
            m_run->setEnabled(true);
            Q_EMIT cqlFinished(statement, false);
            return;
        }
        PodCommand::run(m_client, m_ns, m_pod, QStringLiteral("cassandra"), cqlshCommand(credentials, statement), this,
                        [this, statement](const CommandResult &result) {
                            const QString out = QString(result.out + result.err).trimmed();
                            if (!out.isEmpty()) {
                                m_output->appendPlainText(out);
                            }
                            if (!result.failure.isEmpty()) {
                                m_output->appendPlainText(result.failure);
                            } else if (result.exitCode != 0) {
                                m_output->appendPlainText(ClusterTr::tr("(cqlsh exited with %1)").arg(result.exitCode));
                            }
                            m_output->appendPlainText(QString());
                            m_run->setEnabled(true);
                            Q_EMIT cqlFinished(statement, result.isOk());
                        });
    };
    resolveSecret([this, run](const QString &secret, const QString &error) {
        if (!error.isEmpty()) {
            CqlCredentials failed;
            failed.error = error;
            run(failed);
            return;
        }
        readCqlCredentials(m_client, m_ns, secret, this, run);
    });
}

void NodePage::resolveSecret(std::function<void(const QString &, const QString &)> then)
{
    if (!m_secret.isEmpty()) {
        then(m_secret, {});
        return;
    }
    if (!m_client) {
        then({}, ClusterTr::tr("%1 is not connected.").arg(m_context));
        return;
    }
    // The pod names its datacenter (the Cassandra DC name) and cluster; the CassandraDatacenter names the Secret.
    m_client->get(
        ResourceRef::core(QStringLiteral("pods"), m_ns, m_pod), this,
        [this, then](const KubeResponse &pod) {
            const QJsonObject labels = pod.object.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject();
            const QString dc = labels.value(QLatin1String("cassandra.datastax.com/datacenter")).toString();
            const QString cluster = labels.value(QLatin1String("cassandra.datastax.com/cluster")).toString();
            if (dc.isEmpty()) {
                then({}, ClusterTr::tr("Pod %1 has no cassandra.datastax.com/datacenter label.").arg(m_pod));
                return;
            }
            m_client->list(
                ResourceRef{QStringLiteral("cassandra.datastax.com"), QStringLiteral("v1beta1"), QStringLiteral("cassandradatacenters"), m_ns, {}, {}},
                {}, this,
                [this, then, dc, cluster](const KubeResponse &list) {
                    for (const QJsonValue &item : list.object.value(QLatin1String("items")).toArray()) {
                        const QJsonObject o = item.toObject();
                        const QJsonObject spec = o.value(QLatin1String("spec")).toObject();
                        const QString name = o.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
                        const QString dcName = spec.value(QLatin1String("datacenterName")).toString(name);
                        if (dcName != dc && name != dc) {
                            continue;
                        }
                        m_secret = spec.value(QLatin1String("superuserSecretName")).toString();
                        if (m_secret.isEmpty()) {
                            m_secret = spec.value(QLatin1String("clusterName")).toString().toLower().remove(u' ') + QStringLiteral("-superuser");
                        }
                        then(m_secret, {});
                        return;
                    }
                    then({}, ClusterTr::tr("No CassandraDatacenter of %1 in %2 is named %3.").arg(cluster, m_ns, dc));
                },
                [then](const KubeError &e) { then({}, ClusterTr::tr("Cannot read the datacenters: %1").arg(e.toString())); });
        },
        [then](const KubeError &e) { then({}, ClusterTr::tr("Cannot read the pod: %1").arg(e.toString())); });
}

} // namespace Ringside::Cluster
