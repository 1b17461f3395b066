// The per-context Prometheus URL in the core (util/contextsettings.h): the key layout the app and ringsidectl share,
// validation, and `ringsidectl config set-prometheus|get-prometheus`.
#include "testsupport.h"

#include "command.h"
#include "util/contextsettings.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>

using namespace Ringside;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

Result runCli(const QStringList &args, const QProcessEnvironment &env)
{
    Result r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = Cli::run(args, out, err, env);
    out.flush();
    err.flush();
    return r;
}

const char *const KubeconfigText = "apiVersion: v1\n"
                                   "kind: Config\n"
                                   "current-context: team/prod\n"
                                   "clusters:\n"
                                   "- name: c\n"
                                   "  cluster:\n"
                                   "    server: https://127.0.0.1:6443\n"
                                   "users:\n"
                                   "- name: u\n"
                                   "  user:\n"
                                   "    token: not-a-real-token\n"
                                   "contexts:\n"
                                   "- name: team/prod\n"
                                   "  context:\n"
                                   "    cluster: c\n"
                                   "    user: u\n"
                                   "- name: dev\n"
                                   "  context:\n"
                                   "    cluster: c\n"
                                   "    user: u\n";

} // namespace

class TestCliContextSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString ini(const QString &name) const { return m_dir.filePath(name); }

    QProcessEnvironment env(const QString &settings) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("KUBECONFIG"), m_dir.filePath(QStringLiteral("kubeconfig")));
        e.insert(QStringLiteral("HOME"), m_dir.path());
        e.insert(QStringLiteral("RINGSIDE_SETTINGS"), settings);
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile f(m_dir.filePath(QStringLiteral("kubeconfig")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(KubeconfigText);
    }

    void keyLayout_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << QStringLiteral("dev") << QStringLiteral("contexts/dev/prometheusUrl");
        QTest::newRow("slash") << QStringLiteral("team/prod") << QStringLiteral("contexts/team%2Fprod/prometheusUrl");
        QTest::newRow("arn") << QStringLiteral("arn:aws:eks:eu-west-1:1:cluster/x")
                             << QStringLiteral("contexts/arn%3Aaws%3Aeks%3Aeu-west-1%3A1%3Acluster%2Fx/prometheusUrl");
        QTest::newRow("space and unicode")
            << QStringLiteral("my ctx é") << QStringLiteral("contexts/my%20ctx%20%C3%A9/prometheusUrl");
    }

    void keyLayout()
    {
        QFETCH(QString, context);
        QFETCH(QString, key);
        QCOMPARE(contextSettingKey(context, QStringLiteral("prometheusUrl")), key);
    }

    void storeAndRead()
    {
        const QString file = ini(QStringLiteral("store.ini"));
        QString error;
        QVERIFY2(storePrometheusUrl(file, QStringLiteral("team/prod"),
                                    QStringLiteral("  https://prom.example:9090/prometheus  "), &error),
                 qPrintable(error));
        QCOMPARE(storedPrometheusUrl(file, QStringLiteral("team/prod")),
                 QStringLiteral("https://prom.example:9090/prometheus"));
        QCOMPARE(storedPrometheusUrl(file, QStringLiteral("team")), QString()); // '/' is not a group separator here
        QCOMPARE(storedPrometheusUrl(file, QStringLiteral("dev")), QString());
        // The file holds the layout the app always wrote, so older settings keep working.
        {
            QSettings raw(file, QSettings::IniFormat);
            QCOMPARE(raw.value(QStringLiteral("contexts/team%2Fprod/prometheusUrl")).toString(),
                     QStringLiteral("https://prom.example:9090/prometheus"));
            raw.setValue(QStringLiteral("contexts/dev/prometheusUrl"), QStringLiteral("http://127.0.0.1:9090"));
        }
        QCOMPARE(storedPrometheusUrl(file, QStringLiteral("dev")), QStringLiteral("http://127.0.0.1:9090"));
        // An empty URL removes the setting, and only that one.
        QVERIFY(storePrometheusUrl(file, QStringLiteral("dev"), QString(), &error));
        QCOMPARE(storedPrometheusUrl(file, QStringLiteral("dev")), QString());
        QVERIFY(!QSettings(file, QSettings::IniFormat).contains(QStringLiteral("contexts/dev/prometheusUrl")));
        QCOMPARE(storedPrometheusUrl(file, QStringLiteral("team/prod")),
                 QStringLiteral("https://prom.example:9090/prometheus"));
        QCOMPARE(storedPrometheusUrl(ini(QStringLiteral("missing.ini")), QStringLiteral("dev")), QString());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no context") << QString() << QStringLiteral("http://127.0.0.1:9090")
                                    << QStringLiteral("no context");
        QTest::newRow("ftp") << QStringLiteral("dev") << QStringLiteral("ftp://prom:9090")
                             << QStringLiteral("http:// or https://");
        QTest::newRow("no scheme") << QStringLiteral("dev") << QStringLiteral("prom.example:9090")
                                   << QStringLiteral("http:// or https://");
        QTest::newRow("no host") << QStringLiteral("dev") << QStringLiteral("http:///api") << QStringLiteral("no host");
        QTest::newRow("credentials") << QStringLiteral("dev") << QStringLiteral("https://admin:secret@prom:9090")
                                     << QStringLiteral("credentials");
        QTest::newRow("query") << QStringLiteral("dev") << QStringLiteral("http://prom:9090/?x=1")
                               << QStringLiteral("query");
    }

    void refused()
    {
        QFETCH(QString, context);
        QFETCH(QString, url);
        QFETCH(QString, reason);
        const QString file = ini(QStringLiteral("refused.ini"));
        QString error;
        QVERIFY(!storePrometheusUrl(file, context, url, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("secret")), qPrintable(error)); // a password is never echoed
        QCOMPARE(storedPrometheusUrl(file, context), QString());
    }

    void cliSetAndGet()
    {
        const QString file = ini(QStringLiteral("cli.ini"));
        const QProcessEnvironment e = env(file);
        Result r = runCli({QStringLiteral("config"), QStringLiteral("set-prometheus"), QStringLiteral("team/prod"),
                           QStringLiteral("http://127.0.0.1:9091")},
                          e);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("team/prod")) && r.out.contains(file), qPrintable(r.out));
        QCOMPARE(storedPrometheusUrl(file, QStringLiteral("team/prod")), QStringLiteral("http://127.0.0.1:9091"));
        // get-prometheus without a context: the kubeconfig's current one.
        r = runCli({QStringLiteral("config"), QStringLiteral("get-prometheus")}, e);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("http://127.0.0.1:9091\n"));
        r = runCli({QStringLiteral("config"), QStringLiteral("get-prometheus"), QStringLiteral("dev"),
                    QStringLiteral("-o"), QStringLiteral("json")},
                   e);
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("context")).toString(), QStringLiteral("dev"));
        QCOMPARE(o.value(QLatin1String("prometheusUrl")).toString(), QString());
        QCOMPARE(o.value(QLatin1String("settingsFile")).toString(), file);
        // Not set: an error that says how to set it.
        r = runCli({QStringLiteral("config"), QStringLiteral("get-prometheus"), QStringLiteral("dev")}, e);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("config set-prometheus dev URL")), qPrintable(r.err));
        // --context picks the context too.
        r = runCli({QStringLiteral("config"), QStringLiteral("get-prometheus"), QStringLiteral("--context"),
                    QStringLiteral("team/prod")},
                   e);
        QCOMPARE(r.out, QStringLiteral("http://127.0.0.1:9091\n"));
        // --unset.
        r = runCli({QStringLiteral("config"), QStringLiteral("set-prometheus"), QStringLiteral("team/prod"),
                    QStringLiteral("--unset")},
                   e);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(storedPrometheusUrl(file, QStringLiteral("team/prod")), QString());
    }

    void cliErrors()
    {
        const QString file = ini(QStringLiteral("cli-errors.ini"));
        const QProcessEnvironment e = env(file);
        Result r = runCli({QStringLiteral("config"), QStringLiteral("set-prometheus"), QStringLiteral("nope"),
                           QStringLiteral("http://p:9090")},
                          e);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("context nope not found")), qPrintable(r.err));
        r = runCli({QStringLiteral("config"), QStringLiteral("set-prometheus"), QStringLiteral("dev"),
                    QStringLiteral("prometheus:9090")},
                   e);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("http:// or https://")), qPrintable(r.err));
        r = runCli({QStringLiteral("config"), QStringLiteral("set-prometheus"), QStringLiteral("dev")}, e);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("usage")), qPrintable(r.err));
        r = runCli({QStringLiteral("config"), QStringLiteral("set-prometheus"), QStringLiteral("dev"),
                    QStringLiteral("--bogus")},
                   e);
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(file)); // nothing was written
        // The value set here is what the metrics command reads (dbasupport's openPrometheus).
        r = runCli({QStringLiteral("config"), QStringLiteral("set-prometheus"), QStringLiteral("dev"),
                    QStringLiteral("http://127.0.0.1:1")},
                   e);
        QCOMPARE(r.code, 0);
        r = runCli({QStringLiteral("metrics"), QStringLiteral("disk_used"), QStringLiteral("c1"),
                    QStringLiteral("--context"), QStringLiteral("dev"), QStringLiteral("--timeout"),
                    QStringLiteral("3s")},
                   e);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Prometheus at http://127.0.0.1:1")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliContextSettings)
#include "tst_cli_contextsettings.moc"
