#pragma once

#include <QJsonValue>
#include <QTextStream>

namespace Ringside::Cli {

/*! Prints \a value as indented JSON (kubectl's 4-space style) or YAML, by \a format ("json" or "yaml"). */
void printStructured(QTextStream &out, const QJsonValue &value, const QString &format);

} // namespace Ringside::Cli
