#pragma once

#include "kubeconfig/kubeconfig.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Ringside {

/*! The project tree: contexts > projects (namespaces) > clusters > datacenters > racks > nodes.
    This first version holds the kubeconfig's contexts; deeper levels are filled from informers by later work.
    \since 0.1 */
class ProjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind { Context, Project, Cluster, Datacenter, Rack, Node };
    Q_ENUM(NodeKind)

    enum class ConnectionState { NotConnected, Connecting, Connected, Failed };
    Q_ENUM(ConnectionState)

    enum Column { NameColumn, StatusColumn, ColumnCount };

    enum Roles {
        KindRole = Qt::UserRole + 1, //!< NodeKind
        ContextNameRole,             //!< the kubeconfig context an item belongs to
        IsCurrentContextRole,        //!< bool: the kubeconfig's current-context
        IsActiveContextRole,         //!< bool: the context Ringside works in now
        ServerRole,
        AuthKindRole,
        SourceFileRole,
        ConnectionStateRole,
        ErrorTextRole,
    };

    explicit ProjectTreeModel(QObject *parent = nullptr);
    ~ProjectTreeModel() override;

    /*! Replaces the contexts with those of \a config (a model reset). */
    void setKubeconfig(const Kubeconfig &config);
    /*! Marks \a name as the context Ringside works in. */
    void setActiveContext(const QString &name);
    QString activeContext() const { return m_activeContext; }
    void setConnectionState(const QString &context, ConnectionState state, const QString &errorText = QString());

    QModelIndex indexOfContext(const QString &name) const;
    int contextCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Item;
    Item *itemFor(const QModelIndex &index) const;
    QVariant contextData(const Item &item, int column, int role) const;

    std::vector<std::unique_ptr<Item>> m_contexts;
    QString m_currentContext;
    QString m_activeContext;
};

} // namespace Ringside
