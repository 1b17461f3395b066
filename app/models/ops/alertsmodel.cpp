#include "models/ops/alertsmodel.h"

#include "models/ops/opstr.h"

#include "cassandra/domain/topology.h"

#include <QIcon>
#include <QLocale>

namespace Ringside::Operations {

using namespace Metrics;

AlertsModel::AlertsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int AlertsModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts.at(i).key() == key) {
            return i;
        }
    }
    return -1;
}

void AlertsModel::setAlerts(const QList<Alert> &alerts)
{
    QSet<QString> wanted;
    for (const Alert &a : alerts) {
        wanted.insert(a.key());
    }
    for (int row = int(m_alerts.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(m_alerts.at(row).key())) {
            beginRemoveRows({}, row, row);
            m_alerts.removeAt(row);
            endRemoveRows();
        }
    }
    for (const Alert &a : alerts) {
        const int row = rowOf(a.key());
        if (row < 0) {
            const int at = int(m_alerts.size());
            beginInsertRows({}, at, at);
            m_alerts.append(a);
            endInsertRows();
        } else {
            m_alerts[row] = a;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Alert &a = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityDisplayName(a.severity);
        case SummaryColumn:
            return a.summary;
        case ClusterColumn:
            return a.labels.value(QStringLiteral("context")).isEmpty()
                ? a.labels.value(QStringLiteral("cluster"))
                : OpsTr::tr("%1 (%2)").arg(a.labels.value(QStringLiteral("cluster")), a.labels.value(QStringLiteral("context")));
        case NodeColumn:
            return a.labels.value(QStringLiteral("node"), a.labels.value(QStringLiteral("pod")));
        case StateColumn:
            return a.state == AlertState::Firing ? OpsTr::tr("Firing") : a.state == AlertState::Pending ? OpsTr::tr("Pending") : OpsTr::tr("Resolved");
        case SinceColumn:
            return QLocale().toString((a.firingSince.isValid() ? a.firingSince : a.activeSince).toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            switch (a.severity) {
            case Severity::Critical:
                return QIcon(QStringLiteral(":/icons/context-error.svg"));
            case Severity::Warning:
                return QIcon(QStringLiteral(":/icons/health-warning.svg"));
            case Severity::Info:
                return QIcon(QStringLiteral(":/icons/health-progress.svg"));
            }
        }
        return {};
    case Qt::ToolTipRole:
        return a.summary;
    case KeyRole:
        return a.key();
    case SeverityRole:
        return int(a.severity);
    case ContextRole:
        return a.labels.value(QStringLiteral("context"));
    case ClusterRole:
        return a.labels.value(QStringLiteral("cluster"));
    case DatacenterRole:
        return a.labels.value(QStringLiteral("dc"));
    case NodeRole:
        // Status rules label the node "node"; a PromQL rule's series usually name the Cassandra pod "pod".
        return a.labels.value(QStringLiteral("node"), a.labels.value(QStringLiteral("pod")));
    case RuleRole:
        return a.ruleId;
    case FiringRole:
        return a.state == AlertState::Firing;
    default:
        return {};
    }
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SeverityColumn:
        return OpsTr::tr("Severity");
    case SummaryColumn:
        return OpsTr::tr("Alert");
    case ClusterColumn:
        return OpsTr::tr("Cluster");
    case NodeColumn:
        return OpsTr::tr("Node");
    case StateColumn:
        return OpsTr::tr("State");
    case SinceColumn:
        return OpsTr::tr("Since");
    }
    return {};
}

QList<ClusterStatusSnapshot> statusSnapshots(const QString &context, const QList<QJsonObject> &datacenters, const QList<QJsonObject> &pods)
{
    const Cassandra::Domain::ClusterTopology t = Cassandra::Domain::ClusterTopology::build({}, {}, datacenters, pods, {}, context);
    QList<ClusterStatusSnapshot> out;
    for (const Cassandra::Domain::Cluster &c : t.clusters) {
        ClusterStatusSnapshot s;
        s.context = context;
        s.cluster = c.name;
        for (const Cassandra::Domain::Datacenter &dc : c.datacenters) {
            if (dc.stopped) {
                continue; // a stopped datacenter's nodes are meant to be down
            }
            for (const Cassandra::Domain::Node &n : dc.nodes) {
                NodeStatus ns;
                ns.name = n.name;
                ns.datacenter = dc.displayName();
                ns.rack = n.rack;
                ns.up = n.isUp();
                s.nodes << ns;
            }
        }
        out << s;
    }
    return out;
}

AlertMonitor::AlertMonitor(AlertEngine::Clock clock, QObject *parent)
    : QObject(parent)
    , m_engine(std::move(clock))
    , m_model(new AlertsModel(this))
{
    m_engine.setRules(builtInAlertRules());
}

EvaluationResult AlertMonitor::evaluate(const EvaluationInput &input)
{
    const EvaluationResult r = m_engine.evaluate(input);
    m_model->setAlerts(r.active);
    for (const Alert &a : r.newlyFiring) {
        Q_EMIT alertFired(a);
    }
    for (const Alert &a : r.resolved) {
        Q_EMIT alertResolved(a);
    }
    return r;
}

} // namespace Ringside::Operations
