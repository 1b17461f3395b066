#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Ringside::Yaml {

/*! A position in YAML text, 1-based. \since 0.1 */
struct Mark
{
    int line = 0;
    int column = 0;
    bool isValid() const { return line > 0; }
};

/*! A problem found while reading YAML, with its place. \since 0.1 */
struct Diagnostic
{
    QString message;
    Mark mark;
    /*! "line 3, column 5: message", or the bare message without a place. */
    QString toString() const;
};

/*! The result of reading a YAML stream: one JSON value per document.
    Kubernetes reads YAML as JSON (sigs.k8s.io/yaml), with YAML 1.1 scalar resolution: plain `yes`, `on` and `y`
    are booleans, `0755` is octal, `4.1` is a number. Quoted scalars are always strings. \since 0.1 */
struct ParseResult
{
    QList<QJsonValue> documents;
    std::optional<Diagnostic> error; //!< set when the text is not valid YAML; documents then holds those before it
    QList<Diagnostic> warnings;      //!< duplicate keys and other oddities that do not stop reading
    bool ok() const { return !error.has_value(); }
};

/*! Reads every document of a YAML stream. Never throws. \since 0.1 */
ParseResult parse(const QByteArray &text);

/*! Resolves a plain (unquoted) YAML 1.1 scalar to the JSON value Kubernetes would read. \since 0.1 */
QJsonValue resolvePlainScalar(const QString &text);

/*! Writes a JSON value as block YAML in the style kubectl prints (keys sorted, sequences not indented under their
    key, strings quoted only where a plain scalar would read back as something else). \since 0.1 */
QByteArray emit(const QJsonValue &value);

/*! Writes several documents separated by `---`. \since 0.1 */
QByteArray emitAll(const QList<QJsonValue> &documents);

} // namespace Ringside::Yaml
