#pragma once

#include "cassandra/ops/progress.h"

#include <QAbstractTableModel>

namespace Ringside::Operations {

/*! The per-node lines of an operation's progress: node, state, a percentage (for a progress bar) and a message.
    Rows keep their place across updates (dataChanged), so a view does not jump while the operation runs. \since 0.1 */
class NodeProgressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NodeColumn, ProgressColumn, StateColumn, MessageColumn, ColumnCount };
    enum Roles {
        PercentRole = Qt::UserRole + 1, //!< int 0..100
        DoneRole,                       //!< bool
        FailedRole,                     //!< bool
    };

    explicit NodeProgressModel(QObject *parent = nullptr);

    /*! Shows \a progress: rows of nodes that stay are updated in place, new ones are appended, gone ones removed. */
    void setProgress(const Cassandra::Ops::Progress &progress);
    void clear();
    const Cassandra::Ops::Progress &progress() const { return m_progress; }

    /*! 0..100 for one node: 100 done or failed, 50 while it is worked on, 0 while it waits. */
    static int percentOf(const Cassandra::Ops::NodeProgress &node);
    /*! 0..100 for the whole operation. */
    static int overallPercent(const Cassandra::Ops::Progress &progress);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Cassandra::Ops::Progress m_progress;
    QList<Cassandra::Ops::NodeProgress> m_rows;
};

} // namespace Ringside::Operations
