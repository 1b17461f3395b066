// Exec (v5.channel.k8s.io, falling back to v4) and port-forward (v4.channel.k8s.io) over WebSockets, against a
// fake API server over TLS.
#include "fakeapi.h"
#include "kube/execsession.h"
#include "kube/kubeclient.h"
#include "kube/portforward.h"
#include "kubetest.h"
#include "testpki.h"

#include <QTcpSocket>
#include <QWebSocket>

using namespace Ringside;
using namespace Ringside::Test;
using namespace Qt::StringLiterals;

namespace {
QByteArray status(int exitCode)
{
    if (exitCode == 0) {
        return "{\"metadata\":{},\"status\":\"Success\"}";
    }
    return "{\"metadata\":{},\"status\":\"Failure\",\"message\":\"command terminated with non-zero exit code: exit status " + QByteArray::number(exitCode)
           + "\",\"reason\":\"NonZeroExitCode\",\"details\":{\"causes\":[{\"reason\":\"ExitCode\",\"message\":\"" + QByteArray::number(exitCode) + "\"}]}}";
}

// A pretend container runtime behind the exec WebSocket: "echo ARGS", "cat" (stdin to stdout until closed),
// "size" (prints the last terminal size), "fail N" (stderr and exit N), anything else: not found.
void fakeExec(const HttpRequest &req, QWebSocket *ws)
{
    const QStringList command = req.query.allQueryItemValues(u"command"_s, QUrl::FullyDecoded);
    const bool v5 = ws->subprotocol() == u"v5.channel.k8s.io"_s;
    auto out = [ws](char channel, const QByteArray &data) { ws->sendBinaryMessage(QByteArray(1, channel) + data); };
    auto end = [ws, out](const QByteArray &st) {
        out(3, st);
        ws->close();
    };
    const QString program = command.value(0);
    if (program == u"echo"_s) {
        out(1, command.mid(1).join(u' ').toUtf8() + '\n');
        end(status(0));
    } else if (program == u"fail"_s) {
        out(2, "something went wrong\n");
        end(status(command.value(1).toInt()));
    } else if (program == u"cat"_s || program == u"size"_s) {
        auto *size = new QByteArray;
        QObject::connect(ws, &QObject::destroyed, ws, [size] { delete size; });
        QObject::connect(ws, &QWebSocket::binaryMessageReceived, ws, [=](const QByteArray &m) {
            if (m.isEmpty()) {
                return;
            }
            if (m.at(0) == 0 && program == u"cat"_s) {
                out(1, m.mid(1));
            } else if (m.at(0) == 4) {
                *size = m.mid(1);
                if (program == u"size"_s) {
                    out(1, *size);
                    end(status(0));
                }
            } else if (v5 && m.at(0) == char(255) && m.size() == 2 && m.at(1) == 0) {
                end(status(0)); // stdin closed: cat ends
            }
        });
    } else {
        end("{\"metadata\":{},\"status\":\"Failure\",\"message\":\"exec: \\\"" + program.toUtf8()
            + "\\\": executable file not found in $PATH\",\"reason\":\"InternalError\",\"code\":500}");
    }
}

// Port-forward: the port header on both channels, then data echoed back upper-cased; port 1 refuses.
void fakePortForward(const HttpRequest &req, QWebSocket *ws)
{
    const quint16 port = quint16(req.queryValue(u"ports"_s).toUInt());
    QByteArray header;
    header.append(char(port & 0xff)).append(char(port >> 8));
    ws->sendBinaryMessage(QByteArray(1, 0) + header);
    ws->sendBinaryMessage(QByteArray(1, 1) + header);
    QObject::connect(ws, &QWebSocket::binaryMessageReceived, ws, [ws, port](const QByteArray &m) {
        if (m.isEmpty() || m.at(0) != 0) {
            return;
        }
        if (port == 1) {
            ws->sendBinaryMessage(QByteArray(1, 1) + "error forwarding port 1 to pod dc1-0: connection refused");
            ws->close();
            return;
        }
        ws->sendBinaryMessage(QByteArray(1, 0) + m.mid(1).toUpper());
    });
}
} // namespace

