#pragma once

#include "auth/authenticator.h"
#include "http/httpexchange.h"
#include "negotiation.h"
#include "requestinfo.h"
#include "resourceservice.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Ringside::Sandbox {

class Discovery;
class OpenApi;
class StreamHandlers;
class TableConverter;
class WatchStream;

/*! The kube-apiserver's HTTP face: authentication, authorization, routing by RequestInfo, content negotiation,
    discovery and OpenAPI, CRUD and watch over ResourceService, and the streaming subresources. \since 0.1 */
class ApiServer : public QObject, public HttpHandler
{
    Q_OBJECT
public:
    ApiServer(ResourceService *service, Authenticator *authenticator, QObject *parent = nullptr);
    ~ApiServer() override;

    void handle(HttpExchange *exchange) override;

    ResourceService *service() const { return m_service; }
    StreamHandlers *streams() const { return m_streams.get(); }
    /*! The version /version reports (gitVersion "v1.32.0-ringside" ...). */
    static QJsonObject versionInfo();
    /*! Open watch streams (for measurements and tests). */
    int activeWatchCount() const;

private:
    struct Call
    {
        HttpExchange *exchange;
        RequestInfo info;
        UserInfo user;
        const ResourceType *type = nullptr;
        OutputFormat format;
    };

    bool authenticate(HttpExchange *exchange, UserInfo *user);
    bool authorize(HttpExchange *exchange, const RequestInfo &info, const UserInfo &user);
    void handleNonResource(HttpExchange *exchange, const RequestInfo &info);
    void handleResource(Call &call);
    void notFoundPlain(HttpExchange *exchange);

    // resourcehandlers.cpp
    void handleGet(Call &call);
    void handleList(Call &call);
    void handleWatch(Call &call);
    void handleCreate(Call &call);
    void handleUpdate(Call &call);
    void handlePatch(Call &call);
    void handleDelete(Call &call);
    void handleDeleteCollection(Call &call);
    void handleScale(Call &call);
    void handleReview(Call &call);
    void sendObjectResult(Call &call, const ObjectResult &result);
    void sendList(Call &call, const ListResult &result);
    std::optional<QJsonObject> readBody(Call &call);
    std::optional<WriteOptions> writeOptions(Call &call);
    ListOptions listOptions(const HttpRequest &request) const;

    ResourceService *m_service;
    Authenticator *m_authenticator;
    Authorizer m_authorizer;
    std::unique_ptr<Discovery> m_discovery;
    std::unique_ptr<OpenApi> m_openApi;
    std::unique_ptr<TableConverter> m_tables;
    std::unique_ptr<StreamHandlers> m_streams;
    QList<QPointer<WatchStream>> m_watches;
    QElapsedTimer m_uptime;
};

} // namespace Ringside::Sandbox
