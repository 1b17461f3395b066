// Exec credential plugins (v1 and v1beta1) and the OIDC auth provider, against local TLS servers.
#include "httpserver.h"
#include "kube/execcredential.h"
#include "kube/kubeclient.h"
#include "kube/oidcprovider.h"
#include "kube/shellenvironment.h"
#include "kubetest.h"
#include "testpki.h"

#include <QJsonArray>

using namespace Ringside;
using namespace Ringside::Test;
using namespace Qt::StringLiterals;

namespace {
// An exec plugin: counts its runs, records its environment and arguments, prints a credential whose token is
// "tok-RUN" and whose expiry comes from $EXPIRY (in the kubeconfig's env).
const QByteArray kPlugin =
    "#!/bin/sh\n"
    "d=\"$(dirname \"$0\")\"\n"
    "n=$(cat \"$d/count\" 2>/dev/null || echo 0); n=$((n+1)); echo $n > \"$d/count\"\n"
    "printf '%s' \"$KUBERNETES_EXEC_INFO\" > \"$d/info.json\"\n"
    "printf '%s' \"$*\" > \"$d/args\"\n"
    "printf '%s' \"$GREETING\" > \"$d/env\"\n"
    "if [ -n \"$SLEEP\" ]; then sleep \"$SLEEP\"; fi\n"
    "printf '{\"apiVersion\":\"%s\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"tok-%s\",\"expirationTimestamp\":\"%s\"}}' "
    "\"$API\" \"$n\" \"$EXPIRY\"\n";

QByteArray jwt(qint64 exp, const QByteArray &sub)
{
    const auto enc = [](const QByteArray &b) { return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals); };
    return enc("{\"alg\":\"none\"}") + '.' + enc("{\"sub\":\"" + sub + "\",\"exp\":" + QByteArray::number(exp) + "}") + '.' + enc("sig");
}
} // namespace