class TestKubeStreams : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> m_server;
    FakeApi *m_api = nullptr;
    std::unique_ptr<KubeClient> m_client;

    struct ExecResult
    {
        QByteArray out;
        QByteArray err;
        int code = -2;
        std::optional<KubeError> error;
        bool done = false;
    };

    void run(ExecSession &s, ExecResult &r)
    {
        connect(&s, &ExecSession::stdoutReceived, this, [&r](const QByteArray &d) { r.out += d; });
        connect(&s, &ExecSession::stderrReceived, this, [&r](const QByteArray &d) { r.err += d; });
        connect(&s, &ExecSession::finished, this, [&r](int code, const std::optional<KubeError> &e) {
            r.code = code;
            r.error = e;
            r.done = true;
        });
        s.start();
    }

    void setUpServer(const QStringList &protocols)
    {
        const TestPki &pki = TestPki::get();
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen(FakeHttpServer::tlsConfig(pki.server.certPem, pki.server.key.pkcs8)));
        m_api = new FakeApi(m_server.get());
        m_server->setWebSocketHandler(protocols, [](const HttpRequest &req, QWebSocket *ws) {
            if (req.header("authorization") != "Bearer ws-token") {
                ws->close(QWebSocketProtocol::CloseCodePolicyViolated);
                return;
            }
            if (req.path.endsWith(u"/exec"_s)) {
                fakeExec(req, ws);
            } else if (req.path.endsWith(u"/portforward"_s)) {
                fakePortForward(req, ws);
            }
        });
        RestConfig rc;
        rc.server = m_server->url();
        rc.caCertificates = QSslCertificate::fromData(pki.ca.certPem);
        rc.token = u"ws-token"_s;
        rc.authMethod = AuthMethod::Token;
        m_client = std::make_unique<KubeClient>(rc);
        m_api->create({}, u"pods"_s, FakeApi::runningPod(u"cass"_s, u"dc1-0"_s, {u"cassandra"_s}));
    }

