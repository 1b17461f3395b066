#include "selectors.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Ringside::Sandbox {

namespace {

// Label keys: an optional DNS subdomain prefix and a name of at most 63 characters.
bool validLabelKey(const QString &key, QString *why)
{
    static const QRegularExpression name(QStringLiteral("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$"));
    static const QRegularExpression prefix(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    const qsizetype slash = key.indexOf(u'/');
    const QString n = slash >= 0 ? key.mid(slash + 1) : key;
    if (slash >= 0 && (key.left(slash).size() > 253 || !prefix.match(key.left(slash)).hasMatch())) {
        *why = QStringLiteral("prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
                              "characters, '-' or '.', and must start and end with an alphanumeric character");
        return false;
    }
    if (n.isEmpty() || n.size() > 63 || !name.match(n).hasMatch()) {
        *why = QStringLiteral("name part must consist of alphanumeric characters, '-', '_' or '.', and must start "
                              "and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or "
                              "'123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')");
        return false;
    }
    return true;
}

bool validLabelValue(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"));
    return value.size() <= 63 && re.match(value).hasMatch();
}

// A small tokenizer following k8s.io/apimachinery/pkg/labels/selector.go's lexer.
struct Lexer
{
    QString s;
    qsizetype pos = 0;
    enum Kind { End, Ident, Comma, Not, Eq, DoubleEq, NotEq, In, NotIn, Open, Close, Gt, Lt, Error };
    struct Token
    {
        Kind kind;
        QString text;
    };
    Token next()
    {
        while (pos < s.size() && s.at(pos).isSpace()) {
            ++pos;
        }
        if (pos >= s.size()) {
            return {End, QString()};
        }
        const QChar c = s.at(pos);
        const auto two = [&](const char *t) { return s.mid(pos, 2) == QLatin1String(t); };
        if (two("==")) {
            pos += 2;
            return {DoubleEq, QStringLiteral("==")};
        }
        if (two("!=")) {
            pos += 2;
            return {NotEq, QStringLiteral("!=")};
        }
        switch (c.unicode()) {
        case ',': ++pos; return {Comma, QStringLiteral(",")};
        case '!': ++pos; return {Not, QStringLiteral("!")};
        case '=': ++pos; return {Eq, QStringLiteral("=")};
        case '(': ++pos; return {Open, QStringLiteral("(")};
        case ')': ++pos; return {Close, QStringLiteral(")")};
        case '>': ++pos; return {Gt, QStringLiteral(">")};
        case '<': ++pos; return {Lt, QStringLiteral("<")};
        default: break;
        }
        const qsizetype start = pos;
        while (pos < s.size() && !s.at(pos).isSpace() && !QStringLiteral(",!=()<>").contains(s.at(pos))) {
            ++pos;
        }
        const QString word = s.mid(start, pos - start);
        if (word == QLatin1String("in")) {
            return {In, word};
        }
        if (word == QLatin1String("notin")) {
            return {NotIn, word};
        }
        return {Ident, word};
    }
    Token peek()
    {
        const qsizetype saved = pos;
        Token t = next();
        pos = saved;
        return t;
    }
};

} // namespace

std::optional<LabelSelector> LabelSelector::parse(const QString &text, QString *error)
{
    LabelSelector selector;
    Lexer lex{text.trimmed()};
    using R = Requirement;
    while (true) {
        Lexer::Token t = lex.next();
        if (t.kind == Lexer::End) {
            break;
        }
        R r;
        if (t.kind == Lexer::Not) {
            t = lex.next();
            if (t.kind != Lexer::Ident) {
                *error = QStringLiteral("unable to parse requirement: found '%1', expected: identifier after '!'")
                             .arg(t.text);
                return std::nullopt;
            }
            r.key = t.text;
            r.op = R::Op::DoesNotExist;
        } else if (t.kind == Lexer::Ident) {
            r.key = t.text;
            const Lexer::Token op = lex.peek();
            if (op.kind == Lexer::End || op.kind == Lexer::Comma) {
                r.op = R::Op::Exists;
            } else {
                lex.next();
                switch (op.kind) {
                case Lexer::Eq:
                case Lexer::DoubleEq: r.op = R::Op::Equals; break;
                case Lexer::NotEq: r.op = R::Op::NotEquals; break;
                case Lexer::In: r.op = R::Op::In; break;
                case Lexer::NotIn: r.op = R::Op::NotIn; break;
                case Lexer::Gt: r.op = R::Op::GreaterThan; break;
                case Lexer::Lt: r.op = R::Op::LessThan; break;
                default:
                    *error = QStringLiteral("found '%1', expected: in, notin, =, ==, !=, gt, lt").arg(op.text);
                    return std::nullopt;
                }
                if (r.op == R::Op::In || r.op == R::Op::NotIn) {
                    if (lex.next().kind != Lexer::Open) {
                        *error = QStringLiteral("found '%1', expected: '('").arg(op.text);
                        return std::nullopt;
                    }
                    while (true) {
                        Lexer::Token v = lex.next();
                        if (v.kind == Lexer::Close) {
                            break;
                        }
                        if (v.kind == Lexer::Comma) {
                            r.values.append(QString());
                            continue;
                        }
                        if (v.kind != Lexer::Ident) {
                            *error = QStringLiteral("found '%1', expected: ',', ')' or identifier").arg(v.text);
                            return std::nullopt;
                        }
                        r.values.append(v.text);
                        const Lexer::Token sep = lex.next();
                        if (sep.kind == Lexer::Close) {
                            break;
                        }
                        if (sep.kind != Lexer::Comma) {
                            *error = QStringLiteral("found '%1', expected: ',' or ')'").arg(sep.text);
                            return std::nullopt;
                        }
                    }
                } else {
                    const Lexer::Token v = lex.peek();
                    if (v.kind == Lexer::Ident) {
                        lex.next();
                        r.values.append(v.text);
                    } else {
                        r.values.append(QString());
                    }
                }
            }
        } else {
            *error = QStringLiteral("found '%1', expected: !, identifier, or 'end of string'").arg(t.text);
            return std::nullopt;
        }
        QString why;
        if (!validLabelKey(r.key, &why)) {
            *error = QStringLiteral("unable to parse requirement: <nil>: Invalid value: \"%1\": %2").arg(r.key, why);
            return std::nullopt;
        }
        for (qsizetype i = 0; i < r.values.size(); ++i) {
            const QString &v = r.values.at(i);
            if (r.op == R::Op::GreaterThan || r.op == R::Op::LessThan) {
                bool ok = false;
                v.toLongLong(&ok);
                if (!ok) {
                    *error = QStringLiteral(
                        "unable to parse requirement: for 'Gt', 'Lt' operators, the value must be an integer");
                    return std::nullopt;
                }
            } else if (!validLabelValue(v)) {
                *error = QStringLiteral("unable to parse requirement: values[%1][%2]: Invalid value: \"%3\": a valid "
                                        "label must be an empty string or consist of alphanumeric characters, '-', "
                                        "'_' or '.', and must start and end with an alphanumeric character (e.g. "
                                        "'MyValue',  or 'my_value',  or '12345', regex used for validation is "
                                        "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')")
                             .arg(i)
                             .arg(r.key, v);
                return std::nullopt;
            }
        }
        selector.m_requirements.append(r);
        const Lexer::Token sep = lex.next();
        if (sep.kind == Lexer::End) {
            break;
        }
        if (sep.kind != Lexer::Comma) {
            *error = QStringLiteral("found '%1', expected: ',' or 'end of string'").arg(sep.text);
            return std::nullopt;
        }
    }
    return selector;
}

std::optional<LabelSelector> LabelSelector::fromObject(const QJsonObject &selector, QString *error)
{
    LabelSelector s = fromMap(selector.value(QLatin1String("matchLabels")).toObject());
    for (const QJsonValue &v : selector.value(QLatin1String("matchExpressions")).toArray()) {
        const QJsonObject e = v.toObject();
        Requirement r;
        r.key = e.value(QLatin1String("key")).toString();
        const QString op = e.value(QLatin1String("operator")).toString();
        for (const QJsonValue &x : e.value(QLatin1String("values")).toArray()) {
            r.values.append(x.toString());
        }
        if (op == QLatin1String("In")) {
            r.op = Requirement::Op::In;
        } else if (op == QLatin1String("NotIn")) {
            r.op = Requirement::Op::NotIn;
        } else if (op == QLatin1String("Exists")) {
            r.op = Requirement::Op::Exists;
        } else if (op == QLatin1String("DoesNotExist")) {
            r.op = Requirement::Op::DoesNotExist;
        } else {
            *error = QStringLiteral("\"%1\" is not a valid label selector operator").arg(op);
            return std::nullopt;
        }
        s.m_requirements.append(r);
    }
    return s;
}

LabelSelector LabelSelector::fromMap(const QJsonObject &labels)
{
    LabelSelector s;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        s.m_requirements.append({it.key(), Requirement::Op::Equals, {it.value().toString()}});
    }
    return s;
}

