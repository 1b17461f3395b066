// Pod logs: every option, incremental lines, following across container restarts, pod recreation and broken
// streams (saying so), many pods at once, and the service proxy path.
#include "fakeapi.h"
#include "kube/kubeclient.h"
#include "kube/loggroup.h"
#include "kube/logstream.h"
#include "kubetest.h"

using namespace Ringside;
using namespace Ringside::Test;
using namespace Qt::StringLiterals;

class TestKubeLogs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> m_server;
    FakeApi *m_api = nullptr;
    std::unique_ptr<KubeClient> m_client;

    struct Capture
    {
        QList<QByteArray> lines;
        QStringList notices;
        bool finished = false;
        std::optional<KubeError> error;
    };

    void capture(LogStream &s, Capture &c)
    {
        connect(&s, &LogStream::lines, this, [&c](const QList<QByteArray> &l) { c.lines += l; });
        connect(&s, &LogStream::notice, this, [&c](const QString &n) { c.notices.append(n); });
        connect(&s, &LogStream::finished, this, [&c](const std::optional<KubeError> &e) {
            c.finished = true;
            c.error = e;
        });
    }

    LogOptions fastFollow() const
    {
        LogOptions o;
        o.follow = true;
        o.pollInterval = std::chrono::milliseconds(50);
        o.podWaitTimeout = std::chrono::milliseconds(3000);
        return o;
    }

    void addPod(const QString &name, const QStringList &containers = {u"cassandra"_s})
    {
        m_api->create({}, u"pods"_s, FakeApi::runningPod(u"cass"_s, name, containers));
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_api = new FakeApi(m_server.get());
        RestConfig rc;
        rc.server = m_server->url();
        ClientOptions co;
        co.retryBaseDelay = std::chrono::milliseconds(10);
        m_client = std::make_unique<KubeClient>(rc, nullptr, co);
    }

    void options()
    {
        addPod(u"dc1-0"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_api->appendLog(u"cass"_s, u"dc1-0"_s, u"cassandra"_s, "old line", now.addSecs(-3600));
        m_api->appendLog(u"cass"_s, u"dc1-0"_s, u"cassandra"_s, "INFO Starting Cassandra", now.addSecs(-10));
        m_api->appendLog(u"cass"_s, u"dc1-0"_s, u"cassandra"_s, "INFO Node is ready", now.addSecs(-5));
        auto read = [&](const LogOptions &o) {
            LogStream s(m_client.get(), u"cass"_s, u"dc1-0"_s, o);
            Capture c;
            capture(s, c);
            s.start();
            if (!QTest::qWaitFor([&c] { return c.finished; }, 10000)) {
                c.error = KubeError::make(KubeError::Kind::Timeout, u"test timed out"_s);
            }
            return c;
        };
        Capture all = read({});
        QCOMPARE(all.lines, (QList<QByteArray>{"old line", "INFO Starting Cassandra", "INFO Node is ready"}));
        QVERIFY(!all.error);

        LogOptions tail;
        tail.tailLines = 1;
        tail.timestamps = true;
        const Capture t = read(tail);
        QCOMPARE(t.lines.size(), 1);
        QVERIFY(t.lines.first().endsWith(" INFO Node is ready"));
        const auto ts = LogStream::parseTimestamp(t.lines.first());
        QVERIFY(ts);
        QCOMPARE(ts->first, now.addSecs(-5).toSecsSinceEpoch());
        QCOMPARE(m_server->requests.last().queryValue(u"tailLines"_s), u"1"_s);
        QCOMPARE(m_server->requests.last().queryValue(u"timestamps"_s), u"true"_s);

        LogOptions since;
        since.sinceSeconds = 60;
        QCOMPARE(read(since).lines.size(), 2);
        LogOptions sinceTime;
        sinceTime.sinceTime = now.addSecs(-7);
        QCOMPARE(read(sinceTime).lines, QList<QByteArray>{"INFO Node is ready"});
        QVERIFY(m_server->requests.last().queryValue(u"sinceTime"_s).endsWith(u"Z"_s));
        LogOptions limit;
        limit.limitBytes = 12;
        QCOMPARE(read(limit).lines, (QList<QByteArray>{"old line", "INF"})); // 12 bytes; the cut line is delivered at the end

        LogOptions previous;
        previous.previous = true;
        const Capture none = read(previous);
        QVERIFY(none.error);
        QVERIFY(none.error->message.contains(u"previous terminated container"_s));
        m_api->restartContainer(u"cass"_s, u"dc1-0"_s, u"cassandra"_s);
        QCOMPARE(read(previous).lines.size(), 3);
    }

    void containerIsRequiredWhenSeveral()
    {
        addPod(u"dc1-0"_s, {u"cassandra"_s, u"server-system-logger"_s});
        LogOptions o = fastFollow();
        LogStream s(m_client.get(), u"cass"_s, u"dc1-0"_s, o);
        Capture c;
        capture(s, c);
        s.start();
        QTRY_VERIFY(c.finished);
        QVERIFY(c.error);
        QVERIFY2(c.error->message.contains(u"choose one of: [cassandra server-system-logger]"_s), qPrintable(c.error->message));
    }

    void followAcrossRestartAndRecreation()
    {
        addPod(u"dc1-0"_s);
        m_api->appendLog(u"cass"_s, u"dc1-0"_s, u"cassandra"_s, "first");
        LogStream s(m_client.get(), u"cass"_s, u"dc1-0"_s, fastFollow());
        Capture c;
        capture(s, c);
        s.start();
        QTRY_COMPARE(c.lines, QList<QByteArray>{"first"});
        QTRY_COMPARE(m_api->activeLogStreams(), 1);
        m_api->appendLog(u"cass"_s, u"dc1-0"_s, u"cassandra"_s, "second");
        QTRY_COMPARE(c.lines.size(), 2);
        QCOMPARE(c.lines.last(), QByteArray("second")); // internal timestamps are stripped

        // The container restarts (OOM, say): the stream ends, the follower re-attaches to the new instance.
        m_api->restartContainer(u"cass"_s, u"dc1-0"_s, u"cassandra"_s);
        QTRY_COMPARE(c.notices.size(), 1);
        QVERIFY2(c.notices.first().contains(u"restarted (restart count 1)"_s), qPrintable(c.notices.first()));
        QTRY_COMPARE(m_api->activeLogStreams(), 1);
        m_api->appendLog(u"cass"_s, u"dc1-0"_s, u"cassandra"_s, "after restart");
        QTRY_COMPARE(c.lines.size(), 3);
        QCOMPARE(c.lines.last(), QByteArray("after restart"));

        // The StatefulSet recreates the pod: a new uid under the same name.
        m_api->remove({}, u"pods"_s, u"cass"_s, u"dc1-0"_s);
        QTest::qWait(120);
        addPod(u"dc1-0"_s);
        m_api->appendLog(u"cass"_s, u"dc1-0"_s, u"cassandra"_s, "new pod");
        QTRY_COMPARE(c.lines.size(), 4);
        QCOMPARE(c.lines.last(), QByteArray("new pod"));
        QVERIFY2(c.notices.last().contains(u"recreated"_s), qPrintable(c.notices.last()));
        QCOMPARE(s.reattachCount(), 2);
        QVERIFY(!c.finished);

        // Deleted for good: the follower says so and ends without an error.
        LogOptions o = fastFollow();
        s.stop();
        o.podWaitTimeout = std::chrono::milliseconds(300);
        LogStream t(m_client.get(), u"cass"_s, u"dc1-0"_s, o);
        Capture d;
        capture(t, d);
        t.start();
        QTRY_COMPARE(d.lines.size(), 1);
        m_api->remove({}, u"pods"_s, u"cass"_s, u"dc1-0"_s);
        QTRY_VERIFY(d.finished);
        QVERIFY(!d.error);
        QVERIFY2(d.notices.last().contains(u"was deleted and did not come back"_s), qPrintable(d.notices.join(u'|')));
    }

    void brokenStreamResumesWithoutDuplicates()
    {
        addPod(u"dc1-0"_s);
        for (int i = 0; i < 3; ++i) {
            m_api->appendLog(u"cass"_s, u"dc1-0"_s, u"cassandra"_s, "line " + QByteArray::number(i), QDateTime::currentDateTimeUtc().addMSecs(-300 + i * 10));
        }
        LogStream s(m_client.get(), u"cass"_s, u"dc1-0"_s, fastFollow());
        Capture c;
        capture(s, c);
        s.start();
        QTRY_COMPARE(c.lines.size(), 3);
        QTRY_COMPARE(m_api->activeLogStreams(), 1);
        m_api->dropLogStreams();
        QTRY_COMPARE(c.notices.size(), 1);
        QVERIFY2(c.notices.first().contains(u"interrupted"_s), qPrintable(c.notices.first()));
        QTRY_COMPARE(m_api->activeLogStreams(), 1);
        QVERIFY(!m_server->requests.last().queryValue(u"sinceTime"_s).isEmpty());
        QTest::qWait(20);
        m_api->appendLog(u"cass"_s, u"dc1-0"_s, u"cassandra"_s, "line 3");
        QTRY_COMPARE(c.lines.size(), 4);
        QTest::qWait(100);
        QCOMPARE(c.lines, (QList<QByteArray>{"line 0", "line 1", "line 2", "line 3"}));
    }

    void manyPodsAtOnce()
    {
        LogOptions o = fastFollow();
        LogGroup group(m_client.get(), u"cass"_s, o);
        QHash<QString, QList<QByteArray>> bySource;
        connect(&group, &LogGroup::lines, this, [&bySource](const QString &pod, const QString &container, const QList<QByteArray> &l) {
            bySource[LogGroup::prefix(pod, container)] += l;
        });
        for (int i = 0; i < 6; ++i) {
            const QString pod = u"dc1-rack%1-sts-0"_s.arg(i);
            addPod(pod);
            m_api->appendLog(u"cass"_s, pod, u"cassandra"_s, "hello from " + pod.toUtf8());
            group.add(pod, u"cassandra"_s);
        }
        group.start();
        QTRY_COMPARE(m_api->activeLogStreams(), 6);
        for (int i = 0; i < 6; ++i) {
            m_api->appendLog(u"cass"_s, u"dc1-rack%1-sts-0"_s.arg(i), u"cassandra"_s, "more");
        }
        QTRY_COMPARE(bySource.size(), 6);
        QTRY_VERIFY(std::all_of(bySource.cbegin(), bySource.cend(), [](const QList<QByteArray> &l) { return l.size() == 2; }));
        QCOMPARE(bySource.value(u"[pod/dc1-rack2-sts-0/cassandra] "_s).first(), QByteArray("hello from dc1-rack2-sts-0"));
        QCOMPARE(group.runningCount(), 6);
        group.stop();
        QTRY_COMPARE(m_api->activeLogStreams(), 0);
    }

    void parseTimestamps()
    {
        qsizetype rest = 0;
        const auto a = LogStream::parseTimestamp("2024-05-01T10:00:00.123456789Z hello", &rest);
        QVERIFY(a);
        QCOMPARE(a->second, 123456789);
        QCOMPARE(rest, 31);
        const auto b = LogStream::parseTimestamp("2024-05-01T10:00:00.12Z x");
        QVERIFY(b && b->second == 120000000 && *a > *b);
        const auto c = LogStream::parseTimestamp("2024-05-01T12:00:00+02:00 x");
        QVERIFY(c && c->first == a->first);
        QVERIFY(!LogStream::parseTimestamp("no timestamp here"));
    }

    void serviceProxy()
    {
        m_server->addHandler([](const HttpRequest &req, HttpConnection *c) {
            if (req.path != u"/api/v1/namespaces/cass/services/https:reaper:8080/proxy/webui/index.html"_s) {
                return false;
            }
            c->respond(200, "<html>Reaper</html>", "text/html");
            return true;
        });
        KubeRequest req;
        req.path = ResourceRef::serviceProxyPath(u"cass"_s, u"reaper"_s, u"8080"_s, u"webui/index.html"_s, u"https"_s);
        req.accept = "*/*";
        Outcome o;
        m_client->send(req, this, o.onOk(), o.onErr());
        QTRY_VERIFY(o.done);
        QVERIFY2(o.ok, qPrintable(o.errorText()));
        QCOMPARE(o.ok->body, QByteArray("<html>Reaper</html>"));
        QCOMPARE(ResourceRef::podProxyPath(u"cass"_s, u"dc1-0"_s, u"8080"_s, {}), u"/api/v1/namespaces/cass/pods/dc1-0:8080/proxy/"_s);
    }
};

QTEST_GUILESS_MAIN(TestKubeLogs)
#include "tst_kube_logs.moc"
