#pragma once

#include "kube/discovery.h"
#include "kube/kubeclient.h"

#include <functional>
#include <optional>

namespace Ringside {

/*! A blocking wrapper for the CLI ONLY: each call runs a local QEventLoop until its request finishes.

    The GUI must never use it: a nested event loop on the GUI thread re-enters the application's event handling
    (STYLE: no nested event loops). It refuses to work (returning a Config error) when the application object
    is a QGuiApplication. Everything else should use KubeClient's asynchronous API. \since 0.1 */
class BlockingClient
{
public:
    /*! The outcome of one call: a response or an error. */
    struct Result
    {
        std::optional<KubeResponse> response;
        std::optional<KubeError> error;
        bool ok() const { return response.has_value(); }
    };

    explicit BlockingClient(KubeClient *client);

    /*! Runs \a start (which issues one asynchronous call with the given context and handlers) to completion. */
    Result wait(const std::function<RequestHandle(const QObject *, ResponseHandler, ErrorHandler)> &start) const;

    Result send(const KubeRequest &request) const;
    Result get(const ResourceRef &ref) const;
    Result list(const ResourceRef &ref, const ListOptions &options = {}) const;
    Result listAll(const ResourceRef &ref, const ListOptions &options = {}) const;
    Result create(const ResourceRef &ref, const QJsonObject &object, const WriteOptions &options = {}) const;
    Result update(const ResourceRef &ref, const QJsonObject &object, const WriteOptions &options = {}) const;
    Result remove(const ResourceRef &ref, const DeleteOptions &options = {}) const;
    Result patch(const ResourceRef &ref, PatchType type, const QByteArray &patch, const WriteOptions &options = {}) const;
    Result apply(const ResourceRef &ref, const QByteArray &manifest, const ApplyOptions &options = {}) const;

    /*! Resolves a resource name through \a discovery, blocking. */
    std::optional<ApiResource> resolve(Discovery *discovery, const QString &name, KubeError *error) const;

    /*! False (with \a error) inside a GUI application. */
    static bool allowed(KubeError *error);

private:
    KubeClient *m_client;
};

} // namespace Ringside
