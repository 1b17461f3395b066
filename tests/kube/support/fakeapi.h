#pragma once

#include "httpserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

#include <deque>
#include <map>

namespace Ringside::Test {

/*! A resource the fake API server serves and advertises in discovery. */
struct FakeResource
{
    QString group;
    QString version;
    QString resource; //!< plural
    QString kind;
    QString singular;
    bool namespaced = true;
    QStringList shortNames;
    QStringList categories;
    QStringList subresources; //!< e.g. "status", "log"
    QString key() const { return group + u'/' + resource; }
};

/*! A stored object's ownership for the fake server-side apply: leaf field path -> manager. */
using FieldOwners = QMap<QString, QString>;

/*! A Kubernetes-API-like object store behind a FakeHttpServer, for tests: discovery (aggregated v2/v2beta1 or
    legacy), list with limit/continue, get, create, update (409 on stale resourceVersion), delete, patch (merge,
    json, strategic as merge), server-side apply with field ownership conflicts, status subresource, and watch
    with bookmarks, history and 410 after compaction. Faults can be injected into watches (splits, drops
    mid-event, stalls), requests (429) and the whole server (restart with state loss). Pod logs too. */
class FakeApi : public QObject
{
    Q_OBJECT
public:
    enum class DiscoveryMode { AggregatedV2, AggregatedV2Beta1, Legacy };

    explicit FakeApi(FakeHttpServer *server);
    ~FakeApi() override;

    FakeHttpServer *server() const { return m_server; }

    void addResource(const FakeResource &resource);
    void removeResource(const QString &group, const QString &resource);
    void setDiscoveryMode(DiscoveryMode mode) { m_discoveryMode = mode; }
    int discoveryRequests() const { return m_discoveryRequests; }

    // Store (each mutation is an event watchers see, unless silent)
    QJsonObject create(const QString &group, const QString &resource, const QJsonObject &object);
    QJsonObject update(const QString &group, const QString &resource, const QJsonObject &object);
    bool remove(const QString &group, const QString &resource, const QString &ns, const QString &name);
    std::optional<QJsonObject> object(const QString &group, const QString &resource, const QString &ns, const QString &name) const;
    QList<QJsonObject> objects(const QString &group, const QString &resource, const QString &ns = {}) const;
    qint64 resourceVersion() const { return m_rv; }
    /*! Mutations made while true reach no watcher and no history (state lost across a "restart"). */
    void setSilent(bool silent) { m_silent = silent; }

    // Watch and faults
    int activeWatches() const;
    int watchRequests() const { return m_watchRequests; }
    int listRequests() const { return m_listRequests; }
    /*! Forgets history: a watch from an older resourceVersion gets 410. */
    void compact();
    /*! Drops every watch connection (\a midEvent: after writing part of a pending event). */
    void dropWatches(bool midEvent);
    /*! Watches hold their output for \a ms. */
    void stallWatches(int ms);
    /*! The next \a n list or watch requests are refused with 429 and Retry-After: \a retryAfter. */
    void throttleNext(int n, int retryAfter) { m_throttle = n; m_throttleRetryAfter = retryAfter; }
    /*! Expired watches answer with an HTTP 410 (false) or an ERROR event with code 410 (true). */
    void setGoneAsEvent(bool asEvent) { m_goneAsEvent = asEvent; }
    void setBookmarkInterval(int ms);
    /*! Writes watch output in random pieces (split events, several events per write), with \a rng. */
    void setSplitting(QRandomGenerator *rng) { m_splitRng = rng; }
    /*! The server restarts: connections drop, \a silentChanges run unseen, history is compacted, and it listens
        again after \a downtimeMs. */
    void restartWithStateLoss(int downtimeMs, const std::function<void()> &silentChanges);

