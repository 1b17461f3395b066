// ringsidectl's progress bar: the pure renderer (widths, 0/N, N/N, truncation), the state taken from an operation's
// progress, and the real thing: ringsidectl waiting on a restart in a pseudo-terminal of a given width (one line
// redrawn with \r, never wider than the terminal, ended by a newline), and the unchanged plain lines on a pipe.
#include "testsupport.h"
#include "tst_sandbox_op_support.h"

#include "cassandra/ops/progress.h"
#include "progressbar.h"

#include <QProcess>
#include <QSocketNotifier>
#include <QtTest>

#include <fcntl.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

using namespace Ringside;
using namespace Ringside::Cli;
using namespace Ringside::Test;
using namespace Ringside::Test::Op;

namespace {

ProgressBarState state(int done, int total, const QString &activity, qint64 ms)
{
    ProgressBarState s;
    s.done = done;
    s.total = total;
    s.unit = QStringLiteral("nodes");
    s.activity = activity;
    s.elapsedMs = ms;
    return s;
}

/*! The lines as a terminal shows them: each \r starts the line again, ESC[K clears the rest. */
QStringList screenLines(const QByteArray &raw)
{
    QString text = QString::fromUtf8(raw);
    text.remove(QStringLiteral("\x1b[K"));
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        lines << line.section(u'\r', -1);
    }
    return lines;
}

} // namespace

class TestCliProgress : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFixture> m_fx;
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), m_fx->kubeconfigPath());
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("TERM"), QStringLiteral("xterm"));
        env.remove(QStringLiteral("COLUMNS"));
        return env;
    }

    QStringList restartArgs() const
    {
        return {QStringLiteral("restart"),
                QStringLiteral("c1"),
                QStringLiteral("--wait"),
                QStringLiteral("--timeout"),
                QStringLiteral("60s"),
                QStringLiteral("-n"),
                Ns};
    }

    /*! Waits for the task of the previous restart to be gone from the way, so that the next one starts fresh. */
    bool clusterReady()
    {
        return QTest::qWaitFor([&] { return dcReady(*m_fx, QStringLiteral("c1-dc1")); }, 20000);
    }

