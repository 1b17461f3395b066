#pragma once

// Private to the editor models: the lexical helpers shared by the YAML outline and the folding ranges.
#include <QLatin1StringView>
#include <QString>

namespace Ringside::Editor::Detail {

using namespace Qt::StringLiterals;

inline bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

inline int indentOf(const QString &s)
{
    int i = 0;
    while (i < s.size() && s.at(i) == u' ') {
        ++i;
    }
    return i;
}

inline bool isBlank(const QString &s)
{
    for (QChar c : s) {
        if (!isSpace(c)) {
            return false;
        }
    }
    return true;
}

inline bool isMarker(const QString &s, QLatin1StringView marker)
{
    return s.startsWith(marker) && (s.size() == 3 || isSpace(s.at(3)));
}

inline bool isDocumentStart(const QString &s)
{
    return isMarker(s, "---"_L1);
}

inline bool isDocumentEnd(const QString &s)
{
    return isMarker(s, "..."_L1);
}

/*! Index of the quote closing the quoted scalar that opens at \a open, or -1. */
inline int closingQuote(const QString &s, int open, QChar quote)
{
    for (int i = open + 1; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (quote == u'"' && c == u'\\') {
            ++i;
        } else if (c == quote) {
            if (quote == u'\'' && i + 1 < s.size() && s.at(i + 1) == u'\'') {
                ++i; // '' is an escaped quote
                continue;
            }
            return i;
        }
    }
    return -1;
}

/*! Where a comment starts at or after \a from (outside quotes), or s.size(). */
inline int commentStart(const QString &s, int from)
{
    for (int i = from; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if ((c == u'"' || c == u'\'') && (i == from || !s.at(i - 1).isLetterOrNumber())) {
            const int close = closingQuote(s, i, c);
            if (close < 0) {
                return int(s.size());
            }
            i = close;
        } else if (c == u'#' && (i == from || isSpace(s.at(i - 1)))) {
            return i;
        }
    }
    return int(s.size());
}

inline int trimmedEnd(const QString &s, int end)
{
    while (end > 0 && isSpace(s.at(end - 1))) {
        --end;
    }
    return end;
}

inline bool isDash(const QString &s, int p)
{
    return p < s.size() && s.at(p) == u'-' && (p + 1 == s.size() || isSpace(s.at(p + 1)));
}

} // namespace Ringside::Editor::Detail
