#include "models/ops/palettemodel.h"

#include <algorithm>

namespace Ringside::Operations {

PaletteModel::PaletteModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PaletteModel::setEntries(const QList<Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    refilter();
    endResetModel();
}

void PaletteModel::setFilter(const QString &text)
{
    if (text == m_filter) {
        return;
    }
    beginResetModel();
    m_filter = text;
    refilter();
    endResetModel();
}

int PaletteModel::score(const QString &text, const QString &filter)
{
    const QStringList words = filter.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        return 1;
    }
    // Menu texts carry '&' mnemonics; match on what the user reads. A match in the command's own name (the last part
    // of a menu path) ranks above one in the menus that lead to it.
    QString plain = text;
    plain.remove(u'&');
    const qsizetype sep = plain.lastIndexOf(QStringLiteral(" › "));
    const qsizetype own = sep < 0 ? 0 : sep + 3;
    int total = 0;
    for (const QString &w : words) {
        const qsizetype at = plain.indexOf(w, 0, Qt::CaseInsensitive);
        if (at < 0) {
            return 0;
        }
        const qsizetype inOwn = plain.indexOf(w, own, Qt::CaseInsensitive);
        int s = 10;
        if (inOwn == own) {
            s += 40;
        } else if (inOwn > own && !plain.at(inOwn - 1).isLetterOrNumber()) {
            s += 25;
        } else if (at == 0) {
            s += 20;
        } else if (!plain.at(at - 1).isLetterOrNumber()) {
            s += 10;
        }
        total += s;
    }
    return total;
}

void PaletteModel::refilter()
{
    QList<std::pair<int, int>> scored;
    for (int i = 0; i < m_entries.size(); ++i) {
        const int s = std::max(score(m_entries.at(i).text, m_filter), m_filter.isEmpty() ? 1 : 0);
        if (s > 0) {
            scored.append({s, i});
        }
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    m_visible.clear();
    for (const auto &p : std::as_const(scored)) {
        m_visible << p.second;
    }
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry &e = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString t = e.text;
        t.remove(u'&');
        return e.detail.isEmpty() ? t : t + QLatin1String("    ") + e.detail;
    }
    case Qt::DecorationRole:
        return e.icon;
    case Qt::ToolTipRole:
        return e.detail;
    case IdRole:
        return e.id;
    case DetailRole:
        return e.detail;
    case EnabledRole:
        return e.enabled;
    default:
        return {};
    }
}

Qt::ItemFlags PaletteModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return entryAt(index.row()).enabled ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::ItemNeverHasChildren;
}

} // namespace Ringside::Operations
