// The log viewer with a million lines: read from a file on a worker, filtered by level, regular expression (also
// inside stack traces), case and time range on a worker, with the counts the generator knows by construction; the
// ring buffer limit drops the oldest entries and says how many. Timings are printed, never asserted.
#include "logfixtures.h"
#include "testsupport.h"

#include "models/logs/logfiles.h"
#include "models/logs/logmodel.h"
#include "models/logs/logviewmodel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Ringside;
using namespace Ringside::Logs;
using namespace Ringside::Test;

class TestLogFilter1M : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    GeneratedLog m_log;
    QDateTime m_start = QDateTime(QDate(2024, 3, 12), QTime(10, 0), QTimeZone::UTC);
    std::unique_ptr<LogModel> m_model;
    std::unique_ptr<LogViewModel> m_view;

    qint64 apply(const LogQuery &query, const char *what)
    {
        QElapsedTimer timer;
        timer.start();
        QSignalSpy refreshed(m_view.get(), &LogViewModel::refreshed);
        m_view->setQuery(query);
        if (!refreshed.wait(60000)) {
            qWarning("%s: no layout within 60 s", what);
            return -1;
        }
        qInfo("filter %-40s %8lld entries, %8lld matches in %5lld ms", what, m_view->entryCount(),
              m_view->matchCount(), timer.elapsed());
        return m_view->entryCount();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QElapsedTimer timer;
        timer.start();
        m_log = generateSystemLog(1000000, m_start, 5);
        QVERIFY(m_log.lines >= 1000000 && m_log.lines < 1000004); // a stack trace may end past the million
        QFile file(m_dir.filePath(QStringLiteral("system.log")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(m_log.text), qint64(m_log.text.size()));
        file.close();
        qInfo("generated %lld lines (%lld MB) in %lld ms", m_log.lines, qint64(m_log.text.size() >> 20),
              timer.elapsed());
        m_log.text.clear();

        m_model = std::make_unique<LogModel>();
        m_view = std::make_unique<LogViewModel>(m_model.get());
        LogFileLoader loader(m_model.get());
        QSignalSpy finished(&loader, &LogFileLoader::finished);
        timer.restart();
        loader.load({file.fileName()});
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(finished.first().at(0).toLongLong(), m_log.entries);
        const qint64 loaded = timer.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy() && m_view->entryCount() == m_log.entries, 60000);
        qInfo("read, parsed and laid out %lld entries in %lld ms (file read %lld ms)", m_log.entries, timer.elapsed(),
              loaded);
    }

    void everythingIsThere()
    {
        QCOMPARE(m_model->rowCount(), int(m_log.entries));
        QCOMPARE(m_model->store().lineCount(), m_log.lines);
        QCOMPARE(m_model->store().levelCount(Cassandra::LogLevel::Error), m_log.errors);
        QCOMPARE(m_model->store().levelCount(Cassandra::LogLevel::Warn), m_log.warnings);
        QCOMPARE(m_model->store().levelCount(Cassandra::LogLevel::Info), m_log.infos);
        QCOMPARE(m_model->store().levelCount(Cassandra::LogLevel::Debug), m_log.debugs);
        QCOMPARE(m_model->store().levelCount(Cassandra::LogLevel::Trace), m_log.traces);
        QCOMPARE(m_model->store().droppedEntries(), 0);
        const QLocale locale;
        QCOMPARE(m_model->completenessText(),
                 QStringLiteral("Complete: %1 entries (%2 lines) since 2024-03-12 10:00:00 UTC")
                     .arg(locale.toString(m_log.entries), locale.toString(m_log.lines)));
        QCOMPARE(m_view->rowCount(), int(m_log.entries)); // stack traces folded: one row per entry
        // Errors are whole stack traces.
        int row = m_model->rowCount() - 1;
        while (row > 0 && m_model->record(row).level != Cassandra::LogLevel::Error) {
            --row;
        }
        const LogRecord &last = m_model->record(row);
        QCOMPARE(last.level, Cassandra::LogLevel::Error);
        QCOMPARE(last.lineCount, 4);
        QVERIFY(last.text.endsWith("WrappedRunnable.run(WrappedRunnable.java:28)"));
    }

    void levelAndRegex()
    {
        LogQuery errors;
        errors.levels = LogQuery::levelBit(Cassandra::LogLevel::Error);
        QCOMPARE(apply(errors, "ERROR"), m_log.errors);

        LogQuery warnAndError;
        warnAndError.levels = LogQuery::levelBit(Cassandra::LogLevel::Error) | LogQuery::levelBit(Cassandra::LogLevel::Warn);
        QCOMPARE(apply(warnAndError, "ERROR|WARN"), m_log.errors + m_log.warnings);

        LogQuery grep;
        grep.search = *LogQuery::compile(QStringLiteral("ks_[35]\\b"), true, nullptr);
        grep.onlyMatching = true;
        QCOMPARE(apply(grep, "regex ks_[35]\\b, only matching"), m_log.ks35);
        QCOMPARE(m_view->matchCount(), m_log.ks35);

        LogQuery inverted = grep;
        inverted.invert = true;
        QCOMPARE(apply(inverted, "regex ks_[35]\\b, inverted"), m_log.entries - m_log.ks35);

        LogQuery errorsKs3;
        errorsKs3.levels = LogQuery::levelBit(Cassandra::LogLevel::Error);
        errorsKs3.search = *LogQuery::compile(QStringLiteral("ks_3\\b"), true, nullptr);
        errorsKs3.onlyMatching = true;
        QCOMPARE(apply(errorsKs3, "ERROR + regex ks_3\\b"), m_log.errorsKs3);

        // Whole entries are searched: the match is in a continuation line of each stack trace.
        LogQuery stack;
        stack.search = *LogQuery::compile(QStringLiteral("WrappedRunnable"), true, nullptr); // literal fast path
        stack.onlyMatching = true;
        QCOMPARE(apply(stack, "literal WrappedRunnable"), m_log.errors);

        LogQuery caseless;
        caseless.search = *LogQuery::compile(QStringLiteral("writing memtable-t\\d@"), false, nullptr);
        caseless.onlyMatching = true;
        QCOMPARE(apply(caseless, "case-insensitive writing memtable"), m_log.writingMemtable);
        QCOMPARE(apply(LogQuery{caseless.levels, {}, QRegularExpression(QStringLiteral("writing memtable")), true},
                       "case-sensitive writing memtable"),
                 0);

        // Highlight only: everything shown, matches counted for next/previous.
        LogQuery highlight;
        highlight.search = *LogQuery::compile(QStringLiteral("ks_[35]\\b"), true, nullptr);
        QCOMPARE(apply(highlight, "regex ks_[35]\\b, highlight"), m_log.entries);
        QCOMPARE(m_view->matchCount(), m_log.ks35);
        const int first = m_view->findMatch(-1, true);
        QVERIFY(first >= 0);
        QVERIFY(m_view->index(first).data(LogViewModel::MatchRole).toBool());
        QVERIFY(m_view->rowText(first).contains(QLatin1String("ks_3")) || m_view->rowText(first).contains(QLatin1String("ks_5")));
        const int second = m_view->findMatch(first, true);
        QVERIFY(second > first);
        QCOMPARE(m_view->findMatch(second, false), first);
        QCOMPARE(m_view->findMatch(first, false), m_view->findMatch(-1, false)); // wraps to the last
        QCOMPARE(m_view->matchOrdinal(second), 2);
    }

    void timeRange()
    {
        LogQuery q;
        q.from = m_start.toMSecsSinceEpoch();
        q.to = m_start.addSecs(30 * 60).toMSecsSinceEpoch();
        QCOMPARE(apply(q, "first half hour"), m_log.inFirstHalfHour);
        const QDateTime firstShown = QDateTime::fromMSecsSinceEpoch(
            m_view->index(0).data(LogViewModel::TimeRole).toLongLong(), QTimeZone::UTC);
        QCOMPARE(firstShown, m_start);
    }

    void unfoldingAllStackTraces()
    {
        LogQuery errors;
        errors.levels = LogQuery::levelBit(Cassandra::LogLevel::Error);
        m_view->setExpandAll(true);
        QCOMPARE(apply(errors, "ERROR, unfolded"), m_log.errors);
        QCOMPARE(m_view->rowCount(), int(m_log.errors * 4));
        QCOMPARE(m_view->index(2).data(LogViewModel::RowTextRole).toString(),
                 QStringLiteral("\tat org.apache.cassandra.db.compaction.CompactionTask.runMayThrow(CompactionTask.java:123)"));
        m_view->setExpandAll(false);
        QTRY_VERIFY(!m_view->isBusy());
    }

    void ringBufferLimitIsShown()
    {
        QCOMPARE(apply(LogQuery(), "everything"), m_log.entries);
        m_model->setCapacity(600000);
        QCOMPARE(m_model->rowCount(), 600000);
        QCOMPARE(m_view->entryCount(), 600000);
        QCOMPARE(m_view->rowCount(), 600000);
        QCOMPARE(m_model->store().droppedEntries(), m_log.entries - 600000);
        QVERIFY2(m_model->completenessText().contains(
                     QStringLiteral("%1 older entries").arg(QLocale().toString(m_log.entries - 600000))),
                 qPrintable(m_model->completenessText()));
        QVERIFY(m_model->completenessText().contains(QLatin1String("dropped by the buffer limit")));
        // The view follows the buffer: the first row is the oldest entry kept.
        QCOMPARE(m_view->idAt(0), m_model->store().firstId());
    }
};

QTEST_GUILESS_MAIN(TestLogFilter1M)
#include "tst_logfilter_1m.moc"