private Q_SLOTS:
    void renderer_data()
    {
        QTest::addColumn<int>("done");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("activity");
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<int>("columns");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wide, 0/3") << 0 << 3 << QStringLiteral("waiting demo-dc1-r1-sts-0") << qint64(0) << 100
                                   << QStringLiteral(
                                          "[....................] 0/3 nodes  waiting demo-dc1-r1-sts-0  0:00");
        QTest::newRow("wide, 2/3") << 2 << 3 << QStringLiteral("restarting demo-dc1-r2-sts-0") << qint64(42500) << 100
                                   << QStringLiteral(
                                          "[#############.......] 2/3 nodes  restarting demo-dc1-r2-sts-0  0:42");
        QTest::newRow("wide, 3/3") << 3 << 3 << QStringLiteral("succeeded") << qint64(61000) << 100
                                   << QStringLiteral("[####################] 3/3 nodes  succeeded  1:01");
        QTest::newRow("over the total is clamped")
            << 5 << 3 << QString() << qint64(0) << 100 << QStringLiteral("[####################] 3/3 nodes  0:00");
        QTest::newRow("unknown total") << 0 << 0 << QStringLiteral("pending") << qint64(3000) << 100
                                       << QStringLiteral("[....................]  pending  0:03");
        QTest::newRow("hours") << 1 << 2 << QString() << qint64(3723000) << 100
                               << QStringLiteral("[##########..........] 1/2 nodes  1:02:03");
        // 50 columns: the bar shrinks to 5 cells before the pod name is cut.
        QTest::newRow("narrow: the bar shrinks")
            << 1 << 3 << QStringLiteral("restarting demo-dc1-r2-sts-0") << qint64(5000) << 60
            << QStringLiteral("[###........] 1/3 nodes  restarting demo-dc1-r2-sts-0  0:05");
        QTest::newRow("narrower: the name is cut")
            << 1 << 3 << QStringLiteral("restarting demo-dc1-r2-sts-0") << qint64(5000) << 50
            << QStringLiteral("[#....] 1/3 nodes  restarting demo-dc1-r...  0:05");
        QTest::newRow("narrower still") << 1 << 3 << QStringLiteral("restarting demo-dc1-r2-sts-0") << qint64(5000)
                                        << 45 << QStringLiteral("[#....] 1/3 nodes  restarting demo-...  0:05");
        QTest::newRow("tiny: no activity") << 1 << 3 << QStringLiteral("restarting demo-dc1-r2-sts-0") << qint64(5000)
                                           << 25 << QStringLiteral("[#....] 1/3 nodes  0:05");
        QTest::newRow("tinier: no time") << 1 << 3 << QStringLiteral("restarting") << qint64(5000) << 20
                                         << QStringLiteral("[#....] 1/3 nodes");
        QTest::newRow("minimal") << 1 << 3 << QStringLiteral("restarting") << qint64(5000) << 8
                                 << QStringLiteral("[#....]");
        QTest::newRow("multi-line activity is one line")
            << 1 << 2 << QStringLiteral("a\nb") << qint64(0) << 100
            << QStringLiteral("[##########..........] 1/2 nodes  a b  0:00");
    }

    void renderer()
    {
        QFETCH(int, done);
        QFETCH(int, total);
        QFETCH(QString, activity);
        QFETCH(qint64, ms);
        QFETCH(int, columns);
        QFETCH(QString, expected);
        const QString line = renderProgressBar(state(done, total, activity, ms), columns);
        QCOMPARE(line, expected);
        QVERIFY(line.size() <= columns - 1);
    }

    void neverWiderThanTheTerminal()
    {
        const QString name = QString(300, u'x');
        for (int columns = 1; columns <= 200; ++columns) {
            const QString line = renderProgressBar(state(7, 9, name, 1000), columns);
            QVERIFY2(line.size() <= qMax(1, columns - 1),
                     qPrintable(QStringLiteral("%1 columns: %2").arg(columns).arg(line)));
        }
    }

    void stateFromProgress()
    {
        Cassandra::Ops::Progress p;
        p.state = Cassandra::Ops::Progress::State::Running;
        p.done = 1;
        p.total = 3;
        p.nodes = {{QStringLiteral("c1-dc1-r1-sts-0"), QStringLiteral("COMPLETED"), {}, true, false},
                   {QStringLiteral("c1-dc1-r1-sts-1"), QStringLiteral("WAITING"), {}, false, false},
                   {QStringLiteral("c1-dc1-r1-sts-2"), QStringLiteral("RUNNING"), {}, false, false}};
        ProgressBarState s = progressBarState(p, 4000);
        QCOMPARE(s.done, 1);
        QCOMPARE(s.total, 3);
        QCOMPARE(s.activity, QStringLiteral("running c1-dc1-r1-sts-2")); // at work beats waiting
        p.nodes[2].state = QStringLiteral("WAITING");
        QCOMPARE(progressBarState(p, 0).activity, QStringLiteral("waiting c1-dc1-r1-sts-1"));
        p.nodes.clear();
        p.message = QStringLiteral("c1-dc1: 2/3 ready");
        QCOMPARE(progressBarState(p, 0).activity, QStringLiteral("c1-dc1: 2/3 ready"));
        p.state = Cassandra::Ops::Progress::State::Succeeded;
        p.message.clear();
        QCOMPARE(progressBarState(p, 0).activity, QStringLiteral("succeeded"));
    }

    void formats()
    {
        QCOMPARE(formatElapsed(0), QStringLiteral("0:00"));
        QCOMPARE(formatElapsed(59999), QStringLiteral("0:59"));
        QCOMPARE(formatElapsed(600000), QStringLiteral("10:00"));
        QCOMPARE(formatElapsed(3600000), QStringLiteral("1:00:00"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("COLUMNS"), QStringLiteral("123"));
        QCOMPARE(terminalColumns(-1, env), 123); // no terminal: $COLUMNS
        QCOMPARE(terminalColumns(-1, QProcessEnvironment()), 80);
        // A string stream is never a terminal, whatever TERM says.
        QString sink;
        QTextStream stream(&sink);
        env.insert(QStringLiteral("TERM"), QStringLiteral("xterm"));
        QCOMPARE(progressTerminal(stream, env), -1);
    }

    void initTestCase() { QVERIFY(m_home.isValid()); }

    void startWorldForTheWaits()
    {
        m_fx = std::make_unique<SandboxFixture>();
        QString error;
        QVERIFY2(startWorld(*m_fx, &error), qPrintable(error));
        QVERIFY(createAndWait(*m_fx, mcc(QStringLiteral("c1"), QStringLiteral("4.1.5"), 1, 2)));
    }

    void barOnATerminal()
    {
        QVERIFY(m_fx);
        int master = -1;
        int slave = -1;
        winsize size = {};
        size.ws_col = 60;
        size.ws_row = 24;
        QCOMPARE(::openpty(&master, &slave, nullptr, nullptr, &size), 0);
        termios raw = {};
        QCOMPARE(::tcgetattr(slave, &raw), 0);
        ::cfmakeraw(&raw); // bytes as written: no \n to \r\n
        QCOMPARE(::tcsetattr(slave, TCSANOW, &raw), 0);
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        ::fcntl(master, F_SETFD, FD_CLOEXEC);

        QByteArray screen;
        const auto drain = [&] {
            char buffer[4096];
            ssize_t n = 0;
            while ((n = ::read(master, buffer, sizeof buffer)) > 0) {
                screen.append(buffer, n);
            }
        };
        QSocketNotifier notifier(master, QSocketNotifier::Read);
        connect(&notifier, &QSocketNotifier::activated, this, drain);
        QProcess p;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("COLUMNS"), QStringLiteral("200")); // the terminal's own width wins
        p.setProcessEnvironment(env);
        p.setChildProcessModifier([slave] {
            // stdout becomes the terminal (stderr stays a pipe, so errors show in the test's output).
            ::setsid();
            ::ioctl(slave, TIOCSCTTY, 0);
            ::dup2(slave, STDOUT_FILENO);
            ::close(slave);
        });
        p.start(Test::binPath(QStringLiteral("ringsidectl")), restartArgs());
        QVERIFY(p.waitForStarted(5000));
        ::close(slave);
        QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000));
        QTest::qWait(100);
        drain();
        notifier.setEnabled(false);
        ::close(master);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(err + QString::fromUtf8(screen)));

        const QByteArray barStart = "\r[";
        QVERIFY2(screen.contains(barStart), screen.constData());
        QVERIFY2(!screen.contains("  c1-dc1-r1-sts-0: "), screen.constData()); // not the plain lines
        // Every drawing of the bar fits the 60 columns of TIOCGWINSZ ($COLUMNS says 200).
        QString drawn = QString::fromUtf8(screen);
        drawn.replace(u'\n', u'\r');
        int redraws = 0;
        for (const QString &segment : drawn.split(u'\r')) {
            if (segment.startsWith(u'[')) {
                ++redraws;
                QVERIFY2(segment.endsWith(QLatin1String("\x1b[K")), qPrintable(segment));
                QVERIFY2(segment.size() - 3 <= 59, qPrintable(segment));
            }
        }
        QVERIFY(redraws >= 1);
        // One line per operation: the bar ends at N/N, full, with the time, and a newline ends it.
        const QStringList lines = screenLines(screen);
        const qsizetype barLine = lines.indexOf(
            QRegularExpression(QStringLiteral("^\\[#+\\] ([1-9][0-9]*)/\\1 nodes  .*[0-9]+:[0-9]{2}$")));
        QVERIFY2(barLine >= 0, qPrintable(lines.join(u'\n')));
        QVERIFY2(screen.endsWith('\n'), screen.constData());
        QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^\\["))).size(), 1);
        // Redrawn in place at least once (two states, or a second tick).
        QVERIFY2(screen.count(barStart) >= 2, screen.constData());
        QVERIFY(clusterReady());
    }

    void plainLinesOnAPipe()
    {
        QVERIFY(m_fx);
        QProcess p;
        p.setProcessEnvironment(environment()); // TERM=xterm, but stdout is a pipe
        p.start(Test::binPath(QStringLiteral("ringsidectl")), restartArgs());
        QVERIFY(p.waitForStarted(5000));
        QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(!out.contains(u'\r') && !out.contains(QLatin1String("\x1b[")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("  c1-dc1-r1-sts-0: ")) && out.contains(QLatin1String("Succeeded")),
                 qPrintable(out));
        QVERIFY(clusterReady());
    }

    void dumbTerminalGetsPlainLines()
    {
        QVERIFY(m_fx);
        int master = -1;
        int slave = -1;
        winsize size = {};
        size.ws_col = 80;
        QCOMPARE(::openpty(&master, &slave, nullptr, nullptr, &size), 0);
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        QByteArray screen;
        const auto drain = [&] {
            char buffer[4096];
            ssize_t n = 0;
            while ((n = ::read(master, buffer, sizeof buffer)) > 0) {
                screen.append(buffer, n);
            }
        };
        QSocketNotifier notifier(master, QSocketNotifier::Read);
        connect(&notifier, &QSocketNotifier::activated, this, drain);
        QProcess p;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("TERM"), QStringLiteral("dumb"));
        p.setProcessEnvironment(env);
        p.setChildProcessModifier([slave] {
            ::setsid();
            ::dup2(slave, STDOUT_FILENO);
            ::close(slave);
        });
        p.start(Test::binPath(QStringLiteral("ringsidectl")), restartArgs());
        QVERIFY(p.waitForStarted(5000));
        ::close(slave);
        QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000));
        QTest::qWait(100);
        drain();
        notifier.setEnabled(false);
        ::close(master);
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(!screen.contains("\r["), screen.constData());
        QVERIFY2(screen.contains("  c1-dc1-r1-sts-0: "), screen.constData());
        QVERIFY(clusterReady());
    }

    void cleanupTestCase() { m_fx.reset(); }
};

QTEST_GUILESS_MAIN(TestCliProgress)
#include "tst_cli_progress.moc"
