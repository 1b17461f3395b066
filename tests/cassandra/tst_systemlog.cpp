// Cassandra system.log parsing (incremental, multi-line entries), merging pods by time and filtering.
// Samples and golden dumps: tests/data/cassandra-logs/ (expected/*.txt).
#include "cassandratestutil.h"

#include "cassandra/logmerge.h"
#include "cassandra/systemlog.h"

#include <QRandomGenerator>

using namespace Ringside;
using namespace Ringside::Cassandra;

namespace {

const QString r1 = QStringLiteral("cassandra-logs/demo-dc1-r1-sts-0.system.log");
const QString r2 = QStringLiteral("cassandra-logs/demo-dc1-r2-sts-0.system.log");
const QString stdoutLog = QStringLiteral("cassandra-logs/demo-dc1-r1-sts-0.cassandra.stdout");

QString dump(const QList<LogEntry> &entries)
{
    QString out;
    for (const LogEntry &e : entries) {
        out += QStringLiteral("#%1 %2 %3 [%4] %5:%6 lines=%7")
                   .arg(e.sequence)
                   .arg(e.timestamp.isValid() ? e.timestamp.toString(Qt::ISODateWithMs) : QStringLiteral("-"),
                        logLevelName(e.level), e.thread, e.file)
                   .arg(e.line)
                   .arg(e.lineCount);
        if (!e.pod.isEmpty()) {
            out += QStringLiteral(" pod=") + e.pod;
        }
        if (e.streamTime.isValid()) {
            out += QStringLiteral(" stream=") + e.streamTime.toString(Qt::ISODateWithMs);
        }
        out += QStringLiteral("\n  | ") + e.message().toString() + u'\n';
        if (!e.details().isEmpty()) {
            for (const QString &line : e.details().toString().split(u'\n')) {
                out += QStringLiteral("  > ") + line + u'\n';
            }
        }
    }
    return out;
}

QList<LogEntry> parseFile(const QString &file, const QString &pod = QString())
{
    SystemLogParser::Options o;
    o.pod = pod;
    return SystemLogParser::parseAll(Test::readDataBytes(file), o);
}

QList<LogEntry> feedInPieces(const QByteArray &data, const QList<qsizetype> &cuts)
{
    SystemLogParser parser;
    QList<LogEntry> out;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        out += parser.feed(QByteArrayView(data).sliced(from, cut - from));
        from = cut;
    }
    out += parser.feed(QByteArrayView(data).sliced(from));
    out += parser.flush();
    return out;
}

int countLevel(const QList<LogEntry> &entries, LogLevel level)
{
    int n = 0;
    for (const LogEntry &e : entries) {
        n += e.level == level ? 1 : 0;
    }
    return n;
}

} // namespace

class TestSystemLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("r1 system.log") << r1;
        QTest::newRow("r2 system.log") << r2;
        QTest::newRow("cassandra container stdout") << stdoutLog;
    }
    void golden()
    {
        QFETCH(QString, file);
        const QList<LogEntry> entries = parseFile(file);
        QVERIFY(!entries.isEmpty());
        const QString name = file.section(u'/', -1);
        RINGSIDE_COMPARE_GOLDEN(
            Test::dataPath(QStringLiteral("cassandra-logs/expected/") + name + QStringLiteral(".txt")), dump(entries));
    }
    void startupAndGossip()
    {
        const QList<LogEntry> e = parseFile(r1);
        QCOMPARE(e.size(), 32); // one line per entry in this file
        QCOMPARE(countLevel(e, LogLevel::Warn), 2);
        QCOMPARE(countLevel(e, LogLevel::Unknown), 0);
        QCOMPARE(e[0].level, LogLevel::Info);
        QCOMPARE(e[0].thread, QStringLiteral("main"));
        QCOMPARE(e[0].timestamp, QDateTime(QDate(2024, 3, 12), QTime(9, 58, 1, 112), QTimeZone::UTC));
        QCOMPARE(e[0].file, QStringLiteral("YamlConfigurationLoader.java"));
        QCOMPARE(e[0].line, 104);
        QCOMPARE(e[0].message(), QStringLiteral("Configuration location: file:/opt/cassandra/conf/cassandra.yaml"));
        const LogEntry &gc = e[23];
        QCOMPARE(gc.level, LogLevel::Warn);
        QCOMPARE(gc.thread, QStringLiteral("Service Thread"));
        QCOMPARE(gc.file, QStringLiteral("GCInspector.java"));
        QVERIFY(gc.message().startsWith(u"G1 Young Generation GC in 1043ms."));
        QCOMPARE(e[13].thread, QStringLiteral("Messaging-EventLoop-3-1"));
        QVERIFY(e[13].message().contains(u"successfully connected"));
        QCOMPARE(e.last().message(), QStringLiteral("Repair command #1 finished in 2 seconds"));
    }
    void stackTracesStayWhole()
    {
        const QList<LogEntry> e = parseFile(r2);
        QCOMPARE(countLevel(e, LogLevel::Error), 2);
        const LogEntry &tombstones = e[7];
        QCOMPARE(tombstones.level, LogLevel::Error);
        QCOMPARE(tombstones.thread, QStringLiteral("ReadStage-2"));
        QCOMPARE(tombstones.lineCount, 12);
        QCOMPARE(tombstones.message(), QStringLiteral("Exception in thread Thread[ReadStage-2,5,SharedPool]"));
        QVERIFY(tombstones.details().startsWith(
            u"java.lang.RuntimeException: org.apache.cassandra.db.filter.TombstoneOverwhelmingException"));
        QVERIFY(tombstones.details().contains(
            u"\nCaused by: org.apache.cassandra.db.filter.TombstoneOverwhelmingException"));
        QVERIFY(tombstones.details().endsWith(u"\t... 4 common frames omitted"));
        const LogEntry &disk = e[10];
        QCOMPARE(disk.level, LogLevel::Error);
        QCOMPARE(disk.lineCount, 9);
        QVERIFY(disk.details().endsWith(u"\t... 12 more"));
        QCOMPARE(e[6].thread, QStringLiteral("Stream-Deserializer-/10.244.1.12:7000-4e2a"));
        QCOMPARE(e.last().thread, QStringLiteral("RMI TCP Connection(12)-127.0.0.1"));
        QVERIFY(e[8].message().contains(QStringLiteral("'Zürich'")));
    }
    void managementApiOutput()
    {
        const QList<LogEntry> e = parseFile(stdoutLog);
        QCOMPARE(e.size(), 8);
        QCOMPARE(e[0].level, LogLevel::Unknown);
        QVERIFY(!e[0].timestamp.isValid());
        QCOMPARE(e[0].message(), QStringLiteral("Starting Management API"));
        QCOMPARE(e[3].message(), QStringLiteral("Started Server"));
        QCOMPARE(e[3].details(), QStringLiteral("Started service on file:///tmp/oss-mgmt.sock"));
        QCOMPARE(e[4].thread, QStringLiteral("nioEventLoopGroup-2-1"));
        QCOMPARE(e[4].file, QStringLiteral("Cli.java"));
        QVERIFY(e[5].message().endsWith(u"status=500 Internal Server Error"));
    }

    // Every split of the stream into two chunks, random splits into many, and one byte at a time, all give the
    // same entries as one whole read. r2 has tabs, multi-line entries and a two-byte UTF-8 character.
    void everySplitGivesTheSameEntries()
    {
        for (const QString &file : {r1, r2, stdoutLog}) {
            const QByteArray data = Test::readDataBytes(file);
            const QString whole = dump(SystemLogParser::parseAll(data));
            for (qsizetype cut = 0; cut <= data.size(); ++cut) {
                const QString pieces = dump(feedInPieces(data, {cut}));
                if (pieces != whole) {
                    QFAIL(qPrintable(QStringLiteral("%1: a split at byte %2 changes the entries").arg(file).arg(cut)));
                }
            }
            QRandomGenerator rng(7);
            for (int round = 0; round < 50; ++round) {
                QList<qsizetype> cuts;
                const int n = 2 + rng.bounded(20);
                for (int k = 0; k < n; ++k) {
                    cuts.append(rng.bounded(int(data.size()) + 1));
                }
                std::sort(cuts.begin(), cuts.end());
                QCOMPARE(dump(feedInPieces(data, cuts)), whole);
            }
            QList<qsizetype> everyByte;
            for (qsizetype k = 1; k < data.size(); ++k) {
                everyByte.append(k);
            }
            QCOMPARE(dump(feedInPieces(data, everyByte)), whole);
        }
    }
    void crlfAndMissingFinalNewline()
    {
        QByteArray data = Test::readDataBytes(r2);
        const QString whole = dump(SystemLogParser::parseAll(data));
        QByteArray crlf = data;
        crlf.replace("\n", "\r\n");
        QCOMPARE(dump(SystemLogParser::parseAll(crlf)), whole);
        data.chop(1); // no final newline: flush() still yields the last line
        QCOMPARE(dump(SystemLogParser::parseAll(data)), whole);
    }
    void entriesCompleteWhenTheNextOneStarts()
    {
        SystemLogParser p;
        QVERIFY(p.feed("ERROR [main] 2024-03-12 10:00:00,000 A.java:1 - boom\n").isEmpty());
        QVERIFY(p.feed("java.lang.IllegalStateException: x\n\tat A.b(A.java:1)\n").isEmpty());
        const QList<LogEntry> first = p.feed("INFO  [main] 2024-03-12 10:00:01,000 B.java:2 - next\nINFO  [ma");
        QCOMPARE(first.size(), 1);
        QCOMPARE(first[0].lineCount, 3);
        QCOMPARE(first[0].sequence, 0);
        const QList<LogEntry> rest = p.flush();
        QCOMPARE(rest.size(), 1);
        QCOMPARE(rest[0].message(), QStringLiteral("next"));
        QCOMPARE(rest[0].details(), QStringLiteral("INFO  [ma")); // a cut-off last line stays with its entry
        QCOMPARE(rest[0].sequence, 1);
        QCOMPARE(p.linesRead(), 5);
        p.reset();
        QCOMPARE(p.linesRead(), 0);
        QVERIFY(p.flush().isEmpty());
    }
    void headerVariants_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("structured");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("sourceLine");
        QTest::addColumn<QString>("message");
        QTest::newRow("4.x") << QByteArray("INFO  [main] 2024-03-12 10:00:00,123 StorageService.java:750 - hi") << true
                             << QStringLiteral("StorageService.java") << 750 << QStringLiteral("hi");
        QTest::newRow("DSE double space")
            << QByteArray("WARN  [main] 2024-03-12 10:00:00,123  DseDaemon.java:88 - x - y") << true
            << QStringLiteral("DseDaemon.java") << 88 << QStringLiteral("x - y");
        QTest::newRow("unknown location") << QByteArray("DEBUG [t] 2024-03-12 10:00:00,123 ?:? - m") << true
                                          << QString() << -1 << QStringLiteral("m");
        QTest::newRow("no location") << QByteArray("TRACE [t] 2024-03-12 10:00:00,123 just text") << true << QString()
                                     << -1 << QStringLiteral("just text");
        QTest::newRow("bracket in thread") << QByteArray("INFO  [a]b] 2024-03-12 10:00:00,123 F.java:1 - m") << true
                                           << QStringLiteral("F.java") << 1 << QStringLiteral("m");
        QTest::newRow("no milliseconds") << QByteArray("ERROR [t] 2024-03-12T10:00:00 F.java:1 - m") << true
                                         << QStringLiteral("F.java") << 1 << QStringLiteral("m");
        QTest::newRow("bad date") << QByteArray("INFO  [t] 2024-02-30 10:00:00,000 F.java:1 - m") << false << QString()
                                  << -1 << QString();
        QTest::newRow("bad hour") << QByteArray("INFO  [t] 2024-02-03 25:00:00,000 F.java:1 - m") << false << QString()
                                  << -1 << QString();
        QTest::newRow("unclosed thread") << QByteArray("INFO  [main 2024-03-12 10:00:00,000 F.java:1 - m") << false
                                         << QString() << -1 << QString();
        QTest::newRow("not a level") << QByteArray("INFORMATION [t] 2024-03-12 10:00:00,000 F.java:1 - m") << false
                                     << QString() << -1 << QString();
        QTest::newRow("lower case") << QByteArray("info  [t] 2024-03-12 10:00:00,000 F.java:1 - m") << false
                                    << QString() << -1 << QString();
        QTest::newRow("empty") << QByteArray("") << false << QString() << -1 << QString();
        QTest::newRow("binary") << QByteArray::fromHex("00ff5b5d2d0a7f") << false << QString() << -1 << QString();
    }
    void headerVariants()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, structured);
        QFETCH(QString, file);
        QFETCH(int, sourceLine);
        QFETCH(QString, message);
        const QList<LogEntry> e = SystemLogParser::parseAll(QByteArray(line + '\n'));
        if (line.isEmpty()) {
            QCOMPARE(e.size(), 1); // an empty line is still a line of output
            QVERIFY(!e[0].isStructured());
            return;
        }
        QVERIFY(!e.isEmpty());
        QCOMPARE(e[0].isStructured(), structured);
        if (structured) {
            QCOMPARE(e[0].file, file);
            QCOMPARE(e[0].line, sourceLine);
            QCOMPARE(e[0].message(), message);
            QVERIFY(e[0].timestamp.isValid());
        }
    }
    void timeZones()
    {
        const QByteArray line
            = "INFO  [main] 2024-03-12 09:58:01,112 A.java:1 - x\nINFO  [main] 2024-07-01 12:00:00,000 A.java:1 - y\n";
        SystemLogParser::Options o;
        o.zone = QTimeZone::fromSecondsAheadOfUtc(5 * 3600 + 1800);
        QList<LogEntry> e = SystemLogParser::parseAll(line, o);
        QCOMPARE(e[0].timestamp, QDateTime(QDate(2024, 3, 12), QTime(4, 28, 1, 112), QTimeZone::UTC));
        QCOMPARE(e[0].timestamp.timeSpec(), Qt::UTC);
        const QTimeZone berlin("Europe/Berlin");
        if (!berlin.isValid()) {
            QSKIP("no tz database for Europe/Berlin");
        }
        o.zone = berlin;
        e = SystemLogParser::parseAll(line, o);
        QCOMPARE(e[0].timestamp, QDateTime(QDate(2024, 3, 12), QTime(8, 58, 1, 112), QTimeZone::UTC)); // CET, +1
        QCOMPARE(e[1].timestamp, QDateTime(QDate(2024, 7, 1), QTime(10, 0), QTimeZone::UTC));          // CEST, +2
    }
    void kubernetesTimestamps()
    {
        SystemLogParser::Options o;
        o.kubernetesTimestamps = true;
        o.pod = QStringLiteral("demo-dc1-r1-sts-0");
        const QByteArray text
            = "2024-03-12T09:58:00.100000000Z Starting Management API\n"
              "2024-03-12T09:58:01.500123456Z ERROR [main] 2024-03-12 09:58:01,499 A.java:9 - failed\n"
              "2024-03-12T09:58:01.500200000Z java.lang.Error: x\n"
              "2024-03-12T09:58:01.500300000Z \tat A.main(A.java:9)\n";
        const QList<LogEntry> e = SystemLogParser::parseAll(text, o);
        QCOMPARE(e.size(), 2);
        QCOMPARE(e[0].streamTime, QDateTime(QDate(2024, 3, 12), QTime(9, 58, 0, 100), QTimeZone::UTC));
        QCOMPARE(e[0].effectiveTime(), e[0].streamTime);
        QCOMPARE(e[0].message(), QStringLiteral("Starting Management API"));
        QCOMPARE(e[1].streamTime, QDateTime(QDate(2024, 3, 12), QTime(9, 58, 1, 500), QTimeZone::UTC));
        QCOMPARE(e[1].details(), QStringLiteral("java.lang.Error: x\n\tat A.main(A.java:9)"));
        QCOMPARE(e[1].pod, QStringLiteral("demo-dc1-r1-sts-0"));
    }
    void vectorJsonEvents()
    {
        const QByteArray text = "{\"loglevel\":\"WARN\",\"thread\":\"Service Thread\",\"timestamp\":\"2024-03-12 "
                                "10:12:44,518\",\"class\":\"GCInspector.java\",\"line\":\"294\","
                                "\"message\":\"G1 Young Generation GC in 1043ms.\",\"pod_name\":\"p\"}\n"
                                "{\"file\":\"/var/log/cassandra/system.log\",\"message\":\"ERROR [main] 2024-03-12 "
                                "10:13:00,000 A.java:3 - bad\\n\\tat A.b(A.java:3)\","
                                "\"timestamp\":\"2024-03-12T10:13:00.010Z\"}\n"
                                "{not json at all}\n";
        const QList<LogEntry> e = SystemLogParser::parseAll(text);
        QCOMPARE(e.size(), 3);
        QCOMPARE(e[0].level, LogLevel::Warn);
        QCOMPARE(e[0].thread, QStringLiteral("Service Thread"));
        QCOMPARE(e[0].line, 294);
        QCOMPARE(e[0].timestamp, QDateTime(QDate(2024, 3, 12), QTime(10, 12, 44, 518), QTimeZone::UTC));
        QCOMPARE(e[1].level, LogLevel::Error);
        QCOMPARE(e[1].lineCount, 2);
        QCOMPARE(e[1].details(), QStringLiteral("\tat A.b(A.java:3)"));
        QCOMPARE(e[2].level, LogLevel::Unknown);
        QCOMPARE(e[2].message(), QStringLiteral("{not json at all}"));
    }

    void mergeByTimeGolden()
    {
        const QList<LogEntry> merged = mergeByTime(
            {parseFile(r1, QStringLiteral("demo-dc1-r1-sts-0")), parseFile(r2, QStringLiteral("demo-dc1-r2-sts-0"))});
        QCOMPARE(merged.size(), 32 + 12);
        RINGSIDE_COMPARE_GOLDEN(Test::dataPath(QStringLiteral("cassandra-logs/expected/merged-r1-r2.txt")),
                                dump(merged));
        for (qsizetype i = 1; i < merged.size(); ++i) {
            QVERIFY(merged[i - 1].effectiveTime() <= merged[i].effectiveTime());
            if (merged[i - 1].effectiveTime() == merged[i].effectiveTime() && merged[i - 1].pod != merged[i].pod) {
                // Ties keep stream order: r1 (stream 0) before r2.
                QCOMPARE(merged[i - 1].pod, QStringLiteral("demo-dc1-r1-sts-0"));
            }
        }
    }
    void mergeKeepsUntimedEntriesWithTheirNeighbours()
    {
        const QList<LogEntry> a = parseFile(stdoutLog, QStringLiteral("a"));
        const QList<LogEntry> b = SystemLogParser::parseAll("INFO  [main] 2024-03-12 09:57:59,000 B.java:1 - b\n");
        const QList<LogEntry> merged = mergeByTime({b, a});
        QCOMPARE(merged[0].message(), QStringLiteral("Starting Management API")); // untimed at the start: first
        QCOMPARE(merged[1].message(), QStringLiteral("Cassandra Version 4.1.3"));
        QCOMPARE(merged[2].message(), QStringLiteral("b"));
        QVERIFY(mergeByTime({}).isEmpty());
    }
    void streamingMergerMatchesBatchMerge()
    {
        const QByteArray d1 = Test::readDataBytes(r1);
        const QByteArray d2 = Test::readDataBytes(r2);
        SystemLogParser p1({QTimeZone::UTC, false, QStringLiteral("r1"), QString()});
        SystemLogParser p2({QTimeZone::UTC, false, QStringLiteral("r2"), QString()});
        LogMerger merger;
        const int s1 = merger.addStream();
        const int s2 = merger.addStream();
        QList<LogEntry> streamed;
        for (qsizetype off = 0; off < std::max(d1.size(), d2.size()); off += 97) {
            merger.append(s1, p1.feed(QByteArrayView(d1).sliced(std::min(off, d1.size()),
                                                                std::clamp<qsizetype>(d1.size() - off, 0, 97))));
            merger.append(s2, p2.feed(QByteArrayView(d2).sliced(std::min(off, d2.size()),
                                                                std::clamp<qsizetype>(d2.size() - off, 0, 97))));
            streamed += merger.takeReady();
        }
        merger.append(s1, p1.flush());
        merger.close(s1);
        streamed += merger.takeReady();
        merger.append(s2, p2.flush());
        merger.close(s2);
        streamed += merger.takeReady();
        QCOMPARE(merger.pendingCount(), 0);
        const QList<LogEntry> batch
            = mergeByTime({SystemLogParser::parseAll(d1, {QTimeZone::UTC, false, QStringLiteral("r1"), QString()}),
                           SystemLogParser::parseAll(d2, {QTimeZone::UTC, false, QStringLiteral("r2"), QString()})});
        QCOMPARE(dump(streamed), dump(batch));
    }
    void quietStreamNeedsAWatermark()
    {
        LogMerger merger;
        const int quiet = merger.addStream();
        const int busy = merger.addStream();
        merger.append(quiet, SystemLogParser::parseAll("INFO  [a] 2024-03-12 10:00:00,000 A.java:1 - a\n"));
        merger.append(
            busy,
            SystemLogParser::parseAll(
                "INFO  [b] 2024-03-12 10:00:05,000 B.java:1 - b1\nINFO  [b] 2024-03-12 10:00:09,000 B.java:1 - b2\n"));
        QList<LogEntry> ready = merger.takeReady();
        QCOMPARE(ready.size(), 0); // "a" ties with the quiet stream's own last time: held back with the rest
        ready = merger.takeReady(QDateTime(QDate(2024, 3, 12), QTime(10, 0, 6), QTimeZone::UTC));
        QCOMPARE(ready.size(), 2);
        QCOMPARE(ready[0].message(), QStringLiteral("a"));
        QCOMPARE(ready[1].message(), QStringLiteral("b1"));
        QCOMPARE(merger.takeAll().size(), 1);
    }

    void filters()
    {
        const QList<LogEntry> merged
            = mergeByTime({parseFile(r1, QStringLiteral("r1")), parseFile(r2, QStringLiteral("r2"))});
        auto warn = LogFilter::create(QStringLiteral("warn"), QString());
        QVERIFY(warn.isOk());
        QList<LogEntry> hits = filterEntries(merged, warn.value());
        QCOMPARE(hits.size(), 2 + 1 + 2);
        for (const LogEntry &e : hits) {
            QVERIFY(e.level == LogLevel::Warn || e.level == LogLevel::Error);
        }
        // The regex sees stack traces too: "UnixException" is only in a continuation line.
        auto grep = LogFilter::create(QString(), QStringLiteral("unixexception"), true);
        QVERIFY(grep.isOk());
        hits = filterEntries(merged, grep.value());
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].level, LogLevel::Error);
        QCOMPARE(filterEntries(merged, LogFilter::create(QString(), QStringLiteral("unixexception")).value()).size(),
                 0); // case matters by default

        LogFilter f = LogFilter::create(QStringLiteral("INFO"), QStringLiteral("repair #")).value();
        f.pods = {QStringLiteral("r2")};
        QCOMPARE(filterEntries(merged, f).size(), 1);
        f.invertPattern = true;
        f.pods.clear();
        f.from = QDateTime(QDate(2024, 3, 12), QTime(10, 15), QTimeZone::UTC);
        f.to = QDateTime(QDate(2024, 3, 12), QTime(10, 16), QTimeZone::UTC);
        hits = filterEntries(merged, f);
        QCOMPARE(hits.size(),
                 3); // "Starting repair command", "[Stream #...] Session ... is complete", "Repair command #1 finished"
        QCOMPARE(hits.size(), filterEntries(hits, f).size());

        LogFilter none;
        QCOMPARE(filterEntries(merged, none).size(), merged.size());
        const LogEntry untimed = SystemLogParser::parseAll("plain\n").first();
        QVERIFY(none.matches(untimed));
        QVERIFY(!f.matches(untimed)); // a time range needs a time
    }
    void filterErrors()
    {
        const auto badRegex = LogFilter::create(QString(), QStringLiteral("Caused by: ("));
        QVERIFY(!badRegex.isOk());
        QVERIFY2(badRegex.error().message.contains(QLatin1String("offset")), qPrintable(badRegex.error().message));
        const auto badLevel = LogFilter::create(QStringLiteral("LOUD"), QString());
        QVERIFY(!badLevel.isOk());
        QVERIFY(badLevel.error().message.contains(QLatin1String("LOUD")));
        QCOMPARE(logLevelFromName(u"Warning"), std::optional<LogLevel>(LogLevel::Warn));
    }
};

QTEST_GUILESS_MAIN(TestSystemLog)
#include "tst_systemlog.moc"
