#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Ringside::Editor {

/*! One line of a diff. \since 0.1 */
struct DiffLine
{
    enum class Kind { Equal, Removed, Added };
    Kind kind = Kind::Equal;
    int oldLine = 0; //!< 1-based line in the old text, 0 for an added line
    int newLine = 0; //!< 1-based line in the new text, 0 for a removed line
    QString text;
    bool operator==(const DiffLine &other) const = default;
};

/*! A group of changes with their context lines, as in `diff -u`. \since 0.1 */
struct DiffHunk
{
    int oldStart = 0; //!< 1-based; for an empty range, the line before it (as diff -u writes it)
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    QList<DiffLine> lines;
};

/*! One row of a side-by-side view: a line on the left, on the right, or both. \since 0.1 */
struct SideBySideRow
{
    enum class Kind { Equal, Changed, Removed, Added };
    Kind kind = Kind::Equal;
    int oldLine = 0; //!< 0 when the left side is empty
    int newLine = 0; //!< 0 when the right side is empty
    QString oldText;
    QString newText;
};

/*! The shortest line diff between \a before and \a after (Myers' O(ND) algorithm in linear space, with the
    "middle snake" split). No packaged Qt diff library exists to link (Qt Creator's DiffEditor is a plugin, not a
    library, and the build root has none), so this is our own: a pure function, tested against a brute-force
    LCS. Within a change, removed lines come before added ones. \since 0.1 */
QList<DiffLine> diffLines(const QStringList &before, const QStringList &after);

/*! The lines of \a text for diffing: split at \n (\r\n too), without the empty piece after a final newline. */
QStringList diffSplit(const QString &text);

/*! Groups a diff into hunks with \a context unchanged lines around each change. \since 0.1 */
QList<DiffHunk> diffHunks(const QList<DiffLine> &diff, int context = 3);

/*! A unified diff (`--- name`, `+++ name`, `@@ -a,b +c,d @@` hunks) of two texts, as `diff -u` writes it;
    empty when they are equal. A text without a final newline gets "\ No newline at end of file". \since 0.1 */
QString unifiedDiff(const QString &before, const QString &after, const QString &beforeName, const QString &afterName,
                    int context = 3);

/*! The rows of a side-by-side view: removed and added lines of one change are paired as "changed". \since 0.1 */
QList<SideBySideRow> sideBySide(const QList<DiffLine> &diff);

} // namespace Ringside::Editor