class TestKubeExecAuth : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_server;
    QSet<QByteArray> m_accepted; //!< Authorization values the server accepts; empty: any

    QString path(const QString &name) const { return m_dir->filePath(name); }

    QByteArray execUser(const QByteArray &command, const QByteArray &api, const QByteArray &expiry, const QByteArray &extra = {})
    {
        return "    exec:\n      apiVersion: " + api + "\n      command: " + command
               + "\n      args: [\"--region\", \"eu-1\"]\n      interactiveMode: Never\n      provideClusterInfo: true\n"
                 "      env:\n      - name: GREETING\n        value: hello\n      - name: EXPIRY\n        value: \""
               + expiry + "\"\n      - name: API\n        value: " + api + "\n" + extra;
    }

    QByteArray clusterText() const
    {
        return "    server: " + m_server->url().toString().toUtf8() + "\n    certificate-authority-data: " + b64(TestPki::get().ca.certPem)
               + "\n    extensions:\n    - name: client.authentication.k8s.io/exec\n      extension:\n        audience: ringside\n";
    }

    std::unique_ptr<KubeClient> client(const QByteArray &user, std::shared_ptr<ShellEnvironment> shell = {})
    {
        QString error;
        const auto rc = restConfig(kubeconfigText(clusterText(), user), path(u"config"_s), &error);
        if (!rc) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        if (!shell) {
            shell = std::make_shared<ShellEnvironment>();
            shell->setShell(QString()); // no login shell in these tests unless asked
        }
        return std::make_unique<KubeClient>(*rc, shell);
    }

    Outcome get(KubeClient &c)
    {
        Outcome o;
        KubeRequest req;
        req.path = u"/whoami"_s;
        c.send(req, this, o.onOk(), o.onErr());
        if (!QTest::qWaitFor([&o] { return o.done; }, 20000)) {
            o.err = KubeError::make(KubeError::Kind::Timeout, u"test timed out"_s);
        }
        return o;
    }

    int runs() const { return readFile(path(u"count"_s)).trimmed().toInt(); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_accepted.clear();
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen(FakeHttpServer::tlsConfig(TestPki::get().server.certPem, TestPki::get().server.key.pkcs8,
                                                           TestPki::get().ca.certPem.isEmpty() ? QByteArray() : QByteArray())));
        m_server->addHandler([this](const HttpRequest &req, HttpConnection *c) {
            if (!m_accepted.isEmpty() && !m_accepted.contains(req.header("authorization"))) {
                c->respondStatus(401, u"Unauthorized"_s, u"Unauthorized"_s);
                return true;
            }
            const QStringList cn = req.peerCertificate.subjectInfo(QSslCertificate::CommonName);
            c->respond(200, QJsonDocument(QJsonObject{{u"authorization"_s, QString::fromUtf8(req.header("authorization"))},
                                                      {u"cn"_s, cn.value(0)}})
                                .toJson(QJsonDocument::Compact));
            return true;
        });
        QVERIFY(writeFile(path(u"plugin.sh"_s), kPlugin, true));
    }

    void execV1CachedUntilExpiry()
    {
        auto c = client(execUser("./plugin.sh", "client.authentication.k8s.io/v1", "2099-01-01T00:00:00Z"));
        QVERIFY(c);
        QCOMPARE(runs(), 0); // lazy: nothing runs before a request needs credentials
        const Outcome a = get(*c);
        QVERIFY2(a.ok, qPrintable(a.errorText()));
        QCOMPARE(a.ok->object.value(u"authorization"_s).toString(), u"Bearer tok-1"_s);
        const Outcome b = get(*c);
        QVERIFY2(b.ok, qPrintable(b.errorText()));
        QCOMPARE(b.ok->object.value(u"authorization"_s).toString(), u"Bearer tok-1"_s);
        QCOMPARE(runs(), 1);

        // The plugin got its arguments, env and KUBERNETES_EXEC_INFO with the cluster (provideClusterInfo).
        QCOMPARE(readFile(path(u"args"_s)), QByteArray("--region eu-1"));
        QCOMPARE(readFile(path(u"env"_s)), QByteArray("hello"));
        const QJsonObject info = QJsonDocument::fromJson(readFile(path(u"info.json"_s))).object();
        QCOMPARE(info.value(u"kind"_s).toString(), u"ExecCredential"_s);
        QCOMPARE(info.value(u"apiVersion"_s).toString(), u"client.authentication.k8s.io/v1"_s);
        const QJsonObject spec = info.value(u"spec"_s).toObject();
        QCOMPARE(spec.value(u"interactive"_s).toBool(), false);
        const QJsonObject cluster = spec.value(u"cluster"_s).toObject();
        QCOMPARE(cluster.value(u"server"_s).toString(), m_server->url().toString());
        QCOMPARE(QByteArray::fromBase64(cluster.value(u"certificate-authority-data"_s).toString().toLatin1()), TestPki::get().ca.certPem);
        QCOMPARE(cluster.value(u"config"_s).toObject().value(u"audience"_s).toString(), u"ringside"_s);
    }

    void expiredCredentialRunsAgain()
    {
        auto c = client(execUser("./plugin.sh", "client.authentication.k8s.io/v1beta1", "2001-01-01T00:00:00Z"));
        QVERIFY(c);
        QVERIFY(get(*c).ok);
        const Outcome b = get(*c);
        QVERIFY2(b.ok, qPrintable(b.errorText()));
        QCOMPARE(b.ok->object.value(u"authorization"_s).toString(), u"Bearer tok-2"_s);
        QCOMPARE(runs(), 2);
    }

    void unauthorizedRunsThePluginOnceMore()
    {
        m_accepted = {"Bearer tok-2"};
        auto c = client(execUser("./plugin.sh", "client.authentication.k8s.io/v1", "2099-01-01T00:00:00Z"));
        QVERIFY(c);
        const Outcome a = get(*c);
        QVERIFY2(a.ok, qPrintable(a.errorText()));
        QCOMPARE(a.ok->object.value(u"authorization"_s).toString(), u"Bearer tok-2"_s);
        QCOMPARE(runs(), 2);

        // Once more only: a server that rejects everything costs one re-run, then the 401 is reported.
        m_accepted = {"nothing"};
        const Outcome b = get(*c);
        QVERIFY(b.err);
        QCOMPARE(b.err->httpStatus, 401);
        QCOMPARE(runs(), 3);
    }

    void clientCertificateFromPlugin()
    {
        // A server that demands client certificates; the plugin (v1beta1) returns one.
        const TestPki &pki = TestPki::get();
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen(FakeHttpServer::tlsConfig(pki.server.certPem, pki.server.key.pkcs8, pki.ca.certPem)));
        m_server->addHandler([](const HttpRequest &req, HttpConnection *c) {
            c->respond(200, QJsonDocument(QJsonObject{{u"cn"_s, req.peerCertificate.subjectInfo(QSslCertificate::CommonName).value(0)}})
                                .toJson(QJsonDocument::Compact));
            return true;
        });
        const QJsonObject cred{{u"apiVersion"_s, u"client.authentication.k8s.io/v1beta1"_s}, {u"kind"_s, u"ExecCredential"_s},
                               {u"status"_s, QJsonObject{{u"clientCertificateData"_s, QString::fromLatin1(pki.clientEc.certPem)},
                                                        {u"clientKeyData"_s, QString::fromLatin1(pki.clientEc.key.pkcs8)}}}};
        QVERIFY(writeFile(path(u"cred.json"_s), QJsonDocument(cred).toJson()));
        QVERIFY(writeFile(path(u"certplugin.sh"_s), "#!/bin/sh\ncat \"$(dirname \"$0\")/cred.json\"\n", true));
        auto c = client("    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: ./certplugin.sh\n");
        QVERIFY(c);
        const Outcome o = get(*c);
        QVERIFY2(o.ok, qPrintable(o.errorText()));
        QCOMPARE(o.ok->object.value(u"cn"_s).toString(), u"ringside-ec"_s);
    }

    void missingPlugin()
    {
        auto c = client(execUser("ringside-no-such-plugin", "client.authentication.k8s.io/v1", "2099-01-01T00:00:00Z",
                                 "      installHint: |\n        Install it with: brew install ringside-no-such-plugin\n"));
        QVERIFY(c);
        const Outcome o = get(*c);
        QVERIFY(o.err);
        QCOMPARE(o.err->kind, KubeError::Kind::Auth);
        const QString m = o.err->message;
        QVERIFY2(m.contains(u"ringside-no-such-plugin"_s) && m.contains(u"was not found"_s), qPrintable(m));
        QVERIFY2(m.contains(u"Searched: "_s) && m.contains(u"/usr/bin"_s), qPrintable(m));
        QVERIFY2(m.contains(u"Install it with: brew install ringside-no-such-plugin"_s), qPrintable(m));
        QCOMPARE(m_server->requests.size(), 0);
    }

    void pluginFailureShowsStderr()
    {
        QVERIFY(writeFile(path(u"fail.sh"_s), "#!/bin/sh\necho 'error: SSO session expired, run aws sso login' >&2\nexit 3\n", true));
        auto c = client("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: ./fail.sh\n      interactiveMode: Never\n");
        QVERIFY(c);
        const Outcome o = get(*c);
        QVERIFY(o.err);
        QCOMPARE(o.err->kind, KubeError::Kind::Auth);
        QVERIFY2(o.err->message.contains(u"exit code 3"_s), qPrintable(o.err->message));
        QVERIFY2(o.err->message.contains(u"SSO session expired"_s), qPrintable(o.err->message));
    }

    void pluginBadOutput_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("this is not json") << u"invalid JSON"_s;
        QTest::newRow("wrong kind") << QByteArray("{\"kind\":\"Pod\"}") << u"did not print an ExecCredential"_s;
        QTest::newRow("wrong version") << QByteArray("{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",\"status\":{\"token\":\"x\"}}")
                                       << u"returned version client.authentication.k8s.io/v1beta1"_s;
        QTest::newRow("no token") << QByteArray("{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/v1\",\"status\":{}}")
                                  << u"without a status"_s;
        QTest::newRow("bad expiry") << QByteArray("{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/v1\",\"status\":{\"token\":\"x\",\"expirationTimestamp\":\"soon\"}}")
                                    << u"invalid expirationTimestamp"_s;
    }

    void pluginBadOutput()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, expected);
        QVERIFY(writeFile(path(u"out.txt"_s), output));
        QVERIFY(writeFile(path(u"bad.sh"_s), "#!/bin/sh\ncat \"$(dirname \"$0\")/out.txt\"\n", true));
        auto c = client("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: ./bad.sh\n      interactiveMode: Never\n");
        QVERIFY(c);
        const Outcome o = get(*c);
        QVERIFY(o.err);
        QVERIFY2(o.err->message.contains(expected), qPrintable(o.err->message));
        QVERIFY(!o.err->message.contains(u"\"x\""_s)); // never quotes the output
    }

    void interactiveAlwaysWithoutTerminal()
    {
        auto c = client("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: ./plugin.sh\n      interactiveMode: Always\n");
        QVERIFY(c);
        const Outcome o = get(*c);
        QVERIFY(o.err);
        QVERIFY2(o.err->message.contains(u"needs a terminal"_s), qPrintable(o.err->message));
        QCOMPARE(runs(), 0);
    }

    void pluginFoundThroughLoginShellPath()
    {
        // The plugin lives in a directory only the login shell's PATH has (like ~/.local/bin set in ~/.profile).
        QDir().mkpath(path(u"bin"_s));
        QVERIFY(writeFile(path(u"bin/ringside-test-auth"_s), kPlugin, true));
        QVERIFY(writeFile(path(u"fakeshell"_s),
                          "#!/bin/sh\necho 'Welcome to the login banner'\nPATH=\"" + path(u"bin"_s).toUtf8() + ":$PATH\"\nexec /bin/sh -c \"$4\"\n",
                          true));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
        auto shell = std::make_shared<ShellEnvironment>(env);
        shell->setShell(path(u"fakeshell"_s));
        auto c = client(execUser("ringside-test-auth", "client.authentication.k8s.io/v1", "2099-01-01T00:00:00Z"), shell);
        QVERIFY(c);
        const Outcome o = get(*c);
        QVERIFY2(o.ok, qPrintable(o.errorText()));
        QCOMPARE(shell->loginShellPath().first(), path(u"bin"_s));
        QVERIFY(shell->searchPath().contains(u"/usr/bin"_s));
        QCOMPARE(readFile(path(u"bin/count"_s)).trimmed(), QByteArray("1"));
    }

    void loginShellThatHangsFallsBack()
    {
        QVERIFY(writeFile(path(u"slowshell"_s), "#!/bin/sh\nsleep 20\n", true));
        auto shell = std::make_shared<ShellEnvironment>();
        shell->setShell(path(u"slowshell"_s));
        shell->setLoginShellTimeout(std::chrono::milliseconds(300));
        auto c = client(execUser("./plugin.sh", "client.authentication.k8s.io/v1", "2099-01-01T00:00:00Z"), shell);
        QVERIFY(c);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"did not answer"_s));
        QElapsedTimer t;
        t.start();
        const Outcome o = get(*c);
        QVERIFY2(o.ok, qPrintable(o.errorText()));
        QVERIFY(t.elapsed() < 10000);
        QVERIFY(shell->loginShellError().contains(u"did not answer"_s));
    }

    void pluginNeverBlocksTheEventLoop()
    {
        auto c = client(execUser("./plugin.sh", "client.authentication.k8s.io/v1", "2099-01-01T00:00:00Z",
                                 "      - name: SLEEP\n        value: \"1\"\n"));
        QVERIFY(c);
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(20);
        Outcome o;
        KubeRequest req;
        req.path = u"/whoami"_s;
        c->send(req, this, o.onOk(), o.onErr());
        QVERIFY(!o.done); // send() returned at once
        QTRY_VERIFY_WITH_TIMEOUT(o.done, 15000);
        QVERIFY2(o.ok, qPrintable(o.errorText()));
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks))); // the loop kept running for the second the plugin slept
    }

    void concurrentRequestsShareOneRun()
    {
        auto c = client(execUser("./plugin.sh", "client.authentication.k8s.io/v1", "2099-01-01T00:00:00Z"));
        QVERIFY(c);
        QList<Outcome> outs(5);
        KubeRequest req;
        req.path = u"/whoami"_s;
        for (Outcome &o : outs) {
            c->send(req, this, o.onOk(), o.onErr());
        }
        QTRY_VERIFY(std::all_of(outs.cbegin(), outs.cend(), [](const Outcome &o) { return o.done; }));
        for (const Outcome &o : outs) {
            QVERIFY(o.ok);
        }
        QCOMPARE(runs(), 1);
    }

    void oidcRefreshWritesBack()
    {
        const TestPki &pki = TestPki::get();
        FakeHttpServer issuer;
        QVERIFY(issuer.listen(FakeHttpServer::tlsConfig(pki.server.certPem, pki.server.key.pkcs8)));
        const QByteArray fresh = jwt(QDateTime::currentSecsSinceEpoch() + 3600, "jane");
        QByteArray seenForm;
        QByteArray seenAuth;
        issuer.addHandler([&](const HttpRequest &req, HttpConnection *c) {
            if (req.path == u"/.well-known/openid-configuration"_s) {
                c->respond(200, "{\"issuer\":\"" + issuer.url().toString().toUtf8() + "\",\"token_endpoint\":\"" + issuer.url().toString().toUtf8()
                                    + "/token\"}");
            } else if (req.path == u"/token"_s && req.method == "POST") {
                seenForm = req.body;
                seenAuth = req.header("authorization");
                c->respond(200, "{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"id_token\":\"" + fresh + "\",\"refresh_token\":\"refresh-2\"}");
            } else {
                return false;
            }
            return true;
        });
        m_accepted = {"Bearer " + fresh};
        const QByteArray expired = jwt(QDateTime::currentSecsSinceEpoch() - 60, "jane");
        const QByteArray user = "    auth-provider:\n      name: oidc\n      config:\n        client-id: ringside\n        client-secret: s3cr3t\n"
                                "        id-token: " + expired + "\n        refresh-token: refresh-1\n        idp-issuer-url: "
                                + issuer.url().toString().toUtf8() + "\n        idp-certificate-authority-data: " + b64(pki.ca.certPem) + "\n";
        auto c = client(user);
        QVERIFY(c);
        const Outcome a = get(*c);
        QVERIFY2(a.ok, qPrintable(a.errorText()));
        QCOMPARE(a.ok->object.value(u"authorization"_s).toString(), QString::fromLatin1("Bearer " + fresh));
        QVERIFY(seenForm.contains("grant_type=refresh_token"));
        QVERIFY(seenForm.contains("refresh_token=refresh-1"));
        QCOMPARE(seenAuth, "Basic " + QByteArray("ringside:s3cr3t").toBase64());

        // Written back to the file that defines the user, like kubectl, readable by the owner only.
        const Kubeconfig saved = KubeconfigLoader::loadText(readFile(path(u"config"_s)), path(u"config"_s));
        const auto u = saved.user(u"u"_s);
        QVERIFY(u);
        QCOMPARE(u->authProvider.config.value(u"id-token"_s).toUtf8(), fresh);
        QCOMPARE(u->authProvider.config.value(u"refresh-token"_s), u"refresh-2"_s);
        QCOMPARE(u->authProvider.config.value(u"client-id"_s), u"ringside"_s);
        QCOMPARE(QFile(path(u"config"_s)).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

        // The fresh token is used until it expires: no second refresh.
        const int tokenRequests = int(std::count_if(issuer.requests.cbegin(), issuer.requests.cend(),
                                                    [](const HttpRequest &r) { return r.path == u"/token"_s; }));
        QVERIFY(get(*c).ok);
        QCOMPARE(int(std::count_if(issuer.requests.cbegin(), issuer.requests.cend(), [](const HttpRequest &r) { return r.path == u"/token"_s; })),
                 tokenRequests);
    }

    void oidcWithoutRefreshToken()
    {
        const QByteArray expired = jwt(QDateTime::currentSecsSinceEpoch() - 60, "jane");
        auto c = client("    auth-provider:\n      name: oidc\n      config:\n        client-id: x\n        id-token: " + expired
                        + "\n        idp-issuer-url: https://127.0.0.1:1\n");
        QVERIFY(c);
        const Outcome o = get(*c);
        QVERIFY(o.err);
        QVERIFY2(o.err->message.contains(u"no refresh-token"_s), qPrintable(o.err->message));
        QVERIFY(!o.err->message.contains(QString::fromLatin1(expired)));
    }

    void jwtExpiry()
    {
        QCOMPARE(OidcCredentialProvider::jwtExpiry(jwt(1700000000, "x")), QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::UTC));
        QVERIFY(!OidcCredentialProvider::jwtExpiry("not-a-jwt").isValid());
    }
};

QTEST_GUILESS_MAIN(TestKubeExecAuth)
#include "tst_kube_exec_auth.moc"
