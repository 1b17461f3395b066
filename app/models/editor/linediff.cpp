#include "models/editor/linediff.h"

#include <QHash>

#include <vector>

using namespace Qt::StringLiterals;

namespace Ringside::Editor {

namespace {

/*! Marks the lines that differ, recursively splitting at the middle snake (Myers 1986, section 4b). */
class Myers
{
public:
    Myers(const std::vector<int> &a, const std::vector<int> &b)
        : m_a(a)
        , m_b(b)
        , m_removed(a.size(), false)
        , m_added(b.size(), false)
    {
        // Forward diagonals lie in [-D-1, D+1] and backward ones in delta + [-D-1, D+1], with D <= (n+m+1)/2 and
        // |delta| < n+m: 2(n+m)+4 either side of zero holds both.
        const size_t total = a.size() + b.size();
        m_offset = int(2 * total + 4);
        m_forward.resize(2 * size_t(m_offset) + 1);
        m_backward.resize(2 * size_t(m_offset) + 1);
    }

    void run() { compare(0, int(m_a.size()), 0, int(m_b.size())); }
    const std::vector<bool> &removed() const { return m_removed; }
    const std::vector<bool> &added() const { return m_added; }

private:
    void compare(int xoff, int xlim, int yoff, int ylim)
    {
        while (xoff < xlim && yoff < ylim && m_a[xoff] == m_b[yoff]) {
            ++xoff;
            ++yoff;
        }
        while (xlim > xoff && ylim > yoff && m_a[xlim - 1] == m_b[ylim - 1]) {
            --xlim;
            --ylim;
        }
        if (xoff == xlim || yoff == ylim) {
            for (int x = xoff; x < xlim; ++x) {
                m_removed[x] = true;
            }
            for (int y = yoff; y < ylim; ++y) {
                m_added[y] = true;
            }
            return;
        }
        const auto [xmid, ymid] = middleSnake(xoff, xlim, yoff, ylim);
        if ((xmid == xoff && ymid == yoff) || (xmid == xlim && ymid == ylim)) {
            // Cannot happen for the shortest path; guards the recursion anyway.
            compare(xlim, xlim, yoff, ylim);
            compare(xoff, xlim, ylim, ylim);
            return;
        }
        compare(xoff, xmid, yoff, ymid);
        compare(xmid, xlim, ymid, ylim);
    }

    int &fwd(int k) { return m_forward[size_t(k + m_offset)]; }
    int &bwd(int k) { return m_backward[size_t(k + m_offset)]; }

    /*! A point (in absolute coordinates) on a shortest edit path of the sub-problem. */
    std::pair<int, int> middleSnake(int xoff, int xlim, int yoff, int ylim)
    {
        const int n = xlim - xoff;
        const int m = ylim - yoff;
        const int delta = n - m;
        const bool odd = (delta & 1) != 0;
        const int maxD = (n + m + 1) / 2;
        const int *a = m_a.data() + xoff;
        const int *b = m_b.data() + yoff;
        fwd(1) = 0;
        bwd(delta - 1) = n;
        for (int d = 0; d <= maxD; ++d) {
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && fwd(k - 1) < fwd(k + 1))) ? fwd(k + 1) : fwd(k - 1) + 1;
                int y = x - k;
                while (x < n && y < m && a[x] == b[y]) {
                    ++x;
                    ++y;
                }
                fwd(k) = x;
                if (odd && k >= delta - (d - 1) && k <= delta + (d - 1) && fwd(k) >= bwd(k)) {
                    return {xoff + x, yoff + y};
                }
            }
            for (int k = -d; k <= d; k += 2) {
                const int kk = k + delta;
                int x = (k == d || (k != -d && bwd(kk - 1) < bwd(kk + 1))) ? bwd(kk - 1) : bwd(kk + 1) - 1;
                int y = x - kk;
                while (x > 0 && y > 0 && a[x - 1] == b[y - 1]) {
                    --x;
                    --y;
                }
                bwd(kk) = x;
                if (!odd && kk >= -d && kk <= d && bwd(kk) <= fwd(kk)) {
                    return {xoff + x, yoff + y};
                }
            }
        }
        return {xoff, yoff}; // unreachable: the paths meet by d = ceil((n + m) / 2)
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    std::vector<bool> m_removed;
    std::vector<bool> m_added;
    std::vector<int> m_forward;
    std::vector<int> m_backward;
    int m_offset = 0;
};

QString hunkRange(int start, int count)
{
    return count == 1 ? QString::number(start) : QString::number(start) + u',' + QString::number(count);
}

} // namespace

QList<DiffLine> diffLines(const QStringList &before, const QStringList &after)
{
    QHash<QString, int> ids;
    auto encode = [&ids](const QStringList &lines) {
        std::vector<int> out;
        out.reserve(size_t(lines.size()));
        for (const QString &line : lines) {
            auto it = ids.constFind(line);
            if (it == ids.constEnd()) {
                it = ids.insert(line, int(ids.size()));
            }
            out.push_back(it.value());
        }
        return out;
    };
    const std::vector<int> a = encode(before);
    const std::vector<int> b = encode(after);
    Myers myers(a, b);
    myers.run();
    QList<DiffLine> out;
    out.reserve(std::max(before.size(), after.size()));
    size_t x = 0;
    size_t y = 0;
    while (x < a.size() || y < b.size()) {
        if (x < a.size() && myers.removed()[x]) {
            out.append({DiffLine::Kind::Removed, int(x) + 1, 0, before.at(qsizetype(x))});
            ++x;
        } else if (y < b.size() && myers.added()[y]) {
            out.append({DiffLine::Kind::Added, 0, int(y) + 1, after.at(qsizetype(y))});
            ++y;
        } else {
            out.append({DiffLine::Kind::Equal, int(x) + 1, int(y) + 1, before.at(qsizetype(x))});
            ++x;
            ++y;
        }
    }
    return out;
}

