// Informers: list then watch with bookmarks, resume after drops from the last resourceVersion, relist only on
// 410 (HTTP or ERROR event), coalesced changes, recreated objects, and shared reference-counted informers.
#include "fakeapi.h"
#include "kube/informer.h"
#include "kube/kubeclient.h"
#include "kube/sharedinformers.h"
#include "kubetest.h"

using namespace Ringside;
using namespace Ringside::Test;
using namespace Qt::StringLiterals;

class TestKubeInformer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> m_server;
    FakeApi *m_api = nullptr;
    std::unique_ptr<KubeClient> m_client;
    QList<QList<ObjectChange>> m_batches;

    InformerOptions options() const
    {
        InformerOptions o;
        o.resource = ResourceRef::core(u"configmaps"_s, u"ns"_s);
        o.coalesce = std::chrono::milliseconds(20);
        o.backoffBase = std::chrono::milliseconds(20);
        o.backoffMax = std::chrono::milliseconds(100);
        o.pageSize = 2;
        return o;
    }

    QJsonObject cm(const QString &name, const QString &value, const QString &ns = u"ns"_s)
    {
        return {{u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, ns}}}, {u"data"_s, QJsonObject{{u"v"_s, value}}}};
    }

    QList<HttpRequest> watchRequests() const
    {
        QList<HttpRequest> out;
        for (const HttpRequest &r : m_server->requests) {
            if (r.isWatch()) {
                out.append(r);
            }
        }
        return out;
    }

    void record(Informer &inf)
    {
        connect(&inf, &Informer::changed, this, [this](const QList<ObjectChange> &c) { m_batches.append(c); });
    }

    QList<ObjectChange> allChanges() const
    {
        QList<ObjectChange> out;
        for (const auto &b : m_batches) {
            out += b;
        }
        return out;
    }

    bool cacheMatchesServer(const Informer &inf) const
    {
        const QList<QJsonObject> server = m_api->objects({}, u"configmaps"_s, u"ns"_s);
        if (server.size() != inf.cache().size()) {
            return false;
        }
        for (const QJsonObject &o : server) {
            const auto mine = inf.cache().value(ObjectCache::keyOf(o));
            if (!mine || *mine != o) {
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void init()
    {
        m_batches.clear();
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_api = new FakeApi(m_server.get());
        RestConfig rc;
        rc.server = m_server->url();
        ClientOptions co;
        co.retryBaseDelay = std::chrono::milliseconds(10);
        m_client = std::make_unique<KubeClient>(rc, nullptr, co);
    }

    void listThenWatch()
    {
        for (int i = 0; i < 5; ++i) {
            m_api->create({}, u"configmaps"_s, cm(u"cm%1"_s.arg(i), u"a"_s));
        }
        m_api->create({}, u"configmaps"_s, cm(u"elsewhere"_s, u"a"_s, u"other"_s));
        Informer inf(m_client.get(), options());
        record(inf);
        QSignalSpy synced(&inf, &Informer::synced);
        inf.start();
        QTRY_COMPARE(synced.size(), 1);
        QCOMPARE(inf.cache().size(), 5); // its namespace only, over three pages
        QCOMPARE(inf.stats().lists, 3);
        QCOMPARE(m_batches.size(), 1);
        QCOMPARE(m_batches.first().size(), 5);
        QTRY_COMPARE(m_api->activeWatches(), 1);
        const HttpRequest w = watchRequests().first();
        QCOMPARE(w.queryValue(u"allowWatchBookmarks"_s), u"true"_s);
        QCOMPARE(w.queryValue(u"resourceVersion"_s), inf.resourceVersion());
        QVERIFY(w.queryValue(u"timeoutSeconds"_s).toInt() >= 300);
        QCOMPARE(w.path, u"/api/v1/namespaces/ns/configmaps"_s);

        m_batches.clear();
        m_api->update({}, u"configmaps"_s, cm(u"cm1"_s, u"b"_s));
        m_api->create({}, u"configmaps"_s, cm(u"new"_s, u"a"_s));
        m_api->remove({}, u"configmaps"_s, u"ns"_s, u"cm2"_s);
        QTRY_COMPARE(allChanges().size(), 3);
        const QList<ObjectChange> changes = allChanges();
        QCOMPARE(changes.at(0).type, ObjectChange::Type::Modified);
        QCOMPARE(changes.at(0).object.value(u"data"_s).toObject().value(u"v"_s).toString(), u"b"_s);
        QCOMPARE(changes.at(0).previous.value(u"data"_s).toObject().value(u"v"_s).toString(), u"a"_s);
        QCOMPARE(changes.at(1).type, ObjectChange::Type::Added);
        QCOMPARE(changes.at(2).type, ObjectChange::Type::Deleted);
        QCOMPARE(changes.at(2).key, u"ns/cm2"_s);
        QVERIFY(cacheMatchesServer(inf));
        QCOMPARE(inf.resourceVersion(), QString::number(m_api->resourceVersion()));
    }

    void burstIsCoalesced()
    {
        InformerOptions o = options();
        o.coalesce = std::chrono::milliseconds(150);
        Informer inf(m_client.get(), o);
        record(inf);
        inf.start();
        QTRY_COMPARE(m_api->activeWatches(), 1);
        m_batches.clear();
        for (int i = 0; i < 20; ++i) {
            m_api->update({}, u"configmaps"_s, cm(u"hot"_s, QString::number(i)));
        }
        QTRY_VERIFY(cacheMatchesServer(inf) && inf.cache().size() == 1);
        QTRY_VERIFY(!allChanges().isEmpty());
        QTest::qWait(50);
        QVERIFY2(allChanges().size() <= 2, qPrintable(QString::number(allChanges().size())));
        QCOMPARE(allChanges().first().type, ObjectChange::Type::Added);
    }

    void recreatedObjectIsDeleteAndAdd()
    {
        m_api->create({}, u"configmaps"_s, cm(u"cassandra-dc1-rack1-sts-0"_s, u"a"_s));
        Informer inf(m_client.get(), options());
        record(inf);
        inf.start();
        QTRY_COMPARE(m_api->activeWatches(), 1);
        m_batches.clear();
        const QString oldUid = ObjectCache::uidOf(*inf.cache().value(u"ns/cassandra-dc1-rack1-sts-0"_s));
        m_api->remove({}, u"configmaps"_s, u"ns"_s, u"cassandra-dc1-rack1-sts-0"_s);
        m_api->create({}, u"configmaps"_s, cm(u"cassandra-dc1-rack1-sts-0"_s, u"a"_s));
        QTRY_COMPARE(allChanges().size(), 2);
        QCOMPARE(m_batches.size(), 1); // in one coalesced batch...
        QCOMPARE(allChanges().at(0).type, ObjectChange::Type::Deleted); // ...still a delete and an add
        QCOMPARE(ObjectCache::uidOf(allChanges().at(0).object), oldUid);
        QCOMPARE(allChanges().at(1).type, ObjectChange::Type::Added);
        QVERIFY(ObjectCache::uidOf(allChanges().at(1).object) != oldUid);
    }

    void resumesFromBookmarkAfterDrop()
    {
        m_api->setBookmarkInterval(30);
        Informer inf(m_client.get(), options());
        inf.start();
        QTRY_COMPARE(m_api->activeWatches(), 1);
        const QString listRv = inf.resourceVersion();
        // Changes elsewhere move the server's resourceVersion; this informer only learns it from bookmarks.
        m_api->create({}, u"configmaps"_s, cm(u"other"_s, u"x"_s, u"other-ns"_s));
        m_api->create({}, u"configmaps"_s, cm(u"other2"_s, u"x"_s, u"other-ns"_s));
        QTRY_COMPARE(inf.resourceVersion(), QString::number(m_api->resourceVersion()));
        QVERIFY(inf.stats().bookmarks > 0);
        QVERIFY(inf.resourceVersion() != listRv);
        const int lists = m_api->listRequests();
        m_api->dropWatches(true);
        QTRY_COMPARE(watchRequests().size(), 2);
        QCOMPARE(watchRequests().last().queryValue(u"resourceVersion"_s), QString::number(m_api->resourceVersion()));
        QCOMPARE(m_api->listRequests(), lists); // resumed, not relisted
        QCOMPARE(inf.stats().relists, 0);
    }

    void relistOnGone_data()
    {
        QTest::addColumn<bool>("asEvent");
        QTest::newRow("HTTP 410") << false;
        QTest::newRow("ERROR event 410") << true;
    }

    void relistOnGone()
    {
        QFETCH(bool, asEvent);
        m_api->setGoneAsEvent(asEvent);
        m_api->create({}, u"configmaps"_s, cm(u"a"_s, u"1"_s));
        Informer inf(m_client.get(), options());
        record(inf);
        inf.start();
        QTRY_COMPARE(m_api->activeWatches(), 1);
        // Changes the informer never sees as events (the watch is down), then history is compacted away.
        m_api->dropWatches(false);
        m_api->setSilent(true);
        m_api->remove({}, u"configmaps"_s, u"ns"_s, u"a"_s);
        m_api->create({}, u"configmaps"_s, cm(u"b"_s, u"2"_s));
        m_api->setSilent(false);
        m_api->compact();
        QTRY_COMPARE(inf.stats().relists, 1);
        QTRY_VERIFY(cacheMatchesServer(inf));
        QTRY_COMPARE(m_api->activeWatches(), 1);
        const QList<ObjectChange> changes = allChanges();
        QVERIFY(std::any_of(changes.cbegin(), changes.cend(), [](const ObjectChange &c) { return c.type == ObjectChange::Type::Deleted && c.key == u"ns/a"_s; }));
        QVERIFY(std::any_of(changes.cbegin(), changes.cend(), [](const ObjectChange &c) { return c.type == ObjectChange::Type::Added && c.key == u"ns/b"_s; }));
    }

    void stalledWatchReconnects()
    {
        InformerOptions o = options();
        o.idleTimeout = std::chrono::milliseconds(300);
        Informer inf(m_client.get(), o);
        inf.start();
        QTRY_COMPARE(m_api->activeWatches(), 1);
        m_api->stallWatches(60000); // this connection never says anything again
        m_api->create({}, u"configmaps"_s, cm(u"during-stall"_s, u"1"_s));
        QTRY_VERIFY_WITH_TIMEOUT(inf.stats().watchFailures >= 1, 5000);
        m_api->stallWatches(0);
        QTRY_VERIFY(cacheMatchesServer(inf) && inf.cache().size() == 1);
        QCOMPARE(inf.stats().relists, 0);
    }

    void listErrorsAreReportedAndRetried()
    {
        int refusals = 2;
        m_server->addHandler([&refusals](const HttpRequest &req, HttpConnection *c) {
            if (req.isWatch() || !req.path.endsWith(u"/configmaps"_s) || refusals == 0) {
                return false;
            }
            --refusals;
            c->respondStatus(403, u"Forbidden"_s, u"configmaps is forbidden: User \"jane\" cannot list resource \"configmaps\""_s);
            return true;
        });
        Informer inf(m_client.get(), options());
        QSignalSpy errors(&inf, &Informer::errorOccurred);
        QSignalSpy synced(&inf, &Informer::synced);
        inf.start();
        QTRY_COMPARE(synced.size(), 1);
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.first().first().value<KubeError>().isForbidden());
        QVERIFY(!inf.lastError());
    }

    void sharedAndReferenceCounted()
    {
        SharedInformers shared;
        auto a = shared.acquire(m_client.get(), options());
        auto b = shared.acquire(m_client.get(), options());
        QCOMPARE(a.get(), b.get());
        InformerOptions other = options();
        other.labelSelector = u"app=cassandra"_s;
        auto c = shared.acquire(m_client.get(), other);
        QVERIFY(c.get() != a.get());
        QCOMPARE(shared.count(), 2);
        QTRY_COMPARE(m_api->activeWatches(), 2); // ten views of the same thing would still be one watch
        a.reset();
        QTest::qWait(50);
        QCOMPARE(m_api->activeWatches(), 2);
        b.reset();
        QTRY_COMPARE(m_api->activeWatches(), 1);
        QCOMPARE(shared.count(), 1);
        auto again = shared.acquire(m_client.get(), options());
        QTRY_COMPARE(m_api->activeWatches(), 2);
        c.reset();
        again.reset();
        QTRY_COMPARE(m_api->activeWatches(), 0);
        QCOMPARE(shared.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKubeInformer)
#include "tst_kube_informer.moc"
