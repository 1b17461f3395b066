#pragma once

#include "kubeconfig/kubeconfig.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Ringside {

class Informer;
class KubeClient;
class ProjectTreeModel;
class SharedInformers;
class ShellEnvironment;

/*! The live connections of the window: one KubeClient per connected context, and the shared informers that keep
    the project tree current (namespaces and CassandraDatacenters). Contexts connect lazily, when the user works in
    them or expands them; nothing authenticates at start-up. Not a singleton: the main window owns one.
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
    /*! The client of a connected context, or nullptr. */
    KubeClient *client(const QString &context) const;
    SharedInformers *informers() const { return m_informers; }

Q_SIGNALS:
    /*! A context connected (its first lists arrived), or failed with \a error (empty on success). */
    void connectionChanged(const QString &context, const QString &error);

private:
    struct Session;
    void rebuildTree(const QString &context);
    void fail(const QString &context, const QString &error);

    ProjectTreeModel *m_model;
    Kubeconfig m_config;
    std::shared_ptr<ShellEnvironment> m_shell;
    SharedInformers *m_informers;
    QHash<QString, std::shared_ptr<Session>> m_sessions;
};

} // namespace Ringside
