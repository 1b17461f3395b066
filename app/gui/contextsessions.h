#pragma once

#include "kubeconfig/kubeconfig.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Ringside {

class Informer;
class KubeClient;
class ProjectTreeModel;
class SharedInformers;
class ShellEnvironment;

/*! The live connections of the window: one KubeClient per connected context, and the shared informers that keep
    the project tree current (namespaces, CassandraDatacenters, cass-operator's pods, and where served the
    MissionControlCluster, K8ssandraCluster and ClientConfig objects). The tree of every context is rebuilt from
    all connected contexts at once (coalesced), so that a cluster whose datacenters live in several contexts
    appears once. Contexts connect lazily, when the user works in them or expands them (or a cluster with a
    datacenter in them); nothing authenticates at start-up. Not a singleton: the main window owns one.
    \since 0.1 */
class ContextSessions : public QObject
{
    Q_OBJECT
public:
    ContextSessions(ProjectTreeModel *model, QObject *parent = nullptr);
    ~ContextSessions() override;

    /*! Uses \a config from now on; sessions of contexts that changed or disappeared are closed. */
    void setKubeconfig(const Kubeconfig &config);

    /*! Connects \a context (no-op when connected or connecting). */
    void connectContext(const QString &context);
    /*! Closes \a context's watches and client. */
    void disconnectContext(const QString &context);
    /*! Drops a failed session and connects again. */
    void retry(const QString &context);

    bool isConnected(const QString &context) const;
    /*! The connection state of \a context as the tree shows it, and the error when it failed. */
    QString errorText(const QString &context) const;
    /*! The client of a connected context, or nullptr. */
    KubeClient *client(const QString &context) const;
    SharedInformers *informers() const { return m_informers; }

Q_SIGNALS:
    /*! A context connected (its first lists arrived), or failed with \a error (empty on success). */
    void connectionChanged(const QString &context, const QString &error);

private:
    struct Session;
    /*! Rebuilds every context's tree soon (changes of any context may move a datacenter between contexts). */
    void rebuildTree(const QString &context);
    void rebuildAll();
    void fail(const QString &context, const QString &error);
    void reportConnected(const QString &context);
    void watchOptional(const std::shared_ptr<Session> &session, const QString &context, std::shared_ptr<Informer> *slot,
                       const QString &group, const QString &version, const QString &resource);

    ProjectTreeModel *m_model;
    QTimer m_rebuild;
    Kubeconfig m_config;
    std::shared_ptr<ShellEnvironment> m_shell;
    SharedInformers *m_informers;
    QHash<QString, std::shared_ptr<Session>> m_sessions;
};

} // namespace Ringside
