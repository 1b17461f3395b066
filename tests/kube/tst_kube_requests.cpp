// The request layer: retries (429 with Retry-After, 5xx, connection resets), timeouts, the QPS limit, Warning
// headers, typed errors, cancellation, pagination, and streams that never starve ordinary requests.
#include "fakeapi.h"
#include "httpserver.h"
#include "kube/kubeclient.h"
#include "kubetest.h"

#include <QJsonArray>

using namespace Ringside;
using namespace Ringside::Test;
using namespace Qt::StringLiterals;

class TestKubeRequests : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> m_server;
    FakeApi *m_api = nullptr;

    RestConfig config(const QString &prefix = {}) const
    {
        RestConfig rc;
        rc.contextName = u"test"_s;
        rc.server = m_server->url();
        rc.server.setPath(prefix);
        rc.nameSpace = u"default"_s;
        rc.token = u"t"_s;
        rc.authMethod = AuthMethod::Token;
        return rc;
    }

    static ClientOptions fast()
    {
        ClientOptions o;
        o.retryBaseDelay = std::chrono::milliseconds(10);
        o.retryMaxDelay = std::chrono::milliseconds(50);
        return o;
    }

    int count(const QString &path) const
    {
        return int(std::count_if(m_server->requests.cbegin(), m_server->requests.cend(), [&](const HttpRequest &r) { return r.path == path; }));
    }

    Outcome run(KubeClient &c, const KubeRequest &req)
    {
        Outcome o;
        c.send(req, this, o.onOk(), o.onErr());
        if (!QTest::qWaitFor([&o] { return o.done; }, 20000)) {
            o.err = KubeError::make(KubeError::Kind::Timeout, u"test timed out"_s);
        }
        return o;
    }

    static KubeRequest get(const QString &path)
    {
        KubeRequest r;
        r.path = path;
        return r;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_api = new FakeApi(m_server.get());
    }

    void retryAfterIsHonoured()
    {
        int calls = 0;
        m_server->addHandler([&calls](const HttpRequest &req, HttpConnection *c) {
            if (req.path != u"/busy"_s) {
                return false;
            }
            if (++calls == 1) {
                c->respondStatus(429, u"TooManyRequests"_s, u"slow down"_s, {}, {{"Retry-After", "1"}});
            } else {
                c->respond(200, "{}");
            }
            return true;
        });
        KubeClient client(config(), {}, fast());
        QElapsedTimer t;
        t.start();
        const Outcome o = run(client, get(u"/busy"_s));
        QVERIFY2(o.ok, qPrintable(o.errorText()));
        QCOMPARE(calls, 2);
        QVERIFY2(t.elapsed() >= 950, qPrintable(QString::number(t.elapsed()))); // waited the second it was asked to
    }

    void tooManyRequestsEvenForPost()
    {
        int calls = 0;
        m_server->addHandler([&calls](const HttpRequest &req, HttpConnection *c) {
            if (req.path != u"/busy"_s) {
                return false;
            }
            ++calls == 1 ? c->respondStatus(429, u"TooManyRequests"_s, u"slow down"_s, {}, {{"Retry-After", "0"}}) : c->respond(201, "{}");
            return true;
        });
        KubeClient client(config(), {}, fast());
        KubeRequest req = get(u"/busy"_s);
        req.method = "POST";
        req.body = "{}";
        const Outcome o = run(client, req);
        QVERIFY2(o.ok, qPrintable(o.errorText())); // a 429 was not processed, so even a POST may be sent again
        QCOMPARE(calls, 2);
    }

    void serverErrorThenSuccess()
    {
        int calls = 0;
        m_server->addHandler([&calls](const HttpRequest &req, HttpConnection *c) {
            if (req.path != u"/flaky"_s) {
                return false;
            }
            ++calls <= 2 ? c->respondStatus(500, u"InternalError"_s, u"etcd hiccup"_s) : c->respond(200, "{\"ok\":true}");
            return true;
        });
        KubeClient client(config(), {}, fast());
        const Outcome o = run(client, get(u"/flaky"_s));
        QVERIFY2(o.ok, qPrintable(o.errorText()));
        QCOMPARE(o.ok->object.value(u"ok"_s).toBool(), true);
        QCOMPARE(calls, 3);
    }

    void nonIdempotentNotRetriedOn5xx()
    {
        int calls = 0;
        m_server->addHandler([&calls](const HttpRequest &req, HttpConnection *c) {
            if (req.path != u"/flaky"_s) {
                return false;
            }
            ++calls;
            c->respondStatus(500, u"InternalError"_s, u"etcd hiccup"_s);
            return true;
        });
        KubeClient client(config(), {}, fast());
        KubeRequest req = get(u"/flaky"_s);
        req.method = "POST";
        const Outcome o = run(client, req);
        QVERIFY(o.err);
        QCOMPARE(o.err->httpStatus, 500);
        QCOMPARE(o.err->message, u"etcd hiccup"_s);
        QCOMPARE(calls, 1);
    }

    void retriesGiveUp()
    {
        m_server->addHandler([](const HttpRequest &req, HttpConnection *c) {
            if (req.path != u"/down"_s) {
                return false;
            }
            c->respondStatus(503, u"ServiceUnavailable"_s, u"the server is shutting down"_s);
            return true;
        });
        ClientOptions o = fast();
        o.maxRetries = 3;
        KubeClient client(config(), {}, o);
        const Outcome out = run(client, get(u"/down"_s));
        QVERIFY(out.err);
        QCOMPARE(out.err->httpStatus, 503);
        QCOMPARE(out.err->reason, u"ServiceUnavailable"_s);
        QCOMPARE(count(u"/down"_s), 4);
    }

    void connectionResetIsRetried()
    {
        int calls = 0;
        m_server->addHandler([&calls](const HttpRequest &req, HttpConnection *c) {
            if (req.path != u"/reset"_s) {
                return false;
            }
            ++calls == 1 ? c->drop() : c->respond(200, "{}");
            return true;
        });
        KubeClient client(config(), {}, fast());
        const Outcome o = run(client, get(u"/reset"_s));
        QVERIFY2(o.ok, qPrintable(o.errorText()));
        QCOMPARE(calls, 2);
    }

    void connectionRefused()
    {
        RestConfig rc = config();
        m_server->close();
        KubeClient client(rc, {}, fast());
        const Outcome o = run(client, get(u"/api"_s));
        QVERIFY(o.err);
        QCOMPARE(o.err->kind, KubeError::Kind::Network);
        QVERIFY2(o.err->message.contains(u"was refused"_s), qPrintable(o.err->message));
    }

    void timeout()
    {
        m_server->addHandler([](const HttpRequest &req, HttpConnection *) { return req.path == u"/hang"_s; }); // never answers
        KubeClient client(config(), {}, fast());
        KubeRequest req = get(u"/hang"_s);
        req.timeout = std::chrono::milliseconds(300);
        // Behaviour, not wall-clock time: the request ends as a Timeout error (a coarse timer may fire a little
        // early, so the elapsed time is not asserted).
        const Outcome o = run(client, req);
        QVERIFY(o.err);
        QCOMPARE(o.err->kind, KubeError::Kind::Timeout);
    }

    void rateLimit()
    {
        ClientOptions o = fast();
        o.qps = 20;
        o.burst = 2;
        KubeClient client(config(), {}, o);
        QList<Outcome> outs(8);
        QElapsedTimer t;
        t.start();
        for (Outcome &out : outs) {
            client.send(get(u"/api"_s), this, out.onOk(), out.onErr());
        }
        QTRY_VERIFY(std::all_of(outs.cbegin(), outs.cend(), [](const Outcome &x) { return x.done; }));
        // 2 at once, then 6 more at 20/s: at least 300 ms, whatever the machine.
        QVERIFY2(t.elapsed() >= 280, qPrintable(QString::number(t.elapsed())));
        for (const Outcome &out : outs) {
            QVERIFY(out.ok);
        }
    }

    void warningHeaders()
    {
        m_server->addHandler([](const HttpRequest &req, HttpConnection *c) {
            if (req.path != u"/deprecated"_s) {
                return false;
            }
            c->respond(req.method == "GET" ? 200 : 422, "{}", "application/json",
                       {{"Warning", "299 - \"policy/v1beta1 PodSecurityPolicy is deprecated, unavailable in v1.25+\""},
                        {"Warning", "299 - \"unknown field \\\"spec.sise\\\", did you mean spec.size\""}});
            return true;
        });
        KubeClient client(config(), {}, fast());
        QStringList signalled;
        connect(&client, &KubeClient::warningReceived, this, [&signalled](const QString &w, const QString &) { signalled.append(w); });
        const Outcome o = run(client, get(u"/deprecated"_s));
        QVERIFY(o.ok);
        const QStringList expected{u"policy/v1beta1 PodSecurityPolicy is deprecated, unavailable in v1.25+"_s,
                                   u"unknown field \"spec.sise\", did you mean spec.size"_s};
        QCOMPARE(o.ok->warnings, expected);
        QCOMPARE(signalled, expected);
        KubeRequest post = get(u"/deprecated"_s);
        post.method = "POST";
        const Outcome bad = run(client, post);
        QVERIFY(bad.err);
        QCOMPARE(bad.err->warnings, expected);
    }

    void parseWarnings()
    {
        QCOMPARE(parseWarningHeaders({"299 - \"a, b\", 299 - \"c\" \"Sat, 25 Aug 2012 23:34:45 GMT\""}), (QStringList{u"a, b"_s, u"c"_s}));
        QCOMPARE(parseWarningHeaders({"299 - \"esc \\\"q\\\"\""}), QStringList{u"esc \"q\""_s});
    }

    void typedErrors()
    {
        KubeClient client(config(), {}, fast());
        const Outcome o = run(client, get(u"/api/v1/namespaces/default/pods/nope"_s));
        QVERIFY(o.err);
        QCOMPARE(o.err->kind, KubeError::Kind::Http);
        QVERIFY(o.err->isNotFound());
        QCOMPARE(o.err->reason, u"NotFound"_s);
        QCOMPARE(o.err->toString(), u"Error from server (NotFound): pods \"nope\" not found"_s);
        QCOMPARE(o.err->requestString(), u"GET "_s + m_server->url().toString() + u"/api/v1/namespaces/default/pods/nope"_s);

        m_server->addHandler([](const HttpRequest &req, HttpConnection *c) {
            if (req.path != u"/html"_s) {
                return false;
            }
            c->respond(502, "<html><body>Bad Gateway</body></html>", "text/html");
            return true;
        });
        const Outcome html = run(client, get(u"/html"_s));
        QVERIFY(html.err);
        QCOMPARE(html.err->httpStatus, 502);
        QVERIFY(!html.err->message.contains(u"<html>"_s));
    }

    void cancelAndContextDestruction()
    {
        m_server->addHandler([](const HttpRequest &req, HttpConnection *) { return req.path == u"/hang"_s; });
        KubeClient client(config(), {}, fast());
        bool called = false;
        RequestHandle h = client.send(get(u"/hang"_s), this, [&called](const KubeResponse &) { called = true; },
                                      [&called](const KubeError &) { called = true; });
        QVERIFY(h.isActive());
        QTRY_COMPARE(count(u"/hang"_s), 1);
        h.cancel();
        QVERIFY(!h.isActive());

        auto *context = new QObject;
        RequestHandle h2 = client.send(get(u"/hang"_s), context, [&called](const KubeResponse &) { called = true; },
                                       [&called](const KubeError &) { called = true; });
        QTRY_COMPARE(count(u"/hang"_s), 2);
        delete context;
        QVERIFY(!h2.isActive());
        QTest::qWait(100);
        QVERIFY(!called);
        QTRY_COMPARE(m_server->connectionCount(), 0); // both aborted: the server sees the connections close
    }

    void serverPathPrefix()
    {
        m_server->addHandler([](const HttpRequest &req, HttpConnection *c) {
            if (req.path != u"/k8s/clusters/c-1/api/v1/namespaces"_s) {
                return false;
            }
            c->respond(200, "{\"kind\":\"NamespaceList\",\"items\":[]}");
            return true;
        });
        KubeClient client(config(u"/k8s/clusters/c-1"_s), {}, fast());
        const Outcome o = run(client, get(u"/api/v1/namespaces"_s));
        QVERIFY2(o.ok, qPrintable(o.errorText()));
    }

    void pagination()
    {
        for (int i = 0; i < 5; ++i) {
            m_api->create({}, u"configmaps"_s, QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"cm-%1"_s.arg(i)}, {u"namespace"_s, u"default"_s}}}});
        }
        KubeClient client(config(), {}, fast());
        ListOptions lo;
        lo.limit = 2;
        Outcome page;
        client.list(ResourceRef::core(u"configmaps"_s, u"default"_s), lo, this, page.onOk(), page.onErr());
        QTRY_VERIFY(page.done);
        QCOMPARE(page.ok->object.value(u"items"_s).toArray().size(), 2);
        QVERIFY(!page.ok->object.value(u"metadata"_s).toObject().value(u"continue"_s).toString().isEmpty());

        Outcome all;
        client.listAll(ResourceRef::core(u"configmaps"_s, u"default"_s), lo, this, all.onOk(), all.onErr());
        QTRY_VERIFY(all.done);
        QVERIFY2(all.ok, qPrintable(all.errorText()));
        const QJsonArray items = all.ok->object.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 5);
        QCOMPARE(items.at(4).toObject().value(u"metadata"_s).toObject().value(u"name"_s).toString(), u"cm-4"_s);
        QVERIFY(!all.ok->object.value(u"metadata"_s).toObject().contains(u"continue"_s));
        QCOMPARE(m_api->listRequests(), 4); // the single page, then three pages

        // An expired continue token (410) makes the pager list again without paging.
        m_server->addHandler([this](const HttpRequest &req, HttpConnection *) {
            if (!req.queryValue(u"continue"_s).isEmpty()) {
                m_api->compact();
                return false; // the store now answers 410 Expired for the old token
            }
            return false;
        });
        Outcome again;
        client.listAll(ResourceRef::core(u"configmaps"_s, u"default"_s), lo, this, again.onOk(), again.onErr());
        QTRY_VERIFY(again.done);
        QVERIFY2(again.ok, qPrintable(again.errorText()));
        QCOMPARE(again.ok->object.value(u"items"_s).toArray().size(), 5);
    }

    void streamsNeverStarveRequests()
    {
        // 20 watches and 10 log follows stay open on an HTTP/1.1 server while 50 ordinary GETs complete.
        for (int i = 0; i < 10; ++i) {
            const QString name = u"pod-%1"_s.arg(i);
            m_api->create({}, u"pods"_s,
                          QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, u"default"_s}}},
                                      {u"spec"_s, QJsonObject{{u"containers"_s, QJsonArray{QJsonObject{{u"name"_s, u"main"_s}}}}}}});
            m_api->appendLog(u"default"_s, name, u"main"_s, "started");
        }
        ClientOptions o = fast();
        o.qps = 0;
        KubeClient client(config(), {}, o);
        QList<RequestHandle> streams;
        int streamEnds = 0;
        int logBytes = 0;
        for (int i = 0; i < 20; ++i) {
            KubeRequest w = get(u"/api/v1/namespaces/default/configmaps"_s);
            w.query.addQueryItem(u"watch"_s, u"1"_s);
            streams.append(client.stream(w, this, [](const QByteArray &) {}, [&streamEnds](const std::optional<KubeError> &) { ++streamEnds; }));
        }
        for (int i = 0; i < 10; ++i) {
            KubeRequest l = get(u"/api/v1/namespaces/default/pods/pod-%1/log"_s.arg(i));
            l.query.addQueryItem(u"follow"_s, u"true"_s);
            l.accept = "*/*";
            streams.append(client.stream(l, this, [&logBytes](const QByteArray &b) { logBytes += int(b.size()); },
                                         [&streamEnds](const std::optional<KubeError> &) { ++streamEnds; }));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_api->activeWatches(), 20, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_api->activeLogStreams(), 10, 20000);
        QVERIFY(client.streamPoolCount() >= 5);

        QList<Outcome> gets(50);
        for (int i = 0; i < 50; ++i) {
            client.get(ResourceRef::core(u"pods"_s, u"default"_s, u"pod-%1"_s.arg(i % 10)), this, gets[i].onOk(), gets[i].onErr());
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(gets.cbegin(), gets.cend(), [](const Outcome &x) { return x.done; }), 30000);
        for (const Outcome &g : gets) {
            QVERIFY2(g.ok, qPrintable(g.errorText()));
        }
        // The streams are still open and still deliver.
        QCOMPARE(streamEnds, 0);
        QCOMPARE(m_api->activeWatches(), 20);
        const int before = logBytes;
        m_api->appendLog(u"default"_s, u"pod-3"_s, u"main"_s, "still streaming");
        QTRY_VERIFY(logBytes > before);
        for (RequestHandle &h : streams) {
            h.cancel();
        }
        QTRY_COMPARE(m_api->activeWatches(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKubeRequests)
#include "tst_kube_requests.moc"
