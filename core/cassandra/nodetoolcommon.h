#pragma once

// Shared pieces of the nodetool and cqlsh output parsers: the parse result and error types, data sizes as Cassandra
// prints them, and the small number helpers every parser uses. Everything here is pure (no I/O, no network).

#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cmath>
#include <limits>
#include <optional>
#include <utility>

namespace Ringside::Cassandra {

/*! Why some tool output could not be read: a translated message and the 1-based line it refers to (0 when the
    problem is the input as a whole, e.g. empty output). \since 0.1 */
struct ParseError
{
    int line = 0;
    QString message;

    /*! True when this describes a failure (a message is set). \since 0.1 */
    bool isError() const { return !message.isEmpty(); }
    /*! "line 12: message", or just the message when no line applies. Translated. \since 0.1 */
    QString toString() const;
};

/*! Either a parsed value or a ParseError. Parsers never throw and never crash on bad input; they return an error
    that names the line. \since 0.1 */
template<typename T>
class ParseResult
{
public:
    ParseResult(T value)
        : m_value(std::move(value))
    {}
    ParseResult(ParseError error)
        : m_error(std::move(error))
    {
        if (m_error.message.isEmpty()) {
            m_error.message = QStringLiteral("?");
        }
    }

    /*! True when parsing succeeded. \since 0.1 */
    bool isOk() const { return !m_error.isError(); }
    /*! The parsed value (default-constructed on failure). \since 0.1 */
    const T &value() const { return m_value; }
    /*! The parsed value, movable. \since 0.1 */
    T &value() { return m_value; }
    /*! The failure; isError() is false on success. \since 0.1 */
    const ParseError &error() const { return m_error; }

private:
    T m_value{};
    ParseError m_error;
};

/*! A size in bytes as nodetool prints it: the raw text ("1.23 MiB", "104857", "?") and its value in bytes
    (-1 when unknown). Cassandra's units are binary (KiB = 1024) whether written "KiB" or, in 3.x, "KB".
    \since 0.1 */
struct DataSize
{
    qint64 bytes = -1;
    QString text;

    /*! True when the size is known. \since 0.1 */
    bool isKnown() const { return bytes >= 0; }
    /*! {"bytes": n|null, "text": "..."} \since 0.1 */
    QJsonValue toJson() const;
};

/*! Parses "1.23 MiB", "0 bytes", "512", "12.5KB", "1,5 GiB" into bytes; nullopt for "?", "NaN" or garbage.
    \since 0.1 */
std::optional<qint64> parseByteSize(QStringView text);
/*! A DataSize from \a text (trimmed); bytes stays -1 when the text is not a size. \since 0.1 */
DataSize dataSize(QStringView text);

/*! An integer, or nullopt. Accepts a leading sign; no spaces inside. \since 0.1 */
std::optional<qint64> parseInteger(QStringView text);
/*! A floating-point number as Java prints it ("0.123", "1.0E-4", "NaN", "Infinity"), also with a decimal comma
    (printf in a European locale); nullopt for garbage. \since 0.1 */
std::optional<double> parseDecimal(QStringView text);
/*! A percentage "12.5%" (or without the sign); nullopt for "?", "n/a" or garbage. \since 0.1 */
std::optional<double> parsePercent(QStringView text);

/*! NaN-safe JSON: NaN and infinities become null. \since 0.1 */
QJsonValue jsonNumber(double value);
/*! -1 (unknown) becomes null. \since 0.1 */
QJsonValue jsonCount(qint64 value);
/*! nullopt becomes null. \since 0.1 */
QJsonValue jsonOptional(const std::optional<double> &value);

/*! The lines of \a text ("\n" or "\r\n"), without line ends. A trailing newline does not add an empty line.
    \since 0.1 */
QList<QStringView> splitLines(QStringView text);

/*! True for 8-4-4-4-12 hexadecimal digits (a host ID, schema version or plan ID). \since 0.1 */
bool isUuid(QStringView text);

/*! Splits on runs of spaces and tabs; no empty parts. \since 0.1 */
QList<QStringView> splitFields(QStringView text);

/*! When nodetool printed its own failure instead of a report ("nodetool: Failed to connect ...", "error: ...",
    a Java exception), a ParseError naming it; an empty error otherwise. Also reports empty output.
    \since 0.1 */
ParseError detectToolFailure(QStringView text, const QString &toolName);

/*! An error at \a line with a translated "expected ..." message. \since 0.1 */
ParseError unexpectedLine(int line, QStringView actual, const QString &expected);

constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();

} // namespace Ringside::Cassandra

Q_DECLARE_METATYPE(Ringside::Cassandra::ParseError)
Q_DECLARE_METATYPE(Ringside::Cassandra::DataSize)
