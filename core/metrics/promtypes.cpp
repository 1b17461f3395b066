#include "metrics/promtypes.h"

#include "coretr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace Ringside::Metrics {

double Series::lastValue() const
{
    return samples.isEmpty() ? std::numeric_limits<double>::quiet_NaN() : samples.constLast().y();
}

QString PromError::toString() const
{
    QString what;
    if (!query.isEmpty()) {
        what = CoreTr::tr("Prometheus query “%1” failed").arg(query);
    } else {
        what = CoreTr::tr("Prometheus request “%1” failed").arg(endpoint);
    }
    if (url.isValid()) {
        const QString m = method.isEmpty() ? QStringLiteral("GET") : QString::fromLatin1(method);
        what += u' ' + CoreTr::tr("(%1 %2)").arg(m, url.toDisplayString());
    }
    QString cause;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InvalidRequest:
        cause = message;
        break;
    case Kind::Network:
        cause = CoreTr::tr("network error: %1").arg(message);
        break;
    case Kind::Tls:
        cause = CoreTr::tr("TLS error: %1").arg(message);
        break;
    case Kind::Timeout:
        cause = message;
        break;
    case Kind::Server:
        cause = errorType.isEmpty() ? CoreTr::tr("HTTP %1: %2").arg(httpStatus).arg(message)
                                    : CoreTr::tr("HTTP %1, %2: %3").arg(httpStatus).arg(errorType, message);
        break;
    case Kind::Http:
        cause = CoreTr::tr("HTTP %1: %2").arg(httpStatus).arg(message);
        if (httpStatus == 401 || httpStatus == 403) {
            cause += u' ' + CoreTr::tr("(check the bearer token or the user name and password for this Prometheus)");
        } else if (httpStatus == 404) {
            cause += u' ' + CoreTr::tr("(check the URL and its path prefix: Mimir serves the API under /prometheus)");
        }
        break;
    case Kind::Protocol:
        cause = CoreTr::tr("unreadable answer: %1").arg(message);
        break;
    }
    QString text = what + QStringLiteral(": ") + cause;
    for (const QString &w : warnings) {
        text += u'\n' + CoreTr::tr("warning: %1").arg(w);
    }
    return text;
}

namespace Json {
namespace {

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &e : a) {
        out.append(e.toString());
    }
    return out;
}

// Returns the "data" member of a success envelope, or sets error.
std::optional<QJsonValue> successData(const QByteArray &body, QString *error, QStringList *warnings, QStringList *infos)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = CoreTr::tr("the answer is not JSON (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = CoreTr::tr("the answer is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QString status = root.value(QLatin1String("status")).toString();
    if (status != QLatin1String("success")) {
        *error = CoreTr::tr("the answer's status is “%1”, not “success”").arg(status);
        return std::nullopt;
    }
    if (warnings) {
        *warnings = stringList(root.value(QLatin1String("warnings")));
    }
    if (infos) {
        *infos = stringList(root.value(QLatin1String("infos")));
    }
    if (!root.contains(QLatin1String("data"))) {
        *error = CoreTr::tr("the answer has no “data”");
        return std::nullopt;
    }
    return root.value(QLatin1String("data"));
}

// [time, "value"] -> QPointF
bool parsePair(const QJsonValue &v, QPointF *out, QString *error)
{
    const QJsonArray pair = v.toArray();
    if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isString()) {
        *error = CoreTr::tr("a sample is not a [time, \"value\"] pair");
        return false;
    }
    bool ok = false;
    const double value = parseValue(pair.at(1).toString(), &ok);
    if (!ok) {
        *error = CoreTr::tr("a sample value “%1” is not a number").arg(pair.at(1).toString());
        return false;
    }
    *out = QPointF(pair.at(0).toDouble(), value);
    return true;
}

bool parseSeries(const QJsonObject &o, bool matrix, Series *out, QString *error)
{
    const QJsonObject metric = o.value(QLatin1String("metric")).toObject();
    for (auto it = metric.constBegin(); it != metric.constEnd(); ++it) {
        out->labels.insert(it.key(), it.value().toString());
    }
    if (matrix) {
        const QJsonArray values = o.value(QLatin1String("values")).toArray();
        out->samples.reserve(values.size());
        for (const QJsonValue &v : values) {
            QPointF p;
            if (!parsePair(v, &p, error)) {
                return false;
            }
            out->samples.append(p);
        }
        out->hadHistograms = o.contains(QLatin1String("histograms"));
    } else if (o.contains(QLatin1String("value"))) {
        QPointF p;
        if (!parsePair(o.value(QLatin1String("value")), &p, error)) {
            return false;
        }
        out->samples.append(p);
    } else if (o.contains(QLatin1String("histogram"))) {
        out->hadHistograms = true;
    } else {
        *error = CoreTr::tr("a vector element has no “value”");
        return false;
    }
    return true;
}

} // namespace

