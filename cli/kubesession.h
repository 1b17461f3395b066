#pragma once

#include "command.h"

#include "kube/blockingclient.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kube/shellenvironment.h"

#include <memory>
#include <optional>

namespace Ringside::Cli {

/*! A connection to the cluster of the chosen kubeconfig context, for one command: the client, discovery and the
    blocking wrapper (the CLI's only way to wait). Prints problems as kubectl does. \since 0.1 */
class KubeSession
{
public:
    explicit KubeSession(Invocation &inv);
    ~KubeSession();

    /*! Loads the kubeconfig and resolves the context; prints the error and returns false when it cannot be used. */
    bool open();

    KubeClient *client() const { return m_client.get(); }
    Discovery *discovery() const { return m_discovery.get(); }
    const BlockingClient &blocking() const { return *m_blocking; }
    ShellEnvironment *shell() const { return m_shell.get(); }
    /*! -n, else the context's namespace, else "default". */
    QString nameSpace() const { return m_nameSpace; }
    bool namespaceExplicit() const { return !m_inv.options.nameSpace.isEmpty(); }

    /*! Resolves a kubectl resource name; prints kubectl's error and returns nothing when unknown. */
    std::optional<ApiResource> resolve(const QString &name);
    /*! Resolves a manifest's apiVersion and kind, fetching discovery again once when unknown. */
    std::optional<ApiResource> resolveKind(const QString &apiVersion, const QString &kind, KubeError *error);

    /*! Gets a pod of the session's namespace (NAME or pod/NAME); prints the error and returns nothing on failure. */
    std::optional<QJsonObject> pod(const QString &name);
    /*! The container to use in \a pod: \a requested, else the kubectl.kubernetes.io/default-container annotation, else
        the first, saying so on stderr when there are several, as kubectl does. Empty (and an error printed) when
        \a requested is not in the pod. */
    QString container(const QJsonObject &pod, const QString &requested);

    /*! Prints \a error as kubectl does (`Error from server (Reason): ...` or `error: ...`) and returns 1. */
    int report(const KubeError &error) const;

private:
    Invocation &m_inv;
    std::shared_ptr<ShellEnvironment> m_shell;
    std::unique_ptr<KubeClient> m_client;
    std::unique_ptr<Discovery> m_discovery;
    std::unique_ptr<BlockingClient> m_blocking;
    QString m_nameSpace;
};

/*! kubectl's name of an object for `-o name` and messages: "configmap/x", "deployment.apps/web". \since 0.1 */
QString kindSlashName(const QString &kind, const QString &group, const QString &name);

} // namespace Ringside::Cli
