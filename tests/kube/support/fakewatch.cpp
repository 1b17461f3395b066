// The watch, discovery and fault-injection half of FakeApi.
#include "fakeapi.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Ringside::Test {

struct FakeApi::Watcher
{
    QPointer<HttpConnection> conn;
    QString resKey;
    QString ns;
    QString labelSel;
    QString fieldSel;
    QString kind;
    QString apiVersion;
    bool bookmarks = false;
    bool ending = false;
    QByteArray pending; //!< chunk-encoded bytes not written yet
    std::unique_ptr<QTimer> flushTimer = std::make_unique<QTimer>();
    std::unique_ptr<QTimer> timeoutTimer = std::make_unique<QTimer>();
};

namespace {
QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

QJsonObject meta(const QJsonObject &o)
{
    return o.value(u"metadata"_s).toObject();
}

QJsonObject discoveryResource(const FakeResource &r)
{
    const QJsonArray verbs{u"create"_s, u"delete"_s, u"get"_s, u"list"_s, u"patch"_s, u"update"_s, u"watch"_s};
    QJsonObject o{{u"resource"_s, r.resource},
                  {u"responseKind"_s, QJsonObject{{u"group"_s, r.group}, {u"version"_s, r.version}, {u"kind"_s, r.kind}}},
                  {u"scope"_s, r.namespaced ? u"Namespaced"_s : u"Cluster"_s},
                  {u"singularResource"_s, r.singular},
                  {u"verbs"_s, verbs}};
    if (!r.shortNames.isEmpty()) {
        o.insert(u"shortNames"_s, QJsonArray::fromStringList(r.shortNames));
    }
    if (!r.categories.isEmpty()) {
        o.insert(u"categories"_s, QJsonArray::fromStringList(r.categories));
    }
    QJsonArray subs;
    for (const QString &s : r.subresources) {
        subs.append(QJsonObject{{u"subresource"_s, s}, {u"verbs"_s, QJsonArray{u"get"_s, u"update"_s, u"patch"_s}}});
    }
    if (!subs.isEmpty()) {
        o.insert(u"subresources"_s, subs);
    }
    return o;
}
} // namespace

QJsonObject FakeApi::aggregatedDiscovery(bool core, const QString &version) const
{
    QMap<QString, QMap<QString, QJsonArray>> groups; // group -> version -> resources
    QStringList order;
    for (const FakeResource &r : m_resources) {
        if (r.group.isEmpty() != core) {
            continue;
        }
        if (!order.contains(r.group)) {
            order.append(r.group);
        }
        groups[r.group][r.version].append(discoveryResource(r));
    }
    QJsonArray items;
    for (const QString &g : order) {
        QJsonArray versions;
        const auto &vs = groups[g];
        for (auto it = vs.begin(); it != vs.end(); ++it) {
            versions.append(QJsonObject{{u"version"_s, it.key()}, {u"resources"_s, it.value()}, {u"freshness"_s, u"Current"_s}});
        }
        QJsonObject m;
        if (!g.isEmpty()) {
            m.insert(u"name"_s, g);
        }
        items.append(QJsonObject{{u"metadata"_s, m}, {u"versions"_s, versions}});
    }
    return {{u"kind"_s, u"APIGroupDiscoveryList"_s}, {u"apiVersion"_s, QString(u"apidiscovery.k8s.io/"_s + version)}, {u"metadata"_s, QJsonObject()},
            {u"items"_s, items}};
}

