#include "cassandra/nodetoolcommon.h"

#include "coretr.h"

#include <QJsonObject>

namespace Ringside::Cassandra {

QString ParseError::toString() const
{
    if (line > 0) {
        return CoreTr::tr("line %1: %2").arg(line).arg(message);
    }
    return message;
}

QJsonValue DataSize::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("bytes"), jsonCount(bytes));
    o.insert(QStringLiteral("text"), text);
    return o;
}

std::optional<qint64> parseByteSize(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    qsizetype i = 0;
    while (i < text.size() && (text[i].isDigit() || text[i] == u'.' || text[i] == u',')) {
        ++i;
    }
    if (i == 0) {
        return std::nullopt;
    }
    const std::optional<double> number = parseDecimal(text.first(i));
    if (!number || *number < 0 || !std::isfinite(*number)) {
        return std::nullopt;
    }
    const QStringView unit = text.sliced(i).trimmed();
    static constexpr struct
    {
        const char16_t *name;
        int power;
    } units[] = {
        {u"", 0},  {u"b", 0},   {u"byte", 0}, {u"bytes", 0}, {u"kib", 1}, {u"kb", 1},
        {u"k", 1}, {u"mib", 2}, {u"mb", 2},   {u"m", 2},     {u"gib", 3}, {u"gb", 3},
        {u"g", 3}, {u"tib", 4}, {u"tb", 4},   {u"t", 4},     {u"pib", 5}, {u"pb", 5},
    };
    for (const auto &u : units) {
        if (unit.compare(QStringView(u.name), Qt::CaseInsensitive) == 0) {
            const double bytes = *number * std::pow(1024.0, u.power);
            if (bytes > 9.0e18) {
                return std::nullopt;
            }
            return static_cast<qint64>(std::llround(bytes));
        }
    }
    return std::nullopt;
}

DataSize dataSize(QStringView text)
{
    DataSize d;
    d.text = text.trimmed().toString();
    d.bytes = parseByteSize(text).value_or(-1);
    return d;
}

std::optional<qint64> parseInteger(QStringView text)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok) {
        return std::nullopt;
    }
    return v;
}

std::optional<double> parseDecimal(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    if (text == u"NaN") {
        return notANumber;
    }
    if (text == u"Infinity" || text == u"+Infinity") {
        return std::numeric_limits<double>::infinity();
    }
    if (text == u"-Infinity") {
        return -std::numeric_limits<double>::infinity();
    }
    bool ok = false;
    double v = text.toDouble(&ok);
    if (!ok && text.contains(u',') && !text.contains(u'.')) {
        QString dotted = text.toString();
        dotted.replace(u',', u'.');
        v = dotted.toDouble(&ok);
    }
    if (!ok) {
        return std::nullopt;
    }
    return v;
}

std::optional<double> parsePercent(QStringView text)
{
    text = text.trimmed();
    if (text.endsWith(u'%')) {
        text.chop(1);
    }
    const std::optional<double> v = parseDecimal(text);
    if (!v || std::isnan(*v)) {
        return std::nullopt;
    }
    return v;
}

QJsonValue jsonNumber(double value)
{
    if (!std::isfinite(value)) {
        return QJsonValue(QJsonValue::Null);
    }
    return value;
}

QJsonValue jsonCount(qint64 value)
{
    if (value < 0) {
        return QJsonValue(QJsonValue::Null);
    }
    return value;
}

QJsonValue jsonOptional(const std::optional<double> &value)
{
    return value ? jsonNumber(*value) : QJsonValue(QJsonValue::Null);
}

QList<QStringView> splitLines(QStringView text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0) {
            end = text.size();
        }
        QStringView line = text.sliced(start, end - start);
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        lines.append(line);
        start = end + 1;
    }
    return lines;
}

bool isUuid(QStringView text)
{
    if (text.size() != 36) {
        return false;
    }
    for (qsizetype i = 0; i < 36; ++i) {
        const QChar c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-') {
                return false;
            }
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'))) {
            return false;
        }
    }
    return true;
}

QList<QStringView> splitFields(QStringView text)
{
    QList<QStringView> fields;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && (text[i] == u' ' || text[i] == u'\t')) {
            ++i;
        }
        const qsizetype start = i;
        while (i < n && text[i] != u' ' && text[i] != u'\t') {
            ++i;
        }
        if (i > start) {
            fields.append(text.sliced(start, i - start));
        }
    }
    return fields;
}

ParseError detectToolFailure(QStringView text, const QString &toolName)
{
    const QList<QStringView> lines = splitLines(text);
    bool anyText = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines[i].trimmed();
        if (line.isEmpty()) {
            continue;
        }
        anyText = true;
        const bool nodetoolSays = line.startsWith(u"nodetool: ") || line.startsWith(u"error: ");
        const bool exception = line.startsWith(u"Exception in thread") || line.startsWith(u"java.")
                               || line.startsWith(u"javax.") || line.startsWith(u"-- StackTrace --");
        const bool cqlshSays = line.startsWith(u"Connection error:") || line.contains(u"SyntaxException:")
                               || line.contains(u"InvalidRequest:") || line.contains(u"Unauthorized:");
        if (nodetoolSays || exception || cqlshSays) {
            ParseError e;
            e.line = int(i + 1);
            e.message = CoreTr::tr("%1 reported a failure: %2").arg(toolName, line.toString());
            return e;
        }
        // Only the start of the output can carry the tool's own failure; a report that begins normally is
        // left to its parser.
        break;
    }
    if (!anyText) {
        ParseError e;
        e.message = CoreTr::tr("%1 printed nothing").arg(toolName);
        return e;
    }
    return {};
}

ParseError unexpectedLine(int line, QStringView actual, const QString &expected)
{
    ParseError e;
    e.line = line;
    QString shown = actual.trimmed().toString();
    if (shown.size() > 80) {
        shown = shown.left(77) + QStringLiteral("...");
    }
    e.message = CoreTr::tr("expected %1, found \"%2\"").arg(expected, shown);
    return e;
}

} // namespace Ringside::Cassandra
