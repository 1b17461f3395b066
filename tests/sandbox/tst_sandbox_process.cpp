// The ringside-sandbox executable: first output line, kubeconfig (mode 0600, context ringside-sandbox, never
// ~/.kube/config by default), state persisted on SIGTERM and reloaded at start, option errors.
#include "sandboxfixture.h"
#include "testsupport.h"

#include "yaml/yamljson.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSslKey>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ringside;
using namespace Ringside::Test;

class TestSandboxProcess : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    struct Running
    {
        std::unique_ptr<QProcess> process;
        quint16 port = 0;
    };

    Running start(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        Running r;
        r.process = std::make_unique<QProcess>();
        r.process->setProcessEnvironment(env);
        r.process->start(binPath(QStringLiteral("ringside-sandbox")), args);
        if (!r.process->waitForStarted(5000)) {
            return r;
        }
        static const QRegularExpression first(
            QStringLiteral("^ringside-sandbox: serving https://127\\.0\\.0\\.1:(\\d+)\n"));
        QByteArray out;
        const bool lineRead = QTest::qWaitFor(
            [&] {
                out += r.process->readAllStandardOutput();
                return out.contains('\n') || r.process->state() == QProcess::NotRunning;
            },
            15000);
        const QRegularExpressionMatch m = first.match(QString::fromUtf8(out));
        Q_UNUSED(lineRead)
        if (m.hasMatch()) {
            r.port = quint16(m.captured(1).toUInt());
        }
        return r;
    }

    QSslConfiguration adminTls(const QString &stateDir)
    {
        const auto read = [&](const char *name) {
            QFile f(stateDir + u'/' + QLatin1String(name));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setCaCertificates(QSslCertificate::fromData(read("ca.crt")));
        c.setLocalCertificate(QSslCertificate::fromData(read("admin.crt")).value(0));
        c.setPrivateKey(QSslKey(read("admin.key"), QSsl::Ec));
        return c;
    }

    HttpResponse request(quint16 port, const QSslConfiguration &tls, const QByteArray &method, const QByteArray &path,
                         const QByteArray &body = {})
    {
        Connection c(port, tls);
        if (!c.waitConnected()) {
            return {};
        }
        c.write(method + ' ' + path
                + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        return c.readResponse(10000).value_or(HttpResponse());
    }

private Q_SLOTS:
    void persistsStateAcrossRestarts()
    {
        const QString kubeconfig = m_dir.filePath(QStringLiteral("out/kc.yaml"));
        const QString state = m_dir.filePath(QStringLiteral("state.json"));
        const QString stateDir = m_dir.filePath(QStringLiteral("pki"));
        const QStringList args = {QStringLiteral("--port"),       QStringLiteral("0"),
                                  QStringLiteral("--kubeconfig"), kubeconfig,
                                  QStringLiteral("--state"),      state,
                                  QStringLiteral("--state-dir"),  stateDir};
        Running first = start(args);
        QVERIFY2(first.port != 0, first.process->readAllStandardError().constData());

        QCOMPARE(QFile::permissions(kubeconfig)
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QFile kc(kubeconfig);
        QVERIFY(kc.open(QIODevice::ReadOnly));
        const QJsonObject config = Yaml::parse(kc.readAll()).documents.value(0).toObject();
        QCOMPARE(config.value(QLatin1String("current-context")).toString(), QStringLiteral("ringside-sandbox"));
        QCOMPARE(config.value(QLatin1String("clusters"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("cluster"))
                     .toObject()
                     .value(QLatin1String("server"))
                     .toString(),
                 QStringLiteral("https://127.0.0.1:%1").arg(first.port));
        QCOMPARE(QFile::permissions(stateDir + QLatin1String("/ca.key")) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());

        const QSslConfiguration tls = adminTls(stateDir);
        const HttpResponse created = request(
            first.port, tls, "POST", "/api/v1/namespaces/default/configmaps",
            "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"kept\"},\"data\":{\"a\":\"1\"}}");
        QCOMPARE(created.status, 201);
        const QString uid
            = created.json().value(QLatin1String("metadata")).toObject().value(QLatin1String("uid")).toString();
        const qulonglong rv = created.json()
                                  .value(QLatin1String("metadata"))
                                  .toObject()
                                  .value(QLatin1String("resourceVersion"))
                                  .toString()
                                  .toULongLong();

        first.process->terminate();
        QVERIFY(first.process->waitForFinished(10000));
        QCOMPARE(first.process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(first.process->exitCode(), 0);
        QVERIFY(first.process->readAllStandardOutput().contains("ringside-sandbox: stopped"));
        QVERIFY(QFile::exists(state));
        QCOMPARE(QFile::permissions(state) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        Running second = start(args);
        QVERIFY(second.port != 0);
        const HttpResponse again = request(second.port, tls, "GET", "/api/v1/namespaces/default/configmaps/kept");
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QLatin1String("metadata")).toObject().value(QLatin1String("uid")).toString(), uid);
        const HttpResponse next
            = request(second.port, tls, "POST", "/api/v1/namespaces/default/configmaps",
                      "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"later\"}}");
        QVERIFY(next.json()
                    .value(QLatin1String("metadata"))
                    .toObject()
                    .value(QLatin1String("resourceVersion"))
                    .toString()
                    .toULongLong()
                > rv);
        // Changes before the saved state cannot be replayed after a restart: a watch from before them is too old.
        Connection watch(second.port, tls);
        QVERIFY(watch.waitConnected());
        watch.write("GET /api/v1/namespaces/default/configmaps?watch=true&resourceVersion=" + QByteArray::number(rv - 1)
                    + " HTTP/1.1\r\nHost: x\r\n\r\n");
        StreamReader reader(&watch);
        QVERIFY(reader.readHead());
        QCOMPARE(reader.events(1).value(0).value(QLatin1String("type")).toString(), QStringLiteral("ERROR"));
        second.process->kill();
        second.process->waitForFinished(5000);
    }

    void defaultKubeconfigIsTheAppConfigDirectory()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        Running r = start({}, env);
        QVERIFY(r.port != 0);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("config/ringside/sandbox/kubeconfig"))));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("data/ringside/sandbox/ca.crt"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("home/.kube/config"))));
        r.process->terminate();
        QVERIFY(r.process->waitForFinished(10000));
        QCOMPARE(r.process->exitCode(), 0);
    }

    void badOptionsAreRefused()
    {
        QProcess p;
        p.start(binPath(QStringLiteral("ringside-sandbox")), {QStringLiteral("--port"), QStringLiteral("70000")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--port must be a number from 0 to 65535"));
        p.start(binPath(QStringLiteral("ringside-sandbox")), {QStringLiteral("--address"), QStringLiteral("10.1.2.3")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--address must be a loopback address"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
