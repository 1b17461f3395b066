#include "util/jsonpath.h"

#include "coretr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <functional>
#include <optional>

namespace Ringside {

namespace {

struct Step
{
    enum Kind { Field, Wildcard, Recursive, Index, Filter };
    Kind kind = Field;
    QStringList names;        // Field (a union when several), Recursive (empty = all)
    struct Slice
    {
        std::optional<qint64> start, end;
        qint64 step = 1;
        bool isSlice = false;
    };
    QList<Slice> indexes;     // Index
    // Filter: left path OP right (path or literal); op empty = existence
    QList<Step> left;
    QString op;
    QList<Step> rightPath;
    QJsonValue rightLiteral;
    bool rightIsPath = false;
};

using Path = QList<Step>;

class ExprParser
{
public:
    explicit ExprParser(QStringView text)
        : m_s(text)
    {
    }

    std::optional<Path> path(QString *error)
    {
        Path steps;
        skipSpace();
        if (peek() == u'$' || peek() == u'@') {
            ++m_i;
        }
        while (m_i < m_s.size()) {
            const QChar c = peek();
            if (c == u'.') {
                ++m_i;
                if (peek() == u'.') {
                    ++m_i;
                    Step s;
                    s.kind = Step::Recursive;
                    if (peek() == u'*') {
                        ++m_i;
                    } else {
                        const QString n = name();
                        if (!n.isEmpty()) {
                            s.names = {n};
                        }
                    }
                    steps.append(s);
                    continue;
                }
                if (peek() == u'*') {
                    ++m_i;
                    steps.append(Step{Step::Wildcard});
                    continue;
                }
                const QString n = name();
                if (n.isEmpty()) {
                    if (m_i >= m_s.size() || peek().isSpace() || peek() == u'[') {
                        continue; // a lone "." is the current object
                    }
                    *error = CoreTr::tr("unrecognized character in action: %1").arg(peek());
                    return std::nullopt;
                }
                Step s;
                s.names = {n};
                steps.append(s);
            } else if (c == u'[') {
                ++m_i;
                std::optional<Step> s = bracket(error);
                if (!s) {
                    return std::nullopt;
                }
                steps.append(*s);
            } else if (c.isSpace() || c == u')' || c == u'=' || c == u'!' || c == u'<' || c == u'>') {
                break;
            } else {
                *error = CoreTr::tr("unrecognized character in action: %1").arg(c);
                return std::nullopt;
            }
        }
        return steps;
    }

    qsizetype position() const { return m_i; }
    QChar peek() const { return m_i < m_s.size() ? m_s.at(m_i) : QChar(); }
    void skipSpace()
    {
        while (m_i < m_s.size() && m_s.at(m_i).isSpace()) {
            ++m_i;
        }
    }

    std::optional<QString> quoted(QString *error)
    {
        const QChar q = peek();
        ++m_i;
        QString out;
        while (m_i < m_s.size() && m_s.at(m_i) != q) {
            QChar c = m_s.at(m_i++);
            if (c == u'\\' && m_i < m_s.size()) {
                const QChar e = m_s.at(m_i++);
                c = e == u'n' ? QChar(u'\n') : e == u't' ? QChar(u'\t') : e == u'r' ? QChar(u'\r') : e;
            }
            out += c;
        }
        if (m_i >= m_s.size()) {
            *error = CoreTr::tr("unterminated quoted string");
            return std::nullopt;
        }
        ++m_i;
        return out;
    }

private:
    QString name()
    {
        QString out;
        while (m_i < m_s.size()) {
            const QChar c = m_s.at(m_i);
            if (c == u'\\' && m_i + 1 < m_s.size()) {
                out += m_s.at(m_i + 1); // kubectl: escaped dots in keys like app\.kubernetes\.io/name
                m_i += 2;
                continue;
            }
            if (c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'/' || c == u'$') {
                out += c;
                ++m_i;
                continue;
            }
            break;
        }
        return out;
    }

