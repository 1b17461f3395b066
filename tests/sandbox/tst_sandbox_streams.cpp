// The streaming subresources and their hooks: pods/log, pods/exec and pods/portforward over WebSocket, and the
// services proxy.
#include "crudhelpers.h"
#include "sandboxfixture.h"

#include "stream/podruntime.h"

#include <QJsonArray>
#include <QNetworkRequest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>
#include <QtEndian>
#include <QtTest>

using namespace Ringside;
using namespace Ringside::Test;

class TestSandboxStreams : public QObject
{
    Q_OBJECT
private:
    SandboxFixture m_fixture;
    Sandbox::PodRuntime *runtime() { return m_fixture.sandbox()->runtime(); }

    void runningPod(const QString &name, const QStringList &containers, const QJsonObject &labels = {},
                    const QJsonArray &ports = {})
    {
        QJsonArray specs;
        QJsonArray statuses;
        for (const QString &c : containers) {
            QJsonObject spec = container(c, QStringLiteral("busybox:1.36"));
            spec.insert(QStringLiteral("env"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("WHO")},
                                                                      {QStringLiteral("value"), c}}});
            if (!ports.isEmpty()) {
                spec.insert(QStringLiteral("ports"), ports);
            }
            specs.append(spec);
            statuses.append(
                QJsonObject{{QStringLiteral("name"), c},
                            {QStringLiteral("ready"), true},
                            {QStringLiteral("restartCount"), 0},
                            {QStringLiteral("image"), QStringLiteral("busybox:1.36")},
                            {QStringLiteral("imageID"), QString()},
                            {QStringLiteral("state"), QJsonObject{{QStringLiteral("running"), QJsonObject()}}}});
        }
        QJsonObject metaExtra;
        if (!labels.isEmpty()) {
            metaExtra.insert(QStringLiteral("labels"), labels);
        }
        QCOMPARE(
            m_fixture
                .post(QStringLiteral("/api/v1/namespaces/default/pods"),
                      pod(name, specs, metaExtra, {{QStringLiteral("nodeName"), QStringLiteral("ringside-sandbox")}}))
                .status,
            201);
        const QJsonObject status{
            {QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"), QStringLiteral("Running")},
                                                   {QStringLiteral("podIP"), QStringLiteral("10.244.1.7")},
                                                   {QStringLiteral("containerStatuses"), statuses}}}};
        QCOMPARE(m_fixture
                     .patch(QStringLiteral("/api/v1/namespaces/default/pods/") + name + QLatin1String("/status"),
                            QJsonDocument(status).toJson(QJsonDocument::Compact), "application/merge-patch+json")
                     .status,
                 200);
    }

    static QByteArray channel(quint8 c, const QByteArray &data) { return QByteArray(1, char(c)) + data; }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        runningPod(
            QStringLiteral("app"), {QStringLiteral("main")}, {{QStringLiteral("app"), QStringLiteral("web")}},
            {QJsonObject{{QStringLiteral("name"), QStringLiteral("http")}, {QStringLiteral("containerPort"), 8080}}});
        runningPod(QStringLiteral("duo"), {QStringLiteral("one"), QStringLiteral("two")});
    }

    void logsReadTailAndFilter()
    {
        Sandbox::ContainerLog *log
            = runtime()->log(QStringLiteral("default"), QStringLiteral("app"), QStringLiteral("main"));
        const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-600);
        log->append("first\nsecond\n", base);
        log->append("third\n", base.addSecs(300));
        log->append("fourth\nfifth\n", QDateTime::currentDateTimeUtc());
        const QString path = QStringLiteral("/api/v1/namespaces/default/pods/app/log");
        QCOMPARE(m_fixture.get(path).body, QByteArray("first\nsecond\nthird\nfourth\nfifth\n"));
        QCOMPARE(m_fixture.get(path + QLatin1String("?tailLines=2")).body, QByteArray("fourth\nfifth\n"));
        QCOMPARE(m_fixture.get(path + QLatin1String("?sinceSeconds=60")).body, QByteArray("fourth\nfifth\n"));
        QCOMPARE(m_fixture.get(path + QLatin1String("?sinceTime=") + base.addSecs(200).toString(Qt::ISODate)).body,
                 QByteArray("third\nfourth\nfifth\n"));
        QCOMPARE(m_fixture.get(path + QLatin1String("?limitBytes=8")).body, QByteArray("first\nse"));
        const QByteArray stamped = m_fixture.get(path + QLatin1String("?timestamps=true&tailLines=1")).body;
        QVERIFY(stamped.endsWith(" fifth\n"));
        QVERIFY(QDateTime::fromString(QString::fromLatin1(stamped.left(stamped.indexOf(' '))), Qt::ISODateWithMs)
                    .isValid());
        QCOMPARE(m_fixture.get(path + QLatin1String("?container=main")).status, 200);
        QCOMPARE(m_fixture.get(path + QLatin1String("?sinceSeconds=5&sinceTime=2024-01-01T00:00:00Z")).status, 422);
    }

    void logErrors()
    {
        QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces/default/pods/app/log?container=nope"))
                     .json()
                     .value(QLatin1String("message"))
                     .toString(),
                 QStringLiteral("container nope is not valid for pod app"));
        QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces/default/pods/duo/log"))
                     .json()
                     .value(QLatin1String("message"))
                     .toString(),
                 QStringLiteral("a container name must be specified for pod duo, choose one of: [one two]"));
        QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces/default/pods/app/log?previous=true"))
                     .json()
                     .value(QLatin1String("message"))
                     .toString(),
                 QStringLiteral("previous terminated container \"main\" in pod \"app\" not found"));
        runtime()
            ->log(QStringLiteral("default"), QStringLiteral("duo"), QStringLiteral("one"), true)
            ->append("before the restart\n");
        QCOMPARE(
            m_fixture.get(QStringLiteral("/api/v1/namespaces/default/pods/duo/log?container=one&previous=true")).body,
            QByteArray("before the restart\n"));
        QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces/default/pods/ghost/log")).status, 404);
        // Not scheduled yet: an empty log; scheduled but waiting: 400.
        QCOMPARE(m_fixture
                     .post(QStringLiteral("/api/v1/namespaces/default/pods"),
                           pod(QStringLiteral("pending"), {container(QStringLiteral("c"), QStringLiteral("busybox"))}))
                     .status,
                 201);
        const HttpResponse unscheduled = m_fixture.get(QStringLiteral("/api/v1/namespaces/default/pods/pending/log"));
        QCOMPARE(unscheduled.status, 200);
        QVERIFY(unscheduled.body.isEmpty());
        QCOMPARE(m_fixture
                     .post(QStringLiteral("/api/v1/namespaces/default/pods"),
                           pod(QStringLiteral("waiting"), {container(QStringLiteral("c"), QStringLiteral("busybox"))},
                               {}, {{QStringLiteral("nodeName"), QStringLiteral("ringside-sandbox")}}))
                     .status,
                 201);
        QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces/default/pods/waiting/log"))
                     .json()
                     .value(QLatin1String("message"))
                     .toString(),
                 QStringLiteral("container \"c\" in pod \"waiting\" is waiting to start: ContainerCreating"));
    }

    void followStreamsNewLines()
    {
        Sandbox::ContainerLog *log
            = runtime()->log(QStringLiteral("default"), QStringLiteral("duo"), QStringLiteral("two"));
        log->append("old\n");
        auto c = m_fixture.open(
            "GET", QStringLiteral("/api/v1/namespaces/default/pods/duo/log?container=two&follow=true&tailLines=1"));
        StreamReader follow(c.get());
        QVERIFY(follow.readHead());
        QCOMPARE(follow.head().status, 200);
        QVERIFY(follow.waitForText("old\n"));
        log->append("new line\n");
        QVERIFY(follow.waitForText("old\nnew line\n"));
        log->close();
        QVERIFY(QTest::qWaitFor(
            [&] {
                follow.take();
                return follow.ended();
            },
            5000));
    }

    void execOverWebSocket()
    {
        HttpResponse response;
        auto ws = m_fixture.openWebSocket(
            QStringLiteral("/api/v1/namespaces/default/pods/app/exec?command=echo&command=hello&command=world"
                           "&stdout=true&stderr=true"),
            {QStringLiteral("v5.channel.k8s.io"), QStringLiteral("v4.channel.k8s.io")}, &response);
        QCOMPARE(response.status, 101);
        QCOMPARE(response.header("sec-websocket-protocol"), QByteArray("v5.channel.k8s.io"));
        const auto out = ws->readFrame();
        QVERIFY(out);
        QCOMPARE(out->second, channel(1, "hello world\n"));
        const auto status = ws->readFrame();
        QVERIFY(status);
        QCOMPARE(status->second, channel(3, "{\"metadata\":{},\"status\":\"Success\"}"));
        const auto close = ws->readFrame();
        QVERIFY(close);
        QCOMPARE(close->first, quint8(0x8));
    }

    void execReportsExitCodesAndStderr()
    {
        HttpResponse response;
        auto ws
            = m_fixture.openWebSocket(QStringLiteral("/api/v1/namespaces/default/pods/app/exec?command=sh&command=-c"
                                                     "&command=echo+%24WHO%3B+exit+3&stdout=true&stderr=true"),
                                      {QStringLiteral("v4.channel.k8s.io")}, &response);
        QCOMPARE(response.header("sec-websocket-protocol"), QByteArray("v4.channel.k8s.io"));
        QCOMPARE(ws->readFrame()->second, channel(1, "main\n"));
        const QJsonObject status = QJsonDocument::fromJson(ws->readFrame()->second.mid(1)).object();
        QCOMPARE(status.value(QLatin1String("status")).toString(), QStringLiteral("Failure"));
        QCOMPARE(status.value(QLatin1String("reason")).toString(), QStringLiteral("NonZeroExitCode"));
        QCOMPARE(status.value(QLatin1String("details"))
                     .toObject()
                     .value(QLatin1String("causes"))
                     .toArray()
                     .first()
                     .toObject(),
                 (QJsonObject{{QStringLiteral("reason"), QStringLiteral("ExitCode")},
                              {QStringLiteral("message"), QStringLiteral("3")}}));

        auto missing = m_fixture.openWebSocket(
            QStringLiteral("/api/v1/namespaces/default/pods/app/exec?command=nosuch&stdout=true&stderr=true"),
            {QStringLiteral("v5.channel.k8s.io")}, &response);
        QCOMPARE(missing->readFrame()->second, channel(2, "exec: \"nosuch\": executable file not found in $PATH\n"));
        QVERIFY(missing->readFrame()->second.contains("\"message\":\"127\""));
    }

    void execStdinAndTheCloseSignal()
    {
        HttpResponse response;
        auto ws = m_fixture.openWebSocket(
            QStringLiteral("/api/v1/namespaces/default/pods/app/exec?command=cat&stdin=true&stdout=true"),
            {QStringLiteral("v5.channel.k8s.io")}, &response);
        QCOMPARE(response.status, 101);
        ws->sendFrame(0x2, channel(0, "abc"));
        QCOMPARE(ws->readFrame()->second, channel(1, "abc"));
        ws->sendFrame(0x2, QByteArray("\xff\x00", 2)); // v5: close stdin
        QCOMPARE(ws->readFrame()->second, channel(3, "{\"metadata\":{},\"status\":\"Success\"}"));
    }

    void execWithQtWebSocketClient()
    {
        // Ringside's own client is QWebSocket: it must agree on the handshake and the framing.
        QWebSocket socket;
        socket.setSslConfiguration(m_fixture.tls(Auth::AdminCert));
        QWebSocketHandshakeOptions options;
        options.setSubprotocols({QStringLiteral("v5.channel.k8s.io"), QStringLiteral("v4.channel.k8s.io")});
        QList<QByteArray> frames;
        connect(&socket, &QWebSocket::binaryMessageReceived, this,
                [&frames](const QByteArray &m) { frames.append(m); });
        socket.open(QNetworkRequest(QUrl(QStringLiteral("wss://127.0.0.1:%1/api/v1/namespaces/default/pods/app/exec"
                                                        "?command=cat&stdin=true&stdout=true")
                                             .arg(m_fixture.port()))),
                    options);
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(socket.subprotocol(), QStringLiteral("v5.channel.k8s.io"));
        socket.sendBinaryMessage(channel(0, "from qt\n"));
        QTRY_COMPARE(frames.size(), 1);
        QCOMPARE(frames.first(), channel(1, "from qt\n"));
        socket.sendBinaryMessage(QByteArray("\xff\x00", 2));
        QTRY_COMPARE(frames.size(), 2);
        QCOMPARE(frames.last(), channel(3, "{\"metadata\":{},\"status\":\"Success\"}"));
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeNormal);
    }

    void execUsesRegisteredCommands()
    {
        runtime()->registerCommand(QStringLiteral("nodetool"), [](Sandbox::ExecSession *session) {
            session->writeStdout("UN  10.244.1.7 " + session->pod().toUtf8() + '\n');
            session->exit(0);
        });
        HttpResponse response;
        auto ws = m_fixture.openWebSocket(
            QStringLiteral(
                "/api/v1/namespaces/default/pods/app/exec?command=%2Fopt%2Fbin%2Fnodetool&command=status&stdout=true"),
            {QStringLiteral("v5.channel.k8s.io")}, &response);
        QCOMPARE(ws->readFrame()->second, channel(1, "UN  10.244.1.7 app\n"));
    }

    void execRefusals()
    {
        HttpResponse response;
        m_fixture.openWebSocket(QStringLiteral("/api/v1/namespaces/default/pods/app/exec?command=true&stdout=true"),
                                {QStringLiteral("channel.k8s.io")}, &response);
        QCOMPARE(response.status, 400);
        QCOMPARE(
            response.json().value(QLatin1String("message")).toString(),
            QStringLiteral(
                "unable to upgrade connection: requested protocol(s) are not supported: [channel.k8s.io]; supports "
                "[v5.channel.k8s.io v4.channel.k8s.io]"));
        m_fixture.openWebSocket(QStringLiteral("/api/v1/namespaces/default/pods/waiting/exec?command=true&stdout=true"),
                                {QStringLiteral("v5.channel.k8s.io")}, &response);
        QCOMPARE(response.json().value(QLatin1String("message")).toString(),
                 QStringLiteral("unable to upgrade connection: container not found (\"c\")"));
        QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces/default/pods/app/exec?command=true&stdout=true"))
                     .json()
                     .value(QLatin1String("message"))
                     .toString(),
                 QStringLiteral("Upgrade request required"));
    }

    void portForwardOverWebSocket()
    {
        runtime()->setHttpPort(
            QStringLiteral("default"), QStringLiteral("app"), 8080, [](const Sandbox::HttpRequest &r) {
                return Sandbox::PortHttpResponse{200, {{"Content-Type", "text/plain"}}, "served " + r.path.toUtf8()};
            });
        HttpResponse response;
        auto ws
            = m_fixture.openWebSocket(QStringLiteral("/api/v1/namespaces/default/pods/app/portforward?ports=8080,9090"),
                                      {QStringLiteral("v4.channel.k8s.io")}, &response);
        QCOMPARE(response.status, 101);
        char port[2];
        qToLittleEndian<quint16>(8080, port);
        QCOMPARE(ws->readFrame()->second, channel(0, QByteArray(port, 2)));
        QCOMPARE(ws->readFrame()->second, channel(1, QByteArray(port, 2)));
        qToLittleEndian<quint16>(9090, port);
        QCOMPARE(ws->readFrame()->second, channel(2, QByteArray(port, 2)));
        QCOMPARE(ws->readFrame()->second, channel(3, QByteArray(port, 2)));
        // Nothing listens on 9090.
        const auto refused = ws->readFrame();
        QCOMPARE(refused->second.at(0), char(3));
        QVERIFY(refused->second.contains("connection refused"));
        ws->sendFrame(0x2, channel(0, "GET /metrics HTTP/1.1\r\nHost: localhost\r\n\r\n"));
        const QByteArray reply = ws->readFrame()->second;
        QCOMPARE(reply.at(0), char(0));
        QVERIFY(reply.startsWith(channel(0, "HTTP/1.1 200 OK\r\n")));
        QVERIFY(reply.endsWith("served /metrics"));
    }

    void servicesProxyToAPod()
    {
        runtime()->setHttpPort(
            QStringLiteral("default"), QStringLiteral("app"), 8080, [](const Sandbox::HttpRequest &r) {
                return Sandbox::PortHttpResponse{
                    200, {{"Content-Type", "application/json"}}, "{\"path\":\"" + r.path.toUtf8() + "\"}"};
            });
        const QJsonObject svc{
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Service")},
            {QStringLiteral("metadata"), meta(QStringLiteral("web"))},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("selector"), QJsonObject{{QStringLiteral("app"), QStringLiteral("web")}}},
                         {QStringLiteral("ports"),
                          QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("http")},
                                                 {QStringLiteral("port"), 80},
                                                 {QStringLiteral("targetPort"), QStringLiteral("http")}}}}}}};
        const HttpResponse created = m_fixture.post(QStringLiteral("/api/v1/namespaces/default/services"), svc);
        QCOMPARE(created.status, 201);
        QVERIFY(created.json()
                    .value(QLatin1String("spec"))
                    .toObject()
                    .value(QLatin1String("clusterIP"))
                    .toString()
                    .startsWith(QLatin1String("10.")));
        const HttpResponse proxied
            = m_fixture.get(QStringLiteral("/api/v1/namespaces/default/services/web:http/proxy/status/ready"));
        QCOMPARE(proxied.status, 200);
        QCOMPARE(proxied.json().value(QLatin1String("path")).toString(), QStringLiteral("/status/ready"));
        QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces/default/services/web:80/proxy/")).status, 200);
        QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces/default/pods/app:8080/proxy/x"))
                     .json()
                     .value(QLatin1String("path"))
                     .toString(),
                 QStringLiteral("/x"));

        QJsonObject lonely = svc;
        lonely[QStringLiteral("metadata")] = meta(QStringLiteral("lonely"));
        lonely[QStringLiteral("spec")]
            = QJsonObject{{QStringLiteral("selector"), QJsonObject{{QStringLiteral("app"), QStringLiteral("none")}}},
                          {QStringLiteral("ports"), QJsonArray{QJsonObject{{QStringLiteral("port"), 80}}}}};
        QCOMPARE(m_fixture.post(QStringLiteral("/api/v1/namespaces/default/services"), lonely).status, 201);
        const HttpResponse unavailable
            = m_fixture.get(QStringLiteral("/api/v1/namespaces/default/services/lonely/proxy/"));
        QCOMPARE(unavailable.status, 503);
        QCOMPARE(unavailable.json().value(QLatin1String("message")).toString(),
                 QStringLiteral("no endpoints available for service \"lonely\""));
        QCOMPARE(unavailable.json().value(QLatin1String("reason")).toString(), QStringLiteral("ServiceUnavailable"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxStreams)
#include "tst_sandbox_streams.moc"
