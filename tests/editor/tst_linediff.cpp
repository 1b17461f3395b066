// The line diff behind the diff view: minimal (checked against a brute-force LCS), reproducing the new text,
// unified output as diff -u writes it, and side-by-side rows.
#include "testsupport.h"

#include "models/editor/linediff.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <vector>

using namespace Ringside;
using namespace Ringside::Editor;

namespace {

int lcsLength(const QStringList &a, const QStringList &b)
{
    std::vector<std::vector<int>> t(size_t(a.size() + 1), std::vector<int>(size_t(b.size() + 1), 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        for (qsizetype j = b.size() - 1; j >= 0; --j) {
            t[i][j] = a.at(i) == b.at(j) ? t[i + 1][j + 1] + 1 : std::max(t[i + 1][j], t[i][j + 1]);
        }
    }
    return t[0][0];
}

QStringList randomLines(QRandomGenerator &rng, int maxLines, int alphabet)
{
    QStringList out;
    const int n = int(rng.bounded(maxLines + 1));
    for (int i = 0; i < n; ++i) {
        out.append(QString(QChar(u'a' + rng.bounded(alphabet))));
    }
    return out;
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(text.toUtf8());
    }
    return path;
}

} // namespace

class TestLineDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void minimalAndFaithfulOnRandomInputs()
    {
        QRandomGenerator rng(20251126);
        for (int round = 0; round < 3000; ++round) {
            const QStringList a = randomLines(rng, 14, 1 + round % 5);
            const QStringList b = randomLines(rng, 14, 1 + round % 5);
            const QList<DiffLine> diff = diffLines(a, b);
            QStringList rebuiltOld;
            QStringList rebuiltNew;
            int equal = 0;
            for (const DiffLine &line : diff) {
                if (line.kind != DiffLine::Kind::Added) {
                    QCOMPARE(a.at(line.oldLine - 1), line.text);
                    rebuiltOld.append(line.text);
                }
                if (line.kind != DiffLine::Kind::Removed) {
                    QCOMPARE(b.at(line.newLine - 1), line.text);
                    rebuiltNew.append(line.text);
                }
                equal += line.kind == DiffLine::Kind::Equal;
            }
            QCOMPARE(rebuiltOld, a);
            QCOMPARE(rebuiltNew, b);
            QVERIFY2(equal == lcsLength(a, b), qPrintable(a.join(u',') + QStringLiteral(" | ") + b.join(u',')));
        }
    }

    void edgeCases()
    {
        QCOMPARE(diffLines({}, {}).size(), 0);
        const QList<DiffLine> added = diffLines({}, {QStringLiteral("x")});
        QCOMPARE(added, (QList<DiffLine>{{DiffLine::Kind::Added, 0, 1, QStringLiteral("x")}}));
        const QList<DiffLine> changed
            = diffLines({QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("a"), QStringLiteral("c")});
        QCOMPARE(changed.size(), 3);
        QCOMPARE(changed.at(1).kind, DiffLine::Kind::Removed);
        QCOMPARE(changed.at(2).kind, DiffLine::Kind::Added);
        QCOMPARE(diffSplit(QStringLiteral("a\r\nb\n")), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(diffSplit(QStringLiteral("a\n\n")), (QStringList{QStringLiteral("a"), QString()}));
        QCOMPARE(
            unifiedDiff(QStringLiteral("same\n"), QStringLiteral("same\n"), QStringLiteral("a"), QStringLiteral("b")),
            QString());
    }

    void unifiedMatchesDiffU_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QString manifest;
        for (int i = 0; i < 40; ++i) {
            manifest += QStringLiteral("  key%1: value%1\n").arg(i);
        }
        QString upgraded = manifest;
        upgraded.replace(QLatin1String("  key3: value3\n"), QLatin1String("  key3: changed\n"));
        upgraded.replace(QLatin1String("  key20: value20\n"), QString());
        upgraded.replace(QLatin1String("  key21: value21\n"), QLatin1String("  key21: value21\n  inserted: yes\n"));
        upgraded.replace(QLatin1String("  key39: value39\n"), QLatin1String("  key39: value39\n  last: 1\n"));
        QTest::newRow("manifest edits") << manifest << upgraded;
        QString close = manifest;
        close.replace(QLatin1String("key10: value10"), QLatin1String("key10: x"));
        close.replace(QLatin1String("key16: value16"), QLatin1String("key16: x"));
        QTest::newRow("hunks merge when 6 lines apart") << manifest << close;
        QTest::newRow("no final newline") << QStringLiteral("a\nb\nc") << QStringLiteral("a\nb\nc\n");
        QTest::newRow("from empty") << QString() << QStringLiteral("a\nb\n");
        QTest::newRow("to empty") << QStringLiteral("a\n") << QString();
    }

    void unifiedMatchesDiffU()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        const QString diff = QStandardPaths::findExecutable(QStringLiteral("diff"));
        if (diff.isEmpty()) {
            QSKIP("diff (GNU diffutils) is not on PATH");
        }
        QTemporaryDir dir;
        const QString a = writeTemp(dir, QStringLiteral("a.yaml"), before);
        const QString b = writeTemp(dir, QStringLiteral("b.yaml"), after);
        QProcess process;
        process.start(diff, {QStringLiteral("-u"), QStringLiteral("--label"), QStringLiteral("live"),
                             QStringLiteral("--label"), QStringLiteral("edited"), a, b});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        const QString expected = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(unifiedDiff(before, after, QStringLiteral("live"), QStringLiteral("edited")), expected);
    }

    void sideBySideRows()
    {
        const QStringList a{QStringLiteral("same"), QStringLiteral("old1"), QStringLiteral("old2"),
                            QStringLiteral("end")};
        const QStringList b{QStringLiteral("same"), QStringLiteral("new1"), QStringLiteral("end"),
                            QStringLiteral("extra")};
        const QList<SideBySideRow> rows = sideBySide(diffLines(a, b));
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0).kind, SideBySideRow::Kind::Equal);
        QCOMPARE(rows.at(1).kind, SideBySideRow::Kind::Changed);
        QCOMPARE(rows.at(1).oldText, QStringLiteral("old1"));
        QCOMPARE(rows.at(1).newText, QStringLiteral("new1"));
        QCOMPARE(rows.at(2).kind, SideBySideRow::Kind::Removed);
        QCOMPARE(rows.at(2).newLine, 0);
        QCOMPARE(rows.at(3).kind, SideBySideRow::Kind::Equal);
        QCOMPARE(rows.at(3).oldLine, 4);
        QCOMPARE(rows.at(3).newLine, 3);
        QCOMPARE(rows.at(4).kind, SideBySideRow::Kind::Added);
        QCOMPARE(rows.at(4).oldLine, 0);
    }

    void largeInputsStayFast()
    {
        // 20,000 lines with scattered edits: the linear-space algorithm must not blow up (time is printed, not
        // asserted).
        QStringList a;
        for (int i = 0; i < 20000; ++i) {
            a.append(QStringLiteral("line %1").arg(i));
        }
        QStringList b = a;
        for (int i = 0; i < b.size(); i += 97) {
            b[i] = QStringLiteral("changed %1").arg(i);
        }
        QElapsedTimer timer;
        timer.start();
        const QList<DiffLine> diff = diffLines(a, b);
        const qint64 ms = timer.elapsed();
        int removed = 0;
        for (const DiffLine &line : diff) {
            removed += line.kind == DiffLine::Kind::Removed;
        }
        QCOMPARE(removed, (20000 + 96) / 97);
        qInfo("diff of 20000 lines with %d changes: %lld ms", removed, ms);
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
