#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Ringside {

/*! Aligns tab-separated cells into columns exactly as Go's text/tabwriter does with kubectl's settings
    (minimum width 6, padding 3, space padding), so tables match kubectl's byte for byte. The last cell of each
    line is not part of a column and is never padded. \since 0.1 */
class TabWriter
{
public:
    explicit TabWriter(int minWidth = 6, int padding = 3)
        : m_minWidth(minWidth)
        , m_padding(padding)
    {
    }

    void addRow(const QStringList &cells) { m_lines.append(cells); }
    QString toString() const;

private:
    void format(QString *out, QList<int> &widths, qsizetype line0, qsizetype line1) const;
    void writeLines(QString *out, const QList<int> &widths, qsizetype line0, qsizetype line1) const;

    int m_minWidth;
    int m_padding;
    QList<QStringList> m_lines;
};

} // namespace Ringside
