#include "util/tabwriter.h"

namespace Ringside {

namespace {
int runeWidth(const QString &s)
{
    return int(s.toUcs4().size());
}
} // namespace

void TabWriter::writeLines(QString *out, const QList<int> &widths, qsizetype line0, qsizetype line1) const
{
    for (qsizetype i = line0; i < line1; ++i) {
        const QStringList &line = m_lines.at(i);
        for (qsizetype j = 0; j < line.size(); ++j) {
            const QString &cell = line.at(j);
            *out += cell;
            if (j < widths.size() && j < line.size() - 1) {
                *out += QString(std::max(0, widths.at(j) - runeWidth(cell)), u' ');
            }
        }
        *out += u'\n';
    }
}

// Go's text/tabwriter Writer.format: columns are aligned per block of consecutive lines that have the column.
void TabWriter::format(QString *out, QList<int> &widths, qsizetype line0, qsizetype line1) const
{
    const qsizetype column = widths.size();
    for (qsizetype current = line0; current < line1; ++current) {
        if (column >= m_lines.at(current).size() - 1) {
            continue;
        }
        writeLines(out, widths, line0, current);
        line0 = current;
        int width = m_minWidth;
        for (; current < line1; ++current) {
            const QStringList &line = m_lines.at(current);
            if (column >= line.size() - 1) {
                break;
            }
            width = std::max(width, runeWidth(line.at(column)) + m_padding);
        }
        widths.append(width);
        format(out, widths, line0, current);
        widths.removeLast();
        line0 = current; // the line that ended the block has no cell in this column: the loop's ++ skips it
    }
    writeLines(out, widths, line0, line1);
}

QString TabWriter::toString() const
{
    QString out;
    QList<int> widths;
    format(&out, widths, 0, m_lines.size());
    return out;
}

} // namespace Ringside
