// ringsidectl sandbox fail-node|fill-disk|slow-node|heal against an in-process ringside-sandbox with the simulated
// operators, and against a server that is not a sandbox.
#include "testsupport.h"
#include "tst_sandbox_op_support.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace Ringside;
using namespace Ringside::Test;
using namespace Ringside::Test::Op;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliSandbox : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFixture> m_fx;
    QTemporaryDir m_home;

    /*! Runs ringsidectl with \a kubeconfig while this thread keeps the sandbox serving. */
    Run ctl(const QStringList &args, const QString &kubeconfig = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), kubeconfig.isEmpty() ? m_fx->kubeconfigPath() : kubeconfig);
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        p.setProcessEnvironment(env);
        p.start(Test::binPath(QStringLiteral("ringsidectl")), args);
        p.waitForStarted(5000);
        p.closeWriteChannel(); // stdin is not a terminal: nothing can confirm
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000)) {
            p.kill();
            p.waitForFinished(2000);
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString uidOf(const QString &pod) { return at(getJson(*m_fx, podPath(pod)), QStringLiteral("metadata.uid")).toString(); }

    QString faultOf(const QString &pod)
    {
        return at(getJson(*m_fx, podPath(pod)), QStringLiteral("metadata.annotations")).toObject()
            .value(QLatin1String("sandbox.ringside.dev/fault")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_fx = std::make_unique<SandboxFixture>();
        QString error;
        QVERIFY2(startWorld(*m_fx, &error), qPrintable(error));
        QVERIFY(createAndWait(*m_fx, mcc(QStringLiteral("c1"), QStringLiteral("4.1.5"), 1, 2)));
    }

    void cleanupTestCase() { m_fx.reset(); }

    void failNodeNeedsConfirmation()
    {
        const QString pod = QStringLiteral("c1-dc1-r1-sts-0");
        const QString before = uidOf(pod);
        QVERIFY(!before.isEmpty());
        const Run r = ctl({QStringLiteral("sandbox"), QStringLiteral("fail-node"), pod, QStringLiteral("-n"), Ns});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("not confirmed")), qPrintable(r.err));
        QTest::qWait(300);
        QCOMPARE(uidOf(pod), before); // nothing was sent
    }

    void failNodeRecreatesThePod()
    {
        const QString pod = QStringLiteral("c1-dc1-r1-sts-1");
        const QString before = uidOf(pod);
        QVERIFY(!before.isEmpty());
        const Run r = ctl({QStringLiteral("sandbox"), QStringLiteral("fail-node"), QLatin1String("pod/") + pod,
                           QStringLiteral("-n"), Ns, QStringLiteral("-y")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("pod ") + pod + QLatin1String(" was killed")), qPrintable(r.out));
        QVERIFY(r.out.contains(Ns));
        QVERIFY(QTest::qWaitFor([&] {
            const QJsonObject now = getJson(*m_fx, podPath(pod));
            return !now.isEmpty() && at(now, QStringLiteral("metadata.uid")).toString() != before && podReady(now);
        }, 15000));
        QVERIFY(QTest::qWaitFor([&] { return dcReady(*m_fx, QStringLiteral("c1-dc1")); }, 15000));
    }

    void slowFillAndHeal()
    {
        const QString pod = QStringLiteral("c1-dc1-r1-sts-0");
        const QStringList nsArgs{QStringLiteral("-n"), Ns};
        Run r = ctl(QStringList{QStringLiteral("sandbox"), QStringLiteral("slow-node"), pod} + nsArgs);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(faultOf(pod), QStringLiteral("slow"));
        r = ctl(QStringList{QStringLiteral("sandbox"), QStringLiteral("fill-disk"), pod} + nsArgs);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("data volume")), qPrintable(r.out));
        QCOMPARE(faultOf(pod), QStringLiteral("slow,disk-full"));
        r = ctl(QStringList{QStringLiteral("sandbox"), QStringLiteral("heal"), pod} + nsArgs);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("healed")), qPrintable(r.out));
        QCOMPARE(faultOf(pod), QString());
    }

    void errors()
    {
        // An unknown pod: the sandbox's NotFound, as kubectl prints it.
        Run r = ctl({QStringLiteral("sandbox"), QStringLiteral("heal"), QStringLiteral("nope"), QStringLiteral("-n"), Ns});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("(NotFound)")) && r.err.contains(QLatin1String("\"nope\"")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("not a ringside sandbox")), qPrintable(r.err));
        // Bad usage.
        r = ctl({QStringLiteral("sandbox"), QStringLiteral("heal")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("expected exactly one pod")), qPrintable(r.err));
        r = ctl({QStringLiteral("sandbox"), QStringLiteral("heal"), QStringLiteral("a/b/c")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("not a valid pod name")), qPrintable(r.err));
    }

    void notASandbox()
    {
        // A server that answers as a kube-apiserver does for a path it does not serve: 404 with a plain-text body.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<QByteArray> requests;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s, &requests] {
                    const QByteArray data = s->readAll();
                    requests.append(data.left(data.indexOf('\n')).trimmed());
                    s->write("HTTP/1.1 404 Not Found\r\nContent-Type: text/plain; charset=utf-8\r\n"
                             "X-Content-Type-Options: nosniff\r\nContent-Length: 19\r\nConnection: close\r\n\r\n"
                             "404 page not found\n");
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        const QString kubeconfig = m_home.filePath(QStringLiteral("real.kubeconfig"));
        QFile f(kubeconfig);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: v1\nkind: Config\nclusters:\n- name: real\n  cluster:\n    server: http://127.0.0.1:"
                + QByteArray::number(server.serverPort())
                + "\ncontexts:\n- name: real\n  context:\n    cluster: real\n    user: nobody\n"
                  "current-context: real\nusers:\n- name: nobody\n  user: {}\n");
        f.close();
        const Run r = ctl({QStringLiteral("sandbox"), QStringLiteral("slow-node"), QStringLiteral("db-0"),
                           QStringLiteral("-n"), QStringLiteral("shop")},
                          kubeconfig);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("is not a ringside sandbox")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("http://127.0.0.1:")), qPrintable(r.err));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.constFirst(), QByteArray("POST /sandbox/v1/namespaces/shop/pods/db-0/slow HTTP/1.1"));
    }
};

QTEST_GUILESS_MAIN(TestCliSandbox)
#include "tst_cli_sandbox.moc"
