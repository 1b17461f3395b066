// ringsidectl port-forward against the in-process sandbox with the simulated world: a Cassandra pod's metrics
// port (9000) is forwarded to a local port, an HTTP request through it gets the pod's Prometheus metrics, and
// SIGTERM ends the command cleanly. A stopped pod ends it with the reason.
#include "sandboxfixture.h"
#include "testsupport.h"
#include "tst_sandbox_op_support.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

using namespace Ringside;
using namespace Ringside::Test;

class TestCliPortForward : public QObject
{
    Q_OBJECT
    SandboxFixture m_fx;
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), m_fx.kubeconfigPath());
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        return env;
    }

    QByteArray httpGet(quint16 port, const QByteArray &path)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000)) {
            return {};
        }
        socket.write("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        // Complete when the server closes, or when Content-Length bytes of body are in.
        [[maybe_unused]] const bool complete = QTest::qWaitFor([&] {
            answer += socket.readAll();
            const qsizetype head = answer.indexOf("\r\n\r\n");
            const QRegularExpressionMatch length
                = QRegularExpression(QStringLiteral("(?i)content-length: *(\\d+)")).match(QString::fromLatin1(answer.left(head)));
            return socket.state() == QAbstractSocket::UnconnectedState
                || (head >= 0 && length.hasMatch() && answer.size() - head - 4 >= length.captured(1).toLongLong());
        }, 10000);
        return answer + socket.readAll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(Op::startWorld(m_fx, &error), qPrintable(error));
        QCOMPARE(m_fx.post(Op::mccPath(), Op::mcc(QStringLiteral("pf"), QStringLiteral("4.1.5"), 1, 1)).status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(Op::conditionTrue(Op::at(Op::getJson(m_fx, Op::dcPath(QStringLiteral("pf-dc1"))), QStringLiteral("status.conditions")),
                                                   QStringLiteral("Ready")),
                                 30000);
    }

    void forwardsAPodPortUntilInterrupted()
    {
        QProcess ctl;
        ctl.setProcessEnvironment(environment());
        ctl.start(binPath(QStringLiteral("ringsidectl")),
                  {QStringLiteral("port-forward"), QStringLiteral("-n"), Op::Ns, QStringLiteral("pod/pf-dc1-r1-sts-0"), QStringLiteral(":9000")});
        QByteArray out;
        const QRegularExpression forwarding(QStringLiteral("Forwarding from 127\\.0\\.0\\.1:(\\d+) -> 9000"));
        QRegularExpressionMatch m;
        QVERIFY2(QTest::qWaitFor([&] {
                     out += ctl.readAllStandardOutput();
                     m = forwarding.match(QString::fromUtf8(out));
                     return m.hasMatch() || ctl.state() == QProcess::NotRunning;
                 }, 15000),
                 out.constData());
        QVERIFY2(m.hasMatch(), qPrintable(QString::fromUtf8(out + ctl.readAllStandardError())));
        QVERIFY(out.contains("Forwarding from [::1]:"));
        const quint16 port = quint16(m.captured(1).toUInt());

        const QByteArray answer = httpGet(port, "/metrics");
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(300).constData());
        QVERIFY2(answer.contains("pod_name=\"pf-dc1-r1-sts-0\""), answer.left(600).constData());
        QTRY_VERIFY_WITH_TIMEOUT((out += ctl.readAllStandardOutput()).contains("Handling connection for"), 5000);

        ::kill(pid_t(ctl.processId()), SIGTERM);
        QVERIFY(QTest::qWaitFor([&] { return ctl.state() == QProcess::NotRunning; }, 10000));
        QCOMPARE(ctl.exitStatus(), QProcess::NormalExit);
        QCOMPARE(ctl.exitCode(), 0);
    }

    void aMissingPodIsAnError()
    {
        QProcess ctl;
        ctl.setProcessEnvironment(environment());
        ctl.start(binPath(QStringLiteral("ringsidectl")),
                  {QStringLiteral("port-forward"), QStringLiteral("-n"), Op::Ns, QStringLiteral("pod/nope"), QStringLiteral("9000:9000")});
        QVERIFY(QTest::qWaitFor([&] { return ctl.state() == QProcess::NotRunning; }, 15000));
        QCOMPARE(ctl.exitCode(), 1);
        const QByteArray err = ctl.readAllStandardError();
        QVERIFY2(err.contains("pods \"nope\" not found"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliPortForward)
#include "tst_cli_portforward.moc"