double parseValue(const QString &text, bool *ok)
{
    *ok = true;
    if (text == QLatin1String("NaN")) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (text == QLatin1String("+Inf") || text == QLatin1String("Inf")) {
        return std::numeric_limits<double>::infinity();
    }
    if (text == QLatin1String("-Inf")) {
        return -std::numeric_limits<double>::infinity();
    }
    const double v = text.toDouble(ok);
    if (*ok && !std::isfinite(v)) {
        *ok = false; // "inf"/"nan" spelled differently than Prometheus does: not from Prometheus
    }
    return *ok ? v : 0.0;
}

std::optional<QueryResult> parseQueryResponse(const QByteArray &body, QString *error)
{
    QueryResult result;
    const std::optional<QJsonValue> data = successData(body, error, &result.warnings, &result.infos);
    if (!data) {
        return std::nullopt;
    }
    const QJsonObject d = data->toObject();
    const QString type = d.value(QLatin1String("resultType")).toString();
    const QJsonValue r = d.value(QLatin1String("result"));
    if (type == QLatin1String("vector") || type == QLatin1String("matrix")) {
        const bool matrix = type == QLatin1String("matrix");
        result.type = matrix ? ResultType::Matrix : ResultType::Vector;
        if (!r.isArray()) {
            *error = CoreTr::tr("the %1 result is not a list").arg(type);
            return std::nullopt;
        }
        const QJsonArray list = r.toArray();
        result.series.reserve(list.size());
        for (const QJsonValue &e : list) {
            Series s;
            if (!e.isObject() || !parseSeries(e.toObject(), matrix, &s, error)) {
                if (!e.isObject()) {
                    *error = CoreTr::tr("a %1 element is not an object").arg(type);
                }
                return std::nullopt;
            }
            result.series.append(std::move(s));
        }
    } else if (type == QLatin1String("scalar")) {
        result.type = ResultType::Scalar;
        if (!parsePair(r, &result.scalar, error)) {
            return std::nullopt;
        }
    } else if (type == QLatin1String("string")) {
        result.type = ResultType::String;
        const QJsonArray pair = r.toArray();
        if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isString()) {
            *error = CoreTr::tr("the string result is not a [time, \"text\"] pair");
            return std::nullopt;
        }
        result.stringTime = pair.at(0).toDouble();
        result.string = pair.at(1).toString();
    } else {
        *error = CoreTr::tr("unknown resultType “%1”").arg(type);
        return std::nullopt;
    }
    return result;
}

std::optional<QList<Labels>> parseSeriesResponse(const QByteArray &body, QString *error, QStringList *warnings)
{
    const std::optional<QJsonValue> data = successData(body, error, warnings, nullptr);
    if (!data) {
        return std::nullopt;
    }
    if (!data->isArray()) {
        *error = CoreTr::tr("the series list is not a list");
        return std::nullopt;
    }
    QList<Labels> out;
    const QJsonArray list = data->toArray();
    for (const QJsonValue &e : list) {
        const QJsonObject o = e.toObject();
        Labels labels;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            labels.insert(it.key(), it.value().toString());
        }
        out.append(labels);
    }
    return out;
}

std::optional<QStringList> parseStringListResponse(const QByteArray &body, QString *error, QStringList *warnings)
{
    const std::optional<QJsonValue> data = successData(body, error, warnings, nullptr);
    if (!data) {
        return std::nullopt;
    }
    if (data->isNull()) {
        return QStringList(); // Prometheus sends null for "no values" in some versions
    }
    if (!data->isArray()) {
        *error = CoreTr::tr("the value list is not a list");
        return std::nullopt;
    }
    return stringList(*data);
}

bool parseErrorEnvelope(const QByteArray &body, QString *errorType, QString *message, QStringList *warnings)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("status")).toString() != QLatin1String("error")) {
        return false;
    }
    *errorType = root.value(QLatin1String("errorType")).toString();
    *message = root.value(QLatin1String("error")).toString();
    *warnings = stringList(root.value(QLatin1String("warnings")));
    return true;
}

} // namespace Json

} // namespace Ringside::Metrics
