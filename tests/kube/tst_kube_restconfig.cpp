// Resolving a kubeconfig context into a RestConfig: every way it can be unusable gives a specific message,
// and proxies come from proxy-url or, like kubectl, from HTTPS_PROXY/NO_PROXY.
#include "kube/restconfig.h"
#include "kubetest.h"
#include "testpki.h"

using namespace Ringside;
using namespace Ringside::Test;
using namespace Qt::StringLiterals;

class TestKubeRestConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void errors_data()
    {
        const TestPki &pki = TestPki::get();
        QTest::addColumn<QByteArray>("cluster");
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QString>("message");
        const QByteArray server = "    server: https://10.0.0.1:6443\n";
        QTest::newRow("no server") << QByteArray("    insecure-skip-tls-verify: true\n") << QByteArray("    token: t\n") << u"has no server"_s;
        QTest::newRow("not http") << QByteArray("    server: ftp://x\n") << QByteArray("    token: t\n") << u"is not an http(s) URL"_s;
        QTest::newRow("missing CA file") << server + "    certificate-authority: nowhere/ca.crt\n" << QByteArray("    token: t\n")
                                         << u"cannot read certificate-authority"_s;
        QTest::newRow("CA not PEM") << server + "    certificate-authority-data: " + b64("hello") + "\n" << QByteArray("    token: t\n")
                                    << u"holds no PEM certificate"_s;
        QTest::newRow("CA and insecure") << server + "    certificate-authority-data: " + b64(pki.ca.certPem) + "\n    insecure-skip-tls-verify: true\n"
                                         << QByteArray("    token: t\n") << u"with the insecure flag is not allowed"_s;
        QTest::newRow("cert without key") << server << "    client-certificate-data: " + b64(pki.clientRsa.certPem) + "\n"
                                          << u"has a client certificate but no client key"_s;
        QTest::newRow("key not a key") << server
                                       << "    client-certificate-data: " + b64(pki.clientRsa.certPem) + "\n    client-key-data: " + b64("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n") + "\n"
                                       << u"the client key cannot be read"_s;
        QTest::newRow("token and basic") << server << QByteArray("    token: t\n    username: u\n    password: p\n") << u"but not both"_s;
        QTest::newRow("exec version") << server << QByteArray("    exec:\n      apiVersion: client.authentication.k8s.io/v1alpha1\n      command: x\n")
                                      << u"is not supported"_s;
        QTest::newRow("exec v1 needs interactiveMode") << server << QByteArray("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: x\n")
                                                       << u"interactiveMode must be set"_s;
        QTest::newRow("gcp provider") << server << QByteArray("    auth-provider:\n      name: gcp\n") << u"use their exec plugins"_s;
        QTest::newRow("socks4 proxy") << server + "    proxy-url: socks4://p:1080\n" << QByteArray("    token: t\n") << u"unsupported scheme"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, cluster);
        QFETCH(QByteArray, user);
        QFETCH(QString, message);
        QString error;
        const auto rc = restConfig(kubeconfigText(cluster, user), m_dir.filePath(u"config"_s), &error);
        QVERIFY(!rc);
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void missingContextAndUser()
    {
        QString error;
        Kubeconfig kc = KubeconfigLoader::loadText(kubeconfigText("    server: https://h\n", "    token: t\n"), m_dir.filePath(u"c"_s));
        QVERIFY(!RestConfig::fromKubeconfig(kc, u"other"_s, &error));
        QCOMPARE(error, u"context \"other\" does not exist"_s);
        kc.users.clear();
        QVERIFY(!RestConfig::fromKubeconfig(kc, {}, &error));
        QCOMPARE(error, u"context \"ctx\": user \"u\" does not exist"_s);
    }

    void resolved()
    {
        QString error;
        const auto rc = restConfig(kubeconfigText("    server: kube.example.com:6443/prefix/\n", "    token: t\n", "cass-operator"),
                                   m_dir.filePath(u"config"_s), &error);
        QVERIFY2(rc, qPrintable(error));
        QCOMPARE(rc->server.toString(), u"https://kube.example.com:6443/prefix"_s); // default scheme, no trailing slash
        QCOMPARE(rc->nameSpace, u"cass-operator"_s);
        QCOMPARE(rc->authMethod, AuthMethod::Token);
        QCOMPARE(rc->hostPort(), u"kube.example.com_6443"_s);
        const auto noNs = restConfig(kubeconfigText("    server: https://h\n", "    token: t\n", "\"\""), m_dir.filePath(u"config"_s), &error);
        QCOMPARE(noNs->nameSpace, u"default"_s);
    }

    void proxyFromEnvironment()
    {
        QProcessEnvironment env;
        env.insert(u"HTTPS_PROXY"_s, u"proxy.corp:3128"_s);
        env.insert(u"NO_PROXY"_s, u".internal,10.0.0.0/8,kube.example.com:7443"_s);
        QString error;
        auto p = RestConfig::proxyFromEnvironment(QUrl(u"https://kube.example.com:6443"_s), env, &error);
        QVERIFY(p);
        QCOMPARE(p->type(), QNetworkProxy::HttpProxy);
        QCOMPARE(p->hostName(), u"proxy.corp"_s);
        QCOMPARE(p->port(), quint16(3128));
        QVERIFY(!RestConfig::proxyFromEnvironment(QUrl(u"https://api.internal"_s), env, &error));
        QVERIFY(!RestConfig::proxyFromEnvironment(QUrl(u"https://10.1.2.3"_s), env, &error));
        QVERIFY(!RestConfig::proxyFromEnvironment(QUrl(u"https://kube.example.com:7443"_s), env, &error));
        QVERIFY(!RestConfig::proxyFromEnvironment(QUrl(u"https://127.0.0.1:6443"_s), env, &error)); // loopback: never
        QVERIFY(!RestConfig::proxyFromEnvironment(QUrl(u"http://kube.example.com"_s), env, &error));  // HTTP_PROXY unset
        env.insert(u"HTTPS_PROXY"_s, u"https://secure-proxy:443"_s);
        QVERIFY(!RestConfig::proxyFromEnvironment(QUrl(u"https://kube.example.com"_s), env, &error));
        QVERIFY(error.contains(u"HTTPS proxies"_s));
        error.clear();
        auto socks = RestConfig::parseProxyUrl(u"socks5h://u:p@127.0.0.1:1080"_s, &error);
        QVERIFY(socks);
        QCOMPARE(socks->type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(socks->user(), u"u"_s);
    }

    void privateKeys()
    {
        const TestPki &pki = TestPki::get();
        QCOMPARE(RestConfig::parsePrivateKey(pki.clientRsa.key.traditional).algorithm(), QSsl::Rsa);
        QCOMPARE(RestConfig::parsePrivateKey(pki.clientRsa.key.pkcs8).algorithm(), QSsl::Rsa);
        QCOMPARE(RestConfig::parsePrivateKey(pki.clientEc.key.traditional).algorithm(), QSsl::Ec);
        QCOMPARE(RestConfig::parsePrivateKey(pki.clientEc.key.pkcs8).algorithm(), QSsl::Ec);
        QVERIFY(RestConfig::parsePrivateKey("not a key").isNull());
    }
};

QTEST_GUILESS_MAIN(TestKubeRestConfig)
#include "tst_kube_restconfig.moc"
