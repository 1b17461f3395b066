#include "negotiation.h"

#include "http/httpexchange.h"
#include "yaml/yamljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ringside::Sandbox {

QByteArray OutputFormat::contentType() const
{
    switch (kind) {
    case Kind::Yaml: return QByteArrayLiteral("application/yaml");
    case Kind::Table: return "application/json;as=Table;v=" + metaVersion.toLatin1() + ";g=meta.k8s.io";
    case Kind::PartialObjectMetadata:
        return "application/json;as=PartialObjectMetadata;v=" + metaVersion.toLatin1() + ";g=meta.k8s.io";
    case Kind::PartialObjectMetadataList:
        return "application/json;as=PartialObjectMetadataList;v=" + metaVersion.toLatin1() + ";g=meta.k8s.io";
    case Kind::Json: break;
    }
    return QByteArrayLiteral("application/json");
}

std::optional<OutputFormat> negotiateOutput(const QByteArray &accept, bool allowTransforms)
{
    if (accept.trimmed().isEmpty()) {
        return OutputFormat();
    }
    struct Clause
    {
        QByteArray type;
        QHash<QByteArray, QByteArray> params;
        double q = 1.0;
        int order = 0;
    };
    QList<Clause> clauses;
    int order = 0;
    for (const QByteArray &raw : accept.split(',')) {
        const QList<QByteArray> parts = raw.split(';');
        Clause c;
        c.type = parts.first().trimmed().toLower();
        c.order = order++;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray p = parts.at(i).trimmed();
            const qsizetype eq = p.indexOf('=');
            if (eq > 0) {
                const QByteArray key = p.first(eq).trimmed().toLower();
                const QByteArray value = p.sliced(eq + 1).trimmed();
                if (key == "q") {
                    c.q = value.toDouble();
                } else {
                    c.params.insert(key, value);
                }
            }
        }
        if (c.q > 0) {
            clauses.append(c);
        }
    }
    std::stable_sort(clauses.begin(), clauses.end(), [](const Clause &a, const Clause &b) { return a.q > b.q; });
    for (const Clause &c : std::as_const(clauses)) {
        const bool json = c.type == "application/json" || c.type == "application/*" || c.type == "*/*"
                          || c.type == "application/json;stream=watch";
        const bool yaml = c.type == "application/yaml";
        if (!json && !yaml) {
            continue;
        }
        OutputFormat f;
        f.kind = yaml ? OutputFormat::Kind::Yaml : OutputFormat::Kind::Json;
        const QByteArray as = c.params.value("as");
        if (!as.isEmpty()) {
            if (!allowTransforms || c.params.value("g") != "meta.k8s.io") {
                continue;
            }
            const QByteArray v = c.params.value("v");
            if (v != "v1" && v != "v1beta1") {
                continue;
            }
            f.metaVersion = QString::fromLatin1(v);
            if (as == "Table") {
                f.kind = OutputFormat::Kind::Table;
            } else if (as == "PartialObjectMetadata") {
                f.kind = OutputFormat::Kind::PartialObjectMetadata;
            } else if (as == "PartialObjectMetadataList") {
                f.kind = OutputFormat::Kind::PartialObjectMetadataList;
            } else {
                continue;
            }
        } else if (c.params.contains("g") || c.params.contains("v")) {
            continue;
        }
        return f;
    }
    return std::nullopt;
}

bool prefersPretty(const QByteArray &userAgent)
{
    return userAgent.startsWith("curl") || userAgent.startsWith("Wget") || userAgent.startsWith("Mozilla/");
}

QByteArray indentJson(const QByteArray &compact)
{
    const QByteArray four = QJsonDocument::fromJson(compact).toJson(QJsonDocument::Indented);
    QByteArray out;
    out.reserve(four.size());
    for (const QByteArray &line : four.split('\n')) {
        qsizetype spaces = 0;
        while (spaces < line.size() && line.at(spaces) == ' ') {
            ++spaces;
        }
        out += QByteArray(spaces / 2, ' ') + line.sliced(spaces) + '\n';
    }
    while (out.endsWith("\n\n")) {
        out.chop(1);
    }
    return out;
}

void sendEncoded(HttpExchange *exchange, int status, const OutputFormat &format, const QByteArray &json)
{
    if (format.kind == OutputFormat::Kind::Yaml) {
        exchange->respond(status, format.contentType(), Yaml::emit(QJsonDocument::fromJson(json).object()));
        return;
    }
    exchange->respond(status, format.contentType(), format.pretty ? indentJson(json) : json + '\n');
}

void sendError(HttpExchange *exchange, const ApiError &error)
{
    const QByteArray accept = exchange->request().header("accept");
    if (accept.startsWith("application/yaml")) {
        exchange->respond(error.code, "application/yaml", Yaml::emit(error.toStatus()));
        return;
    }
    const QByteArray json = error.toJson();
    exchange->respond(error.code, "application/json",
                      prefersPretty(exchange->request().header("user-agent")) ? indentJson(json) : json + '\n');
}

QByteArray withTypeMeta(const QByteArray &json, const QString &kind, const QString &apiVersion)
{
    QByteArray head = "{\"kind\":" + toJsonBytes(kind) + ",\"apiVersion\":" + toJsonBytes(apiVersion);
    if (json.size() <= 2) {
        return head + '}';
    }
    return head + ',' + QByteArrayView(json).sliced(1);
}

QByteArray toJsonBytes(const QJsonValue &value)
{
    if (value.isObject()) {
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }
    if (value.isArray()) {
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace Ringside::Sandbox
