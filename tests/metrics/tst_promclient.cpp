// The Prometheus client against a fake transport (request shape, auth, parsing, errors, cancellation) and the real
// network transport against local sockets (timeout, refused connection).

#include "faketransport.h"
#include "metrics/promclient.h"
#include "promfixtures.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QtTest>

#include <cmath>

using namespace Ringside::Metrics;
using Ringside::Metrics::Test::FakeTransport;

namespace {

struct Outcome
{
    int calls = 0;
    std::optional<QueryResult> result;
    std::optional<PromError> error;
};

std::unique_ptr<PromClient> makeClient(std::shared_ptr<FakeTransport::State> *state, PromConfig config = {})
{
    if (!config.baseUrl.isValid()) {
        config.baseUrl = QUrl(QStringLiteral("https://mimir.example:8443/prometheus"));
    }
    auto transport = std::make_unique<FakeTransport>();
    *state = transport->state();
    return std::make_unique<PromClient>(config, std::move(transport));
}

QueryHandler okInto(Outcome *o)
{
    return [o](const QueryResult &r) {
        ++o->calls;
        o->result = r;
    };
}

ErrorHandler errInto(Outcome *o)
{
    return [o](const PromError &e) {
        ++o->calls;
        o->error = e;
    };
}

QMap<QString, QString> queryItems(const QByteArray &encoded)
{
    QMap<QString, QString> out;
    for (const QByteArray &pair : encoded.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq))),
                   QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1))));
    }
    return out;
}

QByteArray readData(const char *name)
{
    QFile f(QStringLiteral(METRICS_TEST_DATA "/") + QLatin1StringView(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A one-route HTTPS server on 127.0.0.1 with the test CA's server certificate: answers every request with the
// build info JSON.
class HttpsServer
{
public:
    bool start()
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(QSslCertificate(readData("test-server.pem")));
        ssl.setPrivateKey(QSslKey(readData("test-server-key.pem"), QSsl::Ec));
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (ssl.localCertificate().isNull() || ssl.privateKey().isNull()) {
            return false;
        }
        m_server.setSslConfiguration(ssl);
        QObject::connect(&m_server, &QSslServer::pendingConnectionAvailable, &m_server, [this] { accept(); });
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void accept()
    {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
                if (!s->peek(65536).contains("\r\n\r\n")) {
                    return;
                }
                s->readAll();
                const QByteArray body = Ringside::Metrics::Test::buildInfoBody();
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                         + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                s->disconnectFromHost();
            });
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    }
    QSslServer m_server;
};

} // namespace

class TestPromClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queryBuildsGetWithPrefixAndEncodesPlus()
    {
        std::shared_ptr<FakeTransport::State> st;
        auto client = makeClient(&st);
        Outcome o;
        const QString promql = QStringLiteral("sum(rate(x{a=\"b c\"}[5m])) + 1e+3");
        client->query(promql, QDateTime::fromMSecsSinceEpoch(1712345678123, QTimeZone::UTC), this, okInto(&o), errInto(&o));
        QCOMPARE(st->requests.size(), 1);
        const HttpRequest &r = st->requests.at(0);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path, QStringLiteral("/api/v1/query"));
        QCOMPARE(r.url.path(), QStringLiteral("/prometheus/api/v1/query"));
        QCOMPARE(r.url.host(), QStringLiteral("mimir.example"));
        // '+' must reach Go's url.ParseQuery as a plus, not a space.
        QVERIFY(!r.encodedQuery.contains('+'));
        QVERIFY(r.url.toEncoded().contains("%2B"));
        const QMap<QString, QString> items = queryItems(r.encodedQuery);
        QCOMPARE(items.value(QStringLiteral("query")), promql);
        QCOMPARE(items.value(QStringLiteral("time")), QStringLiteral("1712345678.123"));
        QCOMPARE(o.calls, 0);
        QVERIFY(FakeTransport::respond(st, 0, FakeTransport::json(200, Test::vectorBody())));
        QCOMPARE(o.calls, 1);
        QVERIFY(o.result);
        QCOMPARE(o.result->type, ResultType::Vector);
        QCOMPARE(o.result->series.size(), 2);
        QCOMPARE(o.result->series.at(0).labels.value(QStringLiteral("pod_name")), QStringLiteral("demo-dc1-r1-sts-0"));
        QCOMPARE(o.result->series.at(0).samples.at(0), QPointF(1712345678.123, 0.5));
        QVERIFY(std::isnan(o.result->series.at(1).lastValue()));
        QCOMPARE(o.result->warnings, QStringList{QStringLiteral("partial response: store eu-1 unavailable")});
    }

    void authHeaders_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("bearer") << "https://prom.example" << "s3cret-token" << "" << QByteArray("Bearer s3cret-token");
        QTest::newRow("basic from url") << "https://alice:p%40ss@prom.example/prometheus" << "" << "" << QByteArray("Basic YWxpY2U6cEBzcw==");
        QTest::newRow("tenant, no auth") << "http://127.0.0.1:9009/prometheus" << "" << "team-a" << QByteArray();
    }

    void authHeaders()
    {
        QFETCH(QString, url);
        QFETCH(QString, token);
        QFETCH(QString, tenant);
        QFETCH(QByteArray, authorization);
        QString error;
        std::optional<PromConfig> config = PromConfig::fromUrl(url, &error);
        QVERIFY2(config, qPrintable(error));
        config->bearerToken = token;
        config->tenant = tenant;
        QVERIFY(config->baseUrl.userInfo().isEmpty());
        std::shared_ptr<FakeTransport::State> st;
        auto client = makeClient(&st, *config);
        Outcome o;
        client->query(QStringLiteral("up"), {}, this, okInto(&o), errInto(&o));
        QCOMPARE(st->requests.size(), 1);
        const HttpRequest &r = st->requests.at(0);
        QVERIFY(r.url.userInfo().isEmpty());
        QByteArray auth;
        QByteArray org;
        for (const auto &h : r.headers) {
            if (h.first == "Authorization") {
                auth = h.second;
            } else if (h.first == "X-Scope-OrgID") {
                org = h.second;
            }
        }
        QCOMPARE(auth, authorization);
        QCOMPARE(org, tenant.toUtf8());
    }

    void serverErrorNamesQueryStatusAndTypeWithoutSecrets()
    {
        PromConfig config;
        config.baseUrl = QUrl(QStringLiteral("https://prom.example/prometheus"));
        config.bearerToken = QStringLiteral("tok-should-not-leak");
        std::shared_ptr<FakeTransport::State> st;
        auto client = makeClient(&st, config);
        Outcome o;
        const QString promql = QStringLiteral("sum(rate(x[5m])))");
        client->queryRange(promql, QDateTime::currentDateTimeUtc().addSecs(-3600), QDateTime::currentDateTimeUtc(),
                           std::chrono::seconds(15), this, okInto(&o), errInto(&o));
        QVERIFY(FakeTransport::respond(st, 0, FakeTransport::json(400, Test::badDataBody())));
        QCOMPARE(o.calls, 1);
        QVERIFY(o.error);
        QCOMPARE(o.error->kind, PromError::Kind::Server);
        QCOMPARE(o.error->httpStatus, 400);
        QCOMPARE(o.error->errorType, QStringLiteral("bad_data"));
        QCOMPARE(o.error->endpoint, QStringLiteral("query_range"));
        QCOMPARE(o.error->query, promql);
        const QString text = o.error->toString();
        QVERIFY2(text.contains(promql), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("400")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("bad_data")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("https://prom.example/prometheus/api/v1/query_range")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("parse error")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("tok-should-not-leak")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("step=")), qPrintable(text)); // the URL is shown without its query string
    }

    void httpErrorWithHtmlBody()
    {
        std::shared_ptr<FakeTransport::State> st;
        auto client = makeClient(&st);
        Outcome o;
        client->query(QStringLiteral("up"), {}, this, okInto(&o), errInto(&o));
        HttpResponse r;
        r.status = 502;
        r.body = Test::proxyErrorHtml();
        QVERIFY(FakeTransport::respond(st, 0, r));
        QVERIFY(o.error);
        QCOMPARE(o.error->kind, PromError::Kind::Http);
        QCOMPARE(o.error->httpStatus, 502);
        QVERIFY2(o.error->message.contains(QStringLiteral("502 Bad Gateway")), qPrintable(o.error->message));
        QVERIFY2(!o.error->message.contains(u'<'), qPrintable(o.error->message));
    }

    void notFoundHintsAtPrefix()
    {
        std::shared_ptr<FakeTransport::State> st;
        auto client = makeClient(&st);
        Outcome o;
        client->query(QStringLiteral("up"), {}, this, okInto(&o), errInto(&o));
        HttpResponse r;
        r.status = 404;
        r.body = "404 page not found\n";
        QVERIFY(FakeTransport::respond(st, 0, r));
        QVERIFY(o.error);
        QVERIFY2(o.error->toString().contains(QStringLiteral("/prometheus")), qPrintable(o.error->toString()));
    }

    void transportFailures_data()
    {
        QTest::addColumn<int>("failure");
        QTest::addColumn<int>("kind");
        QTest::newRow("network") << int(HttpResponse::Failure::Network) << int(PromError::Kind::Network);
        QTest::newRow("tls") << int(HttpResponse::Failure::Tls) << int(PromError::Kind::Tls);
        QTest::newRow("timeout") << int(HttpResponse::Failure::Timeout) << int(PromError::Kind::Timeout);
    }

    void transportFailures()
    {
        QFETCH(int, failure);
        QFETCH(int, kind);
        std::shared_ptr<FakeTransport::State> st;
        auto client = makeClient(&st);
        Outcome o;
        client->query(QStringLiteral("up"), {}, this, okInto(&o), errInto(&o));
        HttpResponse r;
        r.failure = HttpResponse::Failure(failure);
        r.errorString = QStringLiteral("the reason");
        QVERIFY(FakeTransport::respond(st, 0, r));
        QVERIFY(o.error);
        QCOMPARE(int(o.error->kind), kind);
        QVERIFY(o.error->toString().contains(QStringLiteral("the reason")));
        QVERIFY(o.error->toString().contains(QStringLiteral("up")));
    }

    void unreadableSuccessIsProtocolError()
    {
        std::shared_ptr<FakeTransport::State> st;
        auto client = makeClient(&st);
        Outcome o;
        client->query(QStringLiteral("up"), {}, this, okInto(&o), errInto(&o));
        QVERIFY(FakeTransport::respond(st, 0, FakeTransport::json(200, "<html>login page</html>")));
        QVERIFY(o.error);
        QCOMPARE(o.error->kind, PromError::Kind::Protocol);
        QVERIFY(!o.result);
    }

    void cancelAbortsAndSilences()
    {
        std::shared_ptr<FakeTransport::State> st;
        auto client = makeClient(&st);
        Outcome o;
        RequestHandle h = client->query(QStringLiteral("up"), {}, this, okInto(&o), errInto(&o));
        QVERIFY(h.isActive());
        QCOMPARE(client->pendingCount(), 1);
        h.cancel();
        QVERIFY(!h.isActive());
        QCOMPARE(st->destroyedUnanswered, 1);
        QVERIFY(!FakeTransport::respond(st, 0, FakeTransport::json(200, Test::vectorBody())));
        QCoreApplication::processEvents();
        QCOMPARE(o.calls, 0);
        QCOMPARE(client->pendingCount(), 0);
    }

    void contextDestroyedCancels()
    {
        std::shared_ptr<FakeTransport::State> st;
        auto client = makeClient(&st);
        Outcome o;
        auto context = std::make_unique<QObject>();
        RequestHandle h = client->query(QStringLiteral("up"), {}, context.get(), okInto(&o), errInto(&o));
        context.reset();
        QVERIFY(!h.isActive());
        QCOMPARE(st->destroyedUnanswered, 1);
        QCOMPARE(o.calls, 0);
    }

    void clientDestroyedAbortsInFlight()
    {
        std::shared_ptr<FakeTransport::State> st;
        auto client = makeClient(&st);
        Outcome o;
        RequestHandle h = client->query(QStringLiteral("up"), {}, this, okInto(&o), errInto(&o));
        client.reset();
        QVERIFY(!h.isActive());
        QCOMPARE(st->destroyedUnanswered, 1);
        QCOMPARE(o.calls, 0);
    }

    void invalidRangesAreRefusedAsynchronously_data()
    {
        QTest::addColumn<QString>("promql");
        QTest::addColumn<qint64>("spanSeconds");
        QTest::addColumn<qint64>("stepMs");
        QTest::addColumn<QString>("expect");
        QTest::newRow("empty") << "  " << qint64(3600) << qint64(15000) << "empty";
        QTest::newRow("end before start") << "up" << qint64(-60) << qint64(15000) << "before";
        QTest::newRow("zero step") << "up" << qint64(3600) << qint64(0) << "1 ms";
        QTest::newRow("too many points") << "up" << qint64(7 * 24 * 3600) << qint64(15000) << "11000";
    }

    void invalidRangesAreRefusedAsynchronously()
    {
        QFETCH(QString, promql);
        QFETCH(qint64, spanSeconds);
        QFETCH(qint64, stepMs);
        QFETCH(QString, expect);
        std::shared_ptr<FakeTransport::State> st;
        auto client = makeClient(&st);
        Outcome o;
        const QDateTime end = QDateTime::currentDateTimeUtc();
        client->queryRange(promql, end.addSecs(-spanSeconds), end, std::chrono::milliseconds(stepMs), this, okInto(&o), errInto(&o));
        QCOMPARE(o.calls, 0); // never inside the call
        QTRY_COMPARE(o.calls, 1);
        QVERIFY(o.error);
        QCOMPARE(o.error->kind, PromError::Kind::InvalidRequest);
        QVERIFY2(o.error->toString().contains(expect), qPrintable(o.error->toString()));
        QCOMPARE(st->requests.size(), 0);
    }

    void longQueriesArePosted()
    {
        std::shared_ptr<FakeTransport::State> st;
        auto client = makeClient(&st);
        Outcome o;
        QStringList pods;
        for (int i = 0; i < 300; ++i) {
            pods.append(QStringLiteral("cluster-dc1-rack1-sts-%1").arg(i));
        }
        const QString promql = QStringLiteral("up{pod_name=~\"%1\"}").arg(pods.join(u'|'));
        client->query(promql, {}, this, okInto(&o), errInto(&o));
        const HttpRequest &r = st->requests.at(0);
        QCOMPARE(r.method, QByteArray("POST"));
        QVERIFY(r.encodedQuery.isEmpty());
        QCOMPARE(r.contentType, QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(queryItems(r.body).value(QStringLiteral("query")), promql);
        QVERIFY(r.url.query().isEmpty());
    }

    void seriesLabelValuesAndBuildInfo()
    {
        std::shared_ptr<FakeTransport::State> st;
        auto client = makeClient(&st);
        QList<Labels> series;
        QStringList values;
        QString version;
        ErrorHandler fail = [](const PromError &e) { QFAIL(qPrintable(e.toString())); };
        client->series({QStringLiteral("{__name__=~\"a|b\"}")}, {}, {}, this, [&series](const QList<Labels> &s) { series = s; }, fail);
        client->labelValues(QStringLiteral("cluster"), {QStringLiteral("up")}, {}, {}, this, [&values](const QStringList &v) { values = v; }, fail);
        client->buildInfo(this, [&version](const QString &v) { version = v; }, fail);
        QCOMPARE(st->requests.size(), 3);
        QCOMPARE(st->requests.at(0).path, QStringLiteral("/api/v1/series"));
        QCOMPARE(queryItems(st->requests.at(0).encodedQuery).value(QStringLiteral("match[]")), QStringLiteral("{__name__=~\"a|b\"}"));
        QCOMPARE(st->requests.at(1).path, QStringLiteral("/api/v1/label/cluster/values"));
        QCOMPARE(st->requests.at(2).path, QStringLiteral("/api/v1/status/buildinfo"));
        FakeTransport::respond(st, 0, FakeTransport::json(200, Test::seriesBody()));
        FakeTransport::respond(st, 1, FakeTransport::json(200, Test::labelValuesBody()));
        FakeTransport::respond(st, 2, FakeTransport::json(200, Test::buildInfoBody()));
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.at(1).value(QStringLiteral("instance")), QStringLiteral("10.0.0.7"));
        QCOMPARE(values, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(version, QStringLiteral("2.53.3"));
    }

    void badLabelNameRefused()
    {
        std::shared_ptr<FakeTransport::State> st;
        auto client = makeClient(&st);
        std::optional<PromError> error;
        client->labelValues(QStringLiteral("../admin"), {}, {}, {}, this, [](const QStringList &) { QFAIL("unexpected success"); },
                            [&error](const PromError &e) { error = e; });
        QTRY_VERIFY(error);
        QCOMPARE(error->kind, PromError::Kind::InvalidRequest);
        QCOMPARE(st->requests.size(), 0);
    }

    void configValidation_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << "http://prometheus.monitoring:9090" << true;
        QTest::newRow("mimir prefix") << "https://mimir.example/prometheus/" << true;
        QTest::newRow("no scheme") << "prometheus:9090" << false;
        QTest::newRow("ftp") << "ftp://prometheus" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("password without user") << "https://:pw@prom.example" << false;
    }

    void configValidation()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QString error;
        const std::optional<PromConfig> c = PromConfig::fromUrl(url, &error);
        QCOMPARE(bool(c), ok);
        QCOMPARE(error.isEmpty(), ok);
        if (c) {
            QVERIFY(!c->baseUrl.path().endsWith(u'/'));
        }
    }

    void configWarnings()
    {
        PromConfig c;
        c.baseUrl = QUrl(QStringLiteral("https://prom.example"));
        QVERIFY(c.warnings().isEmpty());
        QCOMPARE(c.sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
        c.insecureSkipTlsVerify = true;
        QCOMPARE(c.warnings().size(), 1);
        QCOMPARE(c.sslConfiguration().peerVerifyMode(), QSslSocket::VerifyNone);
        PromConfig plain;
        plain.baseUrl = QUrl(QStringLiteral("http://prom.example"));
        plain.bearerToken = QStringLiteral("t");
        QCOMPARE(plain.warnings().size(), 1);
        plain.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9090"));
        QVERIFY(plain.warnings().isEmpty());
        plain.username = QStringLiteral("u");
        QVERIFY(!plain.validate().isEmpty()); // token and basic auth together
    }

    void serviceProxyPaths()
    {
        QCOMPARE(serviceProxyPath(QStringLiteral("monitoring"), QStringLiteral("prometheus-k8s"), QStringLiteral("9090")),
                 QStringLiteral("/api/v1/namespaces/monitoring/services/prometheus-k8s:9090/proxy"));
        QCOMPARE(serviceProxyPath(QStringLiteral("mission-control"), QStringLiteral("mimir-gateway"), QStringLiteral("http"), true),
                 QStringLiteral("/api/v1/namespaces/mission-control/services/https:mimir-gateway:http/proxy"));
    }

    // The real NetworkTransport against local sockets.
    void networkTimeout()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        PromConfig c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        c.timeout = std::chrono::milliseconds(300);
        PromClient client(c);
        Outcome o;
        client.query(QStringLiteral("up"), {}, this, okInto(&o), errInto(&o));
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 1, 10000);
        QVERIFY(o.error);
        QCOMPARE(o.error->kind, PromError::Kind::Timeout);
        QVERIFY2(o.error->toString().contains(QStringLiteral("0.3")), qPrintable(o.error->toString()));
    }

    void tlsIsVerified_data()
    {
        QTest::addColumn<QByteArray>("ca"); // PEM file under data/, or empty: the system's roots
        QTest::addColumn<bool>("insecure");
        QTest::addColumn<bool>("ok");
        QTest::newRow("system roots reject a private CA") << QByteArray() << false << false;
        QTest::newRow("an unrelated CA rejects it") << QByteArray("test-other-ca.pem") << false << false;
        QTest::newRow("the right CA accepts it") << QByteArray("test-ca.pem") << false << true;
        QTest::newRow("insecure skips verification") << QByteArray() << true << true;
    }

    void tlsIsVerified()
    {
        QFETCH(QByteArray, ca);
        QFETCH(bool, insecure);
        QFETCH(bool, ok);
        if (!QSslSocket::supportsSsl()) {
            QSKIP("no TLS backend");
        }
        HttpsServer server;
        QVERIFY(server.start());
        PromConfig c;
        c.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
        c.insecureSkipTlsVerify = insecure;
        c.timeout = std::chrono::seconds(10);
        if (!ca.isEmpty()) {
            QString error;
            const auto certs = PromConfig::loadCaFile(QStringLiteral(METRICS_TEST_DATA "/") + QString::fromLatin1(ca), &error);
            QVERIFY2(certs, qPrintable(error));
            c.caCertificates = *certs;
        }
        PromClient client(c);
        QString version;
        std::optional<PromError> error;
        client.buildInfo(this, [&version](const QString &v) { version = v; }, [&error](const PromError &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(!version.isEmpty() || error, 15000);
        if (ok) {
            QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
            QCOMPARE(version, QStringLiteral("2.53.3"));
        } else {
            QVERIFY(error);
            QCOMPARE(error->kind, PromError::Kind::Tls);
            QVERIFY2(error->toString().contains(QStringLiteral("TLS")), qPrintable(error->toString()));
        }
    }

    void clientMayBeDestroyedInItsHandler()
    {
        HttpsServer server;
        QVERIFY(server.start());
        PromConfig c;
        c.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
        c.insecureSkipTlsVerify = true;
        auto client = std::make_unique<PromClient>(c);
        bool called = false;
        client->buildInfo(
            this,
            [&](const QString &) {
                called = true;
                client.reset(); // the client, its transport and its QNetworkAccessManager go, inside the handler
            },
            [&](const PromError &) { called = true; });
        QTRY_VERIFY_WITH_TIMEOUT(called, 15000);
        QVERIFY(!client);
        QTest::qWait(50); // deferred deletions run without touching freed objects
    }

    void caFileErrors()
    {
        QString error;
        QVERIFY(!PromConfig::loadCaFile(QStringLiteral(METRICS_TEST_DATA "/missing.pem"), &error));
        QVERIFY(error.contains(QStringLiteral("missing.pem")));
        QVERIFY(!PromConfig::loadCaFile(QStringLiteral(METRICS_TEST_DATA "/test-server-key.pem"), &error));
        QVERIFY2(error.contains(QStringLiteral("no PEM certificate")), qPrintable(error));
    }

    void networkRefused()
    {
        quint16 port = 0;
        {
            QTcpServer s;
            QVERIFY(s.listen(QHostAddress::LocalHost));
            port = s.serverPort();
        }
        PromConfig c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        PromClient client(c);
        Outcome o;
        client.query(QStringLiteral("up"), {}, this, okInto(&o), errInto(&o));
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 1, 10000);
        QVERIFY(o.error);
        QCOMPARE(o.error->kind, PromError::Kind::Network);
    }
};

QTEST_GUILESS_MAIN(TestPromClient)
#include "tst_promclient.moc"
