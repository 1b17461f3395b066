#pragma once

#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kube/sharedinformers.h"
#include "kubeconfig/kubeconfig.h"

#include <QHash>
#include <QObject>

#include <map>
#include <memory>

namespace Ringside {

class ShellEnvironment;

/*! One KubeClient (and Discovery) per kubeconfig context, created lazily: a context is resolved, and its
    credentials fetched, only when something first uses it, never for every context at start-up (an exec plugin
    with a device-code login would otherwise block everything). Also owns the application's SharedInformers.
    Not a singleton: the application (or the CLI) owns one. \since 0.1 */
class ClientPool : public QObject
{
    Q_OBJECT
public:
    explicit ClientPool(std::shared_ptr<ShellEnvironment> shell = {}, const ClientOptions &options = {}, QObject *parent = nullptr);
    ~ClientPool() override;

    /*! Replaces the kubeconfig. Clients of contexts whose cluster, user or namespace changed are dropped
        (clientDropped()); the others stay. */
    void setKubeconfig(const Kubeconfig &config);
    const Kubeconfig &kubeconfig() const { return m_config; }

    /*! The client of \a context (the current context when empty), created on first use. Nothing is contacted yet.
        Returns nullptr with \a error when the context cannot be used. */
    KubeClient *client(const QString &context, QString *error);
    /*! The discovery of \a context's cluster. */
    Discovery *discovery(const QString &context, QString *error);
    /*! A shared informer on \a context. */
    std::shared_ptr<Informer> informer(const QString &context, const InformerOptions &options, QString *error);
    SharedInformers *informers() { return &m_informers; }

    /*! Contexts that have a client now. */
    QStringList activeContexts() const;

Q_SIGNALS:
    void clientCreated(const QString &context);
    /*! The client of \a context was dropped (its kubeconfig entry changed or disappeared): get a new one. */
    void clientDropped(const QString &context);

private:
    struct Entry
    {
        QByteArray fingerprint;
        std::unique_ptr<KubeClient> client;
        std::unique_ptr<Discovery> discovery;
    };
    QByteArray fingerprint(const QString &context) const;
    QString resolveName(const QString &context) const;

    Kubeconfig m_config;
    std::shared_ptr<ShellEnvironment> m_shell;
    ClientOptions m_options;
    SharedInformers m_informers;
    std::map<QString, Entry> m_entries;
};

} // namespace Ringside
