#include "yaml/yamljson.h"
#include "yaml/yamlnode_p.h"

#include "coretr.h"
#include "logging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <charconv>
#include <cmath>
#include <yaml-cpp/yaml.h>

namespace Ringside::Yaml {

QString Diagnostic::toString() const
{
    if (!mark.isValid()) {
        return message;
    }
    return CoreTr::tr("line %1, column %2: %3").arg(mark.line).arg(mark.column).arg(message);
}

namespace {

Mark markOf(const YAML::Mark &m)
{
    if (m.is_null()) {
        return {};
    }
    return {m.line + 1, m.column + 1};
}

Mark markOf(const YAML::Node &n)
{
    return Yaml::markOf(n);
}

bool parseInteger(QStringView s, qint64 *out)
{
    QString t = s.toString();
    t.remove(u'_');
    bool negative = false;
    if (t.startsWith(u'+') || t.startsWith(u'-')) {
        negative = t.startsWith(u'-');
        t.remove(0, 1);
    }
    if (t.isEmpty()) {
        return false;
    }
    int base = 10;
    if (t.startsWith(QLatin1String("0x"))) {
        base = 16;
        t.remove(0, 2);
    } else if (t.startsWith(QLatin1String("0b"))) {
        base = 2;
        t.remove(0, 2);
    } else if (t.startsWith(QLatin1String("0o"))) {
        base = 8;
        t.remove(0, 2);
    } else if (t.size() > 1 && t.startsWith(u'0')) {
        base = 8; // YAML 1.1 octal, as go-yaml v2 reads it
    }
    if (t.isEmpty()) {
        return false;
    }
    for (QChar c : std::as_const(t)) {
        const int digit = c.isDigit() ? c.digitValue() : (c.toLower() >= u'a' && c.toLower() <= u'f' ? c.toLower().unicode() - u'a' + 10 : 99);
        if (digit >= base) {
            return false;
        }
    }
    bool ok = false;
    const qint64 v = t.toLongLong(&ok, base);
    if (!ok) {
        return false;
    }
    *out = negative ? -v : v;
    return true;
}

class Reader
{
public:
    QList<Diagnostic> warnings;

    QJsonValue convert(const YAML::Node &node)
    {
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            return QJsonValue::Null;
        case YAML::NodeType::Scalar:
            return scalar(node);
        case YAML::NodeType::Sequence: {
            QJsonArray array;
            for (const YAML::Node &item : node) {
                array.append(convert(item));
            }
            return array;
        }
        case YAML::NodeType::Map: {
            QJsonObject object;
            for (const auto &entry : node) {
                const QString key = keyText(entry.first);
                if (object.contains(key)) {
                    warnings.append({CoreTr::tr("duplicate key \"%1\": the later value is used").arg(key), markOf(entry.first)});
                }
                object.insert(key, convert(entry.second));
            }
            return object;
        }
        }
        return QJsonValue::Null;
    }

private:
    static QString keyText(const YAML::Node &key)
    {
        if (key.IsScalar()) {
            return QString::fromStdString(key.Scalar());
        }
        if (key.IsNull()) {
            return QStringLiteral("null");
        }
        YAML::Emitter e;
        e << YAML::Flow << key;
        return QString::fromUtf8(e.c_str());
    }

    static QJsonValue scalar(const YAML::Node &node)
    {
        const QString text = QString::fromStdString(node.Scalar());
        const std::string &tag = node.Tag();
        if (tag == "!" || tag == "!!str" || tag == "tag:yaml.org,2002:str") {
            return text;
        }
        if (tag == "?" || tag.empty()) {
            return resolvePlainScalar(text);
        }
        // Other explicit tags: resolve as plain, so !!int "3" still reads as 3.
        return resolvePlainScalar(text);
    }
};

} // namespace

