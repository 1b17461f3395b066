#pragma once

#include "negotiation.h"
#include "resourceservice.h"
#include "store/objectstore.h"
#include "store/selectors.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Ringside::Sandbox {

class HttpExchange;
class TableConverter;

/*! One watch: a chunked stream of {"type":...,"object":...} lines. Starts from the current state (ADDED for
    every object), from a resourceVersion (replaying retained changes; an older one gets an ERROR event with a
    410 Expired Status, as the kube-apiserver sends it), or with sendInitialEvents and the initial-events-end
    bookmark. Objects moving in or out of the selectors become ADDED or DELETED. Ends at timeoutSeconds, when the
    client goes, or when the client stops reading. \since 0.1 */
class WatchStream : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        ListOptions list;
        bool allowBookmarks = false;
        bool sendInitialEvents = false;
        bool hasSendInitialEvents = false;
        qint64 timeoutSeconds = -1; //!< -1: the server's default (30 to 60 minutes)
    };

    /*! Validates the request and starts streaming; answers errors itself and then returns nullptr. */
    static WatchStream *start(HttpExchange *exchange, ResourceService *service, const TableConverter *tables,
                              const ResourceType &type, const QString &ns, const Options &options,
                              const OutputFormat &format, QObject *parent);
    ~WatchStream() override;

    /*! Bytes a client may leave unread before the server drops it. */
    static constexpr qint64 MaxPendingBytes = 64 * 1024 * 1024;
    /*! Seconds between bookmarks. */
    static constexpr int BookmarkIntervalSeconds = 60;

private:
    WatchStream(HttpExchange *exchange, ResourceService *service, const TableConverter *tables,
                const ResourceType &type, const QString &ns, const OutputFormat &format, QObject *parent);
    bool matches(const QJsonObject &stored) const;
    void onStoreChanged(const StoreEvent &event);
    void send(const char *type, const QJsonObject &stored);
    void sendBookmark(bool initialEventsEnd);
    void sendErrorEvent(const ApiError &error);
    void finish();

    QPointer<HttpExchange> m_exchange;
    ResourceService *m_service;
    const TableConverter *m_tables;
    ResourceType m_type;
    QString m_ns;
    OutputFormat m_format;
    LabelSelector m_labels;
    FieldSelector m_fields;
    bool m_headersSent = false;
    bool m_finished = false;
    quint64 m_lastRv = 0;
    QTimer m_timeout;
    QTimer m_bookmarks;
};

} // namespace Ringside::Sandbox
