#include "testsupport.h"

#include "kubeconfig/kubeconfigloader.h"
#include "kubeconfig/kubeconfigwriter.h"

#include <QTemporaryDir>

using namespace Ringside;

namespace {
void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}
QByteArray readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
const QByteArray twoContexts = "# my clusters\n"
                               "contexts:\n"
                               "- name: a   # the first\n"
                               "  context: {cluster: a, user: a}\n"
                               "- name: b\n"
                               "  context: {cluster: b, user: b}\n"
                               "current-context: a # keep this comment\n"
                               "preferences: {}\n";
} // namespace

class TestKubeconfigWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editKeepsCommentsAndLayout()
    {
        QString error;
        const QByteArray out = KubeconfigWriter::withCurrentContext(twoContexts, QStringLiteral("b"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QByteArray expected = twoContexts;
        expected.replace("current-context: a #", "current-context: b #");
        QCOMPARE(out, expected);
    }
    void appendsWhenAbsent()
    {
        QString error;
        const QByteArray out = KubeconfigWriter::withCurrentContext("contexts: []\n# trailing comment", QStringLiteral("x"), &error);
        QCOMPARE(out, QByteArray("contexts: []\n# trailing comment\ncurrent-context: x\n"));
    }
    void quotesAmbiguousNames()
    {
        QString error;
        const QByteArray out = KubeconfigWriter::withCurrentContext("current-context: a\n", QStringLiteral("true"), &error);
        QCOMPARE(out, QByteArray("current-context: \"true\"\n"));
        const QByteArray arn = KubeconfigWriter::withCurrentContext("current-context: a\n", QStringLiteral("arn:aws:eks:x:1:cluster/c"), &error);
        const Kubeconfig c = KubeconfigLoader::loadText(arn, QStringLiteral("k"));
        QCOMPARE(c.currentContext, QStringLiteral("arn:aws:eks:x:1:cluster/c"));
    }
    void flowStyleFallsBackToStructuralEdit()
    {
        QString error;
        const QByteArray out = KubeconfigWriter::withCurrentContext("{contexts: [{name: a, context: {cluster: a}}], current-context: a}", QStringLiteral("b"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Kubeconfig c = KubeconfigLoader::loadText(out, QStringLiteral("k"));
        QCOMPARE(c.currentContext, QStringLiteral("b"));
        QCOMPARE(c.contexts.size(), 1);
    }
    void brokenYamlIsRefused()
    {
        QString error;
        QVERIFY(KubeconfigWriter::withCurrentContext("a: [\n", QStringLiteral("b"), &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("line")));
    }

    void writesFirstExistingFileWithMode0600()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.yaml"));
        const QString a = dir.filePath(QStringLiteral("a.yaml"));
        const QString b = dir.filePath(QStringLiteral("b.yaml"));
        writeText(a, "contexts:\n- name: x\n  context: {cluster: x, user: x}\n");
        writeText(b, twoContexts);
        QFile::setPermissions(a, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QProcessEnvironment env;
        env.insert(QStringLiteral("KUBECONFIG"), QStringList{missing, a, b}.join(QDir::listSeparator()));
        const auto rules = KubeconfigLoadingRules::fromEnvironment(QString(), env);
        QString error;
        // As kubectl: the first existing file of the list gets the key, even though b.yaml set it before.
        QCOMPARE(KubeconfigWriter::setCurrentContext(rules, QStringLiteral("b"), &error), a);
        QVERIFY(readText(a).endsWith("current-context: b\n"));
        QCOMPARE(readText(b), twoContexts);
        // owner, group and other bits only (the 'user' bits depend on who runs the test)
        QCOMPARE(QFile::permissions(a) & QFileDevice::Permissions(0x7077), QFileDevice::Permissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(KubeconfigLoader::load(rules).currentContext, QStringLiteral("b"));
        QVERIFY(!QFile::exists(a + QLatin1String(".lock")));
    }
    void followsSymlink()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.yaml"));
        const QString link = dir.filePath(QStringLiteral("config"));
        writeText(real, twoContexts);
        QVERIFY(QFile::link(real, link));
        QString error;
        QVERIFY(!KubeconfigWriter::setCurrentContext({link, {}, {}}, QStringLiteral("b"), &error).isEmpty());
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(readText(real).contains("current-context: b"));
    }
    void lockedFileIsReported()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("config"));
        writeText(file, twoContexts);
        QLockFile held(file + QLatin1String(".lock"));
        QVERIFY(held.lock());
        QString error;
        // Another process's lock: QLockFile in the same process sees it as held too.
        QVERIFY(!KubeconfigWriter::writeFile(file, "x", &error, 100));
        QVERIFY2(error.contains(QLatin1String("locked")), qPrintable(error));
        QCOMPARE(readText(file), twoContexts);
    }
};

QTEST_GUILESS_MAIN(TestKubeconfigWriter)
#include "tst_kubeconfigwriter.moc"
