#include "kube/informer.h"

#include "kube/kubeclient.h"
#include "kube/kubelogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Ringside {

QString InformerOptions::key() const
{
    return resource.group + u'/' + resource.version + u'/' + resource.resource + u'|' + resource.nameSpace + u'|' + labelSelector + u'|'
           + fieldSelector;
}

Informer::Informer(KubeClient *client, const InformerOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
    m_options.resource.name.clear();
    m_options.resource.subresource.clear();
    m_retryTimer.setSingleShot(true);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &Informer::flush);
}

Informer::~Informer()
{
    stop();
}

std::optional<QJsonObject> Informer::object(const QString &ns, const QString &name) const
{
    return m_cache.value(ns.isEmpty() ? name : ns + u'/' + name);
}

void Informer::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    list();
}

void Informer::stop()
{
    m_running = false;
    m_retryTimer.stop();
    m_request.cancel();
    m_request = {};
}

void Informer::endStream()
{
    m_request.cancel();
    m_request = {};
    m_parser.reset();
}

void Informer::reportError(const KubeError &error)
{
    m_lastError = error;
    Q_EMIT errorOccurred(error);
}

void Informer::retryLater(void (Informer::*step)())
{
    const qint64 base = m_options.backoffBase.count() << std::min(m_backoffAttempt, 16);
    qint64 delay = std::min<qint64>(base, m_options.backoffMax.count());
    delay = qint64(double(delay) * (0.5 + QRandomGenerator::global()->generateDouble())); // jitter: 0.5x to 1.5x
    ++m_backoffAttempt;
    m_retryTimer.disconnect(this);
    connect(&m_retryTimer, &QTimer::timeout, this, step);
    m_retryTimer.start(int(delay));
}

void Informer::list()
{
    if (!m_running || !m_client) {
        return;
    }
    endStream();
    m_listItems.clear();
    m_listRv.clear();
    listPage(QString());
}

void Informer::listPage(const QString &continueToken)
{
    ListOptions lo;
    lo.labelSelector = m_options.labelSelector;
    lo.fieldSelector = m_options.fieldSelector;
    lo.limit = m_listUnpaged ? 0 : m_options.pageSize;
    lo.continueToken = continueToken;
    ++m_stats.lists;
    m_request = m_client->list(
        m_options.resource, lo, this, [this](const KubeResponse &r) { onListPage(r); }, [this](const KubeError &e) { onListError(e); });
}

void Informer::onListPage(const KubeResponse &page)
{
    const QJsonArray items = page.object.value(u"items"_s).toArray();
    for (const QJsonValue &v : items) {
        m_listItems.append(v.toObject());
    }
    const QJsonObject meta = page.object.value(u"metadata"_s).toObject();
    const QString next = meta.value(u"continue"_s).toString();
    if (!next.isEmpty()) {
        listPage(next);
        return;
    }
    m_listUnpaged = false;
    m_rv = meta.value(u"resourceVersion"_s).toString();
    m_cache.replace(m_listItems);
    m_listItems.clear();
    m_lastError.reset();
    m_backoffAttempt = 0;
    qCDebug(lcKubeWatch).noquote() << "listed" << m_options.resource.qualifiedResource() << m_cache.size() << "objects at resourceVersion"
                                   << m_rv;
    flush();
    if (!m_synced) {
        m_synced = true;
        Q_EMIT synced();
    }
    watch();
}

void Informer::onListError(const KubeError &error)
{
    m_request = {};
    if (error.isGone() && !m_listUnpaged) {
        // The continue token expired: list again without paging, as client-go's pager does.
        m_listUnpaged = true;
        list();
        return;
    }
    qCDebug(lcKubeWatch).noquote() << "list of" << m_options.resource.qualifiedResource() << "failed:" << error.toString();
    reportError(error);
    retryLater(&Informer::list);
}

