// Watches: the ADDED/MODIFIED/DELETED sequence, selector transitions, the 410 ERROR event for expired versions,
// Table watches, initial events with their bookmark, timeouts, clients that go away, and many concurrent streams.
#include "crudhelpers.h"
#include "sandboxfixture.h"

#include "api/apiserver.h"
#include "stream/podruntime.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>

using namespace Ringside;
using namespace Ringside::Test;

class TestSandboxWatch : public QObject
{
    Q_OBJECT
private:
    SandboxFixture m_fixture;
    const QString cms = QStringLiteral("/api/v1/namespaces/default/configmaps");

    QString currentListVersion() { return rvOf(m_fixture.get(cms).json()); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error, [](Sandbox::Sandbox::Options &o) { o.watchHistory = 50; }), qPrintable(error));
    }

    void addedModifiedDeleted()
    {
        const QString rv = currentListVersion();
        auto c = m_fixture.open("GET", cms + QLatin1String("?watch=true&resourceVersion=") + rv);
        StreamReader watch(c.get());
        QVERIFY(watch.readHead());
        QCOMPARE(watch.head().status, 200);
        QCOMPARE(watch.head().header("transfer-encoding"), QByteArray("chunked"));

        QJsonObject created = m_fixture.post(cms, configMap(QStringLiteral("w1"))).json();
        QJsonObject changed = created;
        changed[QStringLiteral("data")] = QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}};
        m_fixture.put(cms + QLatin1String("/w1"), changed);
        m_fixture.del(cms + QLatin1String("/w1"));

        const QList<QJsonObject> events = watch.events(3);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).value(QLatin1String("type")).toString(), QStringLiteral("ADDED"));
        QCOMPARE(events.at(1).value(QLatin1String("type")).toString(), QStringLiteral("MODIFIED"));
        QCOMPARE(events.at(2).value(QLatin1String("type")).toString(), QStringLiteral("DELETED"));
        for (const QJsonObject &e : events) {
            const QJsonObject object = e.value(QLatin1String("object")).toObject();
            QCOMPARE(object.value(QLatin1String("kind")).toString(), QStringLiteral("ConfigMap"));
            QCOMPARE(object.value(QLatin1String("apiVersion")).toString(), QStringLiteral("v1"));
            QCOMPARE(metaOf(object).value(QLatin1String("name")).toString(), QStringLiteral("w1"));
        }
        QVERIFY(rvOf(events.at(0).value(QLatin1String("object")).toObject()).toULongLong()
                < rvOf(events.at(1).value(QLatin1String("object")).toObject()).toULongLong());
        QVERIFY(rvOf(events.at(1).value(QLatin1String("object")).toObject()).toULongLong()
                < rvOf(events.at(2).value(QLatin1String("object")).toObject()).toULongLong());
        QCOMPARE(events.at(1)
                     .value(QLatin1String("object"))
                     .toObject()
                     .value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("k"))
                     .toString(),
                 QStringLiteral("v"));
    }

    void withoutVersionStartsWithTheCurrentState()
    {
        m_fixture.post(cms, configMap(QStringLiteral("existing")));
        auto c = m_fixture.open("GET", cms + QLatin1String("?watch=1&fieldSelector=metadata.name%3Dexisting"));
        StreamReader watch(c.get());
        QVERIFY(watch.readHead());
        const QList<QJsonObject> events = watch.events(1);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().value(QLatin1String("type")).toString(), QStringLiteral("ADDED"));
        QCOMPARE(
            metaOf(events.first().value(QLatin1String("object")).toObject()).value(QLatin1String("name")).toString(),
            QStringLiteral("existing"));
    }

    void selectorTransitions()
    {
        auto c = m_fixture.open("GET", cms + QLatin1String("?watch=true&labelSelector=stage%3Dgreen&resourceVersion=")
                                           + currentListVersion());
        StreamReader watch(c.get());
        QVERIFY(watch.readHead());
        QJsonObject o = m_fixture
                            .post(cms, configMap(QStringLiteral("mover"), {},
                                                 {{QStringLiteral("labels"),
                                                   QJsonObject{{QStringLiteral("stage"), QStringLiteral("green")}}}}))
                            .json();
        QJsonObject m = metaOf(o);
        m[QStringLiteral("labels")] = QJsonObject{{QStringLiteral("stage"), QStringLiteral("red")}};
        o[QStringLiteral("metadata")] = m;
        o = m_fixture.put(cms + QLatin1String("/mover"), o).json();
        m = metaOf(o);
        m[QStringLiteral("labels")] = QJsonObject{{QStringLiteral("stage"), QStringLiteral("green")}};
        o[QStringLiteral("metadata")] = m;
        m_fixture.put(cms + QLatin1String("/mover"), o);
        const QList<QJsonObject> events = watch.events(3);
        QStringList types;
        for (const QJsonObject &e : events) {
            types.append(e.value(QLatin1String("type")).toString());
        }
        QCOMPARE(types, (QStringList{QStringLiteral("ADDED"), QStringLiteral("DELETED"), QStringLiteral("ADDED")}));
    }

    void tooOldVersionGetsAnErrorEvent()
    {
        const QString old = currentListVersion();
        for (int i = 0; i < 60; ++i) {
            m_fixture.post(cms, configMap(QStringLiteral("churn-%1").arg(i)));
        }
        auto c = m_fixture.open("GET", cms + QLatin1String("?watch=true&resourceVersion=") + old);
        StreamReader watch(c.get());
        QVERIFY(watch.readHead());
        QCOMPARE(watch.head().status, 200);
        const QList<QJsonObject> events = watch.events(1);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().value(QLatin1String("type")).toString(), QStringLiteral("ERROR"));
        const QJsonObject status = events.first().value(QLatin1String("object")).toObject();
        QCOMPARE(status.value(QLatin1String("kind")).toString(), QStringLiteral("Status"));
        QCOMPARE(status.value(QLatin1String("code")).toInt(), 410);
        QCOMPARE(status.value(QLatin1String("reason")).toString(), QStringLiteral("Expired"));
        QCOMPARE(status.value(QLatin1String("status")).toString(), QStringLiteral("Failure"));
        QVERIFY(status.value(QLatin1String("message"))
                    .toString()
                    .startsWith(QLatin1String("too old resource version: ") + old + QLatin1String(" (")));
        QVERIFY(QTest::qWaitFor(
            [&] {
                watch.take();
                return watch.ended();
            },
            5000));
    }

    void tableWatchSendsHeadersOnce()
    {
        auto c = m_fixture.open("GET", cms + QLatin1String("?watch=true&resourceVersion=") + currentListVersion(),
                                Auth::AdminCert,
                                {{"Accept", "application/json;as=Table;v=v1;g=meta.k8s.io,application/json"}});
        StreamReader watch(c.get());
        QVERIFY(watch.readHead());
        m_fixture.post(cms, configMap(QStringLiteral("t1")));
        m_fixture.post(cms, configMap(QStringLiteral("t2")));
        const QList<QJsonObject> events = watch.events(2);
        QCOMPARE(events.size(), 2);
        const QJsonObject first = events.at(0).value(QLatin1String("object")).toObject();
        const QJsonObject second = events.at(1).value(QLatin1String("object")).toObject();
        QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("Table"));
        QCOMPARE(first.value(QLatin1String("columnDefinitions")).toArray().size(), 3);
        QVERIFY(second.value(QLatin1String("columnDefinitions")).isNull());
        QCOMPARE(second.value(QLatin1String("rows"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("cells"))
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("t2"));
    }

    void initialEventsEndWithABookmark()
    {
        m_fixture.post(cms, configMap(QStringLiteral("initial"), {},
                                      {{QStringLiteral("labels"),
                                        QJsonObject{{QStringLiteral("initial"), QStringLiteral("yes")}}}}));
        auto c = m_fixture.open(
            "GET",
            cms
                + QLatin1String("?watch=true&sendInitialEvents=true&allowWatchBookmarks=true"
                                "&resourceVersionMatch=NotOlderThan&resourceVersion=&labelSelector=initial%3Dyes"));
        StreamReader watch(c.get());
        QVERIFY(watch.readHead());
        const QList<QJsonObject> events = watch.events(2);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).value(QLatin1String("type")).toString(), QStringLiteral("ADDED"));
        QCOMPARE(events.at(1).value(QLatin1String("type")).toString(), QStringLiteral("BOOKMARK"));
        QCOMPARE(metaOf(events.at(1).value(QLatin1String("object")).toObject())
                     .value(QLatin1String("annotations"))
                     .toObject()
                     .value(QLatin1String("k8s.io/initial-events-end"))
                     .toString(),
                 QStringLiteral("true"));
        const HttpResponse invalid = m_fixture.get(cms + QLatin1String("?watch=true&sendInitialEvents=true"));
        QCOMPARE(invalid.status, 422);
    }

    void timeoutEndsTheStream()
    {
        auto c = m_fixture.open("GET", cms + QLatin1String("?watch=true&timeoutSeconds=1&resourceVersion=")
                                           + currentListVersion());
        StreamReader watch(c.get());
        QVERIFY(watch.readHead());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                watch.take();
                return watch.ended();
            },
            5000));
        QVERIFY(timer.elapsed() >= 800);
        // The connection stays usable after the stream ended.
        c->write("GET /version HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(c->readResponse()->status, 200);
    }

    void goneClientsAreNoticed()
    {
        const int before = m_fixture.sandbox()->apiServer()->activeWatchCount();
        auto c = m_fixture.open("GET", cms + QLatin1String("?watch=true&resourceVersion=") + currentListVersion());
        StreamReader watch(c.get());
        QVERIFY(watch.readHead());
        QTRY_COMPARE(m_fixture.sandbox()->apiServer()->activeWatchCount(), before + 1);
        c->socket().abort();
        QTRY_COMPARE(m_fixture.sandbox()->apiServer()->activeWatchCount(), before);
    }

    void manyStreamsDoNotBlockRequests()
    {
        std::vector<std::unique_ptr<Connection>> connections;
        std::vector<std::unique_ptr<StreamReader>> readers;
        const QString rv = currentListVersion();
        for (int i = 0; i < 20; ++i) {
            connections.push_back(m_fixture.open("GET", cms + QLatin1String("?watch=true&resourceVersion=") + rv));
            readers.push_back(std::make_unique<StreamReader>(connections.back().get()));
            QVERIFY(readers.back()->readHead());
        }
        // Ten log follows on a running pod.
        QJsonObject p = pod(QStringLiteral("chatty"), {container(QStringLiteral("c"), QStringLiteral("busybox"))}, {},
                            {{QStringLiteral("nodeName"), QStringLiteral("ringside-sandbox")}});
        m_fixture.post(QStringLiteral("/api/v1/namespaces/default/pods"), p);
        m_fixture.patch(QStringLiteral("/api/v1/namespaces/default/pods/chatty/status"),
                        "{\"status\":{\"phase\":\"Running\",\"containerStatuses\":[{\"name\":\"c\",\"ready\":true,"
                        "\"restartCount\":0,"
                        "\"image\":\"busybox\",\"imageID\":\"\",\"state\":{\"running\":{}}}]}}",
                        "application/merge-patch+json");
        std::vector<std::unique_ptr<Connection>> logConnections;
        std::vector<std::unique_ptr<StreamReader>> logReaders;
        for (int i = 0; i < 10; ++i) {
            logConnections.push_back(
                m_fixture.open("GET", QStringLiteral("/api/v1/namespaces/default/pods/chatty/log?follow=true")));
            logReaders.push_back(std::make_unique<StreamReader>(logConnections.back().get()));
            QVERIFY(logReaders.back()->readHead());
            QCOMPARE(logReaders.back()->head().status, 200);
        }
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces/default/configmaps?limit=1")).status, 200);
        QVERIFY(timer.elapsed() < 2000);
        m_fixture.post(cms, configMap(QStringLiteral("broadcast")));
        m_fixture.sandbox()
            ->runtime()
            ->log(QStringLiteral("default"), QStringLiteral("chatty"), QStringLiteral("c"))
            ->append("a line\n");
        for (auto &r : readers) {
            QCOMPARE(r->events(1).size(), 1);
        }
        for (auto &r : logReaders) {
            QVERIFY(r->waitForText("a line\n"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxWatch)
#include "tst_sandbox_watch.moc"
