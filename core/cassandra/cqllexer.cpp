#include "cassandra/cqllexer.h"

#include "coretr.h"

namespace Ringside::Cassandra {

namespace {

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

bool looksLikeUuid(QStringView text, qsizetype at)
{
    static constexpr int groups[] = {8, 4, 4, 4, 12};
    qsizetype p = at;
    for (int g = 0; g < 5; ++g) {
        for (int k = 0; k < groups[g]; ++k, ++p) {
            if (p >= text.size() || !isHex(text[p])) {
                return false;
            }
        }
        if (g < 4) {
            if (p >= text.size() || text[p] != u'-') {
                return false;
            }
            ++p;
        }
    }
    return p >= text.size() || !isNameChar(text[p]);
}

ParseError lexError(int line, const QString &message)
{
    ParseError e;
    e.line = line;
    e.message = message;
    return e;
}

} // namespace

bool CqlToken::isKeyword(QStringView keyword) const
{
    return kind == Kind::Name && text.compare(keyword, Qt::CaseInsensitive) == 0;
}

ParseResult<QList<CqlToken>> tokenizeCql(QStringView text)
{
    QList<CqlToken> tokens;
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto countLines = [&](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k) {
            line += text[k] == u'\n' ? 1 : 0;
        }
    };
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            line += c == u'\n' ? 1 : 0;
            ++i;
            continue;
        }
        if ((c == u'-' && i + 1 < n && text[i + 1] == u'-') || (c == u'/' && i + 1 < n && text[i + 1] == u'/')) {
            while (i < n && text[i] != u'\n') {
                ++i;
            }
            continue;
        }
        if (c == u'/' && i + 1 < n && text[i + 1] == u'*') {
            const qsizetype end = text.indexOf(u"*/", i + 2);
            if (end < 0) {
                return lexError(line, CoreTr::tr("unterminated /* comment"));
            }
            countLines(i, end);
            i = end + 2;
            continue;
        }
        CqlToken t;
        t.line = line;
        const qsizetype start = i;
        if (c == u'\'' || c == u'"') {
            // 'it''s' and "My""Name": a doubled quote is one quote.
            t.kind = c == u'\'' ? CqlToken::Kind::String : CqlToken::Kind::QuotedName;
            ++i;
            bool closed = false;
            while (i < n) {
                if (text[i] == c) {
                    if (i + 1 < n && text[i + 1] == c) {
                        t.text += c;
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                line += text[i] == u'\n' ? 1 : 0;
                t.text += text[i];
                ++i;
            }
            if (!closed) {
                return lexError(t.line, c == u'\'' ? CoreTr::tr("unterminated string literal")
                                                   : CoreTr::tr("unterminated quoted name"));
            }
        } else if (c == u'$' && i + 1 < n && text[i + 1] == u'$') {
            const qsizetype end = text.indexOf(u"$$", i + 2);
            if (end < 0) {
                return lexError(line, CoreTr::tr("unterminated $$ string"));
            }
            t.kind = CqlToken::Kind::DollarString;
            t.text = text.sliced(i + 2, end - i - 2).toString();
            countLines(i, end);
            i = end + 2;
        } else if (looksLikeUuid(text, i)) {
            t.kind = CqlToken::Kind::Uuid;
            i += 36;
            t.text = text.sliced(start, 36).toString().toLower();
        } else if (c == u'0' && i + 1 < n && (text[i + 1] == u'x' || text[i + 1] == u'X')) {
            t.kind = CqlToken::Kind::Hex;
            i += 2;
            while (i < n && isHex(text[i])) {
                ++i;
            }
            t.text = text.sliced(start, i - start).toString();
        } else if (c.isDigit() || (c == u'-' && i + 1 < n && text[i + 1].isDigit())) {
            t.kind = CqlToken::Kind::Number;
            ++i;
            while (i < n) {
                const QChar d = text[i];
                const bool exponentSign = (d == u'-' || d == u'+') && (text[i - 1] == u'e' || text[i - 1] == u'E');
                if (d.isDigit() || d == u'.' || isNameStart(d) || exponentSign) {
                    ++i;
                } else {
                    break;
                }
            }
            t.text = text.sliced(start, i - start).toString();
        } else if (isNameStart(c)) {
            t.kind = CqlToken::Kind::Name;
            while (i < n && isNameChar(text[i])) {
                ++i;
            }
            t.text = text.sliced(start, i - start).toString().toLower();
        } else if (QStringView(u"(){}[],;=.:<>*?+-").contains(c)) {
            t.kind = CqlToken::Kind::Symbol;
            t.text = QString(c);
            ++i;
        } else {
            return lexError(line, CoreTr::tr("unexpected character '%1' in CQL").arg(c));
        }
        t.raw = text.sliced(start, i - start).toString();
        tokens.append(t);
    }
    return tokens;
}

