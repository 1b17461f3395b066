#include "output.h"

#include "clitr.h"
#include "util/jsonpath.h"
#include "yaml/yamljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ringside::Cli {

bool isStructuredFormat(const QString &format)
{
    return format == QLatin1String("json") || format == QLatin1String("yaml") || format.startsWith(QLatin1String("jsonpath="));
}

bool printStructured(QTextStream &out, const QJsonValue &value, const QString &format, QString *error)
{
    if (format.startsWith(QLatin1String("jsonpath="))) {
        JsonPathTemplate t;
        QString text;
        if (!t.parse(format.mid(9)) || !t.execute(value, &text)) {
            if (error) {
                *error = Tr::tr("error executing jsonpath %1: %2").arg(format.mid(9), t.errorString());
            }
            return false;
        }
        out << text;
        return true;
    }
    if (format == QLatin1String("yaml")) {
        out << QString::fromUtf8(Yaml::emit(value));
        return true;
    }
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    return true;
}

} // namespace Ringside::Cli
