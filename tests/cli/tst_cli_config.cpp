// ringsidectl config ... : behaviour, and byte-for-byte parity with kubectl on the same kubeconfig files.
#include "testsupport.h"

#include "command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Ringside;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

QProcessEnvironment envFor(const QString &kubeconfig, const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), kubeconfig);
    env.insert(QStringLiteral("HOME"), home);
    return env;
}

Result runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(30000)) {
        return {};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

Result runInProcess(const QStringList &args, const QProcessEnvironment &env)
{
    Result r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = Cli::run(args, out, err, env);
    out.flush();
    err.flush();
    return r;
}

} // namespace

class TestCliConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parity_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QStringList>("args");
        // Cases kubectl reads without error (bad-yaml and exec-and-data are errors for kubectl, tested below).
        const QStringList cases{QStringLiteral("basic"), QStringLiteral("merge-first-wins"), QStringLiteral("missing-and-duplicates"),
                                QStringLiteral("relative-paths"), QStringLiteral("current-unset"), QStringLiteral("dangling-current"),
                                QStringLiteral("wide-names")};
        for (const QString &c : cases) {
            QTest::newRow(qPrintable(c + QLatin1String(": get-contexts"))) << c << QStringList{QStringLiteral("config"), QStringLiteral("get-contexts")};
            QTest::newRow(qPrintable(c + QLatin1String(": -o name"))) << c << QStringList{QStringLiteral("config"), QStringLiteral("get-contexts"), QStringLiteral("-o"), QStringLiteral("name")};
            QTest::newRow(qPrintable(c + QLatin1String(": --no-headers"))) << c << QStringList{QStringLiteral("config"), QStringLiteral("get-contexts"), QStringLiteral("--no-headers")};
            QTest::newRow(qPrintable(c + QLatin1String(": current-context"))) << c << QStringList{QStringLiteral("config"), QStringLiteral("current-context")};
        }
        QTest::newRow("named contexts") << QStringLiteral("merge-first-wins")
                                        << QStringList{QStringLiteral("config"), QStringLiteral("get-contexts"), QStringLiteral("only-b"), QStringLiteral("shared")};
        QTest::newRow("unknown named context") << QStringLiteral("basic")
                                               << QStringList{QStringLiteral("config"), QStringLiteral("get-contexts"), QStringLiteral("nope")};
        QTest::newRow("explicit --kubeconfig") << QStringLiteral("merge-first-wins")
                                               << QStringList{QStringLiteral("--kubeconfig"), Test::kubeconfigCaseDir(QStringLiteral("merge-first-wins")) + QLatin1String("/b.yaml"),
                                                              QStringLiteral("config"), QStringLiteral("get-contexts")};
    }
    void parity()
    {
        RINGSIDE_REQUIRE_KUBECTL();
        QFETCH(QString, caseName);
        QFETCH(QStringList, args);
        const QString dir = Test::kubeconfigCaseDir(caseName);
        const QProcessEnvironment env = envFor(Test::kubeconfigCaseList(dir), dir + QLatin1String("/no-home"));
        const Result theirs = runProgram(Test::kubectl(), args, env);
        const Result ours = runProgram(Test::binPath(QStringLiteral("ringsidectl")), args, env);
        QCOMPARE(ours.out, theirs.out);
        QCOMPARE(ours.code, theirs.code);
        QCOMPARE(ours.err.isEmpty(), theirs.err.isEmpty());
        if (!theirs.err.isEmpty()) {
            QCOMPARE(ours.err.trimmed(), theirs.err.trimmed());
        }
    }

    void useContextParity_data()
    {
        QTest::addColumn<QStringList>("files"); // KUBECONFIG entries within a copy of merge-first-wins
        QTest::addColumn<QString>("context");
        QTest::newRow("first file gets the key") << QStringList{QStringLiteral("a.yaml"), QStringLiteral("b.yaml"), QStringLiteral("c.yaml")} << QStringLiteral("only-c");
        QTest::newRow("missing first entry") << QStringList{QStringLiteral("gone.yaml"), QStringLiteral("b.yaml"), QStringLiteral("a.yaml")} << QStringLiteral("only-a");
        QTest::newRow("single file") << QStringList{QStringLiteral("b.yaml")} << QStringLiteral("shared");
        QTest::newRow("unknown context") << QStringList{QStringLiteral("a.yaml"), QStringLiteral("b.yaml")} << QStringLiteral("nope");
    }
    void useContextParity()
    {
        RINGSIDE_REQUIRE_KUBECTL();
        QFETCH(QStringList, files);
        QFETCH(QString, context);
        QTemporaryDir theirsDir;
        QTemporaryDir oursDir;
        for (const QString &f : {QStringLiteral("a.yaml"), QStringLiteral("b.yaml"), QStringLiteral("c.yaml")}) {
            QVERIFY(QFile::copy(Test::kubeconfigCaseDir(QStringLiteral("merge-first-wins")) + u'/' + f, theirsDir.filePath(f)));
            QVERIFY(QFile::copy(Test::kubeconfigCaseDir(QStringLiteral("merge-first-wins")) + u'/' + f, oursDir.filePath(f)));
        }
        const auto listIn = [&](const QTemporaryDir &d) {
            QStringList l;
            for (const QString &f : files) {
                l.append(d.filePath(f));
            }
            return l.join(QDir::listSeparator());
        };
        const QStringList args{QStringLiteral("config"), QStringLiteral("use-context"), context};
        const Result theirs = runProgram(Test::kubectl(), args, envFor(listIn(theirsDir), theirsDir.path()));
        const Result ours = runProgram(Test::binPath(QStringLiteral("ringsidectl")), args, envFor(listIn(oursDir), oursDir.path()));
        QCOMPARE(ours.code, theirs.code);
        QCOMPARE(ours.out, theirs.out);
        QCOMPARE(ours.err.trimmed(), theirs.err.trimmed());
        // The same file changed, and both agree on the merged current-context afterwards.
        const QStringList read{QStringLiteral("config"), QStringLiteral("current-context")};
        QCOMPARE(runProgram(Test::binPath(QStringLiteral("ringsidectl")), read, envFor(listIn(oursDir), oursDir.path())).out,
                 runProgram(Test::kubectl(), read, envFor(listIn(theirsDir), theirsDir.path())).out);
        for (const QString &f : {QStringLiteral("a.yaml"), QStringLiteral("b.yaml"), QStringLiteral("c.yaml")}) {
            const bool theirsChanged = !QFileInfo(theirsDir.filePath(f)).exists() ? false
                                                                                   : runProgram(Test::kubectl(), {QStringLiteral("config"), QStringLiteral("current-context")},
                                                                                                envFor(theirsDir.filePath(f), theirsDir.path()))
                                                                                         .out
                                                                                   == context + u'\n';
            const bool oursChanged = runProgram(Test::kubectl(), {QStringLiteral("config"), QStringLiteral("current-context")}, envFor(oursDir.filePath(f), oursDir.path())).out
                                     == context + u'\n';
            QCOMPARE(oursChanged, theirsChanged);
        }
    }

    void viewParity_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QString>("format");
        for (const QString &c : {QStringLiteral("basic"), QStringLiteral("merge-first-wins"), QStringLiteral("current-unset"), QStringLiteral("wide-names"),
                                 QStringLiteral("missing-and-duplicates")}) {
            QTest::newRow(qPrintable(c + QLatin1String(": yaml"))) << c << QStringLiteral("yaml");
            QTest::newRow(qPrintable(c + QLatin1String(": jsonpath names"))) << c << QStringLiteral("jsonpath={.contexts[*].name}");
            QTest::newRow(qPrintable(c + QLatin1String(": jsonpath range")))
                << c << QStringLiteral("jsonpath={range .contexts[*]}{.name}{\"\\t\"}{.context.cluster}{\"\\n\"}{end}");
            QTest::newRow(qPrintable(c + QLatin1String(": jsonpath filter")))
                << c << QStringLiteral("jsonpath={.contexts[?(@.context.namespace)].context}");
            QTest::newRow(qPrintable(c + QLatin1String(": jsonpath secrets"))) << c << QStringLiteral("jsonpath={.users[*].user}");
        }
    }
    void viewParity()
    {
        RINGSIDE_REQUIRE_KUBECTL();
        QFETCH(QString, caseName);
        QFETCH(QString, format);
        const QString dir = Test::kubeconfigCaseDir(caseName);
        const QProcessEnvironment env = envFor(Test::kubeconfigCaseList(dir), dir + QLatin1String("/no-home"));
        const QStringList args{QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("-o"), format};
        const Result theirs = runProgram(Test::kubectl(), args, env);
        const Result ours = runProgram(Test::binPath(QStringLiteral("ringsidectl")), args, env);
        QCOMPARE(ours.out, theirs.out);
        QCOMPARE(ours.code, theirs.code);
    }

    void jsonAndYamlOutput()
    {
        const QString dir = Test::kubeconfigCaseDir(QStringLiteral("basic"));
        const Result json = runInProcess({QStringLiteral("config"), QStringLiteral("get-contexts"), QStringLiteral("-o"), QStringLiteral("json")},
                                         envFor(Test::kubeconfigCaseList(dir), dir));
        QCOMPARE(json.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("current-context")).toString(), QStringLiteral("prod-east"));
        const QJsonArray contexts = o.value(QLatin1String("contexts")).toArray();
        QCOMPARE(contexts.size(), 2);
        QCOMPARE(contexts.at(0).toObject().value(QLatin1String("auth")).toString(), QStringLiteral("client certificate"));
        QCOMPARE(contexts.at(0).toObject().value(QLatin1String("namespace")).toString(), QStringLiteral("cassandra"));
        const Result yaml = runInProcess({QStringLiteral("config"), QStringLiteral("get-contexts"), QStringLiteral("-oyaml")}, envFor(Test::kubeconfigCaseList(dir), dir));
        QCOMPARE(yaml.code, 0);
        QVERIFY(yaml.out.contains(QLatin1String("current-context: prod-east\n")));
        QVERIFY(yaml.out.contains(QLatin1String("- auth: bearer token\n")));
    }

    void badYamlNamesFileAndLine()
    {
        const QString dir = Test::kubeconfigCaseDir(QStringLiteral("bad-yaml"));
        const Result r = runInProcess({QStringLiteral("config"), QStringLiteral("get-contexts")}, envFor(Test::kubeconfigCaseList(dir), dir));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(dir + QLatin1String("/broken.yaml:5:")), qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("good"))); // what could be read is still shown
        const Result use = runInProcess({QStringLiteral("config"), QStringLiteral("use-context"), QStringLiteral("good")}, envFor(Test::kubeconfigCaseList(dir), dir));
        QCOMPARE(use.code, 1);
        QVERIFY(use.err.contains(QLatin1String("nothing was changed")));
    }

    void viewRedactsSecrets()
    {
        for (const QString &c : {QStringLiteral("basic"), QStringLiteral("merge-first-wins"), QStringLiteral("exec-and-data")}) {
            const QString dir = Test::kubeconfigCaseDir(c);
            for (const QString &format : {QStringLiteral("yaml"), QStringLiteral("json")}) {
                const Result r = runInProcess({QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("-o"), format}, envFor(Test::kubeconfigCaseList(dir), dir));
                for (const char *secret : {"s3cr3t-token-value", "hunter2", "very-secret-refresh", "LS0tLS1CRUdJTiBQUklWQVRF"}) {
                    QVERIFY2(!r.out.contains(QLatin1String(secret)) && !r.err.contains(QLatin1String(secret)), secret);
                }
            }
        }
    }

    void usageErrors()
    {
        const Result unknown = runInProcess({QStringLiteral("frobnicate")}, QProcessEnvironment());
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QLatin1String("unknown command")));
        const Result missingValue = runInProcess({QStringLiteral("config"), QStringLiteral("get-contexts"), QStringLiteral("--context")}, QProcessEnvironment());
        QCOMPARE(missingValue.code, 2);
        const Result badOutput = runInProcess({QStringLiteral("config"), QStringLiteral("get-contexts"), QStringLiteral("-o"), QStringLiteral("xml")}, QProcessEnvironment());
        QCOMPARE(badOutput.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliConfig)
#include "tst_cli_config.moc"
