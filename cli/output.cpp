#include "output.h"

#include "clitr.h"
#include "util/jsonpath.h"
#include "yaml/yamljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

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
    out << goJson(value) << '\n';
    return true;
}

namespace {

void writeString(QString *out, const QString &s)
{
    *out += u'"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            *out += QLatin1String("\\\"");
            break;
        case u'\\':
            *out += QLatin1String("\\\\");
            break;
        case u'\n':
            *out += QLatin1String("\\n");
            break;
        case u'\r':
            *out += QLatin1String("\\r");
            break;
        case u'\t':
            *out += QLatin1String("\\t");
            break;
        case u'\b':
            *out += QLatin1String("\\b");
            break;
        case u'\f':
            *out += QLatin1String("\\f");
            break;
        default:
            if (u < 0x20 || u == u'<' || u == u'>' || u == u'&' || u == 0x2028 || u == 0x2029) {
                *out += QLatin1String("\\u") + QString::number(u, 16).rightJustified(4, u'0');
            } else {
                *out += c;
            }
        }
    }
    *out += u'"';
}

QString goNumber(double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e21) {
        return QString::number(qint64(d));
    }
    const double a = std::abs(d);
    if (a != 0 && (a < 1e-6 || a >= 1e21)) {
        QString e = QString::number(d, 'e', QLocale::FloatingPointShortest);
        const qsizetype n = e.size();
        if (n >= 4 && e.at(n - 4) == u'e' && e.at(n - 3) == u'-' && e.at(n - 2) == u'0') {
            e.remove(n - 2, 1); // Go writes 1e-7, not 1e-07
        }
        return e;
    }
    return QString::number(d, 'f', QLocale::FloatingPointShortest);
}

void writeValue(QString *out, const QJsonValue &v, int depth, bool pretty)
{
    const QString indent(pretty ? depth * 4 : 0, u' ');
    const QString inner(pretty ? (depth + 1) * 4 : 0, u' ');
    const QLatin1String nl(pretty ? "\n" : "");
    switch (v.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.isEmpty()) {
            *out += QLatin1String("{}");
            return;
        }
        *out += u'{' + nl;
        bool first = true;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!first) {
                *out += u',' + nl;
            }
            first = false;
            *out += inner;
            writeString(out, it.key());
            *out += pretty ? QLatin1String(": ") : QLatin1String(":");
            writeValue(out, it.value(), depth + 1, pretty);
        }
        *out += nl + indent + u'}';
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            *out += QLatin1String("[]");
            return;
        }
        *out += u'[' + nl;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i > 0) {
                *out += u',' + nl;
            }
            *out += inner;
            writeValue(out, a.at(i), depth + 1, pretty);
        }
        *out += nl + indent + u']';
        return;
    }
    case QJsonValue::String:
        writeString(out, v.toString());
        return;
    case QJsonValue::Double:
        *out += goNumber(v.toDouble());
        return;
    case QJsonValue::Bool:
        *out += v.toBool() ? QLatin1String("true") : QLatin1String("false");
        return;
    default:
        *out += QLatin1String("null");
    }
}

} // namespace

QString goJson(const QJsonValue &value, bool indent)
{
    QString out;
    writeValue(&out, value, 0, indent);
    return out;
}

} // namespace Ringside::Cli