    // Pod logs
    struct LogLine
    {
        QDateTime time;
        QByteArray text;
    };
    /*! Appends a line to a container's log; follow streams of that container receive it. */
    void appendLog(const QString &ns, const QString &pod, const QString &container, const QByteArray &text,
                   const QDateTime &time = QDateTime::currentDateTimeUtc());
    /*! Ends the container's current instance: its follow streams end, its lines become the "previous" log,
        and the pod's restartCount grows. */
    void restartContainer(const QString &ns, const QString &pod, const QString &container);
    int activeLogStreams() const;
    /*! Breaks every log follow stream (a network failure, not a container exit). */
    void dropLogStreams();
    /*! A pod with the named containers, all running, as a StatefulSet would create it. */
    static QJsonObject runningPod(const QString &ns, const QString &name, const QStringList &containers, const QJsonObject &labels = {});

private:
    struct Event
    {
        qint64 rv;
        QString resKey;
        QByteArray type;
        QJsonObject object;
        QJsonObject previous;
    };
    struct Watcher;
    struct LogFollower;

    bool handle(const HttpRequest &req, HttpConnection *c);
    bool handleDiscovery(const HttpRequest &req, HttpConnection *c);
    void handleCollection(const HttpRequest &req, HttpConnection *c, const FakeResource &r, const QString &ns);
    void handleObject(const HttpRequest &req, HttpConnection *c, const FakeResource &r, const QString &ns, const QString &name,
                      const QString &sub);
    void handleList(const HttpRequest &req, HttpConnection *c, const FakeResource &r, const QString &ns);
    void handleWatch(const HttpRequest &req, HttpConnection *c, const FakeResource &r, const QString &ns);
    void handlePatch(const HttpRequest &req, HttpConnection *c, const FakeResource &r, const QString &ns, const QString &name);
    void handleLog(const HttpRequest &req, HttpConnection *c, const QString &ns, const QString &pod);
    const FakeResource *findResource(const QString &group, const QString &version, const QString &resource) const;
    QJsonObject store(const QString &resKey, QJsonObject object, const QByteArray &type, const QJsonObject &previous);
    void record(const QString &resKey, const QByteArray &type, const QJsonObject &object, const QJsonObject &previous);
    void deliver(Watcher *w, const QByteArray &type, const QJsonObject &object, const QJsonObject &previous);
    void send(Watcher *w, const QByteArray &type, const QJsonObject &object);
    void flush(Watcher *w);
    void endWatcher(Watcher *w, bool clean);
    void onBookmarkTimer();
    void endLogFollowers(const QString &keyPrefix);
    QJsonObject aggregatedDiscovery(bool core, const QString &version) const;

    FakeHttpServer *m_server;
    QList<FakeResource> m_resources;
    DiscoveryMode m_discoveryMode = DiscoveryMode::AggregatedV2;
    int m_discoveryRequests = 0;
    std::map<QString, std::map<QString, QJsonObject>> m_objects; //!< resKey -> "ns/name" -> object
    std::map<QString, std::map<QString, FieldOwners>> m_owners;  //!< resKey -> "ns/name" -> apply ownership
    qint64 m_rv = 100;
    qint64 m_oldestRv = 0;
    bool m_silent = false;
    std::deque<Event> m_history;
    QList<Watcher *> m_watchers;
    int m_watchRequests = 0;
    int m_listRequests = 0;
    int m_throttle = 0;
    int m_throttleRetryAfter = 0;
    bool m_goneAsEvent = false;
    QTimer m_bookmarkTimer;
    QRandomGenerator *m_splitRng = nullptr;
    QElapsedTimer m_clock;
    qint64 m_stalledUntil = 0;

    struct ContainerLog
    {
        QList<LogLine> current;
        QList<LogLine> previous;
    };
    QMap<QString, ContainerLog> m_logs; //!< "ns/pod/container"
    QList<LogFollower *> m_followers;
};

/*! Reads a label selector like `a=b,c!=d,e,!f,g in (x,y)` and tests labels against it (tests only). */
bool matchesLabelSelector(const QString &selector, const QJsonObject &labels);
/*! Tests an object against a field selector of metadata.name/metadata.namespace equalities. */
bool matchesFieldSelector(const QString &selector, const QJsonObject &object);
/*! RFC 6902 JSON patch (object members and array indices). */
bool applyJsonPatch(QJsonValue *doc, const QJsonArray &ops, QString *error);
/*! RFC 7386 JSON merge patch. */
QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch);

} // namespace Ringside::Test
