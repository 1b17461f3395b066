#include "models/ops/nodeprogressmodel.h"

#include "models/ops/opstr.h"

#include <QColor>

namespace Ringside::Operations {

using Cassandra::Ops::NodeProgress;
using Cassandra::Ops::Progress;

NodeProgressModel::NodeProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int NodeProgressModel::percentOf(const NodeProgress &node)
{
    if (node.done || node.failed) {
        return 100;
    }
    const QString s = node.state;
    if (s.isEmpty() || s == QLatin1String("WAITING")) {
        return 0;
    }
    // Tasks say RUNNING; rollouts say "UN 4.1.8 not-ready" while a node restarts, "DN" while it is down.
    if (s == QLatin1String("RUNNING") || s.contains(QLatin1String("not-ready")) || s.startsWith(u'D') || s.startsWith(QLatin1String("UJ"))) {
        return 50;
    }
    return 0;
}

int NodeProgressModel::overallPercent(const Progress &progress)
{
    if (progress.state == Progress::State::Succeeded) {
        return 100;
    }
    if (progress.total <= 0) {
        return 0;
    }
    return int(qBound(0, progress.done, progress.total) * 100 / progress.total);
}

void NodeProgressModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_progress = {};
    endResetModel();
}

void NodeProgressModel::setProgress(const Progress &progress)
{
    m_progress = progress;
    // Remove rows whose node is gone (from the end, so indexes stay right).
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const QString name = m_rows.at(row).node;
        const bool kept = std::any_of(progress.nodes.begin(), progress.nodes.end(), [&name](const NodeProgress &n) { return n.node == name; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (const NodeProgress &n : progress.nodes) {
        const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&n](const NodeProgress &r) { return r.node == n.node; });
        if (it == m_rows.end()) {
            const int row = int(m_rows.size());
            beginInsertRows({}, row, row);
            m_rows.append(n);
            endInsertRows();
        } else if (!(*it == n)) {
            *it = n;
            const int row = int(it - m_rows.begin());
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int NodeProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NodeProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodeProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const NodeProgress &n = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NodeColumn:
            return n.node;
        case ProgressColumn:
            return QStringLiteral("%1%").arg(percentOf(n));
        case StateColumn:
            return n.failed ? OpsTr::tr("failed: %1").arg(n.state) : n.state;
        case MessageColumn:
            return n.message;
        }
        return {};
    case Qt::ToolTipRole:
        return n.message.isEmpty() ? n.state : n.state + QLatin1String(" — ") + n.message;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && n.failed) {
            return QColor(Qt::red);
        }
        return {};
    case PercentRole:
        return percentOf(n);
    case DoneRole:
        return n.done;
    case FailedRole:
        return n.failed;
    default:
        return {};
    }
}

QVariant NodeProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NodeColumn:
        return OpsTr::tr("Node");
    case ProgressColumn:
        return OpsTr::tr("Progress");
    case StateColumn:
        return OpsTr::tr("State");
    case MessageColumn:
        return OpsTr::tr("Message");
    }
    return {};
}

} // namespace Ringside::Operations