    std::optional<Step> bracket(QString *error)
    {
        const qsizetype close = m_s.indexOf(u']', m_i);
        skipSpace();
        Step s;
        if (peek() == u'*') {
            ++m_i;
            skipSpace();
            if (peek() != u']') {
                *error = CoreTr::tr("expected ] after *");
                return std::nullopt;
            }
            ++m_i;
            s.kind = Step::Wildcard;
            return s;
        }
        if (peek() == u'?') {
            ++m_i;
            return filter(error);
        }
        if (peek() == u'\'' || peek() == u'"') {
            s.kind = Step::Field;
            while (true) {
                skipSpace();
                const auto q = quoted(error);
                if (!q) {
                    return std::nullopt;
                }
                s.names.append(*q);
                skipSpace();
                if (peek() == u',') {
                    ++m_i;
                    continue;
                }
                if (peek() == u']') {
                    ++m_i;
                    return s;
                }
                *error = CoreTr::tr("expected , or ] in a field list");
                return std::nullopt;
            }
        }
        if (close < 0) {
            *error = CoreTr::tr("unterminated array");
            return std::nullopt;
        }
        s.kind = Step::Index;
        const QString body = m_s.mid(m_i, close - m_i).toString();
        m_i = close + 1;
        const QStringList parts = body.split(u',');
        for (const QString &part : parts) {
            Step::Slice slice;
            const QStringList bounds = part.split(u':');
            if (bounds.size() > 3) {
                *error = CoreTr::tr("invalid array index %1").arg(part);
                return std::nullopt;
            }
            slice.isSlice = bounds.size() > 1;
            for (qsizetype b = 0; b < bounds.size(); ++b) {
                const QString t = bounds.at(b).trimmed();
                if (t.isEmpty()) {
                    continue;
                }
                bool ok = false;
                const qint64 v = t.toLongLong(&ok);
                if (!ok) {
                    *error = CoreTr::tr("invalid array index %1").arg(part);
                    return std::nullopt;
                }
                if (b == 0) {
                    slice.start = v;
                } else if (b == 1) {
                    slice.end = v;
                } else {
                    slice.step = v;
                }
            }
            if (!slice.isSlice && !slice.start) {
                *error = CoreTr::tr("invalid array index %1").arg(part);
                return std::nullopt;
            }
            s.indexes.append(slice);
        }
        return s;
    }

    std::optional<Step> filter(QString *error)
    {
        Step s;
        s.kind = Step::Filter;
        skipSpace();
        if (peek() != u'(') {
            *error = CoreTr::tr("expected ( after ?");
            return std::nullopt;
        }
        ++m_i;
        skipSpace();
        auto left = path(error);
        if (!left) {
            return std::nullopt;
        }
        s.left = *left;
        skipSpace();
        for (const char *op : {"==", "!=", "<=", ">=", "<", ">"}) {
            const QLatin1String o(op);
            if (m_s.mid(m_i).startsWith(o)) {
                s.op = o;
                m_i += o.size();
                break;
            }
        }
        if (!s.op.isEmpty()) {
            skipSpace();
            if (peek() == u'\'' || peek() == u'"') {
                const auto q = quoted(error);
                if (!q) {
                    return std::nullopt;
                }
                s.rightLiteral = *q;
            } else if (peek() == u'@' || peek() == u'$') {
                auto right = path(error);
                if (!right) {
                    return std::nullopt;
                }
                s.rightPath = *right;
                s.rightIsPath = true;
            } else {
                QString num;
                while (m_i < m_s.size() && (m_s.at(m_i).isDigit() || m_s.at(m_i) == u'.' || m_s.at(m_i) == u'-' || m_s.at(m_i) == u'e')) {
                    num += m_s.at(m_i++);
                }
                bool ok = false;
                const double d = num.toDouble(&ok);
                if (!ok) {
                    *error = CoreTr::tr("invalid filter value at %1").arg(m_s.mid(m_i).toString());
                    return std::nullopt;
                }
                s.rightLiteral = d;
            }
        }
        skipSpace();
        if (peek() != u')') {
            *error = CoreTr::tr("expected ) to close the filter");
            return std::nullopt;
        }
        ++m_i;
        skipSpace();
        if (peek() != u']') {
            *error = CoreTr::tr("expected ] after the filter");
            return std::nullopt;
        }
        ++m_i;
        return s;
    }