QJsonValue resolvePlainScalar(const QString &text)
{
    static const QStringList nulls{QString(), QStringLiteral("~"), QStringLiteral("null"), QStringLiteral("Null"), QStringLiteral("NULL")};
    static const QStringList trues{QStringLiteral("y"), QStringLiteral("Y"), QStringLiteral("yes"), QStringLiteral("Yes"), QStringLiteral("YES"),
                                   QStringLiteral("on"), QStringLiteral("On"), QStringLiteral("ON"), QStringLiteral("true"), QStringLiteral("True"),
                                   QStringLiteral("TRUE")};
    static const QStringList falses{QStringLiteral("n"), QStringLiteral("N"), QStringLiteral("no"), QStringLiteral("No"), QStringLiteral("NO"),
                                    QStringLiteral("off"), QStringLiteral("Off"), QStringLiteral("OFF"), QStringLiteral("false"), QStringLiteral("False"),
                                    QStringLiteral("FALSE")};
    if (nulls.contains(text)) {
        return QJsonValue::Null;
    }
    if (trues.contains(text)) {
        return true;
    }
    if (falses.contains(text)) {
        return false;
    }
    const QChar first = text.front();
    if (!(first.isDigit() || first == u'-' || first == u'+' || first == u'.')) {
        return text;
    }
    static const QRegularExpression intRe(QStringLiteral("^[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*)$"));
    if (intRe.match(text).hasMatch()) {
        qint64 v = 0;
        if (parseInteger(text, &v)) {
            return double(v) == std::floor(double(v)) && std::abs(double(v)) < 9007199254740992.0 ? QJsonValue(v) : QJsonValue(double(v));
        }
        return text;
    }
    static const QRegularExpression floatRe(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?$"));
    if (floatRe.match(text).hasMatch()) {
        QString t = text;
        t.remove(u'_');
        bool ok = false;
        const double d = t.toDouble(&ok);
        if (ok) {
            return d;
        }
    }
    // .inf and .nan have no JSON form: Kubernetes rejects them, so they stay text here.
    return text;
}

ParseResult parse(const QByteArray &text)
{
    ParseResult result;
    Reader reader;
    try {
        const std::vector<YAML::Node> docs = YAML::LoadAll(std::string(text.constData(), size_t(text.size())));
        for (const YAML::Node &doc : docs) {
            result.documents.append(reader.convert(doc));
        }
    } catch (const YAML::Exception &e) {
        result.error = Diagnostic{QString::fromStdString(e.msg), markOf(e.mark)};
        qCDebug(lcYaml) << "YAML error" << result.error->toString();
    }
    result.warnings = reader.warnings;
    return result;
}

QJsonValue nodeToJson(const YAML::Node &node, QList<Diagnostic> *warnings)
{
    Reader reader;
    const QJsonValue v = reader.convert(node);
    if (warnings) {
        warnings->append(reader.warnings);
    }
    return v;
}

// ---------------------------------------------------------------------------------------------------------------
// Emitting, in go-yaml v2's style (what kubectl prints)
// ---------------------------------------------------------------------------------------------------------------
namespace {

/*! go-yaml's is_printable: tabs and other C0 controls are not (a string with one is double-quoted). */
bool isPrintable(QStringView s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || u == 0x7f || u == 0xfeff || (u >= 0x80 && u < 0xa0 && u != 0x85) || u == 0xfffe
            || u == 0xffff) {
            return false;
        }
    }
    return true;
}

bool plainAllowed(const QString &s)
{
    if (s.isEmpty() || s.front().isSpace() || s.back().isSpace()) {
        return false;
    }
    if (s.startsWith(QLatin1String("---")) || s.startsWith(QLatin1String("..."))) {
        return false;
    }
    static const QString leadingIndicators = QStringLiteral("#,[]{}&*!|>'\"%@`");
    const QChar first = s.front();
    if (leadingIndicators.contains(first)) {
        return false;
    }
    if ((first == u'-' || first == u'?' || first == u':') && (s.size() == 1 || s.at(1).isSpace())) {
        return false;
    }
    if (s.contains(QLatin1String(": ")) || s.contains(QLatin1String(" #")) || s.endsWith(u':') || s.contains(u'\t')) {
        return false;
    }
    return true;
}

/*! go-yaml v2 (kubectl) reads these plain strings as timestamps, so it writes them double-quoted: the formats of
    its parseTimestamp ("2006-1-2T15:4:5.999999999Z07:00", the same with "t", "2006-1-2 15:4:5.999999999",
    "2006-1-2") with Go's range checks. */
bool readsAsTimestamp(const QString &s)
{
    if (s.size() < 8 || s.size() > 64 || !s.front().isDigit()) {
        return false;
    }
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})-(\\d{1,2})-(\\d{1,2})"
        "(?:[Tt](\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:[.,]\\d+)?(?:Z|[+-](\\d{2}):(\\d{2}))"
        "|[ ](\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:[.,]\\d+)?)?$"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch()) {
        return false;
    }
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    const int day = m.captured(3).toInt();
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) {
        return false;
    }
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > days[month - 1] + (month == 2 && leap ? 1 : 0)) {
        return false;
    }
    const auto timeOk = [&m](int first) {
        if (!m.hasCaptured(first)) {
            return true;
        }
        return m.captured(first).toInt() < 24 && m.captured(first + 1).toInt() < 60 && m.captured(first + 2).toInt() < 60;
    };
    if (!timeOk(4) || !timeOk(9)) {
        return false;
    }
    // Go checks the zone's hours and minutes too.
    return !m.hasCaptured(7) || (m.captured(7).toInt() < 24 && m.captured(8).toInt() < 60);
}

