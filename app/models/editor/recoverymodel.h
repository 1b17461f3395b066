#pragma once

#include "models/editor/autosavestore.h"

#include <QAbstractTableModel>

namespace Ringside::Editor {

/*! The autosaved texts offered back after a crash, one row each: title, original file, time, size. \since 0.1 */
class RecoveryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, FileColumn, SavedColumn, SizeColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit RecoveryModel(QObject *parent = nullptr);
    void setEntries(const QList<AutosaveEntry> &entries);
    QList<AutosaveEntry> entries() const { return m_entries; }
    AutosaveEntry entry(int row) const { return m_entries.value(row); }
    /*! Removes the row of \a id (recovered or discarded). */
    void removeEntry(const QString &id);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AutosaveEntry> m_entries;
};

} // namespace Ringside::Editor
