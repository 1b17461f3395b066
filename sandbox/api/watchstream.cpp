#include "watchstream.h"

#include "http/httpexchange.h"
#include "jsonutil.h"
#include "sandboxlog.h"
#include "tables.h"

#include <QRandomGenerator>

namespace Ringside::Sandbox {

WatchStream::WatchStream(HttpExchange *exchange, ResourceService *service, const TableConverter *tables,
                         const ResourceType &type, const QString &ns, const OutputFormat &format, QObject *parent)
    : QObject(parent)
    , m_exchange(exchange)
    , m_service(service)
    , m_tables(tables)
    , m_type(type)
    , m_ns(type.namespaced ? ns : QString())
    , m_format(format)
{}

WatchStream::~WatchStream() = default;

static ApiError invalidWatch(const FieldError &e)
{
    return ApiError::invalid(QStringLiteral("meta.k8s.io"), QStringLiteral("ListOptions"), QString(), {e});
}

WatchStream *WatchStream::start(HttpExchange *exchange, ResourceService *service, const TableConverter *tables,
                                const ResourceType &type, const QString &ns, const Options &options,
                                const OutputFormat &format, QObject *parent)
{
    QString error;
    const auto labels = LabelSelector::parse(options.list.labelSelector, &error);
    if (!labels) {
        sendError(exchange, ApiError::badRequest(error));
        return nullptr;
    }
    if (auto e = service->checkFieldSelector(type, options.list.fieldSelector)) {
        sendError(exchange, *e);
        return nullptr;
    }
    const QString match = options.list.resourceVersionMatch;
    if (options.hasSendInitialEvents && options.sendInitialEvents) {
        if (match != QLatin1String("NotOlderThan")) {
            sendError(exchange,
                      invalidWatch(FieldError::forbidden(
                          QStringLiteral("resourceVersionMatch"),
                          QStringLiteral("sendInitialEvents requires setting resourceVersionMatch to NotOlderThan"))));
            return nullptr;
        }
        if (!options.allowBookmarks) {
            sendError(exchange, invalidWatch(FieldError::forbidden(
                                    QStringLiteral("allowWatchBookmarks"),
                                    QStringLiteral("sendInitialEvents requires setting allowWatchBookmarks to true"))));
            return nullptr;
        }
    } else if (!match.isEmpty()) {
        sendError(
            exchange,
            invalidWatch(FieldError::forbidden(
                QStringLiteral("resourceVersionMatch"),
                QStringLiteral("resourceVersionMatch is forbidden for watch unless sendInitialEvents is provided"))));
        return nullptr;
    }
    quint64 from = 0;
    if (!options.list.resourceVersion.isEmpty()) {
        bool ok = false;
        from = options.list.resourceVersion.toULongLong(&ok);
        if (!ok) {
            sendError(exchange, ApiError::badRequest(
                                    QStringLiteral("invalid resource version: %1").arg(options.list.resourceVersion)));
            return nullptr;
        }
    }

    auto *w = new WatchStream(exchange, service, tables, type, ns, format, parent);
    w->m_labels = *labels;
    w->m_fields = *FieldSelector::parse(options.list.fieldSelector, &error);
    connect(exchange, &HttpExchange::clientGone, w, &WatchStream::finish);
    connect(exchange, &QObject::destroyed, w, &WatchStream::finish);
    exchange->beginStream(200, format.isTable() || format.isPartial() ? format.contentType()
                                                                      : QByteArrayLiteral("application/json"));

    ObjectStore *store = service->store();
    const bool initial = options.hasSendInitialEvents ? options.sendInitialEvents : from == 0;
    if (from != 0 && !options.sendInitialEvents) {
        const auto changes = store->changesSince(type.storageKey(), from);
        if (from > store->currentResourceVersion()) {
            w->sendErrorEvent(ApiError::timeout(QStringLiteral("Too large resource version: %1, current: %2")
                                                    .arg(from)
                                                    .arg(store->currentResourceVersion()),
                                                1));
            w->finish();
            return nullptr;
        }
        if (!changes) {
            w->sendErrorEvent(ApiError::expired(
                QStringLiteral("too old resource version: %1 (%2)").arg(from).arg(store->oldestReplayableVersion())));
            w->finish();
            return nullptr;
        }
        w->m_lastRv = from;
        for (const StoreEvent &e : *changes) {
            w->onStoreChanged(e);
        }
    } else if (initial) {
        for (const StoredObject *o : store->list(type.storageKey(), w->m_ns)) {
            if (w->matches(o->object)) {
                w->send("ADDED", o->object);
            }
        }
        w->m_lastRv = store->currentResourceVersion();
        if (options.sendInitialEvents) {
            w->sendBookmark(true);
        }
    } else {
        w->m_lastRv = store->currentResourceVersion();
    }
    connect(store, &ObjectStore::changed, w, &WatchStream::onStoreChanged);

    w->m_timeout.setSingleShot(true);
    const qint64 seconds
        = options.timeoutSeconds > 0 ? options.timeoutSeconds : 1800 + QRandomGenerator::global()->bounded(1800);
    w->m_timeout.setInterval(std::chrono::seconds(seconds));
    connect(&w->m_timeout, &QTimer::timeout, w, &WatchStream::finish);
    if (options.timeoutSeconds != 0) {
        w->m_timeout.start();
    }
    if (options.allowBookmarks) {
        w->m_bookmarks.setInterval(BookmarkIntervalSeconds * 1000);
        connect(&w->m_bookmarks, &QTimer::timeout, w, [w] { w->sendBookmark(false); });
        w->m_bookmarks.start();
    }
    if (options.timeoutSeconds == 0) {
        w->finish();
        return nullptr;
    }
    return w;
}

bool WatchStream::matches(const QJsonObject &stored) const
{
    if (!m_ns.isEmpty() && Json::ns(stored) != m_ns) {
        return false;
    }
    if (!m_labels.isEmpty() && !m_labels.matches(Json::meta(stored).value(QLatin1String("labels")).toObject())) {
        return false;
    }
    if (!m_fields.isEmpty()
        && !m_fields.matches([&](const QString &f) { return m_service->fieldValue(m_type, stored, f); })) {
        return false;
    }
    return true;
}

void WatchStream::onStoreChanged(const StoreEvent &event)
{
    if (m_finished || event.storageKey != m_type.storageKey() || event.resourceVersion <= m_lastRv) {
        return;
    }
    m_lastRv = event.resourceVersion;
    switch (event.type) {
    case StoreEvent::Type::Added:
        if (matches(event.object)) {
            send("ADDED", event.object);
        }
        break;
    case StoreEvent::Type::Modified: {
        const bool before = matches(event.previous);
        const bool after = matches(event.object);
        if (before && after) {
            send("MODIFIED", event.object);
        } else if (after) {
            send("ADDED", event.object);
        } else if (before) {
            send("DELETED", event.object);
        }
        break;
    }
    case StoreEvent::Type::Deleted:
        if (matches(event.previous)) {
            send("DELETED", event.object);
        }
        break;
    }
    if (m_exchange && m_exchange->pendingBytes() > MaxPendingBytes) {
        qCWarning(lcSandboxApi) << "dropping a watch whose client does not read";
        finish();
    }
}

void WatchStream::send(const char *type, const QJsonObject &stored)
{
    if (!m_exchange || m_finished) {
        return;
    }
    QByteArray object;
    if (m_format.isTable()) {
        const QJsonObject table = m_tables->table(
            m_type, {m_tables->row(m_type, stored, m_format)}, !m_headersSent,
            QJsonObject{{QLatin1String("resourceVersion"), Json::metaString(stored, QLatin1String("resourceVersion"))}},
            m_format);
        m_headersSent = true;
        object = toJsonBytes(table);
    } else if (m_format.isPartial()) {
        object = toJsonBytes(m_tables->partial(stored, m_format));
    } else {
        object = m_service->servedJson(m_type, ListItem{nullptr, stored}, true);
    }
    m_exchange->writeChunk("{\"type\":\"" + QByteArray(type) + "\",\"object\":" + object + "}\n");
}

void WatchStream::sendBookmark(bool initialEventsEnd)
{
    if (!m_exchange || m_finished) {
        return;
    }
    QJsonObject meta{{QLatin1String("resourceVersion"),
                      QString::number(std::max(m_lastRv, m_service->store()->currentResourceVersion()))},
                     {QLatin1String("creationTimestamp"), QJsonValue()}};
    if (initialEventsEnd) {
        meta.insert(QLatin1String("annotations"),
                    QJsonObject{{QLatin1String("k8s.io/initial-events-end"), QLatin1String("true")}});
    }
    QByteArray object;
    if (m_format.isTable()) {
        object = toJsonBytes(m_tables->table(m_type, {}, false, meta, m_format));
    } else {
        object = withTypeMeta(toJsonBytes(QJsonObject{{QLatin1String("metadata"), meta}}), m_type.kind,
                              m_type.apiVersion());
    }
    m_exchange->writeChunk("{\"type\":\"BOOKMARK\",\"object\":" + object + "}\n");
}

void WatchStream::sendErrorEvent(const ApiError &error)
{
    if (m_exchange) {
        m_exchange->writeChunk("{\"type\":\"ERROR\",\"object\":" + error.toJson() + "}\n");
    }
}

void WatchStream::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timeout.stop();
    m_bookmarks.stop();
    disconnect(m_service->store(), nullptr, this, nullptr);
    if (m_exchange && !m_exchange->isClientGone()) {
        m_exchange->endStream();
    }
    deleteLater();
}

} // namespace Ringside::Sandbox
