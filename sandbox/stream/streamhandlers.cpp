#include "streamhandlers.h"

#include "api/jsonutil.h"
#include "api/negotiation.h"
#include "api/requestinfo.h"
#include "api/resourceservice.h"
#include "http/httpexchange.h"
#include "store/objectstore.h"
#include "store/selectors.h"

#include <QJsonArray>
#include <QPointer>
#include <QUrl>

namespace Ringside::Sandbox {

StreamHandlers::StreamHandlers(ResourceService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    connect(service->store(), &ObjectStore::changed, this, &StreamHandlers::onStoreChanged);
}

StreamHandlers::~StreamHandlers() = default;

QStringList StreamHandlers::execProtocols()
{
    return {QStringLiteral("v5.channel.k8s.io"), QStringLiteral("v4.channel.k8s.io")};
}

void StreamHandlers::onStoreChanged(const StoreEvent &event)
{
    if (event.type == StoreEvent::Type::Deleted && event.storageKey == QLatin1String("/pods")) {
        m_runtime.removePod(Json::ns(event.previous), Json::name(event.previous));
    }
}

void StreamHandlers::handle(HttpExchange *exchange, const ResourceType &type, const RequestInfo &info, const UserInfo &)
{
    if (info.subresource == QLatin1String("proxy")) {
        handleProxy(exchange, type, info);
        return;
    }
    if (type.storageKey() != QLatin1String("/pods")) {
        sendError(exchange, ApiError::genericResponse(404, QStringLiteral("404: Page Not Found")));
        return;
    }
    const QByteArray method = exchange->request().method;
    if (info.subresource == QLatin1String("log")) {
        if (method != "GET") {
            sendError(exchange, ApiError::genericResponse(405, QStringLiteral("405: Method Not Allowed")));
            return;
        }
        handleLog(exchange, info.ns, info.name);
    } else if (info.subresource == QLatin1String("exec")) {
        handleExec(exchange, info.ns, info.name);
    } else if (info.subresource == QLatin1String("portforward")) {
        handlePortForward(exchange, info.ns, info.name);
    } else {
        sendError(exchange, ApiError::genericResponse(404, QStringLiteral("404: Page Not Found")));
    }
}

std::optional<QJsonObject> StreamHandlers::podOrReply(HttpExchange *exchange, const QString &ns, const QString &name)
{
    const StoredObject *o = m_service->store()->get(QStringLiteral("/pods"), ObjectStore::objectKey(ns, name));
    if (!o) {
        sendError(exchange, ApiError::notFound(QString(), QStringLiteral("pods"), name));
        return std::nullopt;
    }
    return o->object;
}

std::optional<QString> StreamHandlers::containerOrReply(HttpExchange *exchange, const QJsonObject &pod,
                                                        const QString &requested)
{
    const QString podName = Json::name(pod);
    QStringList containers;
    QStringList initContainers;
    for (const QJsonValue &c : Json::at(pod, u"spec.containers").toArray()) {
        containers.append(c.toObject().value(QLatin1String("name")).toString());
    }
    for (const QJsonValue &c : Json::at(pod, u"spec.initContainers").toArray()) {
        initContainers.append(c.toObject().value(QLatin1String("name")).toString());
    }
    if (requested.isEmpty()) {
        if (containers.size() == 1) {
            return containers.first();
        }
        QString message = QStringLiteral("a container name must be specified for pod %1, choose one of: [%2]")
                              .arg(podName, containers.join(u' '));
        if (!initContainers.isEmpty()) {
            message += QStringLiteral(" or one of the init containers: [%1]").arg(initContainers.join(u' '));
        }
        sendError(exchange, ApiError::badRequest(message));
        return std::nullopt;
    }
    if (!containers.contains(requested) && !initContainers.contains(requested)) {
        sendError(exchange,
                  ApiError::badRequest(QStringLiteral("container %1 is not valid for pod %2").arg(requested, podName)));
        return std::nullopt;
    }
    return requested;
}

static QJsonObject containerStatus(const QJsonObject &pod, const QString &container)
{
    for (const char *field : {"containerStatuses", "initContainerStatuses"}) {
        for (const QJsonValue &s :
             pod.value(QLatin1String("status")).toObject().value(QLatin1String(field)).toArray()) {
            if (s.toObject().value(QLatin1String("name")).toString() == container) {
                return s.toObject();
            }
        }
    }
    return {};
}

namespace {

/*! Follows one container log for a pods/log?follow=true request. */
class LogFollower : public QObject
{
public:
    LogFollower(HttpExchange *exchange, ContainerLog *log, bool timestamps, qint64 limitBytes, qint64 written)
        : QObject(exchange)
        , m_exchange(exchange)
        , m_timestamps(timestamps)
        , m_limit(limitBytes)
        , m_written(written)
    {
        connect(log, &ContainerLog::lineAppended, this, [this](const ContainerLog::Line &line) { write(line); });
        connect(log, &ContainerLog::closed, this, &LogFollower::end);
        connect(log, &QObject::destroyed, this, &LogFollower::end);
        connect(exchange, &HttpExchange::clientGone, this, [this] { m_exchange = nullptr; });
        if (log->isClosed()) {
            QMetaObject::invokeMethod(this, &LogFollower::end, Qt::QueuedConnection);
        }
    }
    void write(const ContainerLog::Line &line)
    {
        if (!m_exchange) {
            return;
        }
        QByteArray text
            = (m_timestamps ? line.time.toString(Qt::ISODateWithMs).toUtf8() + ' ' : QByteArray()) + line.text + '\n';
        if (m_limit > 0 && m_written + text.size() > m_limit) {
            text.truncate(m_limit - m_written);
        }
        m_written += text.size();
        m_exchange->writeChunk(text);
        if (m_limit > 0 && m_written >= m_limit) {
            end();
        }
    }
    void end()
    {
        if (m_exchange) {
            HttpExchange *e = m_exchange;
            m_exchange = nullptr;
            e->endStream();
        }
    }

private:
    QPointer<HttpExchange> m_exchange;
    bool m_timestamps;
    qint64 m_limit;
    qint64 m_written;
};

} // namespace

void StreamHandlers::handleLog(HttpExchange *exchange, const QString &ns, const QString &name)
{
    const HttpRequest &r = exchange->request();
    const auto pod = podOrReply(exchange, ns, name);
    if (!pod) {
        return;
    }
    const auto container = containerOrReply(exchange, *pod, r.queryValue(u"container"));
    if (!container) {
        return;
    }
    bool ok = false;
    const bool follow = parseGoBool(r.queryValue(u"follow"), &ok) && ok;
    const bool previous = parseGoBool(r.queryValue(u"previous"), &ok) && ok;
    const bool timestamps = parseGoBool(r.queryValue(u"timestamps"), &ok) && ok;
    QList<FieldError> errors;
    const auto number = [&](const char16_t *key, qint64 min, qint64 *out) {
        if (!r.hasQuery(key)) {
            return;
        }
        bool valid = false;
        *out = r.queryValue(key).toLongLong(&valid);
        if (!valid || *out < min) {
            errors.append(FieldError::invalid(QString::fromUtf16(key), r.queryValue(key),
                                              QStringLiteral("must be greater than %1").arg(min - 1)));
        }
    };
    qint64 tailLines = -1;
    qint64 sinceSeconds = -1;
    qint64 limitBytes = 0;
    number(u"tailLines", 0, &tailLines);
    number(u"sinceSeconds", 1, &sinceSeconds);
    number(u"limitBytes", 1, &limitBytes);
    QDateTime since;
    if (r.hasQuery(u"sinceTime")) {
        since = Json::parseTimestamp(r.queryValue(u"sinceTime"));
        if (!since.isValid()) {
            sendError(exchange, ApiError::badRequest(
                                    QStringLiteral("parsing time \"%1\" as \"2006-01-02T15:04:05Z07:00\": cannot parse")
                                        .arg(r.queryValue(u"sinceTime"))));
            return;
        }
        if (sinceSeconds >= 0) {
            errors.append(FieldError::forbidden(
                QString(), QStringLiteral("at most one of `sinceTime` or `sinceSeconds` may be specified")));
        }
    }
    if (!errors.isEmpty()) {
        sendError(exchange, ApiError::invalid(QString(), QStringLiteral("PodLogOptions"), name, errors));
        return;
    }
    if (sinceSeconds > 0) {
        since = QDateTime::currentDateTimeUtc().addSecs(-sinceSeconds);
    }
    if (Json::at(*pod, u"spec.nodeName").toString().isEmpty()) {
        exchange->respond(200, "text/plain", QByteArray());
        return;
    }
    if (previous && !m_runtime.hasLog(ns, name, *container, true)) {
        sendError(
            exchange,
            ApiError::badRequest(
                QStringLiteral("previous terminated container \"%1\" in pod \"%2\" not found").arg(*container, name)));
        return;
    }
    const QJsonObject status = containerStatus(*pod, *container);
    const QJsonObject waiting = Json::at(status, u"state.waiting").toObject();
    if (!previous
        && (status.isEmpty() ? Json::at(*pod, u"status.phase").toString() == QLatin1String("Pending")
                             : status.value(QLatin1String("state")).toObject().contains(QLatin1String("waiting")))) {
        sendError(exchange,
                  ApiError::badRequest(
                      QStringLiteral("container \"%1\" in pod \"%2\" is waiting to start: %3")
                          .arg(*container, name,
                               waiting.value(QLatin1String("reason")).toString(QStringLiteral("ContainerCreating")))));
        return;
    }
    ContainerLog *log = m_runtime.log(ns, name, *container, previous);
    std::deque<ContainerLog::Line> lines;
    for (const ContainerLog::Line &line : log->lines()) {
        if (!since.isValid() || line.time >= since) {
            lines.push_back(line);
        }
    }
    while (tailLines >= 0 && qint64(lines.size()) > tailLines) {
        lines.pop_front();
    }
    QByteArray body;
    for (const ContainerLog::Line &line : lines) {
        if (timestamps) {
            body += line.time.toString(Qt::ISODateWithMs).toUtf8() + ' ';
        }
        body += line.text + '\n';
    }
    if (limitBytes > 0 && body.size() > limitBytes) {
        body.truncate(limitBytes);
    }
    if (!follow || previous || (limitBytes > 0 && body.size() >= limitBytes)) {
        exchange->respond(200, "text/plain", body);
        return;
    }
    exchange->beginStream(200, "text/plain");
    exchange->writeChunk(body);
    new LogFollower(exchange, log, timestamps, limitBytes, body.size());
}

void StreamHandlers::handleProxy(HttpExchange *exchange, const ResourceType &type, const RequestInfo &info)
{
    // name[:port] or scheme:name:port
    QStringList nameParts = info.name.split(u':');
    if (nameParts.size() == 3) {
        nameParts.removeFirst();
    }
    const QString name = nameParts.value(0);
    const QString portText = nameParts.value(1);
    const QString path = u'/' + info.parts.mid(3).join(u'/')
                         + (info.path.endsWith(u'/') && info.parts.size() > 3 ? QStringLiteral("/") : QString());
    if (type.storageKey() == QLatin1String("/pods")) {
        const auto pod = podOrReply(exchange, info.ns, name);
        if (!pod) {
            return;
        }
        int port = portText.isEmpty() ? 80 : portText.toInt();
        for (const QJsonValue &c : Json::at(*pod, u"spec.containers").toArray()) {
            for (const QJsonValue &p : c.toObject().value(QLatin1String("ports")).toArray()) {
                if (p.toObject().value(QLatin1String("name")).toString() == portText) {
                    port = int(p.toObject().value(QLatin1String("containerPort")).toInteger());
                }
            }
        }
        proxyTo(exchange, info.ns, name, port, path, QString());
        return;
    }
    if (type.storageKey() != QLatin1String("/services")) {
        sendError(exchange, ApiError::genericResponse(404, QStringLiteral("404: Page Not Found")));
        return;
    }
    const StoredObject *svc
        = m_service->store()->get(QStringLiteral("/services"), ObjectStore::objectKey(info.ns, name));
    if (!svc) {
        sendError(exchange, ApiError::notFound(QString(), QStringLiteral("services"), name));
        return;
    }
    const QJsonObject spec = svc->object.value(QLatin1String("spec")).toObject();
    const QJsonArray ports = spec.value(QLatin1String("ports")).toArray();
    QJsonObject servicePort;
    for (const QJsonValue &p : ports) {
        const QJsonObject po = p.toObject();
        if (portText.isEmpty() ? ports.size() == 1
                               : (po.value(QLatin1String("name")).toString() == portText
                                  || QString::number(po.value(QLatin1String("port")).toInteger()) == portText)) {
            servicePort = po;
        }
    }
    const QString unavailable = QStringLiteral("no endpoints available for service \"%1\"").arg(name);
    const auto serviceUnavailable = [&](const QString &message) {
        sendError(exchange, ApiError{503, QStringLiteral("ServiceUnavailable"), message, {}, {}, false});
    };
    if (servicePort.isEmpty()) {
        serviceUnavailable(unavailable);
        return;
    }
    // The first running pod the selector picks serves the request.
    const LabelSelector selector = LabelSelector::fromMap(spec.value(QLatin1String("selector")).toObject());
    if (selector.isEmpty()) {
        serviceUnavailable(unavailable);
        return;
    }
    for (const StoredObject *p : m_service->store()->list(QStringLiteral("/pods"), info.ns)) {
        if (!selector.matches(Json::meta(p->object).value(QLatin1String("labels")).toObject())
            || Json::at(p->object, u"status.phase").toString() != QLatin1String("Running")
            || !Json::metaString(p->object, QLatin1String("deletionTimestamp")).isEmpty()) {
            continue;
        }
        const QJsonValue target = servicePort.value(QLatin1String("targetPort"));
        int port = int(target.toInteger(servicePort.value(QLatin1String("port")).toInteger()));
        if (target.isString()) {
            port = -1;
            for (const QJsonValue &c : Json::at(p->object, u"spec.containers").toArray()) {
                for (const QJsonValue &cp : c.toObject().value(QLatin1String("ports")).toArray()) {
                    if (cp.toObject().value(QLatin1String("name")) == target) {
                        port = int(cp.toObject().value(QLatin1String("containerPort")).toInteger());
                    }
                }
            }
            if (port < 0) {
                continue;
            }
        }
        proxyTo(exchange, info.ns, Json::name(p->object), port, path, unavailable);
        return;
    }
    serviceUnavailable(unavailable);
}

void StreamHandlers::proxyTo(HttpExchange *exchange, const QString &ns, const QString &pod, int port,
                             const QString &path, const QString &)
{
    const PodRuntime::HttpPortHandler handler = m_runtime.httpPort(ns, pod, port);
    if (!handler) {
        const StoredObject *p = m_service->store()->get(QStringLiteral("/pods"), ObjectStore::objectKey(ns, pod));
        const QString ip = p ? Json::at(p->object, u"status.podIP").toString() : QString();
        sendError(exchange,
                  ApiError{503,
                           QStringLiteral("ServiceUnavailable"),
                           QStringLiteral("error trying to reach service: dial tcp %1:%2: connect: connection refused")
                               .arg(ip.isEmpty() ? pod : ip)
                               .arg(port),
                           {},
                           {},
                           false});
        return;
    }
    HttpRequest forwarded = exchange->request();
    forwarded.path = path;
    const QByteArray target = exchange->request().target;
    const qsizetype q = target.indexOf('?');
    forwarded.target = QUrl::toPercentEncoding(path, "/") + (q >= 0 ? target.mid(q) : QByteArray());
    const PortHttpResponse response = handler(forwarded);
    QByteArray contentType = "text/plain; charset=utf-8";
    for (const auto &[name, value] : response.headers) {
        if (name.compare("content-type", Qt::CaseInsensitive) == 0) {
            contentType = value;
        } else if (name.compare("content-length", Qt::CaseInsensitive) != 0) {
            exchange->addHeader(name, value);
        }
    }
    exchange->respond(response.status, contentType, response.body);
}

} // namespace Ringside::Sandbox
