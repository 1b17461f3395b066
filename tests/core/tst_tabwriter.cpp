#include "testsupport.h"
#include "util/tabwriter.h"

using namespace Ringside;

class TestTabWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kubectlLayout()
    {
        TabWriter t;
        t.addRow({QStringLiteral("CURRENT"), QStringLiteral("NAME"), QStringLiteral("NAMESPACE")});
        t.addRow({QStringLiteral("*"), QStringLiteral("a"), QString()});
        t.addRow({QStringLiteral(" "), QStringLiteral("longer-name"), QStringLiteral("ns")});
        // Each column is its widest cell + 3, at least 6; the last cell is never padded.
        QCOMPARE(t.toString(), QStringLiteral("CURRENT   NAME          NAMESPACE\n"
                                              "*         a             \n"
                                              "          longer-name   ns\n"));
    }
    void minimumWidth()
    {
        TabWriter t;
        t.addRow({QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(t.toString(), QStringLiteral("a     b\n"));
    }
    void unicodeCountsCharacters()
    {
        TabWriter t;
        t.addRow({QStringLiteral("ünï"), QStringLiteral("x")});
        t.addRow({QStringLiteral("abcdefg"), QStringLiteral("y")});
        QCOMPARE(t.toString(), QStringLiteral("ünï       x\nabcdefg   y\n"));
    }
    void blocksOfDifferentWidths()
    {
        // A line with fewer cells ends the column block, as in Go's text/tabwriter.
        TabWriter t;
        t.addRow({QStringLiteral("aaaaaaaaaa"), QStringLiteral("b")});
        t.addRow({QStringLiteral("single")});
        t.addRow({QStringLiteral("c"), QStringLiteral("d")});
        QCOMPARE(t.toString(), QStringLiteral("aaaaaaaaaa   b\nsingle\nc     d\n"));
    }
};

QTEST_GUILESS_MAIN(TestTabWriter)
#include "tst_tabwriter.moc"
