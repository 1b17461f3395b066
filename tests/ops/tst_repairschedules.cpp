// Repair schedules without a cluster: cadence texts (intervals and cron) to Reaper's days-between and first run,
// the refusals that name what Reaper cannot express, and the schedules table model under QAbstractItemModelTester.
#include "models/ops/repairschedules.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QTimeZone>
#include <QtTest>

using namespace Ringside;
using namespace Ringside::Operations;
using Cassandra::Services::RepairSchedule;

namespace {

// Wednesday 2026-05-06 10:15 UTC.
QDateTime now()
{
    return QDateTime(QDate(2026, 5, 6), QTime(10, 15), QTimeZone::UTC);
}

QDateTime utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 5, day), QTime(hour, minute), QTimeZone::UTC);
}

RepairSchedule schedule(const QString &id, const QString &keyspace, const QString &state, const QDateTime &next)
{
    RepairSchedule s;
    s.id = id;
    s.cluster = QStringLiteral("shop");
    s.keyspace = keyspace;
    s.state = state;
    s.owner = QStringLiteral("alice");
    s.intensity = 0.5;
    s.daysBetween = 7;
    s.segmentCountPerNode = 16;
    s.nextActivation = next;
    return s;
}

} // namespace

class TestRepairSchedules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cadence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDateTime>("first");
        QTest::newRow("every 7 days at 02:00") << QStringLiteral("every 7 days at 02:00") << 7 << utc(7, 2, 0);
        QTest::newRow("later today") << QStringLiteral("every 2 days at 23:30") << 2 << utc(6, 23, 30);
        QTest::newRow("every day") << QStringLiteral("every day at 10:15") << 1 << utc(7, 10, 15); // not now: strictly after
        QTest::newRow("daily") << QStringLiteral("Daily") << 1 << utc(7, 0, 0);
        QTest::newRow("weekly at") << QStringLiteral("weekly at 3:05") << 7 << utc(7, 3, 5);
        QTest::newRow("every 2 weeks") << QStringLiteral("every 2 weeks") << 14 << utc(7, 0, 0);
        QTest::newRow("3d") << QStringLiteral("3d at 01:00") << 3 << utc(7, 1, 0);
        QTest::newRow("cron daily") << QStringLiteral("30 2 * * *") << 1 << utc(7, 2, 30);
        QTest::newRow("cron every 3 days") << QStringLiteral("0 4 */3 * *") << 3 << utc(7, 4, 0);
        QTest::newRow("cron sunday") << QStringLiteral("0 2 * * 0") << 7 << utc(10, 2, 0);
        QTest::newRow("cron sunday as 7") << QStringLiteral("0 2 * * 7") << 7 << utc(10, 2, 0);
        QTest::newRow("cron wednesday later") << QStringLiteral("0 12 * * 3") << 7 << utc(6, 12, 0);
        QTest::newRow("cron wednesday passed") << QStringLiteral("0 9 * * 3") << 7 << utc(13, 9, 0);
        QTest::newRow("@weekly") << QStringLiteral("@weekly") << 7 << utc(10, 0, 0);
        QTest::newRow("@daily") << QStringLiteral("@daily") << 1 << utc(7, 0, 0);
    }

    void cadence()
    {
        QFETCH(QString, text);
        QFETCH(int, days);
        QFETCH(QDateTime, first);
        QString error;
        const std::optional<RepairCadence> c = parseRepairCadence(text, now(), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->daysBetween, days);
        QCOMPARE(c->firstRun, first);
        QVERIFY(c->firstRun > now());
        QVERIFY2(c->describe().contains(first.toString(QStringLiteral("yyyy-MM-dd HH:mm"))), qPrintable(c->describe()));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("every 7 days");
        QTest::newRow("words") << QStringLiteral("sometimes") << QStringLiteral("sometimes");
        QTest::newRow("two hours") << QStringLiteral("0 2,14 * * *") << QStringLiteral("hour");
        QTest::newRow("month") << QStringLiteral("0 2 * 5 *") << QStringLiteral("month");
        QTest::newRow("dom list") << QStringLiteral("0 2 1,15 * *") << QStringLiteral("1,15");
        QTest::newRow("dom and dow") << QStringLiteral("0 2 */2 * 1") << QStringLiteral("both");
        QTest::newRow("minute range") << QStringLiteral("61 2 * * *") << QStringLiteral("minute");
        QTest::newRow("dow range") << QStringLiteral("0 2 * * 1-5") << QStringLiteral("1-5");
        QTest::newRow("zero days") << QStringLiteral("every 0 days") << QStringLiteral("1 to 365");
        QTest::newRow("bad time") << QStringLiteral("every 7 days at 25:00") << QStringLiteral("25:00");
        QTest::newRow("hourly macro") << QStringLiteral("@hourly") << QStringLiteral("@hourly");
    }

    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!parseRepairCadence(text, now(), &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void model()
    {
        RepairSchedulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(RepairSchedulesModel::ColumnCount));
        RepairSchedule later = schedule(QStringLiteral("b"), QStringLiteral("shop_ks"), QStringLiteral("PAUSED"), utc(9, 2, 0));
        later.tables = {QStringLiteral("orders"), QStringLiteral("carts")};
        later.incremental = true;
        later.parallelism = Cassandra::Services::RepairParallelism::Parallel;
        later.pauseTime = utc(5, 8, 0);
        const RepairSchedule sooner = schedule(QStringLiteral("a"), QStringLiteral("system_auth"), QStringLiteral("ACTIVE"), utc(7, 2, 0));
        model.setSchedules({later, sooner});
        QCOMPARE(model.rowCount(), 2);
        // Sorted by next run.
        QCOMPARE(model.index(0, RepairSchedulesModel::KeyspaceColumn).data().toString(), QStringLiteral("system_auth"));
        QCOMPARE(model.index(0, RepairSchedulesModel::NextRunColumn).data().toString(), QStringLiteral("2026-05-07 02:00 UTC"));
        QCOMPARE(model.index(0, RepairSchedulesModel::TablesColumn).data().toString(), QStringLiteral("all"));
        QCOMPARE(model.index(0, RepairSchedulesModel::StateColumn).data().toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(model.index(0, 0).data(RepairSchedulesModel::ActiveRole).toBool(), true);
        QCOMPARE(model.index(0, RepairSchedulesModel::EveryColumn).data().toString(), QStringLiteral("7 days"));
        QCOMPARE(model.index(0, RepairSchedulesModel::SegmentsColumn).data().toString(), QStringLiteral("16"));
        QCOMPARE(model.index(0, RepairSchedulesModel::ParallelismColumn).data().toString(), QStringLiteral("DATACENTER_AWARE"));
        QCOMPARE(model.index(1, RepairSchedulesModel::TablesColumn).data().toString(), QStringLiteral("orders, carts"));
        QCOMPARE(model.index(1, RepairSchedulesModel::IncrementalColumn).data().toString(), QStringLiteral("yes"));
        QCOMPARE(model.index(1, 0).data(RepairSchedulesModel::ActiveRole).toBool(), false);
        QVERIFY(model.index(1, RepairSchedulesModel::StateColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("2026-05-05 08:00")));
        QCOMPARE(model.index(1, RepairSchedulesModel::IdColumn).data().toString(), QStringLiteral("b"));
        QCOMPARE(model.rowOf(QStringLiteral("b")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("zzz")), -1);
        QCOMPARE(model.headerData(RepairSchedulesModel::NextRunColumn, Qt::Horizontal).toString(), QStringLiteral("Next run"));
        model.setSchedules({});
        QCOMPARE(model.rowCount(), 0);
    }

    void readOnlyGuardRefusesWithoutARequest()
    {
        Cassandra::Ops::WriteGuard guard;
        guard.setReadOnly(QStringLiteral("prod"), true);
        Cassandra::Ops::Operation op;
        op.kind = Cassandra::Ops::OperationKind::Repair;
        op.target = {QStringLiteral("prod"), QStringLiteral("ns"), QStringLiteral("shop"), {}, {}};
        Cassandra::Services::ReaperEndpoint endpoint;
        endpoint.nameSpace = QStringLiteral("ns");
        endpoint.service = QStringLiteral("shop-dc1-reaper-service");
        QString refusal;
        bool answered = false;
        // No client at all: a request would crash; the guard answers first.
        checkReaperWrite(nullptr, endpoint, "POST", guard, op, this, [&](const QString &r) {
            answered = true;
            refusal = r;
        });
        QVERIFY(answered);
        QVERIFY2(refusal.contains(QLatin1String("read-only")) && refusal.contains(QLatin1String("prod")), qPrintable(refusal));
        // Not read-only but not connected: refused with that reason.
        answered = false;
        op.target.context = QStringLiteral("lab");
        checkReaperWrite(nullptr, endpoint, "POST", guard, op, this, [&](const QString &r) {
            answered = true;
            refusal = r;
        });
        QVERIFY(answered);
        QVERIFY2(refusal.contains(QLatin1String("lab")) && refusal.contains(QLatin1String("not connected")), qPrintable(refusal));
    }
};

QTEST_MAIN(TestRepairSchedules)
#include "tst_repairschedules.moc"
