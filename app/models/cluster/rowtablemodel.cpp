#include "rowtablemodel.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QSet>

namespace Ringside::Cluster {

RowTableModel::RowTableModel(const QStringList &headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(headers)
{
}

int RowTableModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key) {
            return i;
        }
    }
    return -1;
}

QString RowTableModel::cellText(const QString &key, int column) const
{
    const int row = rowOf(key);
    return row < 0 ? QString() : m_rows.at(row).cell(column);
}

void RowTableModel::setRows(const QList<TableRow> &rows)
{
    if (rows == m_rows) {
        return;
    }
    ++m_updates;
    QSet<QString> wanted;
    wanted.reserve(rows.size());
    for (const TableRow &r : rows) {
        wanted.insert(r.key);
    }
    // 1. Remove rows whose key is gone (from the end, in runs).
    for (int i = int(m_rows.size()) - 1; i >= 0;) {
        if (wanted.contains(m_rows.at(i).key)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !wanted.contains(m_rows.at(first - 1).key)) {
            --first;
        }
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
    // 2. Walk the wanted order: keep, move up or insert.
    for (int i = 0; i < rows.size(); ++i) {
        const TableRow &want = rows.at(i);
        if (i < m_rows.size() && m_rows.at(i).key == want.key) {
            if (!(m_rows.at(i) == want)) {
                m_rows[i] = want;
                Q_EMIT dataChanged(index(i, 0), index(i, int(m_headers.size()) - 1));
            }
            continue;
        }
        int from = -1;
        for (int j = i + 1; j < m_rows.size(); ++j) {
            if (m_rows.at(j).key == want.key) {
                from = j;
                break;
            }
        }
        if (from >= 0) {
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            if (!(m_rows.at(i) == want)) {
                m_rows[i] = want;
                Q_EMIT dataChanged(index(i, 0), index(i, int(m_headers.size()) - 1));
            }
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, want);
            endInsertRows();
        }
    }
}

int RowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

namespace {
QColor toneColor(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x2e, 0x9d, 0x4f);
    case Tone::Busy:
        return QColor(0x2a, 0x7f, 0xd4);
    case Tone::Warning:
        return QColor(0xc7, 0x8a, 0x00);
    case Tone::Bad:
        return QColor(0xd0, 0x3a, 0x3a);
    case Tone::Neutral:
        break;
    }
    return {};
}
} // namespace

QVariant RowTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TableRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return row.cell(column);
    case Qt::ToolTipRole: {
        const QString tip = row.toolTips.value(column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::ForegroundRole:
        if (column == row.toneColumn && row.tone != Tone::Neutral) {
            return QBrush(toneColor(row.tone));
        }
        return {};
    case Qt::TextAlignmentRole: {
        const QVariant sort = row.sortValues.value(column);
        if (sort.isValid() && sort.typeId() != QMetaType::QString) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    }
    case KeyRole:
        return row.key;
    case SortRole: {
        const QVariant sort = row.sortValues.value(column);
        return sort.isValid() ? sort : QVariant(row.cell(column));
    }
    case ToneRole:
        return int(row.tone);
    default:
        return {};
    }
}

QVariant RowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size()) {
        return m_headers.at(section);
    }
    return {};
}

} // namespace Ringside::Cluster