private Q_SLOTS:
    void execV5()
    {
        setUpServer({u"v5.channel.k8s.io"_s, u"v4.channel.k8s.io"_s});
        ExecSession s(m_client.get(), u"cass"_s, u"dc1-0"_s, {u"cassandra"_s, {u"echo"_s, u"nodetool"_s, u"status"_s, u"a+b&c=d"_s}});
        ExecResult r;
        run(s, r);
        QTRY_VERIFY(r.done);
        QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(s.protocol(), u"v5.channel.k8s.io"_s);
        QCOMPARE(r.out, QByteArray("nodetool status a+b&c=d\n"));
        QCOMPARE(r.code, 0);
        const HttpRequest &req = m_server->requests.last();
        QCOMPARE(req.path, u"/api/v1/namespaces/cass/pods/dc1-0/exec"_s);
        QCOMPARE(req.queryValue(u"container"_s), u"cassandra"_s);
        QCOMPARE(req.queryValue(u"stdout"_s), u"true"_s);
        QCOMPARE(req.queryValue(u"tty"_s), u"false"_s);
        QCOMPARE(req.header("sec-websocket-protocol"), QByteArray("v5.channel.k8s.io, v4.channel.k8s.io"));
    }

    void exitCodeAndStderr()
    {
        setUpServer({u"v5.channel.k8s.io"_s});
        ExecSession s(m_client.get(), u"cass"_s, u"dc1-0"_s, {{}, {u"fail"_s, u"42"_s}});
        ExecResult r;
        run(s, r);
        QTRY_VERIFY(r.done);
        QVERIFY(!r.error);
        QCOMPARE(r.code, 42);
        QCOMPARE(r.err, QByteArray("something went wrong\n"));
    }

    void execFailure()
    {
        setUpServer({u"v5.channel.k8s.io"_s});
        ExecSession s(m_client.get(), u"cass"_s, u"dc1-0"_s, {{}, {u"nodetool-typo"_s}});
        ExecResult r;
        run(s, r);
        QTRY_VERIFY(r.done);
        QVERIFY(r.error);
        QCOMPARE(r.code, -1);
        QVERIFY2(r.error->message.contains(u"executable file not found"_s), qPrintable(r.error->message));
    }

    void stdinAndCloseV5()
    {
        setUpServer({u"v5.channel.k8s.io"_s, u"v4.channel.k8s.io"_s});
        ExecOptions o{{}, {u"cat"_s}, true, false};
        ExecSession s(m_client.get(), u"cass"_s, u"dc1-0"_s, o);
        ExecResult r;
        s.writeStdin("CREATE KEYSPACE ks;\n"); // before the session is open: buffered
        run(s, r);
        QTRY_COMPARE(r.out, QByteArray("CREATE KEYSPACE ks;\n"));
        s.writeStdin("DESCRIBE ks;\n");
        QTRY_COMPARE(r.out, QByteArray("CREATE KEYSPACE ks;\nDESCRIBE ks;\n"));
        s.closeStdin();
        QTRY_VERIFY(r.done);
        QCOMPARE(r.code, 0);
    }

    void fallsBackToV4AndResizes()
    {
        setUpServer({u"v4.channel.k8s.io"_s});
        ExecOptions o{{}, {u"size"_s}, true, true};
        ExecSession s(m_client.get(), u"cass"_s, u"dc1-0"_s, o);
        ExecResult r;
        s.resize(132, 43);
        run(s, r);
        QTRY_VERIFY(r.done);
        QCOMPARE(s.protocol(), u"v4.channel.k8s.io"_s);
        QCOMPARE(QJsonDocument::fromJson(r.out).object(), (QJsonObject{{u"Width"_s, 132}, {u"Height"_s, 43}}));
        QCOMPARE(r.code, 0);
        QCOMPARE(m_server->requests.last().queryValue(u"tty"_s), u"true"_s);
    }

    void noCommonProtocol()
    {
        setUpServer({u"v3.channel.k8s.io"_s});
        ExecSession s(m_client.get(), u"cass"_s, u"dc1-0"_s, {{}, {u"echo"_s}});
        ExecResult r;
        run(s, r);
        QTRY_VERIFY(r.done);
        QVERIFY(r.error);
    }

    void exitCodeParsing()
    {
        QCOMPARE(ExecSession::exitCodeFromStatus(QJsonDocument::fromJson(status(0)).object()), std::optional<int>(0));
        QCOMPARE(ExecSession::exitCodeFromStatus(QJsonDocument::fromJson(status(137)).object()), std::optional<int>(137));
        QCOMPARE(ExecSession::exitCodeFromStatus(QJsonObject{{u"status"_s, u"Failure"_s}}), std::nullopt);
    }

    void portForward()
    {
        setUpServer({u"v4.channel.k8s.io"_s});
        PortForwarder pf(m_client.get(), u"cass"_s, u"dc1-0"_s, 9042);
        QString error;
        QVERIFY2(pf.start(0, &error), qPrintable(error));
        QVERIFY(pf.localPort() > 0);
        QVERIFY(pf.listenAddresses().contains(u"127.0.0.1"_s));
        QSignalSpy opened(&pf, &PortForwarder::connectionOpened);

        // Two local connections at once: two WebSockets.
        QTcpSocket a;
        QTcpSocket b;
        a.connectToHost(QHostAddress::LocalHost, pf.localPort());
        if (pf.listenAddresses().contains(u"::1"_s)) {
            b.connectToHost(QHostAddress::LocalHostIPv6, pf.localPort());
        } else {
            b.connectToHost(QHostAddress::LocalHost, pf.localPort());
        }
        QVERIFY(a.waitForConnected(5000) && b.waitForConnected(5000));
        a.write("select * from system.local;");
        b.write("hello");
        QTRY_COMPARE(a.bytesAvailable(), qint64(27));
        QCOMPARE(a.readAll(), QByteArray("SELECT * FROM SYSTEM.LOCAL;"));
        QTRY_COMPARE(b.bytesAvailable(), qint64(5)); // (QTRY_COMPARE evaluates its expression twice: never readAll() in it)
        QCOMPARE(b.readAll(), QByteArray("HELLO"));
        QCOMPARE(opened.size(), 2);
        QCOMPARE(pf.activeConnections(), 2);
        const auto forwards = std::count_if(m_server->requests.cbegin(), m_server->requests.cend(), [](const HttpRequest &r) {
            return r.path == u"/api/v1/namespaces/cass/pods/dc1-0/portforward"_s && r.queryValue(u"ports"_s) == u"9042"_s;
        });
        QCOMPARE(forwards, 2);
        a.disconnectFromHost();
        QTRY_COMPARE(pf.activeConnections(), 1);

        // The pod goes away: forwarding ends, saying why, and the connection is closed.
        QSignalSpy ended(&pf, &PortForwarder::ended);
        m_api->remove({}, u"pods"_s, u"cass"_s, u"dc1-0"_s);
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(ended.first().first().toString(), u"pod cass/dc1-0 was deleted"_s);
        QTRY_COMPARE(b.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(!pf.isRunning());
        QTcpSocket c;
        c.connectToHost(QHostAddress::LocalHost, pf.localPort());
        QVERIFY(!c.waitForConnected(1000) || QTest::qWaitFor([&c] { return c.state() == QAbstractSocket::UnconnectedState; }, 3000));
    }

    void portForwardRefusedInPod()
    {
        setUpServer({u"v4.channel.k8s.io"_s});
        PortForwarder pf(m_client.get(), u"cass"_s, u"dc1-0"_s, 1);
        QString error;
        QVERIFY(pf.start(0, &error));
        QSignalSpy closed(&pf, &PortForwarder::connectionClosed);
        QTcpSocket a;
        a.connectToHost(QHostAddress::LocalHost, pf.localPort());
        QVERIFY(a.waitForConnected(5000));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"connection refused"_s));
        a.write("x");
        QTRY_COMPARE(closed.size(), 1);
        QVERIFY(closed.first().first().toString().contains(u"connection refused"_s));
        QTRY_COMPARE(a.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(pf.isRunning()); // one failed connection does not end the forwarding
    }

    void portForwardMissingPod()
    {
        setUpServer({u"v4.channel.k8s.io"_s});
        PortForwarder pf(m_client.get(), u"cass"_s, u"no-such-pod"_s, 9042);
        QSignalSpy ended(&pf, &PortForwarder::ended);
        QString error;
        QVERIFY(pf.start(0, &error));
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(ended.first().first().toString(), u"pod cass/no-such-pod does not exist"_s);
    }
};

QTEST_GUILESS_MAIN(TestKubeStreams)
#include "tst_kube_streams.moc"