    QStringView m_s;
    qsizetype m_i = 0;
};

} // namespace

struct JsonPathTemplate::Node
{
    enum Kind { Text, Expression, Range, End };
    Kind kind = Text;
    QString text;
    Path path;
};

JsonPathTemplate::JsonPathTemplate() = default;
JsonPathTemplate::~JsonPathTemplate() = default;
JsonPathTemplate::JsonPathTemplate(JsonPathTemplate &&) noexcept = default;
JsonPathTemplate &JsonPathTemplate::operator=(JsonPathTemplate &&) noexcept = default;

bool JsonPathTemplate::parse(const QString &text)
{
    m_nodes.clear();
    m_error.clear();
    qsizetype i = 0;
    int depth = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'{', i);
        if (open < 0) {
            m_nodes.push_back(std::make_unique<Node>(Node{Node::Text, text.mid(i), {}}));
            break;
        }
        if (open > i) {
            m_nodes.push_back(std::make_unique<Node>(Node{Node::Text, text.mid(i, open - i), {}}));
        }
        // Find the matching close brace, skipping quoted strings.
        qsizetype close = open + 1;
        QChar quote;
        for (; close < text.size(); ++close) {
            const QChar c = text.at(close);
            if (!quote.isNull()) {
                if (c == u'\\') {
                    ++close;
                } else if (c == quote) {
                    quote = QChar();
                }
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'}') {
                break;
            }
        }
        if (close >= text.size()) {
            m_error = CoreTr::tr("unclosed action");
            return false;
        }
        const QString action = text.mid(open + 1, close - open - 1).trimmed();
        i = close + 1;
        if (action.startsWith(u'"') || action.startsWith(u'\'')) {
            ExprParser p(action);
            const auto lit = p.quoted(&m_error);
            if (!lit) {
                return false;
            }
            m_nodes.push_back(std::make_unique<Node>(Node{Node::Text, *lit, {}}));
            continue;
        }
        if (action == QLatin1String("end")) {
            if (depth == 0) {
                m_error = CoreTr::tr("not in range, nothing to end");
                return false;
            }
            --depth;
            m_nodes.push_back(std::make_unique<Node>(Node{Node::End, {}, {}}));
            continue;
        }
        Node::Kind kind = Node::Expression;
        QString expr = action;
        if (action.startsWith(QLatin1String("range ")) || action == QLatin1String("range")) {
            kind = Node::Range;
            expr = action.mid(5).trimmed();
            ++depth;
        }
        ExprParser p(expr);
        auto path = p.path(&m_error);
        if (!path) {
            return false;
        }
        p.skipSpace();
        if (p.position() < expr.size()) {
            m_error = CoreTr::tr("unrecognized character in action: %1").arg(expr.mid(p.position(), 1));
            return false;
        }
        m_nodes.push_back(std::make_unique<Node>(Node{kind, {}, *path}));
    }
    if (depth != 0) {
        m_error = CoreTr::tr("unclosed range (missing {end})");
        return false;
    }
    return true;
}

namespace {

struct Evaluator
{
    bool allowMissing = true;
    QString error;

    bool apply(const Path &path, const QList<QJsonValue> &input, QList<QJsonValue> *out)
    {
        QList<QJsonValue> cur = input;
        for (const Step &step : path) {
            QList<QJsonValue> next;
            for (const QJsonValue &v : std::as_const(cur)) {
                if (!applyStep(step, v, &next)) {
                    return false;
                }
            }
            cur = next;
        }
        *out = cur;
        return true;
    }