CqlTokenStream::CqlTokenStream(QList<CqlToken> tokens)
    : m_tokens(std::move(tokens))
{
    m_end.kind = CqlToken::Kind::Symbol;
    m_end.line = m_tokens.isEmpty() ? 1 : m_tokens.last().line;
}

const CqlToken &CqlTokenStream::peek(qsizetype ahead) const
{
    const qsizetype p = m_pos + ahead;
    return p < m_tokens.size() ? m_tokens[p] : m_end;
}

const CqlToken &CqlTokenStream::next()
{
    const CqlToken &t = peek();
    if (m_pos < m_tokens.size()) {
        ++m_pos;
    }
    return t;
}

bool CqlTokenStream::acceptKeyword(QStringView keyword)
{
    if (peek().isKeyword(keyword)) {
        ++m_pos;
        return true;
    }
    return false;
}

bool CqlTokenStream::acceptSymbol(char16_t c)
{
    if (peek().isSymbol(c)) {
        ++m_pos;
        return true;
    }
    return false;
}

int CqlTokenStream::line() const
{
    return peek().line;
}

void CqlTokenStream::skipStatement()
{
    int depth = 0;
    while (!atEnd()) {
        const CqlToken &t = next();
        if (t.isSymbol(u'(') || t.isSymbol(u'{') || t.isSymbol(u'[')) {
            ++depth;
        } else if (t.isSymbol(u')') || t.isSymbol(u'}') || t.isSymbol(u']')) {
            depth = std::max(0, depth - 1);
        } else if (t.isSymbol(u';') && depth == 0) {
            return;
        }
    }
}

bool CqlTokenStream::readQualifiedName(QString &keyspace, QString &name)
{
    keyspace.clear();
    if (!peek().isIdentifier()) {
        return false;
    }
    name = next().text;
    if (peek().isSymbol(u'.') && peek(1).isIdentifier()) {
        next();
        keyspace = name;
        name = next().text;
    }
    return true;
}

ParseResult<QVariant> CqlTokenStream::readLiteral()
{
    const int at = line();
    if (atEnd()) {
        return lexError(at, CoreTr::tr("expected a value, found the end of the statement"));
    }
    const CqlToken &t = next();
    switch (t.kind) {
    case CqlToken::Kind::String:
    case CqlToken::Kind::DollarString:
    case CqlToken::Kind::QuotedName:
    case CqlToken::Kind::Uuid:
    case CqlToken::Kind::Hex: return QVariant(t.text);
    case CqlToken::Kind::Number: {
        bool ok = false;
        const qlonglong integer = t.text.toLongLong(&ok);
        if (ok) {
            return QVariant(integer);
        }
        const double d = t.text.toDouble(&ok);
        return ok ? QVariant(d) : QVariant(t.text); // durations such as 1h30m stay text
    }
    case CqlToken::Kind::Name:
        if (t.text == u"true" || t.text == u"false") {
            return QVariant(t.text == u"true");
        }
        if (t.text == u"null") {
            return QVariant();
        }
        if (t.text == u"nan" || t.text == u"infinity") {
            return QVariant(t.text == u"nan" ? notANumber : std::numeric_limits<double>::infinity());
        }
        return QVariant(t.raw);
    case CqlToken::Kind::Symbol: break;
    }
    if (t.isSymbol(u'[') || t.isSymbol(u'{')) {
        const char16_t close = t.isSymbol(u'[') ? u']' : u'}';
        QVariantList items;
        QVariantMap map;
        bool isMap = false;
        bool first = true;
        while (!acceptSymbol(close)) {
            if (atEnd()) {
                return lexError(at, CoreTr::tr("unterminated collection literal"));
            }
            if (!first && !acceptSymbol(u',')) {
                return lexError(line(), CoreTr::tr("expected ',' or '%1' in a collection literal, found \"%2\"")
                                            .arg(QChar(close), peek().raw));
            }
            first = false;
            ParseResult<QVariant> item = readLiteral();
            if (!item.isOk()) {
                return item;
            }
            if (close == u'}' && acceptSymbol(u':')) {
                ParseResult<QVariant> value = readLiteral();
                if (!value.isOk()) {
                    return value;
                }
                isMap = true;
                map.insert(item.value().toString(), value.value());
            } else if (isMap) {
                return lexError(line(), CoreTr::tr("expected ':' after a map key"));
            } else {
                items.append(item.value());
            }
        }
        if (isMap || (close == u'}' && items.isEmpty())) {
            return QVariant(map);
        }
        return QVariant(items);
    }
    return lexError(t.line, CoreTr::tr("expected a value, found \"%1\"").arg(t.raw));
}

} // namespace Ringside::Cassandra
