#include "apiserver.h"

#include "discovery.h"
#include "openapi.h"
#include "registry.h"
#include "sandboxlog.h"
#include "store/objectstore.h"
#include "stream/streamhandlers.h"
#include "tables.h"
#include "watchstream.h"

#include <QJsonDocument>
#include <QSslSocket>

namespace Ringside::Sandbox {

ApiServer::ApiServer(ResourceService *service, Authenticator *authenticator, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_authenticator(authenticator)
    , m_discovery(std::make_unique<Discovery>(service->registry()))
    , m_openApi(std::make_unique<OpenApi>(service->registry(), service->schemas()))
    , m_tables(std::make_unique<TableConverter>(service))
    , m_streams(std::make_unique<StreamHandlers>(service))
{
    m_uptime.start();
}

ApiServer::~ApiServer() = default;

QJsonObject ApiServer::versionInfo()
{
    return {{QLatin1String("major"), QLatin1String("1")},
            {QLatin1String("minor"), QLatin1String("32")},
            {QLatin1String("gitVersion"), QLatin1String("v1.32.0")},
            {QLatin1String("gitCommit"), QLatin1String("ringside-sandbox-" RINGSIDE_VERSION)},
            {QLatin1String("gitTreeState"), QLatin1String("clean")},
            {QLatin1String("buildDate"), QLatin1String("2024-12-11T17:59:15Z")},
            {QLatin1String("goVersion"), QLatin1String("go1.23.3")},
            {QLatin1String("compiler"), QLatin1String("gc")},
            {QLatin1String("platform"), QLatin1String("linux/amd64")}};
}

int ApiServer::activeWatchCount() const
{
    int n = 0;
    for (const QPointer<WatchStream> &w : m_watches) {
        n += w ? 1 : 0;
    }
    return n;
}

bool ApiServer::authenticate(HttpExchange *exchange, UserInfo *user)
{
    const Authenticator::Result r = m_authenticator->authenticate(exchange->peerCertificateChain(),
                                                                  exchange->request().header("authorization"), user);
    if (r == Authenticator::Result::Failed) {
        sendError(exchange, ApiError::unauthorized());
        return false;
    }
    return true;
}

bool ApiServer::authorize(HttpExchange *exchange, const RequestInfo &info, const UserInfo &user)
{
    RequestAttributes a;
    a.user = user;
    a.verb = info.verb;
    // A WebSocket upgrade to exec, attach or portforward is a GET but is authorized as "create"
    // (AuthorizePodWebsocketUpgradeCreatePermission, on by default since 1.30).
    if (info.isResourceRequest && info.resource == QLatin1String("pods") && info.verb == QLatin1String("get")
        && (info.subresource == QLatin1String("exec") || info.subresource == QLatin1String("attach")
            || info.subresource == QLatin1String("portforward"))) {
        a.verb = QStringLiteral("create");
    }
    a.resourceRequest = info.isResourceRequest;
    a.path = info.path;
    a.apiGroup = info.apiGroup;
    a.apiVersion = info.apiVersion;
    a.resource = info.resource;
    a.subresource = info.subresource;
    a.ns = info.ns;
    a.name = info.name;
    if (m_authorizer.authorize(a).allowed) {
        return true;
    }
    const QString message = Authorizer::forbiddenMessage(a);
    if (info.isResourceRequest) {
        sendError(exchange, ApiError::forbidden(info.apiGroup, info.resource, info.name, message));
    } else {
        sendError(exchange, ApiError::forbidden(QString(), QString(), QString(), message));
    }
    return false;
}

void ApiServer::notFoundPlain(HttpExchange *exchange)
{
    exchange->respond(404, "text/plain; charset=utf-8", "404 page not found\n");
}

void ApiServer::handle(HttpExchange *exchange)
{
    const HttpRequest &request = exchange->request();
    qCDebug(lcSandboxApi) << request.method << request.target;
    UserInfo user;
    if (!authenticate(exchange, &user)) {
        return;
    }
    Call call{exchange, RequestInfo::parse(request), user, nullptr, OutputFormat()};
    if (!authorize(exchange, call.info, user)) {
        return;
    }
    if (!call.info.isResourceRequest) {
        handleNonResource(exchange, call.info);
        return;
    }
    handleResource(call);
}

static void sendJson(HttpExchange *exchange, int status, const QJsonObject &object,
                     const QByteArray &contentType = "application/json")
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    exchange->respond(status, contentType,
                      prefersPretty(exchange->request().header("user-agent")) ? indentJson(json) : json + '\n');
}

void ApiServer::handleNonResource(HttpExchange *exchange, const RequestInfo &info)
{
    const HttpRequest &request = exchange->request();
    QString path = request.path;
    if (path.size() > 1 && path.endsWith(u'/')) {
        path.chop(1);
    }
    if (request.method != "GET" && request.method != "HEAD") {
        if (path == QLatin1String("/api") || path == QLatin1String("/apis") || path.startsWith(QLatin1String("/api/"))
            || path.startsWith(QLatin1String("/apis/"))) {
            sendError(exchange, ApiError::genericResponse(405, QStringLiteral("405: Method Not Allowed")));
        } else {
            notFoundPlain(exchange);
        }
        return;
    }
    Q_UNUSED(info)
    if (path == QLatin1String("/version")) {
        sendJson(exchange, 200, versionInfo());
        return;
    }
    for (const char *health : {"/healthz", "/livez", "/readyz"}) {
        const QLatin1String h(health);
        if (path == h || path.startsWith(h + u'/')) {
            if (request.hasQuery(u"verbose")) {
                QByteArray body = "[+]ping ok\n[+]log ok\n[+]etcd ok\n";
                body += QByteArray(health + 1) + " check passed\n";
                exchange->respond(200, "text/plain; charset=utf-8", body);
            } else {
                exchange->respond(200, "text/plain; charset=utf-8", "ok");
            }
            return;
        }
    }
    const Registry *registry = m_service->registry();
    const QByteArray accept = request.header("accept");
    if (path == QLatin1String("/api") || path == QLatin1String("/apis")) {
        QString aggregatedVersion;
        const QByteArray contentType = Discovery::aggregatedContentType(accept, &aggregatedVersion);
        exchange->addHeader("Vary", "Accept");
        if (!contentType.isEmpty()) {
            sendJson(exchange, 200, m_discovery->aggregated(path == QLatin1String("/api"), aggregatedVersion),
                     contentType);
            return;
        }
        if (path == QLatin1String("/api")) {
            const QByteArray host = request.header("host");
            sendJson(exchange, 200,
                     m_discovery->apiVersions(QString::fromLatin1(host.isEmpty() ? QByteArray("127.0.0.1") : host)));
        } else {
            sendJson(exchange, 200, m_discovery->apiGroupList());
        }
        return;
    }
    const QStringList parts = path.mid(1).split(u'/');
    if (parts.first() == QLatin1String("api") && parts.size() == 2) {
        const QJsonObject list = m_discovery->apiResourceList(QString(), parts.at(1));
        if (list.isEmpty()) {
            notFoundPlain(exchange);
        } else {
            sendJson(exchange, 200, list);
        }
        return;
    }
    if (parts.first() == QLatin1String("apis") && (parts.size() == 2 || parts.size() == 3)) {
        const QJsonObject doc = parts.size() == 2 ? m_discovery->apiGroup(parts.at(1))
                                                  : m_discovery->apiResourceList(parts.at(1), parts.at(2));
        if (doc.isEmpty()) {
            notFoundPlain(exchange);
        } else {
            sendJson(exchange, 200, doc);
        }
        return;
    }
    if (path == QLatin1String("/openapi/v2")) {
        if (!accept.isEmpty() && !accept.contains("json") && !accept.contains("*/*")) {
            sendError(exchange, ApiError::notAcceptable());
            return;
        }
        exchange->addHeader("Vary", "Accept");
        exchange->respond(200, "application/json", m_openApi->v2());
        return;
    }
    if (path == QLatin1String("/openapi/v3")) {
        exchange->respond(200, "application/json", m_openApi->v3Index());
        return;
    }
    if (path.startsWith(QLatin1String("/openapi/v3/"))) {
        QString hash;
        const QByteArray doc = m_openApi->v3Document(path.mid(12), &hash);
        if (doc.isEmpty()) {
            notFoundPlain(exchange);
            return;
        }
        const QString requested = request.queryValue(u"hash");
        if (!requested.isEmpty() && requested != hash) {
            exchange->addHeader(
                "Location",
                QString(QLatin1String("/openapi/v3/") + path.mid(12) + QLatin1String("?hash=") + hash).toUtf8());
            exchange->respond(301, "text/plain; charset=utf-8", QByteArray());
            return;
        }
        exchange->addHeader("Etag", '"' + hash.toLatin1() + '"');
        if (!requested.isEmpty()) {
            exchange->addHeader("Expires", "Fri, 01 Jan 2100 00:00:00 GMT");
        }
        exchange->respond(200, "application/json", doc);
        return;
    }
    Q_UNUSED(registry)
    notFoundPlain(exchange);
}

void ApiServer::handleResource(Call &call)
{
    const RequestInfo &info = call.info;
    HttpExchange *exchange = call.exchange;
    const Registry *registry = m_service->registry();
    const ResourceType *type = registry->find(info.apiGroup, info.apiVersion, info.resource);
    const bool builtinGv = registry->isBuiltinGroupVersion(info.apiGroup, info.apiVersion);
    const auto noRoute = [&](int code) {
        if (builtinGv) {
            sendError(exchange,
                      ApiError::genericResponse(code, code == 404 ? QStringLiteral("404: Page Not Found")
                                                                  : QStringLiteral("405: Method Not Allowed")));
        } else {
            notFoundPlain(exchange);
        }
    };
    if (!type) {
        noRoute(404);
        return;
    }
    call.type = type;
    // Route shape: namespaced resources live under /namespaces/NS/ (except list/watch across namespaces).
    const bool underNamespace
        = info.parts.size() != 0 && info.ns.size() > 0 && info.resource != QLatin1String("namespaces");
    const int depth = int(info.parts.size()); // 1: collection, 2: item, 3+: subresource
    if (type->namespaced && !underNamespace && depth != 1) {
        noRoute(404);
        return;
    }
    if (!type->namespaced && underNamespace) {
        noRoute(404);
        return;
    }
    const QByteArray method = exchange->request().method;
    const bool createOnly = type->verbs == QStringList{QStringLiteral("create")};
    const auto allowed = [&](const char *verb) { return type->verbs.contains(QLatin1String(verb)); };

    const auto format = negotiateOutput(exchange->request().header("accept"), !createOnly);
    if (!format) {
        sendError(exchange, ApiError::notAcceptable());
        return;
    }
    call.format = *format;
    call.format.pretty
        = exchange->request().queryValue(u"pretty") == QLatin1String("true")
          || (!exchange->request().hasQuery(u"pretty") && prefersPretty(exchange->request().header("user-agent")));
    const QString include = exchange->request().queryValue(u"includeObject");
    if (include == QLatin1String("None")) {
        call.format.includeObject = OutputFormat::IncludeObject::None;
    } else if (include == QLatin1String("Object")) {
        call.format.includeObject = OutputFormat::IncludeObject::Object;
    }

    if (depth == 1) {
        if (info.legacyWatchPrefix) {
            handleWatch(call);
        } else if (method == "GET" || method == "HEAD") {
            if (createOnly) {
                noRoute(405);
            } else if (info.verb == QLatin1String("watch")) {
                handleWatch(call);
            } else {
                handleList(call);
            }
        } else if (method == "POST" && (allowed("create")) && (underNamespace || !type->namespaced)) {
            if (createOnly) {
                handleReview(call);
            } else {
                handleCreate(call);
            }
        } else if (method == "DELETE" && allowed("deletecollection") && (underNamespace || !type->namespaced)) {
            handleDeleteCollection(call);
        } else {
            noRoute(405);
        }
        return;
    }
    if (createOnly) {
        noRoute(404);
        return;
    }
    if (depth == 2) {
        if (info.legacyWatchPrefix) {
            handleWatch(call);
        } else if (method == "GET" || method == "HEAD") {
            handleGet(call);
        } else if (method == "PUT") {
            handleUpdate(call);
        } else if (method == "PATCH") {
            handlePatch(call);
        } else if (method == "DELETE") {
            handleDelete(call);
        } else {
            noRoute(405);
        }
        return;
    }
    const QString sub = info.subresource;
    if (!type->hasSubresource(sub) || (depth > 3 && sub != QLatin1String("proxy"))) {
        noRoute(404);
        return;
    }
    if (sub == QLatin1String("status")) {
        if (method == "GET") {
            handleGet(call);
        } else if (method == "PUT") {
            handleUpdate(call);
        } else if (method == "PATCH") {
            handlePatch(call);
        } else {
            noRoute(405);
        }
        return;
    }
    if (sub == QLatin1String("finalize")) {
        if (method == "PUT") {
            handleUpdate(call);
        } else {
            noRoute(405);
        }
        return;
    }
    if (sub == QLatin1String("scale")) {
        handleScale(call);
        return;
    }
    m_streams->handle(exchange, *type, info, call.user);
}

} // namespace Ringside::Sandbox