bool FakeApi::handleDiscovery(const HttpRequest &req, HttpConnection *c)
{
    const QString p = req.path;
    if (req.method != "GET" || !(p == u"/api"_s || p == u"/apis"_s || p == u"/api/v1"_s || (p.startsWith(u"/apis/"_s) && p.count(u'/') == 3))) {
        return false;
    }
    ++m_discoveryRequests;
    if (p == u"/api"_s || p == u"/apis"_s) {
        const bool core = p == u"/api"_s;
        // Serve the first aggregated version the client accepts that this server "has".
        for (const QByteArray &entry : req.header("accept").split(',')) {
            if (!entry.contains("as=APIGroupDiscoveryList")) {
                continue;
            }
            const bool v2 = entry.contains("v=v2;") || entry.endsWith("v=v2");
            const bool v2beta1 = entry.contains("v=v2beta1");
            if ((v2 && m_discoveryMode == DiscoveryMode::AggregatedV2)
                || (v2beta1 && m_discoveryMode != DiscoveryMode::Legacy)) {
                const QString v = v2 ? u"v2"_s : u"v2beta1"_s;
                c->respond(200, QJsonDocument(aggregatedDiscovery(core, v)).toJson(QJsonDocument::Compact),
                           "application/json;g=apidiscovery.k8s.io;v=" + v.toLatin1() + ";as=APIGroupDiscoveryList");
                return true;
            }
        }
        if (core) {
            c->respond(200, R"({"kind":"APIVersions","versions":["v1"]})");
            return true;
        }
        QJsonArray groups;
        QStringList seen;
        for (const FakeResource &r : m_resources) {
            if (r.group.isEmpty() || seen.contains(r.group)) {
                continue;
            }
            seen.append(r.group);
            const QJsonObject gv{{u"groupVersion"_s, QString(r.group + u'/' + r.version)}, {u"version"_s, r.version}};
            groups.append(QJsonObject{{u"name"_s, r.group}, {u"versions"_s, QJsonArray{gv}}, {u"preferredVersion"_s, gv}});
        }
        c->respond(200, QJsonDocument(QJsonObject{{u"kind"_s, u"APIGroupList"_s}, {u"apiVersion"_s, u"v1"_s}, {u"groups"_s, groups}})
                            .toJson(QJsonDocument::Compact));
        return true;
    }
    const QStringList parts = p.split(u'/', Qt::SkipEmptyParts);
    const QString group = parts.at(0) == u"api"_s ? QString() : parts.at(1);
    const QString version = parts.last();
    QJsonArray resources;
    for (const FakeResource &r : m_resources) {
        if (r.group != group || r.version != version) {
            continue;
        }
        const QJsonObject d = discoveryResource(r);
        QJsonObject o{{u"name"_s, r.resource}, {u"singularName"_s, r.singular}, {u"namespaced"_s, r.namespaced}, {u"kind"_s, r.kind},
                      {u"verbs"_s, d.value(u"verbs"_s)}};
        if (!r.shortNames.isEmpty()) {
            o.insert(u"shortNames"_s, QJsonArray::fromStringList(r.shortNames));
        }
        if (!r.categories.isEmpty()) {
            o.insert(u"categories"_s, QJsonArray::fromStringList(r.categories));
        }
        resources.append(o);
        for (const QString &s : r.subresources) {
            resources.append(QJsonObject{{u"name"_s, QString(r.resource + u'/' + s)}, {u"singularName"_s, QString()}, {u"namespaced"_s, r.namespaced},
                                         {u"kind"_s, r.kind}, {u"verbs"_s, QJsonArray{u"get"_s}}});
        }
    }
    if (resources.isEmpty()) {
        return false;
    }
    c->respond(200, QJsonDocument(QJsonObject{{u"kind"_s, u"APIResourceList"_s},
                                              {u"groupVersion"_s, group.isEmpty() ? version : QString(group + u'/' + version)},
                                              {u"resources"_s, resources}})
                        .toJson(QJsonDocument::Compact));
    return true;
}