/*! go-yaml v2 quotes what YAML 1.1 reads as a sexagesimal float ("1:20", "190:20:30.15"). */
bool readsAsBase60Float(const QString &s)
{
    if (!s.contains(u':')) {
        return false;
    }
    static const QRegularExpression re(QStringLiteral("^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?$"));
    return re.match(s).hasMatch();
}

enum class Style { Plain, SingleQuoted, DoubleQuoted };

Style styleOf(const QString &s)
{
    if (!isPrintable(s) || s.contains(u'\n') || s.contains(QChar(0x85)) || s.contains(QChar(0x2028))
        || s.contains(QChar(0x2029))) {
        return Style::DoubleQuoted;
    }
    // A string that would read back as another type is double-quoted, as go-yaml does.
    if (s.isEmpty() || !resolvePlainScalar(s).isString() || readsAsTimestamp(s) || readsAsBase60Float(s)) {
        return Style::DoubleQuoted;
    }
    return plainAllowed(s) ? Style::Plain : Style::SingleQuoted;
}

/*! go-yaml's escapes inside double quotes. */
QString escaped(QChar c)
{
    switch (c.unicode()) {
    case u'"': return QStringLiteral("\\\"");
    case u'\\': return QStringLiteral("\\\\");
    case 0x00: return QStringLiteral("\\0");
    case 0x07: return QStringLiteral("\\a");
    case 0x08: return QStringLiteral("\\b");
    case u'\t': return QStringLiteral("\\t");
    case u'\n': return QStringLiteral("\\n");
    case 0x0b: return QStringLiteral("\\v");
    case 0x0c: return QStringLiteral("\\f");
    case u'\r': return QStringLiteral("\\r");
    case 0x1b: return QStringLiteral("\\e");
    case 0x85: return QStringLiteral("\\N");
    case 0xa0: return QStringLiteral("\\_");
    case 0x2028: return QStringLiteral("\\L");
    case 0x2029: return QStringLiteral("\\P");
    default: break;
    }
    const char16_t u = c.unicode();
    if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0)) {
        return QStringLiteral("\\x") + QString::number(uint(u), 16).rightJustified(2, u'0').toUpper();
    }
    if (u == 0xfeff || u == 0xfffe || u == 0xffff) {
        return QStringLiteral("\\u") + QString::number(uint(u), 16).toUpper();
    }
    return QString(c);
}

/*! go-yaml v2's best_width: a flow scalar breaks at a space once its line is longer than this. */
constexpr int BestWidth = 80;

/*! \a s as a flow scalar (plain, 'single' or "double" quoted) written at \a column. When \a indent >= 0 (a value,
    not a key), long lines fold at single spaces past column 80, continuing at \a indent, as go-yaml v2's emitter
    (yaml_emitter_write_plain_scalar and its quoted siblings) does. */
QString flowScalar(const QString &s, int column, int indent)
{
    const Style style = styleOf(s);
    const bool allowBreaks = indent >= 0;
    QString out;
    int col = column;
    const auto put = [&out, &col](const QString &t) {
        out += t;
        col += int(t.size());
    };
    if (style == Style::SingleQuoted) {
        put(QStringLiteral("'"));
    } else if (style == Style::DoubleQuoted) {
        put(QStringLiteral("\""));
    }
    bool spaces = false;
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s.at(i);
        if (c == u' ') {
            const bool nextSpace = i + 1 < n && s.at(i + 1) == u' ';
            bool fold = allowBreaks && !spaces && col > BestWidth;
            if (style == Style::Plain) {
                fold = fold && !nextSpace;
            } else if (style == Style::SingleQuoted) {
                fold = fold && i > 0 && i < n - 1 && !nextSpace;
            } else {
                fold = fold && i > 0 && i < n - 1;
            }
            if (fold) {
                out += u'\n' + QString(indent, u' ');
                col = indent;
                if (style == Style::DoubleQuoted && nextSpace) {
                    put(QStringLiteral("\\"));
                }
            } else {
                put(QStringLiteral(" "));
            }
            spaces = true;
            continue;
        }
        if (style == Style::DoubleQuoted) {
            put(escaped(c));
        } else if (style == Style::SingleQuoted && c == u'\'') {
            put(QStringLiteral("''"));
        } else {
            put(QString(c));
        }
        spaces = false;
    }
    if (style == Style::SingleQuoted) {
        out += u'\'';
    } else if (style == Style::DoubleQuoted) {
        out += u'"';
    }
    return out;
}

