// Discovery: aggregated v2, v2beta1 and legacy, the disk cache with its TTL, refresh on unknown names, and
// kubectl-style name resolution.
#include "fakeapi.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kubetest.h"

using namespace Ringside;
using namespace Ringside::Test;
using namespace Qt::StringLiterals;

class TestKubeDiscovery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> m_server;
    FakeApi *m_api = nullptr;
    std::unique_ptr<KubeClient> m_client;
    std::unique_ptr<QTemporaryDir> m_cache;

    std::unique_ptr<Discovery> discovery()
    {
        auto d = std::make_unique<Discovery>(m_client.get());
        d->setCacheDirectory(m_cache->filePath(u"discovery"_s));
        return d;
    }

    bool load(Discovery &d, bool force = false)
    {
        bool done = false;
        bool ok = false;
        auto onOk = [&] { done = ok = true; };
        auto onErr = [&](const KubeError &e) {
            qWarning("%s", qPrintable(e.toString()));
            done = true;
        };
        force ? d.refresh(this, onOk, onErr) : d.ensure(this, onOk, onErr);
        return QTest::qWaitFor([&done] { return done; }, 15000) && ok;
    }

    std::optional<ApiResource> resolve(Discovery &d, const QString &name, QString *error = nullptr)
    {
        std::optional<ApiResource> out;
        bool done = false;
        d.resolve(
            name, this,
            [&](const ApiResource &r) {
                out = r;
                done = true;
            },
            [&](const KubeError &e) {
                if (error) {
                    *error = e.message;
                }
                done = true;
            });
        if (!QTest::qWaitFor([&done] { return done; }, 15000)) {
            qWarning("resolve timed out");
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_cache = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_api = new FakeApi(m_server.get());
        m_api->addResource({u"k8ssandra.io"_s, u"v1alpha1"_s, u"k8ssandraclusters"_s, u"K8ssandraCluster"_s, u"k8ssandracluster"_s, true,
                            {u"k8c"_s, u"k8cs"_s}, {}, {u"status"_s}});
        RestConfig rc;
        rc.server = m_server->url();
        m_client = std::make_unique<KubeClient>(rc);
    }

    void resolveNames_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("source");
        QTest::newRow("aggregated v2") << int(FakeApi::DiscoveryMode::AggregatedV2) << u"aggregated/v2"_s;
        QTest::newRow("aggregated v2beta1") << int(FakeApi::DiscoveryMode::AggregatedV2Beta1) << u"aggregated/v2beta1"_s;
        QTest::newRow("legacy") << int(FakeApi::DiscoveryMode::Legacy) << u"legacy"_s;
    }

    void resolveNames()
    {
        QFETCH(int, mode);
        QFETCH(QString, source);
        m_api->setDiscoveryMode(FakeApi::DiscoveryMode(mode));
        auto d = discovery();
        QVERIFY(load(*d));
        QCOMPARE(d->source(), source);
        if (source.startsWith(u"aggregated"_s)) {
            QCOMPARE(m_api->discoveryRequests(), 2); // /api and /apis only
        } else {
            QVERIFY(m_api->discoveryRequests() > 2);
        }
        const struct
        {
            const char *name;
            const char *group;
            const char *resource;
        } cases[] = {
            {"po", "", "pods"},
            {"pod", "", "pods"},
            {"pods", "", "pods"},
            {"Pod", "", "pods"},
            {"sts", "apps", "statefulsets"},
            {"statefulset", "apps", "statefulsets"},
            {"deployments.apps", "apps", "deployments"},
            {"deployment.v1.apps", "apps", "deployments"},
            {"cm", "", "configmaps"},
            {"ns", "", "namespaces"},
            {"cassdc", "cassandra.datastax.com", "cassandradatacenters"},
            {"CassandraDatacenter", "cassandra.datastax.com", "cassandradatacenters"},
            {"cassandradatacenters.cassandra.datastax.com", "cassandra.datastax.com", "cassandradatacenters"},
            {"k8c", "k8ssandra.io", "k8ssandraclusters"},
        };
        for (const auto &c : cases) {
            const auto r = d->lookup(QString::fromLatin1(c.name));
            QVERIFY2(r, c.name);
            QCOMPARE(r->group, QString::fromLatin1(c.group));
            QCOMPARE(r->resource, QString::fromLatin1(c.resource));
        }
        const auto ns = d->lookup(u"ns"_s);
        QVERIFY(!ns->namespaced);
        const auto pods = d->lookup(u"po"_s);
        QVERIFY(pods->namespaced);
        QCOMPARE(pods->kind, u"Pod"_s);
        QVERIFY(pods->subresources.contains(u"log"_s));
        QVERIFY(pods->categories.contains(u"all"_s));
        QCOMPARE(pods->ref(u"ns1"_s, u"p"_s).path(), u"/api/v1/namespaces/ns1/pods/p"_s);
        QVERIFY(!d->lookup(u"nosuchthing"_s));
    }

    void coreGroupWins()
    {
        m_api->addResource({u"example.com"_s, u"v1"_s, u"pods"_s, u"Pod"_s, u"pod"_s, true, {u"po"_s}, {}, {}});
        auto d = discovery();
        QVERIFY(load(*d));
        QCOMPARE(d->lookup(u"pods"_s)->group, QString());
        QCOMPARE(d->lookup(u"po"_s)->group, QString());
        QCOMPARE(d->lookup(u"pods.example.com"_s)->group, u"example.com"_s);
    }

    void diskCache()
    {
        auto first = discovery();
        QVERIFY(load(*first));
        const int requests = m_api->discoveryRequests();
        QVERIFY(QFile::exists(m_cache->filePath(u"discovery/resources.json"_s)));

        auto second = discovery();
        QVERIFY(load(*second));
        QCOMPARE(second->source(), u"disk cache"_s);
        QCOMPARE(m_api->discoveryRequests(), requests); // no request at all
        QCOMPARE(second->resources(), first->resources());

        auto expired = discovery();
        expired->setTtl(std::chrono::seconds(-1));
        QVERIFY(load(*expired));
        QCOMPARE(expired->source(), u"aggregated/v2"_s);
        QVERIFY(m_api->discoveryRequests() > requests);
    }

    void defaultCacheLocationIsPerCluster()
    {
        QStandardPaths::setTestModeEnabled(true);
        Discovery d(m_client.get());
        QVERIFY(d.cacheDirectory().endsWith(u"/discovery/127.0.0.1_"_s + QString::number(m_server->port())));
    }

    void unknownNameRefreshes()
    {
        auto d = discovery();
        QVERIFY(load(*d));
        QVERIFY(!d->lookup(u"medusabackups"_s));
        // A CRD installed after discovery ran.
        m_api->addResource({u"medusa.k8ssandra.io"_s, u"v1alpha1"_s, u"medusabackups"_s, u"MedusaBackup"_s, u"medusabackup"_s, true, {}, {}, {}});
        const auto r = resolve(*d, u"medusabackup"_s);
        QVERIFY(r);
        QCOMPARE(r->group, u"medusa.k8ssandra.io"_s);
        // And the refreshed list reached the disk cache.
        auto again = discovery();
        QVERIFY(load(*again));
        QVERIFY(again->lookup(u"medusabackups"_s));

        QString error;
        QVERIFY(!resolve(*d, u"nosuch"_s, &error));
        QCOMPARE(error, u"the server doesn't have a resource type \"nosuch\""_s);
    }

    void resolveKind()
    {
        auto d = discovery();
        bool done = false;
        std::optional<ApiResource> found;
        d->resolveKind(u"cassandra.datastax.com/v1beta1"_s, u"CassandraDatacenter"_s, this,
                       [&](const ApiResource &r) {
                           found = r;
                           done = true;
                       },
                       [&](const KubeError &) { done = true; });
        QTRY_VERIFY(done);
        QVERIFY(found);
        QCOMPARE(found->resource, u"cassandradatacenters"_s);
        QVERIFY(!d->lookupKind(u"apps/v2"_s, u"Deployment"_s));
    }

    void legacyPartialFailure()
    {
        m_api->setDiscoveryMode(FakeApi::DiscoveryMode::Legacy);
        m_api->addResource({u"metrics.k8s.io"_s, u"v1beta1"_s, u"pods"_s, u"PodMetrics"_s, u"podmetrics"_s, true, {}, {}, {}});
        m_server->addHandler([](const HttpRequest &req, HttpConnection *c) {
            if (req.path != u"/apis/metrics.k8s.io/v1beta1"_s) {
                return false;
            }
            c->respondStatus(503, u"ServiceUnavailable"_s, u"the server is currently unable to handle the request"_s);
            return true;
        });
        ClientOptions o;
        o.maxRetries = 0;
        RestConfig rc;
        rc.server = m_server->url();
        m_client = std::make_unique<KubeClient>(rc, nullptr, o);
        auto d = discovery();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"couldn't get resource list for /apis/metrics.k8s.io/v1beta1"_s));
        QVERIFY(load(*d));
        QCOMPARE(d->partialFailures().size(), 1);
        QVERIFY(d->partialFailures().first().startsWith(u"metrics.k8s.io/v1beta1"_s));
        QVERIFY(d->lookup(u"cassdc"_s));
    }

    void serverDownIsAnError()
    {
        m_server->close();
        auto d = discovery();
        QVERIFY(!load(*d));
        QVERIFY(!d->isLoaded());
    }
};

QTEST_GUILESS_MAIN(TestKubeDiscovery)
#include "tst_kube_discovery.moc"
