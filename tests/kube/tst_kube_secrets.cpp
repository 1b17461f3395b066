// Credentials never reach log output (with every ringside debug category on) or error texts, through successful
// and failing flows of every auth method.
#include "httpserver.h"
#include "kube/kubeclient.h"
#include "kube/shellenvironment.h"
#include "kubetest.h"
#include "testpki.h"
#include "testproxy.h"

using namespace Ringside;
using namespace Ringside::Test;
using namespace Qt::StringLiterals;

namespace {
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(QString::fromLatin1(context.category ? context.category : "") + u": "_s + message);
    Q_UNUSED(type);
}

QByteArray jwt(qint64 exp, const QByteArray &sub)
{
    const auto enc = [](const QByteArray &b) { return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals); };
    return enc("{\"alg\":\"none\"}") + '.' + enc("{\"sub\":\"" + sub + "\",\"exp\":" + QByteArray::number(exp) + "}") + '.' + enc("sig");
}
} // namespace

class TestKubeSecrets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeHttpServer> m_server;
    QStringList m_secrets;
    QStringList m_errors;

    QByteArray cluster(const QByteArray &extra = {}) const
    {
        return "    server: " + m_server->url().toString().toUtf8() + "\n    certificate-authority-data: " + b64(TestPki::get().ca.certPem) + "\n" + extra;
    }

    void request(const QByteArray &user, const QByteArray &clusterExtra = {})
    {
        QString error;
        const auto rc = restConfig(kubeconfigText(cluster(clusterExtra), user), m_dir.filePath(u"config"_s), &error);
        if (!rc) {
            m_errors.append(error);
            return;
        }
        auto shell = std::make_shared<ShellEnvironment>();
        shell->setShell(QString());
        ClientOptions o;
        o.retryBaseDelay = std::chrono::milliseconds(5);
        KubeClient client(*rc, shell, o);
        for (const QString &path : {u"/ok"_s, u"/reject"_s}) {
            Outcome out;
            KubeRequest req;
            req.path = path;
            client.send(req, this, out.onOk(), out.onErr());
            QVERIFY(QTest::qWaitFor([&out] { return out.done; }, 20000));
            if (out.err) {
                m_errors << out.err->toString() << out.err->message << out.err->requestString() << out.err->url.toString();
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLoggingCategory::setFilterRules(u"ringside.*=true"_s);
        g_previous = qInstallMessageHandler(capture);
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen(FakeHttpServer::tlsConfig(TestPki::get().server.certPem, TestPki::get().server.key.pkcs8)));
        m_server->addHandler([](const HttpRequest &req, HttpConnection *c) {
            if (req.path == u"/ok"_s) {
                c->respond(200, "{}");
            } else {
                c->respondStatus(401, u"Unauthorized"_s, u"Unauthorized"_s);
            }
            return true;
        });
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());
    }

    void tokenAndBasic()
    {
        m_secrets << u"tok-SECRET-1"_s << u"pw-SECRET-2"_s;
        request("    token: tok-SECRET-1\n");
        request("    username: admin\n    password: pw-SECRET-2\n");
        m_secrets << QString::fromLatin1(QByteArray("admin:pw-SECRET-2").toBase64());
    }

    void tokenFile()
    {
        m_secrets << u"file-SECRET-3"_s;
        QVERIFY(writeFile(m_dir.filePath(u"token"_s), "file-SECRET-3\n"));
        request("    tokenFile: token\n");
    }

    void clientKey()
    {
        const QByteArray key = TestPki::get().clientRsa.key.pkcs8;
        m_secrets << QString::fromLatin1(key.split('\n').value(1)) << QString::fromLatin1(b64(key).left(80));
        request("    client-certificate-data: " + b64(TestPki::get().clientRsa.certPem) + "\n    client-key-data: " + b64(key) + "\n");
    }

    void execPlugin()
    {
        m_secrets << u"exec-SECRET-4"_s << u"env-SECRET-5"_s;
        QVERIFY(writeFile(m_dir.filePath(u"plugin.sh"_s),
                          "#!/bin/sh\nprintf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"exec-SECRET-4\"}}'\n",
                          true));
        const QByteArray exec = "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: ./plugin.sh\n      interactiveMode: Never\n"
                                "      env:\n      - name: AWS_SECRET_ACCESS_KEY\n        value: env-SECRET-5\n";
        request(exec);
        // A plugin printing its token in malformed output: the error must not quote it.
        QVERIFY(writeFile(m_dir.filePath(u"plugin.sh"_s), "#!/bin/sh\nprintf '{\"token\": \"exec-SECRET-4\"'\n", true));
        request(exec);
    }

    void oidc()
    {
        const TestPki &pki = TestPki::get();
        FakeHttpServer issuer;
        QVERIFY(issuer.listen(FakeHttpServer::tlsConfig(pki.server.certPem, pki.server.key.pkcs8)));
        const QByteArray fresh = jwt(QDateTime::currentSecsSinceEpoch() + 3600, "SECRET-id");
        const QByteArray expired = jwt(QDateTime::currentSecsSinceEpoch() - 60, "SECRET-old");
        m_secrets << QString::fromLatin1(fresh) << QString::fromLatin1(expired) << u"client-SECRET-6"_s << u"refresh-SECRET-7"_s
                  << u"refresh-SECRET-8"_s;
        issuer.addHandler([&](const HttpRequest &req, HttpConnection *c) {
            if (req.path == u"/.well-known/openid-configuration"_s) {
                c->respond(200, "{\"token_endpoint\":\"" + issuer.url().toString().toUtf8() + "/token\"}");
            } else {
                c->respond(200, "{\"id_token\":\"" + fresh + "\",\"refresh_token\":\"refresh-SECRET-8\"}");
            }
            return true;
        });
        request("    auth-provider:\n      name: oidc\n      config:\n        client-id: ringside\n        client-secret: client-SECRET-6\n"
                "        id-token: " + expired + "\n        refresh-token: refresh-SECRET-7\n        idp-issuer-url: " + issuer.url().toString().toUtf8()
                + "\n        idp-certificate-authority-data: " + b64(pki.ca.certPem) + "\n");
        // And an issuer that refuses the refresh.
        issuer.addHandler([](const HttpRequest &req, HttpConnection *c) {
            if (req.path != u"/token"_s) {
                return false;
            }
            c->respond(400, "{\"error\":\"invalid_grant\",\"error_description\":\"refresh token revoked\"}");
            return true;
        });
        QVERIFY(writeFile(m_dir.filePath(u"config"_s), QByteArray()));
        request("    auth-provider:\n      name: oidc\n      config:\n        client-id: ringside\n        client-secret: client-SECRET-6\n"
                "        id-token: " + expired + "\n        refresh-token: refresh-SECRET-7\n        idp-issuer-url: " + issuer.url().toString().toUtf8()
                + "\n        idp-certificate-authority-data: " + b64(pki.ca.certPem) + "\n");
        QVERIFY(std::any_of(m_errors.cbegin(), m_errors.cend(), [](const QString &e) { return e.contains(u"invalid_grant"_s); }));
    }

    void proxyPassword()
    {
        m_secrets << u"proxy-SECRET-9"_s;
        TestProxy proxy(TestProxy::Kind::HttpConnect);
        QVERIFY(proxy.listen());
        request("    token: tok-SECRET-1\n", "    proxy-url: http://user:proxy-SECRET-9@127.0.0.1:" + QByteArray::number(proxy.port()) + "\n");
        // An unusable proxy URL names the proxy, not its password.
        request("    token: tok-SECRET-1\n", "    proxy-url: ftp://user:proxy-SECRET-9@127.0.0.1:1\n");
        QVERIFY(std::any_of(m_errors.cbegin(), m_errors.cend(), [](const QString &e) { return e.contains(u"unsupported scheme"_s); }));
    }

    void execArguments()
    {
        // cqlsh -p PASSWORD travels in an exec's query; URLs in errors and logs keep the program only.
        const QUrl url(u"https://127.0.0.1:6443/api/v1/namespaces/ns/pods/p/exec?command=cqlsh&command=-u&command=admin&command=-p&command=cql-SECRET-7&container=cassandra&stdout=true"_s);
        const QString safe = KubeError::safeUrl(url).toString();
        QVERIFY2(!safe.contains(u"cql-SECRET-7"_s), qPrintable(safe));
        QVERIFY2(safe.contains(u"command=cqlsh"_s) && safe.contains(u"container=cassandra"_s), qPrintable(safe));
        // Other URLs keep their query.
        const QUrl list(u"https://127.0.0.1:6443/api/v1/pods?labelSelector=a%3Db&limit=500"_s);
        QCOMPARE(KubeError::safeUrl(list), list);
    }

    void nothingLeaked()
    {
        QVERIFY2(g_messages.size() > 20, "the flows above should have logged something at debug level");
        QVERIFY(m_errors.size() > 10);
        for (const QString &secret : std::as_const(m_secrets)) {
            QVERIFY(!secret.isEmpty());
            for (const QString &m : std::as_const(g_messages)) {
                QVERIFY2(!m.contains(secret), qPrintable(u"log line leaks a secret: "_s + m));
            }
            for (const QString &e : std::as_const(m_errors)) {
                QVERIFY2(!e.contains(secret), qPrintable(u"error text leaks a secret: "_s + e));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestKubeSecrets)
#include "tst_kube_secrets.moc"
