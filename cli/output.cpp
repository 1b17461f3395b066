#include "output.h"

#include "yaml/yamljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ringside::Cli {

void printStructured(QTextStream &out, const QJsonValue &value, const QString &format)
{
    if (format == QLatin1String("yaml")) {
        out << QString::fromUtf8(Yaml::emit(value));
        return;
    }
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    // kubectl indents JSON by 4 spaces; Qt by 4 as well.
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace Ringside::Cli
