#pragma once

#include "kubeconfig/kubeconfig.h"

#include <QAbstractItemModel>
#include <QSet>

#include <memory>
#include <vector>

namespace Ringside {

struct TreeNodeData;

/*! The project tree: contexts > projects (namespaces) > clusters > datacenters > racks > nodes, filled from
    informers (see buildTrees()). A cluster whose datacenters live in several contexts is shown once, under its
    control plane's context; its datacenters in other contexts answer ContextNameRole with their own context.
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
        NamespaceRole,               //!< the namespace of a project, cluster or datacenter
        ObjectNameRole,              //!< the Kubernetes object name (a datacenter's CassandraDatacenter)
        ReadOnlyRole,                //!< bool: the item's context is marked read-only (no write actions)
        RemoteContextRole,           //!< a datacenter (rack, node) of a multi-context cluster living in another context
                                     //!< than the one it is shown under: that context (also its ContextNameRole); else empty
        TreeContextRole,             //!< the context an item is shown under (the top-level item above it)
    };

    explicit ProjectTreeModel(QObject *parent = nullptr);
    ~ProjectTreeModel() override;

    /*! Replaces the contexts with those of \a config (a model reset). */
    void setKubeconfig(const Kubeconfig &config);
    /*! Marks \a name as the context Ringside works in. */
    void setActiveContext(const QString &name);
    QString activeContext() const { return m_activeContext; }
    void setConnectionState(const QString &context, ConnectionState state, const QString &errorText = QString());

    /*! Replaces what is shown below \a context with \a children (projects > clusters > datacenters), changing
        only what differs, so selection and expansion survive live updates. */
    void setContextTree(const QString &context, const QList<TreeNodeData> &children);

    /*! Marks \a contexts read-only: a "read-only" badge on the context and ReadOnlyRole on every item below it. */
    void setReadOnlyContexts(const QSet<QString> &contexts);
    bool isReadOnly(const QString &context) const { return m_readOnly.contains(context); }

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
    QVariant nodeData(const Item &item, int column, int role) const;
    void syncChildren(Item *parent, const QModelIndex &parentIndex, const QList<TreeNodeData> &wanted);
    std::unique_ptr<Item> makeItem(const TreeNodeData &data, Item *parent, int row) const;
    static const Item *contextOf(const Item *item);

    std::vector<std::unique_ptr<Item>> m_contexts;
    QString m_currentContext;
    QString m_activeContext;
    QSet<QString> m_readOnly;
};

} // namespace Ringside