/*! A mapping key: never folded. */
QString scalarText(const QString &s)
{
    return flowScalar(s, 0, -1);
}

QString numberText(double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e15) {
        return QString::number(qint64(d));
    }
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, d);
    return QString::fromLatin1(buf, res.ptr - buf);
}

class Writer
{
public:
    QString out;

    void value(const QJsonValue &v, int indent)
    {
        // Called after "key:" or "- ": writes the value and the line break(s).
        if (v.isObject() && !v.toObject().isEmpty()) {
            out += u'\n';
            object(v.toObject(), indent, false);
        } else if (v.isArray() && !v.toArray().isEmpty()) {
            out += u'\n';
            array(v.toArray(), indent, false);
        } else {
            out += u' ';
            inlineScalar(v, indent);
        }
    }

    void object(const QJsonObject &o, int indent, bool firstOnLine)
    {
        bool first = true;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!(first && firstOnLine)) {
                out += QString(indent, u' ');
            }
            first = false;
            out += scalarText(it.key()) + u':';
            const QJsonValue child = it.value();
            if (child.isArray() && !child.toArray().isEmpty()) {
                out += u'\n';
                array(child.toArray(), indent, false); // sequences are not indented under their key
            } else {
                value(child, indent + 2);
            }
        }
    }

    void array(const QJsonArray &a, int indent, bool firstOnLine)
    {
        bool first = true;
        for (const QJsonValue &item : a) {
            if (!(first && firstOnLine)) {
                out += QString(indent, u' ');
            }
            first = false;
            out += QLatin1String("- ");
            if (item.isObject() && !item.toObject().isEmpty()) {
                object(item.toObject(), indent + 2, true);
            } else if (item.isArray() && !item.toArray().isEmpty()) {
                array(item.toArray(), indent + 2, true);
            } else {
                out.chop(1);
                value(item, indent + 2);
            }
        }
    }

    void inlineScalar(const QJsonValue &v, int indent)
    {
        switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined: out += QLatin1String("null\n"); return;
        case QJsonValue::Bool: out += v.toBool() ? QLatin1String("true\n") : QLatin1String("false\n"); return;
        case QJsonValue::Double: out += numberText(v.toDouble()) + u'\n'; return;
        case QJsonValue::Object: out += QLatin1String("{}\n"); return;
        case QJsonValue::Array: out += QLatin1String("[]\n"); return;
        case QJsonValue::String: break;
        }
        const QString s = v.toString();
        // go-yaml writes strings with line breaks as literal blocks, unless a space ends a line or the string, or a
        // character cannot appear in a block: then double-quoted.
        if (s.contains(u'\n') && isPrintable(s) && !s.contains(QLatin1String(" \n")) && !s.endsWith(u' ')) {
            literal(s, indent);
        } else {
            const int column = int(out.size() - out.lastIndexOf(u'\n') - 1);
            out += flowScalar(s, column, indent) + u'\n';
        }
    }

    void literal(const QString &s, int indent)
    {
        QString chomp = QStringLiteral("-");
        QString body = s;
        if (body.endsWith(QLatin1String("\n\n"))) {
            chomp = QStringLiteral("+");
        } else if (body.endsWith(u'\n')) {
            chomp.clear();
        }
        out += u'|';
        if (!body.isEmpty() && (body.front() == u' ' || body.front() == u'\n')) {
            out += QString::number(2);
        }
        out += chomp + u'\n';
        if (body.endsWith(u'\n')) {
            body.chop(1);
        }
        const QStringList lines = body.split(u'\n');
        for (const QString &line : lines) {
            if (!line.isEmpty()) {
                out += QString(indent, u' ') + line;
            }
            out += u'\n';
        }
    }
};

} // namespace

QByteArray emit(const QJsonValue &value)
{
    Writer w;
    if (value.isObject() && !value.toObject().isEmpty()) {
        w.object(value.toObject(), 0, false);
    } else if (value.isArray() && !value.toArray().isEmpty()) {
        w.array(value.toArray(), 0, false);
    } else {
        w.inlineScalar(value, 0);
    }
    return w.out.toUtf8();
}

QByteArray emitAll(const QList<QJsonValue> &documents)
{
    QByteArray out;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (i > 0) {
            out += "---\n";
        }
        out += emit(documents.at(i));
    }
    return out;
}

} // namespace Ringside::Yaml
