#include "tableprinter.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Ringside::Cli {

namespace {
constexpr int minWidth = 6;
constexpr int padding = 3;

int displayWidth(const QString &s)
{
    return int(s.toUcs4().size());
}
} // namespace

TablePrinter::TablePrinter(QTextStream &out, const Options &options)
    : m_out(out)
    , m_options(options)
{
}

QString TablePrinter::cellText(const QJsonValue &cell)
{
    switch (cell.type()) {
    case QJsonValue::String: {
        QString s = cell.toString();
        const qsizetype cut = s.indexOf(QRegularExpression(QStringLiteral("[\\f\\n\\r]")));
        if (cut >= 0) {
            s = s.left(cut) + QLatin1String("...");
        }
        return s;
    }
    case QJsonValue::Double: {
        const double d = cell.toDouble();
        if (d == std::floor(d) && std::abs(d) < 1e18) {
            return QString::number(qint64(d));
        }
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return cell.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

QString TablePrinter::formatLabels(const QJsonObject &labels)
{
    if (labels.isEmpty()) {
        return QStringLiteral("<none>");
    }
    QStringList parts;
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) { // QJsonObject iterates sorted by key
        parts.append(it.key() + u'=' + it.value().toString());
    }
    return parts.join(u',');
}

void TablePrinter::beginGroup(const QJsonObject &table, const QString &kindName)
{
    m_columns = table.value(QLatin1String("columnDefinitions")).toArray();
    m_visible.clear();
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_options.wide || m_columns.at(i).toObject().value(QLatin1String("priority")).toInt() == 0) {
            m_visible.append(int(i));
        }
    }
    m_kindName = kindName;
    if (!m_firstGroup && !m_options.noHeaders && m_writtenInGroup) {
        m_out << '\n';
    }
    m_firstGroup = false;
    m_writtenInGroup = false;
    m_maxWidths.clear();
}

void TablePrinter::print(const QJsonObject &table, bool headers)
{
    QList<QStringList> lines;
    if (headers && !m_options.noHeaders) {
        QStringList h;
        if (m_options.withNamespace) {
            h.append(QStringLiteral("NAMESPACE"));
        }
        for (const int i : std::as_const(m_visible)) {
            h.append(m_columns.at(i).toObject().value(QLatin1String("name")).toString().toUpper());
        }
        if (m_options.showLabels) {
            h.append(QStringLiteral("LABELS"));
        }
        lines.append(h);
    }
    int nameColumn = 0;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).toObject().value(QLatin1String("format")).toString() == QLatin1String("name")) {
            nameColumn = int(i);
            break;
        }
    }
    const QJsonArray rows = table.value(QLatin1String("rows")).toArray();
    for (const QJsonValue &rv : rows) {
        const QJsonObject row = rv.toObject();
        const QJsonArray cells = row.value(QLatin1String("cells")).toArray();
        const QJsonObject meta = row.value(QLatin1String("object")).toObject().value(QLatin1String("metadata")).toObject();
        QStringList line;
        if (m_options.withNamespace) {
            line.append(meta.value(QLatin1String("namespace")).toString());
        }
        for (const int i : std::as_const(m_visible)) {
            QString text = i < cells.size() ? cellText(cells.at(i)) : QString();
            if (i == nameColumn && m_options.withKind && !m_kindName.isEmpty()) {
                text = m_kindName + u'/' + text;
            }
            line.append(text);
        }
        if (m_options.showLabels) {
            line.append(formatLabels(meta.value(QLatin1String("labels")).toObject()));
        }
        lines.append(line);
    }
    flush(lines);
}

// Go's text/tabwriter on uniform lines (every table line has the same number of cells), with the
// RememberWidths behaviour of the tabwriter kubectl uses: a column never gets narrower after a flush.
void TablePrinter::flush(const QList<QStringList> &lines)
{
    if (lines.isEmpty()) {
        return;
    }
    const qsizetype columns = lines.constFirst().size() - 1; // the last cell is not in a column
    QList<int> widths(std::max<qsizetype>(columns, 0), minWidth);
    for (const QStringList &line : lines) {
        for (qsizetype j = 0; j < columns && j < line.size() - 1; ++j) {
            widths[j] = std::max(widths.at(j), displayWidth(line.at(j)) + padding);
        }
    }
    for (qsizetype j = 0; j < columns; ++j) {
        if (j >= m_maxWidths.size()) {
            m_maxWidths.append(widths.at(j));
        } else if (m_maxWidths.at(j) > widths.at(j)) {
            widths[j] = m_maxWidths.at(j);
        } else {
            m_maxWidths[j] = widths.at(j);
        }
    }
    for (const QStringList &line : lines) {
        for (qsizetype j = 0; j < line.size(); ++j) {
            m_out << line.at(j);
            if (j < line.size() - 1 && j < columns) {
                m_out << QString(std::max(0, widths.at(j) - displayWidth(line.at(j))), u' ');
            }
        }
        m_out << '\n';
    }
    m_out.flush();
    m_written = true;
    m_writtenInGroup = true;
}

} // namespace Ringside::Cli