void FakeApi::handleWatch(const HttpRequest &req, HttpConnection *c, const FakeResource &r, const QString &ns)
{
    ++m_watchRequests;
    const QString rvText = req.queryValue(u"resourceVersion"_s);
    const qint64 since = rvText.toLongLong();
    if (since > 0 && since < m_oldestRv) {
        const QString msg = u"too old resource version: %1 (%2)"_s.arg(since).arg(m_oldestRv);
        if (m_goneAsEvent) {
            c->startChunked();
            const QJsonObject status = QJsonDocument::fromJson(statusJson(410, u"Expired"_s, msg)).object();
            c->writeChunk(QJsonDocument(QJsonObject{{u"type"_s, u"ERROR"_s}, {u"object"_s, status}}).toJson(QJsonDocument::Compact) + '\n');
            c->endChunked();
        } else {
            c->respondStatus(410, u"Expired"_s, msg);
        }
        return;
    }
    auto *w = new Watcher;
    w->conn = c;
    w->resKey = r.key();
    w->ns = ns;
    w->labelSel = req.queryValue(u"labelSelector"_s);
    w->fieldSel = req.queryValue(u"fieldSelector"_s);
    w->kind = r.kind;
    w->apiVersion = r.group.isEmpty() ? r.version : r.group + u'/' + r.version;
    w->bookmarks = req.queryValue(u"allowWatchBookmarks"_s) == u"true"_s;
    w->flushTimer->setSingleShot(true);
    connect(w->flushTimer.get(), &QTimer::timeout, this, [this, w] { flush(w); });
    m_watchers.append(w);
    connect(c, &HttpConnection::closed, this, [this, w] {
        if (m_watchers.contains(w)) {
            m_watchers.removeOne(w);
            delete w;
        }
    });
    c->startChunked();
    const int timeout = req.queryValue(u"timeoutSeconds"_s).toInt();
    if (timeout > 0) {
        w->timeoutTimer->setSingleShot(true);
        connect(w->timeoutTimer.get(), &QTimer::timeout, this, [this, w] { endWatcher(w, true); });
        w->timeoutTimer->start(timeout * 1000);
    }
    if (since <= 0) {
        for (const QJsonObject &o : objects(r.group, r.resource, ns)) {
            if (matchesLabelSelector(w->labelSel, meta(o).value(u"labels"_s).toObject()) && matchesFieldSelector(w->fieldSel, o)) {
                send(w, "ADDED", o);
            }
        }
        return;
    }
    for (const Event &e : m_history) {
        if (e.rv > since && e.resKey == w->resKey) {
            deliver(w, e.type, e.object, e.previous);
        }
    }
}

void FakeApi::deliver(Watcher *w, const QByteArray &type, const QJsonObject &object, const QJsonObject &previous)
{
    const QString ons = meta(object).value(u"namespace"_s).toString();
    if (w->ending || (!w->ns.isEmpty() && ons != w->ns)) {
        return;
    }
    const bool now = matchesLabelSelector(w->labelSel, meta(object).value(u"labels"_s).toObject()) && matchesFieldSelector(w->fieldSel, object);
    const bool before = !previous.isEmpty() && matchesLabelSelector(w->labelSel, meta(previous).value(u"labels"_s).toObject())
                        && matchesFieldSelector(w->fieldSel, previous);
    if (type == "MODIFIED") {
        if (now && before) {
            send(w, "MODIFIED", object);
        } else if (now) {
            send(w, "ADDED", object);
        } else if (before) {
            send(w, "DELETED", object);
        }
    } else if (now) {
        send(w, type, object);
    }
}

void FakeApi::record(const QString &resKey, const QByteArray &type, const QJsonObject &object, const QJsonObject &previous)
{
    if (m_silent) {
        return;
    }
    m_history.push_back({m_rv, resKey, type, object, previous});
    while (m_history.size() > 200000) {
        m_oldestRv = m_history.front().rv;
        m_history.pop_front();
    }
    for (Watcher *w : std::as_const(m_watchers)) {
        if (w->resKey == resKey) {
            deliver(w, type, object, previous);
        }
    }
}

