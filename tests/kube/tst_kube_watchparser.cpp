// The incremental watch-stream parser and the coalescing object cache.
#include "kube/objectcache.h"
#include "kube/watchparser.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

using namespace Ringside;
using namespace Qt::StringLiterals;

namespace {
QByteArray watchLine(const char *type, const QString &name, int rv, const QString &uid = u"u1"_s, const QString &extra = {})
{
    const QJsonObject o{{u"type"_s, QString::fromLatin1(type)},
                        {u"object"_s, QJsonObject{{u"kind"_s, u"Pod"_s},
                                                  {u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, u"ns"_s}, {u"uid"_s, uid},
                                                                             {u"resourceVersion"_s, QString::number(rv)}}},
                                                  {u"data"_s, extra}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject pod(const QString &name, int rv, const QString &uid)
{
    return {{u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, u"ns"_s}, {u"uid"_s, uid}, {u"resourceVersion"_s, QString::number(rv)}}}};
}
} // namespace

class TestKubeWatchParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void severalEventsInOneRead()
    {
        WatchParser p;
        QList<WatchEvent> events;
        QString error;
        QVERIFY(p.feed(QByteArray(watchLine("ADDED", u"a"_s, 1) + watchLine("MODIFIED", u"a"_s, 2) + watchLine("DELETED", u"a"_s, 3)), &events, &error));
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).type, WatchEvent::Type::Added);
        QCOMPARE(events.at(1).type, WatchEvent::Type::Modified);
        QCOMPARE(events.at(2).type, WatchEvent::Type::Deleted);
        QCOMPARE(events.at(2).resourceVersion(), u"3"_s);
        QCOMPARE(p.pendingBytes(), 0);
    }

    void everySplitPoint()
    {
        // Strings holding braces, brackets, escaped quotes and backslashes must not confuse the scanner.
        const QByteArray stream = watchLine("ADDED", u"a"_s, 1, u"u1"_s, u"} { ] [ \" \\ \\\" }}"_s) + watchLine("BOOKMARK", u""_s, 7)
                                  + watchLine("MODIFIED", u"b"_s, 9, u"u2"_s, u"\u00e9\u4e2d"_s);
        for (qsizetype cut1 = 0; cut1 <= stream.size(); ++cut1) {
            for (qsizetype cut2 = cut1; cut2 <= stream.size(); cut2 += 7) {
                WatchParser p;
                QList<WatchEvent> events;
                QString error;
                QVERIFY(p.feed(QByteArrayView(stream).first(cut1), &events, &error));
                QVERIFY(p.feed(QByteArrayView(stream).sliced(cut1, cut2 - cut1), &events, &error));
                QVERIFY(p.feed(QByteArrayView(stream).sliced(cut2), &events, &error));
                QCOMPARE(events.size(), 3);
                QCOMPARE(events.at(0).object.value(u"data"_s).toString(), u"} { ] [ \" \\ \\\" }}"_s);
                QCOMPARE(events.at(1).type, WatchEvent::Type::Bookmark);
                QCOMPARE(events.at(1).resourceVersion(), u"7"_s);
                QCOMPARE(events.at(2).object.value(u"data"_s).toString(), u"\u00e9\u4e2d"_s);
            }
        }
    }

    void byteByByte()
    {
        const QByteArray stream = watchLine("ADDED", u"a"_s, 1) + "\r\n  " + watchLine("DELETED", u"a"_s, 2);
        WatchParser p;
        QList<WatchEvent> events;
        QString error;
        for (const char c : stream) {
            QVERIFY(p.feed(QByteArrayView(&c, 1), &events, &error));
        }
        QCOMPARE(events.size(), 2);
    }

    void randomSplits()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator rng(seed);
        QByteArray stream;
        for (int i = 0; i < 300; ++i) {
            stream += watchLine(i % 3 == 0 ? "ADDED" : "MODIFIED", u"p%1"_s.arg(i % 17), i, u"u"_s, QString(rng.bounded(200), u'x'));
        }
        WatchParser p;
        QList<WatchEvent> events;
        QString error;
        qsizetype pos = 0;
        while (pos < stream.size()) {
            const qsizetype n = std::min<qsizetype>(stream.size() - pos, 1 + rng.bounded(900));
            QVERIFY(p.feed(QByteArrayView(stream).sliced(pos, n), &events, &error));
            pos += n;
        }
        QCOMPARE(events.size(), 300);
        for (int i = 0; i < 300; ++i) {
            QCOMPARE(events.at(i).resourceVersion(), QString::number(i));
        }
    }

    void errorEvent()
    {
        WatchParser p;
        QList<WatchEvent> events;
        QString error;
        QVERIFY(p.feed("{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"code\":410,\"reason\":\"Expired\"}}\n", &events, &error));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().type, WatchEvent::Type::Error);
        QCOMPARE(events.first().errorCode(), 410);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage") << QByteArray("hello");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("bad json") << QByteArray("{\"type\":\"ADDED\",\"object\":{\"a\":tru}}");
        QTest::newRow("unknown type") << QByteArray("{\"type\":\"EXPLODED\",\"object\":{}}");
        QTest::newRow("stray bracket") << QByteArray("}");
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        WatchParser p;
        QList<WatchEvent> events;
        QString error;
        QVERIFY(!p.feed(bytes, &events, &error));
        QVERIFY(!error.isEmpty());
    }

    void resetDropsPartialEvent()
    {
        WatchParser p;
        QList<WatchEvent> events;
        QString error;
        const QByteArray e = watchLine("ADDED", u"a"_s, 1);
        QVERIFY(p.feed(e.left(20), &events, &error));
        QVERIFY(p.pendingBytes() > 0);
        p.reset();
        QVERIFY(p.feed(e, &events, &error));
        QCOMPARE(events.size(), 1);
    }

    void cacheCoalescing()
    {
        ObjectCache c;
        c.upsert(pod(u"a"_s, 1, u"ua"_s));
        c.upsert(pod(u"a"_s, 2, u"ua"_s));
        QList<ObjectChange> ch = c.takeChanges();
        QCOMPARE(ch.size(), 1);
        QCOMPARE(ch.first().type, ObjectChange::Type::Added);
        QCOMPARE(ObjectCache::resourceVersionOf(ch.first().object), u"2"_s);

        c.upsert(pod(u"b"_s, 3, u"ub"_s));
        c.remove(pod(u"b"_s, 4, u"ub"_s));
        QVERIFY(c.takeChanges().isEmpty()); // born and gone within one window

        c.upsert(pod(u"a"_s, 5, u"ua"_s));
        c.upsert(pod(u"a"_s, 6, u"ua"_s));
        ch = c.takeChanges();
        QCOMPARE(ch.size(), 1);
        QCOMPARE(ch.first().type, ObjectChange::Type::Modified);
        QCOMPARE(ObjectCache::resourceVersionOf(ch.first().previous), u"2"_s);
        QCOMPARE(ObjectCache::resourceVersionOf(ch.first().object), u"6"_s);

        // A StatefulSet pod deleted and recreated under the same name: a delete and an add.
        c.remove(pod(u"a"_s, 7, u"ua"_s));
        c.upsert(pod(u"a"_s, 8, u"ua2"_s));
        ch = c.takeChanges();
        QCOMPARE(ch.size(), 2);
        QCOMPARE(ch.at(0).type, ObjectChange::Type::Deleted);
        QCOMPARE(ObjectCache::uidOf(ch.at(0).object), u"ua"_s);
        QCOMPARE(ObjectCache::resourceVersionOf(ch.at(0).object), u"7"_s);
        QCOMPARE(ch.at(1).type, ObjectChange::Type::Added);
        QCOMPARE(ObjectCache::uidOf(ch.at(1).object), u"ua2"_s);

        // Recreated twice within a window: still the one the consumer knew is deleted.
        c.remove(pod(u"a"_s, 9, u"ua2"_s));
        c.upsert(pod(u"a"_s, 10, u"ua3"_s));
        c.remove(pod(u"a"_s, 11, u"ua3"_s));
        ch = c.takeChanges();
        QCOMPARE(ch.size(), 1);
        QCOMPARE(ch.first().type, ObjectChange::Type::Deleted);
        QCOMPARE(ObjectCache::uidOf(ch.first().object), u"ua2"_s);

        // A relist: differences only.
        c.upsert(pod(u"x"_s, 20, u"ux"_s));
        c.upsert(pod(u"y"_s, 21, u"uy"_s));
        c.takeChanges();
        c.replace({pod(u"x"_s, 20, u"ux"_s), pod(u"y"_s, 25, u"uy"_s), pod(u"z"_s, 26, u"uz"_s)});
        ch = c.takeChanges();
        QCOMPARE(ch.size(), 2);
        QCOMPARE(ch.at(0).type, ObjectChange::Type::Modified);
        QCOMPARE(ch.at(0).key, u"ns/y"_s);
        QCOMPARE(ch.at(1).type, ObjectChange::Type::Added);
        c.replace({});
        QCOMPARE(c.takeChanges().size(), 3);
        QCOMPARE(c.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKubeWatchParser)
#include "tst_kube_watchparser.moc"