bool LabelSelector::matches(const QJsonObject &labels) const
{
    for (const Requirement &r : m_requirements) {
        const bool has = labels.contains(r.key);
        const QString value = labels.value(r.key).toString();
        switch (r.op) {
        case Requirement::Op::Exists:
            if (!has) {
                return false;
            }
            break;
        case Requirement::Op::DoesNotExist:
            if (has) {
                return false;
            }
            break;
        case Requirement::Op::Equals:
        case Requirement::Op::In:
            if (!has || !r.values.contains(value)) {
                return false;
            }
            break;
        case Requirement::Op::NotEquals:
        case Requirement::Op::NotIn:
            if (has && r.values.contains(value)) {
                return false;
            }
            break;
        case Requirement::Op::GreaterThan:
        case Requirement::Op::LessThan: {
            bool ok = false;
            const qlonglong n = value.toLongLong(&ok);
            const qlonglong limit = r.values.value(0).toLongLong();
            if (!has || !ok || (r.op == Requirement::Op::GreaterThan ? n <= limit : n >= limit)) {
                return false;
            }
            break;
        }
        }
    }
    return true;
}

std::optional<FieldSelector> FieldSelector::parse(const QString &text, QString *error)
{
    FieldSelector s;
    // Split on unescaped commas; values may escape '\', ',' and '=' with a backslash.
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
        } else if (c == u',') {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty() || !parts.isEmpty()) {
        parts.append(current);
    }
    for (const QString &part : std::as_const(parts)) {
        if (part.trimmed().isEmpty()) {
            continue;
        }
        Requirement r;
        qsizetype opAt = -1;
        int opLen = 0;
        for (qsizetype i = 0; i < part.size(); ++i) {
            if (part.at(i) == u'\\') {
                ++i;
                continue;
            }
            if (part.mid(i, 2) == QLatin1String("!=")) {
                opAt = i;
                opLen = 2;
                r.negate = true;
                break;
            }
            if (part.mid(i, 2) == QLatin1String("==")) {
                opAt = i;
                opLen = 2;
                break;
            }
            if (part.at(i) == u'=') {
                opAt = i;
                opLen = 1;
                break;
            }
        }
        if (opAt < 0) {
            *error = QStringLiteral("invalid selector: '%1'; can't understand '%2'").arg(text, part);
            return std::nullopt;
        }
        r.field = part.left(opAt).trimmed();
        QString value = part.mid(opAt + opLen);
        QString unescaped;
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (value.at(i) == u'\\' && i + 1 < value.size()) {
                ++i;
            }
            unescaped += value.at(i);
        }
        r.value = unescaped;
        s.m_requirements.append(r);
    }
    return s;
}

std::optional<QString> FieldSelector::exactValue(const QString &field) const
{
    for (const Requirement &r : m_requirements) {
        if (r.field == field && !r.negate) {
            return r.value;
        }
    }
    return std::nullopt;
}

} // namespace Ringside::Sandbox
