#include "models/editor/recoverymodel.h"

#include "models/editor/editortr.h"

#include <QLocale>

namespace Ringside::Editor {

RecoveryModel::RecoveryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RecoveryModel::setEntries(const QList<AutosaveEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void RecoveryModel::removeEntry(const QString &id)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id) {
            beginRemoveRows(QModelIndex(), row, row);
            m_entries.removeAt(row);
            endRemoveRows();
            return;
        }
    }
}

int RecoveryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RecoveryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecoveryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AutosaveEntry &e = m_entries.at(index.row());
    if (role == IdRole) {
        return e.id;
    }
    if (role == Qt::ToolTipRole) {
        return e.originalPath.isEmpty()
                   ? Tr::tr("An untitled document, autosaved at %1").arg(QLocale().toString(e.savedAt.toLocalTime()))
                   : Tr::tr("Unsaved changes to %1, autosaved at %2")
                         .arg(e.originalPath, QLocale().toString(e.savedAt.toLocalTime()));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case TitleColumn: return e.title;
    case FileColumn: return e.originalPath.isEmpty() ? Tr::tr("(not saved yet)") : e.originalPath;
    case SavedColumn: return QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat);
    case SizeColumn: return QLocale().formattedDataSize(e.size);
    default: return {};
    }
}

QVariant RecoveryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn: return Tr::tr("Document");
    case FileColumn: return Tr::tr("File");
    case SavedColumn: return Tr::tr("Autosaved");
    case SizeColumn: return Tr::tr("Size");
    default: return {};
    }
}

} // namespace Ringside::Editor
