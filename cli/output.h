#pragma once

#include <QJsonValue>
#include <QTextStream>

namespace Ringside::Cli {

/*! True when \a format is one printStructured() handles: json, yaml, jsonpath=TEMPLATE. */
bool isStructuredFormat(const QString &format);

/*! Prints \a value as indented JSON (kubectl's 4-space style), YAML, or through a kubectl JSONPath template
    (`jsonpath=TEMPLATE`). Returns false and sets \a error for a bad template. */
bool printStructured(QTextStream &out, const QJsonValue &value, const QString &format, QString *error = nullptr);

/*! \a value as Go's json.MarshalIndent(v, "", "    ") writes it (what kubectl -o json prints): keys sorted,
    `<`, `>` and `&` escaped, integers without a fraction, no trailing newline. With \a indent false, as
    json.Marshal writes it (compact). \since 0.1 */
QString goJson(const QJsonValue &value, bool indent = true);

} // namespace Ringside::Cli
