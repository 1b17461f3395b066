#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Ringside::Test {

QString sharedDir()
{
    const QString dir = qEnvironmentVariable("RINGSIDE_SHARED_DIR");
    if (dir.isEmpty() || !QFileInfo(dir + QLatin1String("/crds")).isDir()) {
        return {};
    }
    return QDir(dir).canonicalPath();
}

bool inCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

QString dataPath(const QString &relative)
{
    return qEnvironmentVariable("RINGSIDE_TEST_DATA") + u'/' + relative;
}

QString outputPath(const QString &relative)
{
    QString base = qEnvironmentVariable("RINGSIDE_TEST_OUTPUT");
    if (base.isEmpty()) {
        base = QDir::tempPath() + QLatin1String("/ringside-test-output");
    }
    const QString path = base + u'/' + relative;
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

QString kubectl()
{
    return QStandardPaths::findExecutable(QStringLiteral("kubectl"));
}

QString binPath(const QString &program)
{
    return qEnvironmentVariable("RINGSIDE_BIN_DIR") + u'/' + program;
}

QString kubeconfigCaseDir(const QString &name)
{
    return QDir(dataPath(QStringLiteral("kubeconfig/") + name)).canonicalPath();
}

QString kubeconfigCaseList(const QString &caseDir)
{
    QFile f(caseDir + QLatin1String("/kubeconfig.list"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast(); // the file's final newline
    }
    QStringList entries;
    for (const QString &l : std::as_const(lines)) {
        entries.append(l.isEmpty() ? QString() : caseDir + u'/' + l);
    }
    return entries.join(QDir::listSeparator());
}

QString compareGolden(const QString &goldenFile, const QString &actual)
{
    if (qEnvironmentVariable("RINGSIDE_UPDATE_GOLDEN") == QLatin1String("1")) {
        QFile f(goldenFile);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return QStringLiteral("cannot write golden file %1").arg(goldenFile);
        }
        f.write(actual.toUtf8());
        return {};
    }
    QFile f(goldenFile);
    if (!f.open(QIODevice::ReadOnly)) {
        return QStringLiteral("golden file %1 is missing; run tools/update-golden.sh").arg(goldenFile);
    }
    const QString expected = QString::fromUtf8(f.readAll());
    if (expected == actual) {
        return {};
    }
    const QStringList e = expected.split(u'\n');
    const QStringList a = actual.split(u'\n');
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        if (e.value(i) != a.value(i)) {
            return QStringLiteral("%1: line %2 differs\n  expected: %3\n  actual:   %4\n(run tools/update-golden.sh if the change is intended)")
                .arg(goldenFile)
                .arg(i + 1)
                .arg(e.value(i), a.value(i));
        }
    }
    return QStringLiteral("%1 differs").arg(goldenFile);
}

} // namespace Ringside::Test
