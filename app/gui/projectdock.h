#pragma once

#include <QDockWidget>

#include <functional>

class QLineEdit;
class QMenu;
class QModelIndex;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;

namespace Ringside {

class ProjectTreeModel;

/*! The project tree dock: a filter box over the ProjectTreeModel, keyboard navigable, with context menus. */
class ProjectDock : public QDockWidget
{
    Q_OBJECT
public:
    /*! What the tree offers to open for an item. */
    enum class Open { Yaml, Metrics, Logs };
    Q_ENUM(Open)

    explicit ProjectDock(ProjectTreeModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    void selectContext(const QString &name);
    /*! Expands \a name and its descendants down to \a depth levels. */
    void expandContext(const QString &name, int depth);

    /*! Adds actions for the item at \a index (an index of the ProjectTreeModel) to its context menu. */
    using MenuExtension = std::function<void(QMenu *menu, const QModelIndex &index)>;
    /*! Features (cluster pages, operations) add their entries to the context menu through this. */
    void addMenuExtension(MenuExtension extension) { m_extensions.push_back(std::move(extension)); }

Q_SIGNALS:
    /*! The user chose to work in \a context (double click, Enter, or the context menu). */
    void contextActivated(const QString &context);
    /*! The user asked to make \a context the kubeconfig's current-context. */
    void makeCurrentRequested(const QString &context);
    /*! The user expanded \a context, or a cluster with a datacenter in \a context, or asked to connect it (again). */
    void connectRequested(const QString &context, bool retry);
    void disconnectRequested(const QString &context);
    /*! The user activated (double click, Enter) a cluster item. */
    void clusterActivated(const QString &context, const QString &nameSpace, const QString &cluster);
    /*! The user asked to open \a what for the item at \a index (an index of the ProjectTreeModel). */
    void openRequested(Ringside::ProjectDock::Open what, const QModelIndex &index);

private:
    void showContextMenu(const QPoint &pos);
    void connectRemoteContexts(const QModelIndex &cluster);
    void applyFilter();

    ProjectTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QTimer *m_filterDebounce;
    std::vector<MenuExtension> m_extensions;
};

} // namespace Ringside
