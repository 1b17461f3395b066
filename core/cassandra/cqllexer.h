#pragma once

// A small CQL tokenizer and literal reader, enough to read what `cqlsh -e "DESCRIBE ..."` prints and the literals
// in system_schema rows. It understands quoted names ("My""Name"), strings ('it''s'), $$ bodies $$, numbers, UUIDs,
// comments (--, //, /* */) and punctuation. It is not a CQL grammar.

#include "cassandra/nodetoolcommon.h"

#include <QVariant>

namespace Ringside::Cassandra {

/*! One CQL token. For Name the text is case-folded to lower case (CQL folds unquoted names); QuotedName, String
    and DollarString carry the unescaped content. \since 0.1 */
struct CqlToken
{
    enum class Kind {
        Name,         //!< an unquoted identifier or keyword (text lower-cased; raw keeps the spelling)
        QuotedName,   //!< "Name"
        String,       //!< 'text'
        DollarString, //!< $$ text $$
        Number,       //!< 12, -3.5, 1e-4, also durations such as 1h30m
        Uuid,         //!< 8-4-4-4-12 hex digits
        Hex,          //!< 0x0a1b blob literal
        Symbol,       //!< one of ( ) { } [ ] , ; = . : < > * ? + -
    };

    Kind kind = Kind::Symbol;
    QString text;
    QString raw;  //!< the token as written
    int line = 1; //!< 1-based line of its first character

    /*! True for a Name equal (case-insensitively) to \a keyword. \since 0.1 */
    bool isKeyword(QStringView keyword) const;
    /*! True for the Symbol \a c. \since 0.1 */
    bool isSymbol(char16_t c) const { return kind == Kind::Symbol && text.size() == 1 && text[0] == c; }
    /*! True for a Name or QuotedName. \since 0.1 */
    bool isIdentifier() const { return kind == Kind::Name || kind == Kind::QuotedName; }
};

/*! Splits \a text into tokens; fails on an unterminated string, quoted name, $$ body or comment, or on a character
    CQL does not use. \since 0.1 */
ParseResult<QList<CqlToken>> tokenizeCql(QStringView text);

/*! A cursor over tokens with the helpers the DESCRIBE readers need. \since 0.1 */
class CqlTokenStream
{
public:
    explicit CqlTokenStream(QList<CqlToken> tokens);

    bool atEnd() const { return m_pos >= m_tokens.size(); }
    /*! The token \a ahead positions on, or an empty Symbol past the end. */
    const CqlToken &peek(qsizetype ahead = 0) const;
    const CqlToken &next();
    /*! Consumes the keyword when it is next. */
    bool acceptKeyword(QStringView keyword);
    /*! Consumes the symbol when it is next. */
    bool acceptSymbol(char16_t c);
    /*! The line of the current token (or of the last one at the end). */
    int line() const;
    qsizetype position() const { return m_pos; }
    void setPosition(qsizetype pos) { m_pos = pos; }
    /*! Skips to just after the next ';' at nesting depth 0 (or to the end). */
    void skipStatement();

    /*! Reads a literal: a string, number, boolean, null, UUID, blob, map {k: v}, set {a, b} or list [a, b]. Strings
        and names become QString, integers qlonglong, other numbers double, true/false bool, maps QVariantMap (keys
        as text), sets and lists QVariantList, null an invalid QVariant. */
    ParseResult<QVariant> readLiteral();
    /*! Reads `name` or `ks.name`; \a keyspace is left empty when there is no dot. */
    bool readQualifiedName(QString &keyspace, QString &name);

private:
    QList<CqlToken> m_tokens;
    qsizetype m_pos = 0;
    CqlToken m_end;
};

} // namespace Ringside::Cassandra
