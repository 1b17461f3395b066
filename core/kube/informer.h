#pragma once

#include "kube/kubeerror.h"
#include "kube/kuberequest.h"
#include "kube/objectcache.h"
#include "kube/resourceref.h"
#include "kube/watchparser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace Ringside {

class KubeClient;

/*! What an informer watches, and how. \since 0.1 */
struct InformerOptions
{
    ResourceRef resource;  //!< group, version, resource and namespace (empty: all namespaces); name is ignored
    QString labelSelector;
    QString fieldSelector;
    int pageSize = 500;    //!< list page size
    std::chrono::milliseconds coalesce{50}; //!< changes arriving within this window are emitted together
    std::chrono::seconds minWatchTimeout{300}; //!< each watch asks for a random timeoutSeconds in [min, 2*min]
    std::chrono::milliseconds idleTimeout{0};  //!< a watch silent this long is reconnected; 0: timeout + 30 s
    std::chrono::milliseconds backoffBase{800};
    std::chrono::milliseconds backoffMax{30000};

    /*! The identity of what is watched (shared informers are keyed by it with the context). */
    QString key() const;
};

/*! Keeps a live copy of a collection: lists it, then watches from the list's resourceVersion with bookmarks.

    The watch stream is parsed incrementally. When a watch ends or breaks (a dropped connection, a stall, a server
    restart) it resumes from the last resourceVersion seen, bookmarks included, with jittered exponential backoff;
    it lists again only when the server says that resourceVersion is gone (an HTTP 410, or an ERROR event with code
    410). Changes are coalesced over a short window and emitted as net changes (see ObjectCache).

    Destroy informers before their client. Most code should get informers from SharedInformers. \since 0.1 */
class Informer : public QObject
{
    Q_OBJECT
public:
    /*! Counters, for diagnostics and tests. */
    struct Stats
    {
        int lists = 0;    //!< list requests (pages included)
        int relists = 0;  //!< lists forced by a 410
        int watches = 0;  //!< watch requests
        int events = 0;   //!< ADDED/MODIFIED/DELETED events applied
        int bookmarks = 0;
        int watchFailures = 0; //!< watches that broke (not clean ends)
    };

    Informer(KubeClient *client, const InformerOptions &options, QObject *parent = nullptr);
    ~Informer() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    /*! True once the first list has been applied. */
    bool hasSynced() const { return m_synced; }
    const ObjectCache &cache() const { return m_cache; }
    QList<QJsonObject> objects() const { return m_cache.objects().values(); }
    std::optional<QJsonObject> object(const QString &ns, const QString &name) const;
    /*! The last resourceVersion seen (from the list, an event or a bookmark). */
    QString resourceVersion() const { return m_rv; }
    /*! The last failure (cleared by the next successful list or event). */
    std::optional<KubeError> lastError() const { return m_lastError; }
    const InformerOptions &options() const { return m_options; }
    Stats stats() const { return m_stats; }

Q_SIGNALS:
    /*! Net changes since the last emission (coalesced). */
    void changed(const QList<Ringside::ObjectChange> &changes);
    /*! The first list was applied: objects() is complete. */
    void synced();
    /*! A list or watch failed; the informer retries by itself. */
    void errorOccurred(const Ringside::KubeError &error);

private:
    void list();
    void listPage(const QString &continueToken);
    void onListPage(const KubeResponse &page);
    void onListError(const KubeError &error);
    void watch();
    void onWatchData(const QByteArray &data);
    void onWatchEnd(const std::optional<KubeError> &error);
    void retryLater(void (Informer::*step)());
    void reportError(const KubeError &error);
    void scheduleFlush();
    void flush();
    void endStream();

    QPointer<KubeClient> m_client;
    InformerOptions m_options;
    ObjectCache m_cache;
    WatchParser m_parser;
    QString m_rv;
    bool m_running = false;
    bool m_synced = false;
    bool m_listUnpaged = false;
    bool m_watchProductive = false;
    int m_backoffAttempt = 0;
    std::optional<KubeError> m_lastError;
    Stats m_stats;
    QList<QJsonObject> m_listItems;
    QString m_listRv;
    RequestHandle m_request;
    QTimer m_retryTimer;
    QTimer m_flushTimer;
    QElapsedTimer m_watchStarted;
};

} // namespace Ringside
