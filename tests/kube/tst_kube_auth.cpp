// Authentication against local TLS servers: client certificates (RSA/EC, PKCS#1/PKCS#8, file and data), CA
// verification, tls-server-name, insecure-skip-tls-verify, tokens, token files, basic auth, impersonation and proxies.
// Exec plugins and OIDC are in tst_kube_exec_auth.cpp.
#include "fakeapi.h"
#include "httpserver.h"
#include "kube/kubeclient.h"
#include "kubetest.h"
#include "testpki.h"
#include "testproxy.h"

#include <QJsonArray>
#include <QSslKey>

using namespace Ringside;
using namespace Ringside::Test;
using namespace Qt::StringLiterals;

class TestKubeAuth : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<FakeHttpServer> server(bool requireClientCert, const TestCert &cert)
    {
        const TestPki &pki = TestPki::get();
        auto s = std::make_unique<FakeHttpServer>();
        if (!s->listen(FakeHttpServer::tlsConfig(cert.certPem, cert.key.pkcs8, requireClientCert ? pki.ca.certPem : QByteArray()))) {
            return nullptr;
        }
        s->addHandler([](const HttpRequest &req, HttpConnection *c) {
            if (req.path != u"/whoami"_s) {
                return false;
            }
            QJsonObject extra;
            for (const auto &h : req.headers) {
                if (h.first.startsWith("impersonate-extra-")) {
                    extra.insert(QString::fromLatin1(h.first.mid(18)), QString::fromUtf8(h.second));
                }
            }
            QJsonArray groups;
            for (const QByteArray &g : req.headerValues("impersonate-group")) {
                groups.append(QString::fromUtf8(g));
            }
            const QStringList cn = req.peerCertificate.subjectInfo(QSslCertificate::CommonName);
            const QJsonObject o{{u"authorization"_s, QString::fromUtf8(req.header("authorization"))},
                                {u"cn"_s, cn.value(0)},
                                {u"user"_s, QString::fromUtf8(req.header("impersonate-user"))},
                                {u"uid"_s, QString::fromUtf8(req.header("impersonate-uid"))},
                                {u"groups"_s, groups},
                                {u"extra"_s, extra},
                                {u"userAgent"_s, QString::fromUtf8(req.header("user-agent"))}};
            c->respond(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
            return true;
        });
        return s;
    }

    QByteArray cluster(const FakeHttpServer &s, const QByteArray &extra = {}, const QByteArray &caPem = TestPki::get().ca.certPem)
    {
        QByteArray out = "    server: " + s.url().toString().toUtf8() + "\n";
        if (!caPem.isEmpty()) {
            out += "    certificate-authority-data: " + b64(caPem) + "\n";
        }
        return out + extra;
    }

    // Sends GET /whoami with the kubeconfig text; returns the outcome.
    Outcome whoami(const QByteArray &kubeconfig, RestConfig *used = nullptr)
    {
        Outcome out;
        QString error;
        const auto rc = restConfig(kubeconfig, m_dir.filePath(u"config"_s), &error);
        if (!rc) {
            out.err = KubeError::make(KubeError::Kind::Config, error);
            out.done = true;
            return out;
        }
        if (used) {
            *used = *rc;
        }
        ClientOptions options;
        options.retryBaseDelay = std::chrono::milliseconds(20); // a refused handshake looks like a reset: retried
        KubeClient client(*rc, {}, options);
        KubeRequest req;
        req.path = u"/whoami"_s;
        client.send(req, this, out.onOk(), out.onErr());
        if (!QTest::qWaitFor([&out] { return out.done; }, 15000)) {
            out.err = KubeError::make(KubeError::Kind::Timeout, u"test timed out"_s);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void clientCertificate_data()
    {
        QTest::addColumn<bool>("ec");
        QTest::addColumn<bool>("pkcs8");
        QTest::addColumn<bool>("files");
        QTest::newRow("rsa-pkcs1-data") << false << false << false;
        QTest::newRow("rsa-pkcs8-data") << false << true << false;
        QTest::newRow("ec-sec1-data") << true << false << false;
        QTest::newRow("ec-pkcs8-data") << true << true << false;
        QTest::newRow("rsa-pkcs1-files") << false << false << true;
        QTest::newRow("ec-pkcs8-files") << true << true << true;
    }

    void clientCertificate()
    {
        QFETCH(bool, ec);
        QFETCH(bool, pkcs8);
        QFETCH(bool, files);
        const TestPki &pki = TestPki::get();
        auto s = server(true, pki.server);
        QVERIFY(s);
        const TestCert &cert = ec ? pki.clientEc : pki.clientRsa;
        const QByteArray key = pkcs8 ? cert.key.pkcs8 : cert.key.traditional;
        QVERIFY(key.startsWith(pkcs8 ? "-----BEGIN PRIVATE KEY" : (ec ? "-----BEGIN EC PRIVATE KEY" : "-----BEGIN RSA PRIVATE KEY")));
        QByteArray user;
        if (files) {
            QVERIFY(writeFile(m_dir.filePath(u"client.crt"_s), cert.certPem));
            QVERIFY(writeFile(m_dir.filePath(u"client.key"_s), key));
            QVERIFY(writeFile(m_dir.filePath(u"ca.crt"_s), pki.ca.certPem));
            user = "    client-certificate: client.crt\n    client-key: client.key\n"; // relative to the kubeconfig
            const Outcome o = whoami(kubeconfigText("    server: " + s->url().toString().toUtf8() + "\n    certificate-authority: ca.crt\n", user));
            QVERIFY2(o.ok, qPrintable(o.errorText()));
            QCOMPARE(o.ok->object.value(u"cn"_s).toString(), ec ? u"ringside-ec"_s : u"ringside-rsa"_s);
            return;
        }
        user = "    client-certificate-data: " + b64(cert.certPem) + "\n    client-key-data: " + b64(key) + "\n";
        RestConfig rc;
        const Outcome o = whoami(kubeconfigText(cluster(*s), user), &rc);
        QVERIFY2(o.ok, qPrintable(o.errorText()));
        QCOMPARE(o.ok->object.value(u"cn"_s).toString(), ec ? u"ringside-ec"_s : u"ringside-rsa"_s);
        QCOMPARE(rc.clientKey.algorithm(), ec ? QSsl::Ec : QSsl::Rsa);
        QCOMPARE(rc.authMethod, AuthMethod::ClientCertificate);
        QVERIFY(o.ok->object.value(u"userAgent"_s).toString().startsWith(u"ringside/"_s));
    }

    void noClientCertificateIsRefused()
    {
        auto s = server(true, TestPki::get().server);
        QVERIFY(s);
        const Outcome o = whoami(kubeconfigText(cluster(*s), "    token: abc\n"));
        QVERIFY(o.err);
        QVERIFY(o.err->kind == KubeError::Kind::Network || o.err->kind == KubeError::Kind::Tls);
    }

    void wrongCaFails()
    {
        const TestPki &pki = TestPki::get();
        auto s = server(false, pki.server);
        QVERIFY(s);
        const Outcome o = whoami(kubeconfigText(cluster(*s, {}, pki.otherCa.certPem), "    token: abc\n"));
        QVERIFY(o.err);
        QCOMPARE(o.err->kind, KubeError::Kind::Tls);
        QVERIFY2(o.err->message.contains(u"TLS verification failed"_s), qPrintable(o.err->message));
        QVERIFY(o.err->message.contains(u"127.0.0.1:"_s));
        QCOMPARE(o.err->method, QByteArray("GET"));
        QCOMPARE(o.err->url.path(), u"/whoami"_s);
    }

    void serverSignedByAnotherCaFails()
    {
        auto s = server(false, TestPki::get().serverByOtherCa);
        QVERIFY(s);
        const Outcome o = whoami(kubeconfigText(cluster(*s), "    token: abc\n"));
        QVERIFY(o.err);
        QCOMPARE(o.err->kind, KubeError::Kind::Tls);
    }

    void tlsServerName()
    {
        auto s = server(false, TestPki::get().serverNamed);
        QVERIFY(s);
        // The certificate names only kube.test: connecting to 127.0.0.1 fails...
        const Outcome bad = whoami(kubeconfigText(cluster(*s), "    token: abc\n"));
        QVERIFY(bad.err);
        QCOMPARE(bad.err->kind, KubeError::Kind::Tls);
        // ...unless tls-server-name says which name to verify.
        const Outcome good = whoami(kubeconfigText(cluster(*s, "    tls-server-name: kube.test\n"), "    token: abc\n"));
        QVERIFY2(good.ok, qPrintable(good.errorText()));
    }

    void insecureSkipTlsVerifyWorksAndWarns()
    {
        auto s = server(false, TestPki::get().serverByOtherCa);
        QVERIFY(s);
        RestConfig rc;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"insecure-skip-tls-verify"_s));
        const Outcome o = whoami(kubeconfigText(cluster(*s, "    insecure-skip-tls-verify: true\n", {}), "    token: abc\n"), &rc);
        QVERIFY2(o.ok, qPrintable(o.errorText()));
        QCOMPARE(rc.warnings.size(), 1);
        QVERIFY(rc.warnings.first().contains(u"insecure-skip-tls-verify"_s));
    }

    void bearerToken()
    {
        auto s = server(false, TestPki::get().server);
        QVERIFY(s);
        const Outcome o = whoami(kubeconfigText(cluster(*s), "    token: sekret-token-123\n"));
        QVERIFY2(o.ok, qPrintable(o.errorText()));
        QCOMPARE(o.ok->object.value(u"authorization"_s).toString(), u"Bearer sekret-token-123"_s);
    }

    void basicAuth()
    {
        auto s = server(false, TestPki::get().server);
        QVERIFY(s);
        const Outcome o = whoami(kubeconfigText(cluster(*s), "    username: admin\n    password: p@ss:word\n"));
        QVERIFY2(o.ok, qPrintable(o.errorText()));
        QCOMPARE(o.ok->object.value(u"authorization"_s).toString(), u"Basic "_s + QString::fromLatin1(QByteArray("admin:p@ss:word").toBase64()));
    }

    void tokenFileIsReadAgainWhenItChanges()
    {
        auto s = server(false, TestPki::get().server);
        QVERIFY(s);
        QSet<QByteArray> accepted{"Bearer first"};
        s->addHandler([&accepted](const HttpRequest &req, HttpConnection *c) {
            if (req.path != u"/guarded"_s) {
                return false;
            }
            if (!accepted.contains(req.header("authorization"))) {
                c->respondStatus(401, u"Unauthorized"_s, u"Unauthorized"_s);
            } else {
                c->respond(200, "{\"token\":\"" + req.header("authorization") + "\"}");
            }
            return true;
        });
        const QString tokenFile = m_dir.filePath(u"token"_s);
        QVERIFY(writeFile(tokenFile, "first\n"));
        QString error;
        const auto rc = restConfig(kubeconfigText(cluster(*s), "    tokenFile: token\n"), m_dir.filePath(u"config"_s), &error);
        QVERIFY2(rc, qPrintable(error));
        QCOMPARE(rc->authMethod, AuthMethod::TokenFile);
        KubeClient client(*rc);
        KubeRequest req;
        req.path = u"/guarded"_s;
        Outcome a;
        client.send(req, this, a.onOk(), a.onErr());
        QTRY_VERIFY(a.done);
        QVERIFY2(a.ok, qPrintable(a.errorText()));
        QCOMPARE(a.ok->object.value(u"token"_s).toString(), u"Bearer first"_s);

        // Rotated (as the kubelet rotates projected tokens): the next request uses the new token.
        accepted = {"Bearer second"};
        QVERIFY(writeFile(tokenFile, "second\n"));
        QFile(tokenFile).setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime);
        Outcome b;
        client.send(req, this, b.onOk(), b.onErr());
        QTRY_VERIFY(b.done);
        QVERIFY2(b.ok, qPrintable(b.errorText()));
        QCOMPARE(b.ok->object.value(u"token"_s).toString(), u"Bearer second"_s);

        // Rotated with the same size and modification time: the 401 makes the client read the file again.
        accepted = {"Bearer thirdd"};
        const QDateTime mtime = QFileInfo(tokenFile).lastModified();
        QVERIFY(writeFile(tokenFile, "thirdd\n"));
        QFile(tokenFile).setFileTime(mtime, QFileDevice::FileModificationTime);
        Outcome c;
        client.send(req, this, c.onOk(), c.onErr());
        QTRY_VERIFY(c.done);
        QVERIFY2(c.ok, qPrintable(c.errorText()));
        QCOMPARE(c.ok->object.value(u"token"_s).toString(), u"Bearer thirdd"_s);

        // A rejected token that did not change is a plain 401, not a loop.
        accepted = {};
        Outcome d;
        const int before = int(s->requests.size());
        client.send(req, this, d.onOk(), d.onErr());
        QTRY_VERIFY(d.done);
        QVERIFY(d.err);
        QCOMPARE(d.err->httpStatus, 401);
        QCOMPARE(int(s->requests.size()) - before, 1);
    }

    void impersonation()
    {
        auto s = server(false, TestPki::get().server);
        QVERIFY(s);
        const QByteArray user = "    token: t\n    as: jane\n    as-groups:\n    - dba\n    as-uid: \"42\"\n"
                                "    as-user-extra:\n      scopes:\n      - view\n";
        const Outcome o = whoami(kubeconfigText(cluster(*s), user));
        QVERIFY2(o.ok, qPrintable(o.errorText()));
        QCOMPARE(o.ok->object.value(u"user"_s).toString(), u"jane"_s);
        QCOMPARE(o.ok->object.value(u"groups"_s).toArray(), (QJsonArray{u"dba"_s}));
        QCOMPARE(o.ok->object.value(u"uid"_s).toString(), u"42"_s);
        QCOMPARE(o.ok->object.value(u"extra"_s).toObject().value(u"scopes"_s).toString(), u"view"_s);

        // Several groups would need repeated headers, which Qt cannot send: refused, not silently cut to one.
        const Outcome many = whoami(kubeconfigText(cluster(*s), "    token: t\n    as: jane\n    as-groups: [dba, ops]\n"));
        QVERIFY(many.err);
        QCOMPARE(many.err->kind, KubeError::Kind::Config);
        QVERIFY2(many.err->message.contains(u"several groups"_s), qPrintable(many.err->message));
    }

    void proxies_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("http") << int(TestProxy::Kind::HttpConnect);
        QTest::newRow("socks5") << int(TestProxy::Kind::Socks5);
    }

    void proxies()
    {
        QFETCH(int, kind);
        auto s = server(false, TestPki::get().server);
        QVERIFY(s);
        TestProxy proxy{static_cast<TestProxy::Kind>(kind)};
        QVERIFY(proxy.listen());
        const QByteArray scheme = kind == int(TestProxy::Kind::HttpConnect) ? "http" : "socks5";
        const QByteArray extra = "    proxy-url: " + scheme + "://proxyuser:proxypass@127.0.0.1:" + QByteArray::number(proxy.port()) + "\n";
        const Outcome o = whoami(kubeconfigText(cluster(*s, extra), "    token: via-proxy\n"));
        QVERIFY2(o.ok, qPrintable(o.errorText()));
        QCOMPARE(o.ok->object.value(u"authorization"_s).toString(), u"Bearer via-proxy"_s);
        QVERIFY(!proxy.targets.isEmpty());
        QCOMPARE(proxy.targets.first(), u"127.0.0.1:"_s + QString::number(s->port()));
    }

    void httpsProxyIsAClearError()
    {
        auto s = server(false, TestPki::get().server);
        QVERIFY(s);
        const Outcome o = whoami(kubeconfigText(cluster(*s, "    proxy-url: https://proxy.example:3128\n"), "    token: t\n"));
        QVERIFY(o.err);
        QCOMPARE(o.err->kind, KubeError::Kind::Config);
        QVERIFY2(o.err->message.contains(u"HTTPS proxies"_s), qPrintable(o.err->message));
    }
};

QTEST_GUILESS_MAIN(TestKubeAuth)
#include "tst_kube_auth.moc"
