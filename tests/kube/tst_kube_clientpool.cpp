// The per-context client pool (lazy authentication), the CLI's blocking wrapper, and query encoding.
#include "fakeapi.h"
#include "kube/blockingclient.h"
#include "kube/clientpool.h"
#include "kube/shellenvironment.h"
#include "kubetest.h"

using namespace Ringside;
using namespace Ringside::Test;
using namespace Qt::StringLiterals;

class TestKubeClientPool : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeHttpServer> m_server;
    FakeApi *m_api = nullptr;

    QByteArray config(const QByteArray &plainToken) const
    {
        const QByteArray server = m_server->url().toString().toUtf8();
        return "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: " + server
               + "\nusers:\n- name: plain\n  user:\n    token: " + plainToken
               + "\n- name: sso\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: ./sso.sh\n"
                 "      interactiveMode: Never\n"
                 "contexts:\n- name: plain\n  context:\n    cluster: c\n    user: plain\n    namespace: cass\n"
                 "- name: sso\n  context:\n    cluster: c\n    user: sso\ncurrent-context: plain\n";
    }

    Kubeconfig load(const QByteArray &text)
    {
        const QString file = m_dir.filePath(u"config"_s);
        writeFile(file, text);
        return KubeconfigLoader::loadText(text, file);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_api = new FakeApi(m_server.get());
        QVERIFY(writeFile(m_dir.filePath(u"sso.sh"_s),
                          "#!/bin/sh\ntouch \"$(dirname \"$0\")/sso-ran\"\nprintf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":"
                          "\"ExecCredential\",\"status\":{\"token\":\"sso\"}}'\n",
                          true));
    }

    void contextsAuthenticateLazily()
    {
        auto shell = std::make_shared<ShellEnvironment>();
        shell->setShell(QString());
        ClientPool pool(shell);
        pool.setKubeconfig(load(config("t1")));
        QVERIFY(pool.activeContexts().isEmpty());
        QString error;
        KubeClient *plain = pool.client({}, &error); // the current context
        QVERIFY2(plain, qPrintable(error));
        QCOMPARE(plain->config().contextName, u"plain"_s);
        QCOMPARE(plain->config().nameSpace, u"cass"_s);
        QCOMPARE(pool.client(u"plain"_s, &error), plain);
        BlockingClient blocking(plain);
        QVERIFY(blocking.list(ResourceRef::core(u"pods"_s, u"cass"_s)).ok());

        KubeClient *sso = pool.client(u"sso"_s, &error);
        QVERIFY(sso);
        QCOMPARE(pool.activeContexts().size(), 2);
        QVERIFY(!QFile::exists(m_dir.filePath(u"sso-ran"_s))); // a client exists, but nothing needed credentials yet
        QVERIFY(BlockingClient(sso).get(ResourceRef::core(u"namespaces"_s)).ok());
        QVERIFY(QFile::exists(m_dir.filePath(u"sso-ran"_s)));

        QVERIFY(!pool.client(u"nope"_s, &error));
        QCOMPARE(error, u"context \"nope\" does not exist"_s);
    }

    void changedContextsAreDropped()
    {
        ClientPool pool;
        pool.setKubeconfig(load(config("t1")));
        QString error;
        QVERIFY(pool.client(u"plain"_s, &error));
        QVERIFY(pool.client(u"sso"_s, &error));
        QSignalSpy dropped(&pool, &ClientPool::clientDropped);
        pool.setKubeconfig(load(config("t2")));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().first().toString(), u"plain"_s);
        QCOMPARE(pool.activeContexts(), QStringList{u"sso"_s});
        KubeClient *again = pool.client(u"plain"_s, &error);
        QCOMPARE(again->config().token, u"t2"_s);
    }

    void sharedInformersThroughThePool()
    {
        ClientPool pool;
        pool.setKubeconfig(load(config("t1")));
        InformerOptions o;
        o.resource = ResourceRef::core(u"pods"_s, u"cass"_s);
        QString error;
        auto a = pool.informer(u"plain"_s, o, &error);
        auto b = pool.informer(u"plain"_s, o, &error);
        QVERIFY(a && a == b);
        QTRY_COMPARE(m_api->activeWatches(), 1);
    }

    void blockingClientAndDiscovery()
    {
        ClientPool pool;
        pool.setKubeconfig(load(config("t1")));
        QString error;
        Discovery *d = pool.discovery(u"plain"_s, &error);
        QVERIFY(d);
        d->setCacheDirectory(QString());
        BlockingClient bc(pool.client(u"plain"_s, &error));
        KubeError e;
        QVERIFY(BlockingClient::allowed(&e));
        const auto cassdc = bc.resolve(d, u"cassdc"_s, &e);
        QVERIFY2(cassdc, qPrintable(e.toString()));
        const QByteArray manifest = "apiVersion: cassandra.datastax.com/v1beta1\nkind: CassandraDatacenter\nmetadata:\n  name: dc1\nspec:\n  size: 3\n";
        const auto applied = bc.apply(cassdc->ref(u"cass"_s), manifest);
        QVERIFY2(applied.ok(), qPrintable(applied.error ? applied.error->toString() : QString()));
        const auto got = bc.get(cassdc->ref(u"cass"_s, u"dc1"_s));
        QVERIFY(got.ok());
        QCOMPARE(got.response->object.value(u"spec"_s).toObject().value(u"size"_s).toInt(), 3);
        const auto missing = bc.get(cassdc->ref(u"cass"_s, u"dc9"_s));
        QVERIFY(missing.error && missing.error->isNotFound());
        QVERIFY(!bc.resolve(d, u"nosuchkind"_s, &e));
    }

    void queryValuesAreEncoded()
    {
        ClientPool pool;
        pool.setKubeconfig(load(config("t1")));
        QString error;
        BlockingClient bc(pool.client(u"plain"_s, &error));
        ListOptions o;
        o.labelSelector = u"app in (a+b, c&d),tier=x=y,pct%,ünï"_s;
        bc.list(ResourceRef::core(u"pods"_s, u"cass"_s), o);
        QCOMPARE(m_server->requests.last().queryValue(u"labelSelector"_s), o.labelSelector);
        QVERIFY(!m_server->requests.last().query.toString(QUrl::FullyEncoded).contains(u'+'));
    }
};

QTEST_GUILESS_MAIN(TestKubeClientPool)
#include "tst_kube_clientpool.moc"