void FakeApi::send(Watcher *w, const QByteArray &type, const QJsonObject &object)
{
    const QByteArray data = QJsonDocument(QJsonObject{{u"type"_s, QString::fromLatin1(type)}, {u"object"_s, object}}).toJson(QJsonDocument::Compact) + '\n';
    if (m_splitRng && data.size() > 4 && m_splitRng->bounded(3) == 0) {
        // One event over several chunks.
        const qsizetype cut = 1 + m_splitRng->bounded(int(data.size() - 1));
        w->pending += chunk(data.left(cut)) + chunk(data.mid(cut));
    } else {
        w->pending += chunk(data);
    }
    if (!w->flushTimer->isActive()) {
        w->flushTimer->start(0);
    }
}

void FakeApi::flush(Watcher *w)
{
    if (!w->conn || !w->conn->isOpen()) {
        return;
    }
    const qint64 now = m_clock.elapsed();
    if (now < m_stalledUntil) {
        w->flushTimer->start(int(m_stalledUntil - now));
        return;
    }
    if (m_splitRng && w->pending.size() > 1) {
        const qsizetype n = 1 + m_splitRng->bounded(int(w->pending.size()));
        w->conn->writeRaw(w->pending.left(n));
        w->pending.remove(0, n);
        if (!w->pending.isEmpty()) {
            w->flushTimer->start(m_splitRng->bounded(3));
            return;
        }
    } else {
        w->conn->writeRaw(w->pending);
        w->pending.clear();
    }
    if (w->ending) {
        HttpConnection *c = w->conn;
        m_watchers.removeOne(w);
        delete w;
        c->endChunked();
    }
}

void FakeApi::endWatcher(Watcher *w, bool clean)
{
    if (!m_watchers.contains(w)) {
        return;
    }
    if (clean) {
        w->ending = true;
        if (!w->flushTimer->isActive()) {
            w->flushTimer->start(0);
        }
        return;
    }
    HttpConnection *c = w->conn;
    m_watchers.removeOne(w);
    delete w;
    if (c) {
        c->drop();
    }
}

int FakeApi::activeWatches() const
{
    return int(m_watchers.size());
}

void FakeApi::compact()
{
    m_history.clear();
    m_oldestRv = m_rv;
}

void FakeApi::dropWatches(bool midEvent)
{
    const QList<Watcher *> watchers = m_watchers;
    for (Watcher *w : watchers) {
        if (midEvent && w->conn && w->conn->isOpen()) {
            QByteArray partial = w->pending;
            if (partial.size() < 8) {
                const QByteArray bogus = R"({"type":"MODIFIED","object":{"kind":"X","metadata":{"name":"half-written")";
                partial = chunk(bogus + "\n");
            }
            w->conn->writeRaw(partial.left(partial.size() / 2));
        }
        endWatcher(w, false);
    }
}

void FakeApi::stallWatches(int ms)
{
    m_stalledUntil = m_clock.elapsed() + ms;
}

void FakeApi::setBookmarkInterval(int ms)
{
    if (ms > 0) {
        m_bookmarkTimer.start(ms);
    } else {
        m_bookmarkTimer.stop();
    }
}

void FakeApi::onBookmarkTimer()
{
    for (Watcher *w : std::as_const(m_watchers)) {
        if (w->bookmarks && !w->ending) {
            send(w, "BOOKMARK",
                 QJsonObject{{u"kind"_s, w->kind}, {u"apiVersion"_s, w->apiVersion},
                             {u"metadata"_s, QJsonObject{{u"resourceVersion"_s, QString::number(m_rv)}}}});
        }
    }
}

void FakeApi::restartWithStateLoss(int downtimeMs, const std::function<void()> &silentChanges)
{
    const QList<Watcher *> watchers = m_watchers;
    for (Watcher *w : watchers) {
        endWatcher(w, false);
    }
    m_server->restart(downtimeMs);
    m_silent = true;
    if (silentChanges) {
        silentChanges();
    }
    m_silent = false;
    compact();
}

} // namespace Ringside::Test
