// The simulated world agrees with itself as a real cluster does: what the operators write in the
// CassandraDatacenter's status (host IDs, addresses) is what nodetool answers inside the pods, also for a
// Mission Control datacenter whose object name (<cluster>-dc1) differs from its Cassandra name (dc1).
#include "sandboxfixture.h"
#include "testsupport.h"
#include "tst_sandbox_op_support.h"

#include "cassandra/nodetoolstatus.h"

#include <QSet>
#include <QTest>

using namespace Ringside;
using namespace Ringside::Test;

class TestWorldConsistency : public QObject
{
    Q_OBJECT
    SandboxFixture m_fx;

private Q_SLOTS:
    void initTestCase()
    {
        RINGSIDE_REQUIRE_KUBECTL();
        QString error;
        QVERIFY2(Op::startWorld(m_fx, &error), qPrintable(error));
    }

    void nodetoolAgreesWithTheOperatorStatus()
    {
        QCOMPARE(m_fx.post(Op::mccPath(), Op::mcc(QStringLiteral("agree"), QStringLiteral("4.1.5"), 3, 1)).status, 201);
        QJsonObject dc;
        QTRY_VERIFY_WITH_TIMEOUT((dc = Op::getJson(m_fx, Op::dcPath(QStringLiteral("agree-dc1"))),
                                  Op::conditionTrue(Op::at(dc, QStringLiteral("status.conditions")), QStringLiteral("Ready"))),
                                 30000);
        const QJsonObject statuses = Op::at(dc, QStringLiteral("status.nodeStatuses")).toObject();
        QCOMPARE(statuses.size(), 3);
        QSet<QString> expected;
        for (auto it = statuses.begin(); it != statuses.end(); ++it) {
            expected.insert(it.value().toObject().value(QLatin1String("hostID")).toString());
        }

        const KubectlResult r = m_fx.kubectl({QStringLiteral("exec"), QStringLiteral("-n"), Op::Ns, QStringLiteral("agree-dc1-r1-sts-0"),
                                              QStringLiteral("-c"), QStringLiteral("cassandra"), QStringLiteral("--"), QStringLiteral("nodetool"),
                                              QStringLiteral("status")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const auto parsed = Cassandra::parseStatus(QString::fromUtf8(r.out));
        QVERIFY2(parsed.isOk(), qPrintable(QString::fromUtf8(r.out)));
        const Cassandra::StatusReport report = parsed.value();
        QCOMPARE(report.datacenters.size(), 1);
        QCOMPARE(report.datacenters.constFirst().name, QStringLiteral("dc1"));
        QSet<QString> seen;
        for (const Cassandra::StatusNode &n : report.datacenters.constFirst().nodes) {
            seen.insert(n.hostId);
            QCOMPARE(n.code(), QStringLiteral("UN"));
        }
        QCOMPARE(seen, expected);
    }
};

QTEST_GUILESS_MAIN(TestWorldConsistency)
#include "tst_world_consistency.moc"
