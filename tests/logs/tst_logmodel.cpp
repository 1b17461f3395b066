// The log viewer's models with QAbstractItemModelTester attached: coalesced appends, the ring buffer dropping (and
// counting) the oldest rows, multi-line entries kept whole and foldable, wrapping, the merge order across pods,
// markers, copy and export.
#include "logfixtures.h"
#include "testsupport.h"

#include "models/logs/logfiles.h"
#include "models/logs/logmodel.h"
#include "models/logs/logviewmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Ringside;
using namespace Ringside::Logs;
using Ringside::Cassandra::LogLevel;

namespace {

const QDateTime t0(QDate(2024, 3, 12), QTime(10, 15, 32), QTimeZone::UTC);

QByteArray at(int ms, const char *level, const QByteArray &message, const char *thread = "main")
{
    return Test::systemLogLine(level, thread, t0.addMSecs(ms), "StorageService.java", 42, message);
}

QList<LogRecord> parse(const QByteArray &text, quint16 source)
{
    QList<LogRecord> out;
    for (const Cassandra::LogEntry &e : Cassandra::SystemLogParser::parseAll(text)) {
        out.append(toRecord(e, source));
    }
    return out;
}

QStringList rowTexts(const LogViewModel &view)
{
    QStringList out;
    for (int r = 0; r < view.rowCount(); ++r) {
        out.append(view.index(r).data(LogViewModel::RowTextRole).toString());
    }
    return out;
}

} // namespace

class TestLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void appendsAreCoalesced()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRefreshInterval(std::chrono::milliseconds(40));
        QCOMPARE(model.refreshInterval(), std::chrono::milliseconds(40));
        model.setRefreshInterval(std::chrono::milliseconds(5000));
        QCOMPARE(model.refreshInterval(), std::chrono::milliseconds(300)); // clamped
        model.setRefreshInterval(std::chrono::milliseconds(40));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const quint16 pod = model.source(QStringLiteral("dc1-r1-sts-0"));
        for (int i = 0; i < 10; ++i) {
            model.append(parse(at(i, "INFO", "line " + QByteArray::number(i)), pod));
        }
        QCOMPARE(model.rowCount(), 0); // nothing until the tick
        QCOMPARE(model.pendingCount(), 10);
        QTRY_COMPARE(model.rowCount(), 10);
        QCOMPARE(inserted.size(), 1); // one batch for ten appends
        QCOMPARE(model.index(3, LogModel::MessageColumn).data().toString(), QStringLiteral("line 3"));
        QCOMPARE(model.index(3, LogModel::LevelColumn).data().toString(), QStringLiteral("INFO"));
        QCOMPARE(model.index(3, LogModel::PodColumn).data().toString(), QStringLiteral("dc1-r1-sts-0"));
        QCOMPARE(model.index(3, LogModel::ThreadColumn).data().toString(), QStringLiteral("main"));
        QCOMPARE(model.index(3, LogModel::SourceColumn).data().toString(), QStringLiteral("StorageService.java:42"));
        QCOMPARE(model.index(3, LogModel::TimeColumn).data().toString(), QStringLiteral("2024-03-12 10:15:32.003"));
        QCOMPARE(model.headerData(LogModel::MessageColumn, Qt::Horizontal).toString(), QStringLiteral("Message"));
        QCOMPARE(model.completenessText(), QStringLiteral("Complete: 10 entries (10 lines) since 2024-03-12 10:15:32 UTC"));
    }

    void ringBufferDropsTheOldestAndSaysSo()
    {
        LogModel model;
        LogViewModel view(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester viewTester(&view, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(5);
        const quint16 pod = model.source(QStringLiteral("p"));
        QByteArray text;
        for (int i = 0; i < 4; ++i) {
            text += at(i, "INFO", "entry " + QByteArray::number(i)) + '\n';
        }
        model.append(parse(text, pod));
        model.flush();
        QCOMPARE(model.rowCount(), 4);
        QTRY_COMPARE(view.rowCount(), 4);
        text.clear();
        for (int i = 4; i < 7; ++i) {
            text += at(i, i == 6 ? "ERROR" : "INFO", "entry " + QByteArray::number(i)) + '\n';
        }
        model.append(parse(text, pod));
        model.flush();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("entry 2"));
        QCOMPARE(model.store().droppedEntries(), 2);
        QCOMPARE(model.store().firstId(), 2);
        QCOMPARE(view.rowCount(), 5);
        QCOMPARE(view.index(0).data(LogViewModel::RowTextRole).toString(), QStringLiteral("entry 2"));
        QCOMPARE(model.completenessText(),
                 QStringLiteral("Last 5 entries (5 lines) since 2024-03-12 10:15:32 UTC; 2 older entries (2 lines) "
                                "dropped by the buffer limit of 5"));
        // A batch larger than the buffer: what would be dropped at once is counted, not stored.
        text.clear();
        for (int i = 7; i < 20; ++i) {
            text += at(i, "INFO", "entry " + QByteArray::number(i)) + '\n';
        }
        model.append(parse(text, pod));
        model.flush();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.store().droppedEntries(), 15);
        QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("entry 15"));
        QCOMPARE(view.rowCount(), 5);
        QCOMPARE(model.store().levelCount(LogLevel::Error), 0); // entry 6 went with the others
        model.setCapacity(3);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(view.rowCount(), 3);
        QCOMPARE(view.index(0).data(LogViewModel::RowTextRole).toString(), QStringLiteral("entry 17"));
        model.clear();
        QCOMPARE(view.rowCount(), 0);
        QCOMPARE(model.completenessText(), QStringLiteral("Complete: 0 entries (0 lines)"));
    }

    void stackTracesAreOneEntryAndFold()
    {
        LogModel model;
        LogViewModel view(&model);
        QAbstractItemModelTester tester(&view, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray text = at(0, "INFO", "Node is up") + '\n' + at(1, "ERROR", "Exception in thread main", "CompactionExecutor:1")
                                + "\njava.lang.IllegalStateException: sstable is corrupt\n"
                                  "\tat org.apache.cassandra.io.sstable.SSTableReader.open(SSTableReader.java:80)\n"
                                  "Caused by: java.io.IOException: bad checksum\n"
                                  "\t... 12 more\n"
                                + at(2, "WARN", "Slow query") + '\n';
        model.append(parse(text, model.source(QStringLiteral("p"))));
        model.flush();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.record(1).lineCount, 5);
        QCOMPARE(model.store().lineCount(), 7);
        QTRY_COMPARE(view.rowCount(), 3); // folded: one row per entry
        QCOMPARE(view.index(1).data(LogViewModel::LineCountRole).toInt(), 5);
        QCOMPARE(view.index(1).data(LogViewModel::ExpandedRole).toBool(), false);
        QCOMPARE(view.index(1).data(LogViewModel::ThreadRole).toString(), QStringLiteral("CompactionExecutor:1"));
        QVERIFY(view.toggleExpanded(1));
        QCOMPARE(view.rowCount(), 7);
        QCOMPARE(rowTexts(view),
                 (QStringList{QStringLiteral("Node is up"), QStringLiteral("Exception in thread main"),
                              QStringLiteral("java.lang.IllegalStateException: sstable is corrupt"),
                              QStringLiteral("\tat org.apache.cassandra.io.sstable.SSTableReader.open(SSTableReader.java:80)"),
                              QStringLiteral("Caused by: java.io.IOException: bad checksum"),
                              QStringLiteral("\t... 12 more"), QStringLiteral("Slow query")}));
        QCOMPARE(view.index(4).data(LogViewModel::LineRole).toInt(), 3);
        QCOMPARE(view.index(4).data(LogViewModel::EntryIdRole).toLongLong(), 1);
        QVERIFY(!view.toggleExpanded(0)); // a single line does not fold
        QVERIFY(view.toggleExpanded(3));  // any row of the entry folds it
        QCOMPARE(view.rowCount(), 3);
        // The copy is the whole entry as logged.
        const QString copied = view.copyText({1});
        QCOMPARE(copied.count(u'\n'), 5);
        QVERIFY(copied.startsWith(QLatin1String("ERROR [CompactionExecutor:1] 2024-03-12 10:15:32,001")));
        QVERIFY(copied.contains(QLatin1String("\t... 12 more\n")));

        // Wrapping: a long message becomes rows of the same height, each at most the wrap width.
        view.setWrapColumns(10);
        QTRY_VERIFY(!view.isBusy());
        QCOMPARE(rowTexts(view).mid(0, 2), (QStringList{QStringLiteral("Node is up"), QStringLiteral("Exception ")}));
        QCOMPARE(view.rowCount(), 1 + 3 + 1); // "Node is up" | "Exception " "in thread " "main" | "Slow query"
        QCOMPARE(view.index(3).data(LogViewModel::SegmentRole).toInt(), 2);
        view.setWrapColumns(0);
        QTRY_VERIFY(!view.isBusy());
        QCOMPARE(view.rowCount(), 3);
    }

    void filesMergeByTimeAcrossPods()
    {
        QTemporaryDir dir;
        // Pod a logs at 0, 20, 20, 40 ms; pod b at 10, 20, 30 ms (one of them a stack trace); ties keep a first.
        const auto write = [&dir](const QString &name, const QByteArray &text) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly)) {
                return QString();
            }
            f.write(text);
            return f.fileName();
        };
        const QString a = write(QStringLiteral("dc1-rack1-sts-0.log"),
                                at(0, "INFO", "a0") + '\n' + at(20, "INFO", "a20") + '\n' + at(20, "WARN", "a20b") + '\n'
                                    + at(40, "INFO", "a40") + '\n');
        const QString b = write(QStringLiteral("dc1-rack2-sts-0.log"),
                                at(10, "INFO", "b10") + '\n' + at(20, "ERROR", "b20") + "\njava.lang.Error: x\n\tat X.y(X.java:1)\n"
                                    + at(30, "DEBUG", "b30") + '\n');
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LogViewModel view(&model);
        LogFileLoader loader(&model);
        QSignalSpy finished(&loader, &LogFileLoader::finished);
        loader.load({a, b});
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toLongLong(), 7);
        QStringList order;
        QStringList pods;
        for (int r = 0; r < model.rowCount(); ++r) {
            order.append(model.index(r, LogModel::MessageColumn).data().toString());
            pods.append(model.index(r, LogModel::PodColumn).data().toString());
        }
        QCOMPARE(order, (QStringList{QStringLiteral("a0"), QStringLiteral("b10"), QStringLiteral("a20"),
                                     QStringLiteral("a20b"), QStringLiteral("b20"), QStringLiteral("b30"),
                                     QStringLiteral("a40")}));
        QCOMPARE(pods.first(), QStringLiteral("dc1-rack1-sts-0"));
        QCOMPARE(pods.at(1), QStringLiteral("dc1-rack2-sts-0"));
        QCOMPARE(model.record(4).lineCount, 3);

        // Hide a pod; export what is visible and everything.
        QTRY_COMPARE(view.rowCount(), 7);
        LogQuery q;
        q.hiddenSources = {model.source(QStringLiteral("dc1-rack1-sts-0"))};
        view.setQuery(q);
        QTRY_VERIFY(!view.isBusy());
        QCOMPARE(rowTexts(view), (QStringList{QStringLiteral("b10"), QStringLiteral("b20"), QStringLiteral("b30")}));
        ExportRequest visible;
        visible.snapshot = model.store().snapshot();
        visible.ids = view.shownIds();
        visible.onlyIds = true;
        visible.sourceNames = model.store().sources();
        visible.prefixSources = true;
        QString error;
        const QString out = dir.filePath(QStringLiteral("visible.log"));
        QCOMPARE(exportEntries(visible, out, &error), 3);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray exported = f.readAll();
        QCOMPARE(exported.count('\n'), 5); // three entries, one of them three lines
        QVERIFY(exported.startsWith("[dc1-rack2-sts-0] INFO  [main] 2024-03-12 10:15:32,010"));
        ExportRequest all = visible;
        all.onlyIds = false;
        all.prefixSources = false;
        QCOMPARE(exportEntries(all, dir.filePath(QStringLiteral("all.log")), &error), 7);
        QCOMPARE(exportEntries(all, dir.filePath(QStringLiteral("no/such/dir/all.log")), &error), -1);
        QVERIFY2(error.startsWith(QLatin1String("Cannot write")), qPrintable(error));
        // A file that does not exist.
        loader.load({dir.filePath(QStringLiteral("missing.log"))});
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(1).toString().startsWith(QLatin1String("Cannot read")),
                 qPrintable(finished.last().at(1).toString()));
    }

    void markersPassFiltersAndInvalidPatternsSayWhere()
    {
        LogModel model;
        LogViewModel view(&model);
        QAbstractItemModelTester tester(&view, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const quint16 pod = model.source(QStringLiteral("p"));
        QList<LogRecord> records = parse(at(0, "DEBUG", "before") + '\n', pod);
        records.append(markerRecord(QStringLiteral("pod p restarted; following the new container"),
                                    t0.addMSecs(5).toMSecsSinceEpoch(), pod));
        records += parse(at(10, "INFO", "after") + '\n', pod);
        model.append(records);
        model.flush();
        LogQuery q;
        q.levels = LogQuery::levelBit(LogLevel::Info);
        q.search = *LogQuery::compile(QStringLiteral("after"), true, nullptr);
        q.onlyMatching = true;
        view.setQuery(q);
        QTRY_VERIFY(!view.isBusy());
        QCOMPARE(rowTexts(view), (QStringList{QStringLiteral("pod p restarted; following the new container"),
                                              QStringLiteral("after")}));
        QCOMPARE(view.index(0).data(LogViewModel::IsMarkerRole).toBool(), true);
        QCOMPARE(model.store().levelCount(LogLevel::Unknown), 0); // markers are not entries
        QString error;
        QVERIFY(!LogQuery::compile(QStringLiteral("ks_(3"), true, &error));
        QVERIFY2(error.contains(QLatin1String("offset 5")), qPrintable(error));
    }
};

QTEST_MAIN(TestLogModel)
#include "tst_logmodel.moc"