void Informer::watch()
{
    if (!m_running || !m_client) {
        return;
    }
    endStream();
    const qint64 minTimeout = std::max<qint64>(1, m_options.minWatchTimeout.count());
    const qint64 timeout = minTimeout + QRandomGenerator::global()->bounded(minTimeout + 1);
    KubeRequest req;
    req.path = m_options.resource.path();
    req.query.addQueryItem(u"watch"_s, u"1"_s);
    req.query.addQueryItem(u"resourceVersion"_s, m_rv);
    req.query.addQueryItem(u"allowWatchBookmarks"_s, u"true"_s);
    req.query.addQueryItem(u"timeoutSeconds"_s, QString::number(timeout));
    if (!m_options.labelSelector.isEmpty()) {
        req.query.addQueryItem(u"labelSelector"_s, m_options.labelSelector);
    }
    if (!m_options.fieldSelector.isEmpty()) {
        req.query.addQueryItem(u"fieldSelector"_s, m_options.fieldSelector);
    }
    req.idleTimeout = m_options.idleTimeout.count() > 0 ? m_options.idleTimeout : std::chrono::milliseconds((timeout + 30) * 1000);
    ++m_stats.watches;
    m_watchProductive = false;
    m_watchStarted.start();
    qCDebug(lcKubeWatch).noquote() << "watching" << m_options.resource.qualifiedResource() << "from resourceVersion" << m_rv;
    m_request = m_client->stream(
        req, this, [this](const QByteArray &d) { onWatchData(d); }, [this](const std::optional<KubeError> &e) { onWatchEnd(e); });
}

void Informer::onWatchData(const QByteArray &data)
{
    QList<WatchEvent> events;
    QString error;
    const bool ok = m_parser.feed(data, &events, &error);
    for (const WatchEvent &e : std::as_const(events)) {
        switch (e.type) {
        case WatchEvent::Type::Added:
        case WatchEvent::Type::Modified:
            m_cache.upsert(e.object);
            m_rv = e.resourceVersion();
            ++m_stats.events;
            break;
        case WatchEvent::Type::Deleted:
            m_cache.remove(e.object);
            m_rv = e.resourceVersion();
            ++m_stats.events;
            break;
        case WatchEvent::Type::Bookmark:
            m_rv = e.resourceVersion();
            ++m_stats.bookmarks;
            break;
        case WatchEvent::Type::Error: {
            const KubeError err = KubeError::fromHttp(e.errorCode(), QJsonDocument(e.object).toJson(QJsonDocument::Compact), "GET",
                                                      m_client ? m_client->url(m_options.resource.path()) : QUrl());
            scheduleFlush();
            endStream();
            if (e.errorCode() == 410) {
                qCDebug(lcKubeWatch).noquote() << "resourceVersion" << m_rv << "is gone (ERROR event 410): listing again";
                ++m_stats.relists;
                list();
            } else {
                qCDebug(lcKubeWatch).noquote() << "watch ERROR event:" << err.toString();
                ++m_stats.watchFailures;
                reportError(err);
                retryLater(&Informer::watch);
            }
            return;
        }
        case WatchEvent::Type::Unknown:
            break;
        }
        m_watchProductive = true;
    }
    if (!events.isEmpty()) {
        m_backoffAttempt = 0;
        m_lastError.reset();
        scheduleFlush();
    }
    if (!ok) {
        qCWarning(lcKubeWatch).noquote() << "watch of" << m_options.resource.qualifiedResource() << ":" << error;
        endStream();
        ++m_stats.watchFailures;
        reportError(KubeError::make(KubeError::Kind::Protocol, error));
        retryLater(&Informer::watch);
    }
}

void Informer::onWatchEnd(const std::optional<KubeError> &error)
{
    m_request = {};
    m_parser.reset(); // a partial event from a broken stream is discarded; the watch resumes before it
    if (error) {
        if (error->isGone()) {
            qCDebug(lcKubeWatch).noquote() << "resourceVersion" << m_rv << "is gone (HTTP 410): listing again";
            ++m_stats.relists;
            list();
            return;
        }
        ++m_stats.watchFailures;
        qCDebug(lcKubeWatch).noquote() << "watch of" << m_options.resource.qualifiedResource() << "broke:" << error->toString()
                                       << "- resuming from" << m_rv;
        reportError(*error);
        retryLater(&Informer::watch);
        return;
    }
    // A clean end (the server's timeoutSeconds): resume at once, unless watches end as soon as they start.
    if (m_watchProductive || m_watchStarted.elapsed() > 1000) {
        watch();
    } else {
        retryLater(&Informer::watch);
    }
}

void Informer::scheduleFlush()
{
    if (!m_flushTimer.isActive()) {
        m_flushTimer.start(m_options.coalesce);
    }
}

void Informer::flush()
{
    m_flushTimer.stop();
    const QList<ObjectChange> changes = m_cache.takeChanges();
    if (!changes.isEmpty()) {
        Q_EMIT changed(changes);
    }
}

} // namespace Ringside