    static void descendants(const QJsonValue &v, QList<QJsonValue> *out)
    {
        out->append(v);
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                descendants(it.value(), out);
            }
        } else if (v.isArray()) {
            for (const QJsonValue &e : v.toArray()) {
                descendants(e, out);
            }
        }
    }

    bool applyStep(const Step &step, const QJsonValue &v, QList<QJsonValue> *next)
    {
        switch (step.kind) {
        case Step::Field:
            for (const QString &name : step.names) {
                const QJsonObject o = v.toObject();
                if (v.isObject() && o.contains(name)) {
                    next->append(o.value(name));
                } else if (!allowMissing) {
                    error = CoreTr::tr("%1 is not found").arg(name);
                    return false;
                }
            }
            return true;
        case Step::Wildcard:
            if (v.isObject()) {
                const QJsonObject o = v.toObject();
                for (auto it = o.begin(); it != o.end(); ++it) {
                    next->append(it.value());
                }
            } else if (v.isArray()) {
                for (const QJsonValue &e : v.toArray()) {
                    next->append(e);
                }
            }
            return true;
        case Step::Recursive: {
            QList<QJsonValue> all;
            descendants(v, &all);
            for (const QJsonValue &d : std::as_const(all)) {
                if (step.names.isEmpty()) {
                    next->append(d);
                } else if (d.isObject() && d.toObject().contains(step.names.first())) {
                    next->append(d.toObject().value(step.names.first()));
                }
            }
            return true;
        }
        case Step::Index: {
            if (!v.isArray()) {
                if (!allowMissing) {
                    error = CoreTr::tr("not an array");
                    return false;
                }
                return true;
            }
            const QJsonArray a = v.toArray();
            const qint64 n = a.size();
            for (const Step::Slice &s : step.indexes) {
                if (!s.isSlice) {
                    qint64 i = *s.start < 0 ? *s.start + n : *s.start;
                    if (i < 0 || i >= n) {
                        error = CoreTr::tr("array index out of bounds: index %1, length %2").arg(*s.start).arg(n);
                        return false;
                    }
                    next->append(a.at(i));
                    continue;
                }
                qint64 start = s.start.value_or(0);
                qint64 end = s.end.value_or(n);
                start = start < 0 ? std::max<qint64>(0, start + n) : std::min(start, n);
                end = end < 0 ? std::max<qint64>(0, end + n) : std::min(end, n);
                for (qint64 i = start; i < end && s.step > 0; i += s.step) {
                    next->append(a.at(i));
                }
            }
            return true;
        }
        case Step::Filter: {
            if (!v.isArray()) {
                return true;
            }
            for (const QJsonValue &e : v.toArray()) {
                Evaluator sub{true, {}};
                QList<QJsonValue> left;
                sub.apply(step.left, {e}, &left);
                if (step.op.isEmpty()) {
                    if (!left.isEmpty()) {
                        next->append(e);
                    }
                    continue;
                }
                QList<QJsonValue> right{step.rightLiteral};
                if (step.rightIsPath) {
                    sub.apply(step.rightPath, {e}, &right);
                }
                if (!left.isEmpty() && !right.isEmpty() && compare(left.first(), step.op, right.first())) {
                    next->append(e);
                }
            }
            return true;
        }
        }
        return true;
    }

    static bool compare(const QJsonValue &a, const QString &op, const QJsonValue &b)
    {
        int c = 0;
        if (a.isDouble() && b.isDouble()) {
            c = a.toDouble() < b.toDouble() ? -1 : a.toDouble() > b.toDouble() ? 1 : 0;
        } else if (a.isString() && b.isString()) {
            c = QString::compare(a.toString(), b.toString());
        } else if (a.isBool() && b.isBool()) {
            c = a.toBool() == b.toBool() ? 0 : 1;
        } else {
            return op == QLatin1String("!=");
        }
        if (op == QLatin1String("==")) {
            return c == 0;
        }
        if (op == QLatin1String("!=")) {
            return c != 0;
        }
        if (op == QLatin1String("<")) {
            return c < 0;
        }
        if (op == QLatin1String(">")) {
            return c > 0;
        }
        if (op == QLatin1String("<=")) {
            return c <= 0;
        }
        return c >= 0;
    }
};

QString goJson(const QJsonValue &v)
{
    QByteArray json = v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact) : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    // Go's encoding/json escapes these for HTML safety; kubectl prints them so.
    json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    return QString::fromUtf8(json);
}

QString toText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::abs(d) < 1e15) {
            return QString::number(qint64(d));
        }
        return QString::number(d, 'g', 17).remove(QLatin1Char('+'));
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QStringLiteral("<nil>");
    case QJsonValue::Object:
    case QJsonValue::Array: return goJson(v);
    }
    return {};
}

} // namespace

bool JsonPathTemplate::execute(const QJsonValue &data, QString *out, bool allowMissingKeys)
{
    m_error.clear();
    Evaluator ev{allowMissingKeys, {}};
    // Walks nodes [from, to) with the current value; ranges recurse over their bodies.
    std::function<bool(size_t, size_t, const QJsonValue &)> run = [&](size_t from, size_t to, const QJsonValue &current) -> bool {
        for (size_t i = from; i < to; ++i) {
            const Node &node = *m_nodes.at(i);
            if (node.kind == Node::Text) {
                *out += node.text;
                continue;
            }
            QList<QJsonValue> results;
            if (!ev.apply(node.path, {current}, &results)) {
                m_error = ev.error;
                return false;
            }
            if (node.kind == Node::Expression) {
                QStringList parts;
                for (const QJsonValue &r : std::as_const(results)) {
                    parts.append(toText(r));
                }
                *out += parts.join(u' ');
                continue;
            }
            // Range: find the matching end.
            size_t end = i + 1;
            for (int depth = 1; end < to; ++end) {
                depth += m_nodes.at(end)->kind == Node::Range ? 1 : m_nodes.at(end)->kind == Node::End ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            // As client-go: one iteration per result of the range expression (`.items[*]` gives the elements).
            const QList<QJsonValue> &items = results;
            for (const QJsonValue &item : std::as_const(items)) {
                if (!run(i + 1, end, item)) {
                    return false;
                }
            }
            i = end;
        }
        return true;
    };
    return run(0, m_nodes.size(), data);
}

} // namespace Ringside