QStringList diffSplit(const QString &text)
{
    if (text.isEmpty()) {
        return {};
    }
    QStringList lines = text.split(u'\n');
    if (text.endsWith(u'\n')) {
        lines.removeLast();
    }
    for (QString &line : lines) {
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
    }
    return lines;
}

QList<DiffHunk> diffHunks(const QList<DiffLine> &diff, int context)
{
    QList<DiffHunk> hunks;
    qsizetype i = 0;
    const qsizetype n = diff.size();
    while (i < n) {
        while (i < n && diff.at(i).kind == DiffLine::Kind::Equal) {
            ++i;
        }
        if (i == n) {
            break;
        }
        qsizetype start = std::max<qsizetype>(0, i - context);
        qsizetype end = i; // one past the last line of the hunk
        while (end < n) {
            if (diff.at(end).kind != DiffLine::Kind::Equal) {
                ++end;
                continue;
            }
            qsizetype run = end;
            while (run < n && diff.at(run).kind == DiffLine::Kind::Equal) {
                ++run;
            }
            if (run < n && run - end <= 2 * context) {
                end = run; // the gap is small enough: one hunk
            } else {
                end = std::min(run, end + context);
                break;
            }
        }
        DiffHunk hunk;
        hunk.lines = diff.mid(start, end - start);
        int oldBefore = 0;
        int newBefore = 0;
        for (qsizetype j = 0; j < start; ++j) {
            oldBefore += diff.at(j).kind != DiffLine::Kind::Added;
            newBefore += diff.at(j).kind != DiffLine::Kind::Removed;
        }
        for (const DiffLine &line : std::as_const(hunk.lines)) {
            hunk.oldCount += line.kind != DiffLine::Kind::Added;
            hunk.newCount += line.kind != DiffLine::Kind::Removed;
        }
        hunk.oldStart = hunk.oldCount == 0 ? oldBefore : oldBefore + 1;
        hunk.newStart = hunk.newCount == 0 ? newBefore : newBefore + 1;
        hunks.append(hunk);
        i = end;
    }
    return hunks;
}

QString unifiedDiff(const QString &before, const QString &after, const QString &beforeName, const QString &afterName,
                    int context)
{
    const QStringList a = diffSplit(before);
    const QStringList b = diffSplit(after);
    // A missing final newline makes the last line differ, as it does for diff.
    QStringList ka = a;
    QStringList kb = b;
    const bool aOpen = !before.isEmpty() && !before.endsWith(u'\n');
    const bool bOpen = !after.isEmpty() && !after.endsWith(u'\n');
    if (aOpen) {
        ka.last() += QChar(0);
    }
    if (bOpen) {
        kb.last() += QChar(0);
    }
    const QList<DiffLine> diff = diffLines(ka, kb);
    const QList<DiffHunk> hunks = diffHunks(diff, context);
    if (hunks.isEmpty()) {
        return {};
    }
    QString out = u"--- "_s + beforeName + u"\n+++ "_s + afterName + u'\n';
    for (const DiffHunk &hunk : hunks) {
        out += u"@@ -"_s + hunkRange(hunk.oldStart, hunk.oldCount) + u" +"_s + hunkRange(hunk.newStart, hunk.newCount)
               + u" @@\n"_s;
        for (const DiffLine &line : hunk.lines) {
            const QChar sign
                = line.kind == DiffLine::Kind::Equal ? u' ' : (line.kind == DiffLine::Kind::Removed ? u'-' : u'+');
            QString text = line.text;
            const bool open = text.endsWith(QChar(0));
            if (open) {
                text.chop(1);
            }
            out += sign + text + u'\n';
            if (open) {
                out += "\\ No newline at end of file\n"_L1;
            }
        }
    }
    return out;
}

QList<SideBySideRow> sideBySide(const QList<DiffLine> &diff)
{
    QList<SideBySideRow> rows;
    qsizetype i = 0;
    while (i < diff.size()) {
        const DiffLine &line = diff.at(i);
        if (line.kind == DiffLine::Kind::Equal) {
            rows.append({SideBySideRow::Kind::Equal, line.oldLine, line.newLine, line.text, line.text});
            ++i;
            continue;
        }
        QList<DiffLine> removed;
        QList<DiffLine> added;
        while (i < diff.size() && diff.at(i).kind == DiffLine::Kind::Removed) {
            removed.append(diff.at(i++));
        }
        while (i < diff.size() && diff.at(i).kind == DiffLine::Kind::Added) {
            added.append(diff.at(i++));
        }
        const qsizetype paired = std::min(removed.size(), added.size());
        for (qsizetype j = 0; j < std::max(removed.size(), added.size()); ++j) {
            SideBySideRow row;
            if (j < paired) {
                row.kind = SideBySideRow::Kind::Changed;
            } else {
                row.kind = j < removed.size() ? SideBySideRow::Kind::Removed : SideBySideRow::Kind::Added;
            }
            if (j < removed.size()) {
                row.oldLine = removed.at(j).oldLine;
                row.oldText = removed.at(j).text;
            }
            if (j < added.size()) {
                row.newLine = added.at(j).newLine;
                row.newText = added.at(j).text;
            }
            rows.append(row);
        }
    }
    return rows;
}

} // namespace Ringside::Editor
