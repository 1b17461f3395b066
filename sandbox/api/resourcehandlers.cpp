#include "apiserver.h"

#include "jsonutil.h"
#include "protobuf.h"
#include "registry.h"
#include "store/objectstore.h"
#include "tables.h"
#include "watchstream.h"
#include "yaml/yamljson.h"

#include <QJsonDocument>

namespace Ringside::Sandbox {

namespace {

QByteArray warningHeader(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
    return "299 - \"" + escaped.toUtf8() + '"';
}

QByteArray encode(const OutputFormat &, const QJsonObject &object)
{
    return toJsonBytes(object);
}

} // namespace

ListOptions ApiServer::listOptions(const HttpRequest &r) const
{
    ListOptions o;
    o.labelSelector = r.queryValue(u"labelSelector");
    o.fieldSelector = r.queryValue(u"fieldSelector");
    o.limit = r.queryValue(u"limit").toLongLong();
    o.continueToken = r.queryValue(u"continue");
    o.resourceVersion = r.queryValue(u"resourceVersion");
    o.hasResourceVersion = r.hasQuery(u"resourceVersion");
    o.resourceVersionMatch = r.queryValue(u"resourceVersionMatch");
    return o;
}

std::optional<WriteOptions> ApiServer::writeOptions(Call &call)
{
    const HttpRequest &r = call.exchange->request();
    WriteOptions o;
    o.user = call.user;
    const QString optionsKind = r.method == "POST"     ? QStringLiteral("CreateOptions")
                                : r.method == "PATCH"  ? QStringLiteral("PatchOptions")
                                : r.method == "DELETE" ? QStringLiteral("DeleteOptions")
                                                       : QStringLiteral("UpdateOptions");
    const QStringList dryRun = r.queryValues(u"dryRun");
    for (const QString &d : dryRun) {
        if (d != QLatin1String("All")) {
            sendError(call.exchange, ApiError::invalid(QStringLiteral("meta.k8s.io"), optionsKind, QString(),
                                                       {FieldError::notSupported(QStringLiteral("dryRun"), d,
                                                                                 {QStringLiteral("All")})}));
            return std::nullopt;
        }
        o.dryRun = true;
    }
    const QString validation = r.queryValue(u"fieldValidation");
    if (validation.isEmpty() || validation == QLatin1String("Warn")) {
        o.fieldValidation = WriteOptions::FieldValidation::Warn;
    } else if (validation == QLatin1String("Strict")) {
        o.fieldValidation = WriteOptions::FieldValidation::Strict;
    } else if (validation == QLatin1String("Ignore")) {
        o.fieldValidation = WriteOptions::FieldValidation::Ignore;
    } else {
        sendError(call.exchange,
                  ApiError::invalid(QStringLiteral("meta.k8s.io"), optionsKind, QString(),
                                    {FieldError::notSupported(QStringLiteral("fieldValidation"), validation,
                                                              {QStringLiteral("Ignore"), QStringLiteral("Strict"),
                                                               QStringLiteral("Warn")})}));
        return std::nullopt;
    }
    o.fieldManager = r.queryValue(u"fieldManager");
    if (o.fieldManager.size() > 128) {
        sendError(call.exchange, ApiError::invalid(QStringLiteral("meta.k8s.io"), optionsKind, QString(),
                                                   {{FieldError::Type::TooLong,
                                                     QStringLiteral("fieldManager"),
                                                     QJsonValue(),
                                                     QStringLiteral("may not be more than 128 bytes"),
                                                     {},
                                                     true,
                                                     {}}}));
        return std::nullopt;
    }
    if (o.fieldManager.isEmpty() && r.method != "PATCH") {
        o.fieldManager = ResourceService::managerFromUserAgent(r.header("user-agent"));
    } else if (o.fieldManager.isEmpty() && !r.header("content-type").startsWith("application/apply-patch")) {
        o.fieldManager = ResourceService::managerFromUserAgent(r.header("user-agent"));
    }
    return o;
}

std::optional<QJsonObject> ApiServer::readBody(Call &call)
{
    const HttpRequest &r = call.exchange->request();
    QByteArray contentType = r.header("content-type").toLower();
    const qsizetype semi = contentType.indexOf(';');
    if (semi >= 0) {
        contentType.truncate(semi);
    }
    contentType = contentType.trimmed();
    if (contentType.isEmpty() || contentType == "application/json" || contentType == "*/*") {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
        if (error.error != QJsonParseError::NoError) {
            sendError(call.exchange,
                      ApiError::badRequest(QStringLiteral("couldn't get version/kind; json parse error: %1")
                                               .arg(r.body.trimmed().isEmpty()
                                                        ? QStringLiteral("unexpected end of JSON input")
                                                        : error.errorString())));
            return std::nullopt;
        }
        if (!doc.isObject()) {
            sendError(call.exchange,
                      ApiError::badRequest(QStringLiteral("couldn't get version/kind; json parse error: json: cannot "
                                                          "unmarshal array into Go value of type struct")));
            return std::nullopt;
        }
        return doc.object();
    }
    if (contentType == "application/vnd.kubernetes.protobuf") {
        QString error;
        bool unsupportedKind = false;
        const QJsonObject object = Protobuf::decode(r.body, &error, &unsupportedKind);
        if (object.isEmpty()) {
            sendError(call.exchange, unsupportedKind
                                         ? ApiError::unsupportedMediaType(
                                               {QStringLiteral("application/json"), QStringLiteral("application/yaml")})
                                         : ApiError::badRequest(error));
            return std::nullopt;
        }
        return object;
    }
    if (contentType == "application/yaml") {
        const Yaml::ParseResult parsed = Yaml::parse(r.body);
        if (!parsed.ok() || parsed.documents.isEmpty() || !parsed.documents.first().isObject()) {
            sendError(call.exchange, ApiError::badRequest(QStringLiteral("error converting YAML to JSON: %1")
                                                              .arg(parsed.ok() ? QStringLiteral("not an object")
                                                                               : parsed.error->toString())));
            return std::nullopt;
        }
        return parsed.documents.first().toObject();
    }
    sendError(call.exchange,
              ApiError::unsupportedMediaType({QStringLiteral("application/json"), QStringLiteral("application/yaml"),
                                              QStringLiteral("application/vnd.kubernetes.protobuf")}));
    return std::nullopt;
}

void ApiServer::sendObjectResult(Call &call, const ObjectResult &result)
{
    for (const QString &w : result.warnings) {
        call.exchange->addHeader("Warning", warningHeader(w));
    }
    if (!result.ok()) {
        sendError(call.exchange, *result.error);
        return;
    }
    const bool isStatus = result.object.value(QLatin1String("kind")).toString() == QLatin1String("Status")
                          && result.object.value(QLatin1String("apiVersion")).toString() == QLatin1String("v1");
    if (!isStatus && call.format.isTable()) {
        const QJsonObject stored = result.object;
        const QJsonObject table = m_tables->table(
            *call.type, {m_tables->row(*call.type, stored, call.format)}, true,
            QJsonObject{{QLatin1String("resourceVersion"), Json::metaString(stored, QLatin1String("resourceVersion"))}},
            call.format);
        sendEncoded(call.exchange, result.status, call.format, encode(call.format, table));
        return;
    }
    if (!isStatus && call.format.isPartial()) {
        sendEncoded(call.exchange, result.status, call.format,
                    encode(call.format, m_tables->partial(result.object, call.format)));
        return;
    }
    OutputFormat plain = call.format;
    if (plain.isTable() || plain.isPartial()) {
        plain.kind = OutputFormat::Kind::Json;
    }
    sendEncoded(call.exchange, result.status, plain, encode(plain, result.object));
}

void ApiServer::sendList(Call &call, const ListResult &result)
{
    if (!result.ok()) {
        sendError(call.exchange, *result.error);
        return;
    }
    const ResourceType &type = *call.type;
    QJsonObject meta{{QLatin1String("resourceVersion"), result.resourceVersion}};
    if (!result.continueToken.isEmpty()) {
        meta.insert(QLatin1String("continue"), result.continueToken);
    }
    if (result.remainingItemCount >= 0) {
        meta.insert(QLatin1String("remainingItemCount"), result.remainingItemCount);
    }
    if (call.format.isTable()) {
        QJsonArray rows;
        for (const ListItem &item : result.items) {
            rows.append(m_tables->row(type, item.value(), call.format));
        }
        sendEncoded(call.exchange, 200, call.format, toJsonBytes(m_tables->table(type, rows, true, meta, call.format)));
        return;
    }
    if (call.format.isPartial()) {
        QJsonArray items;
        for (const ListItem &item : result.items) {
            items.append(m_tables->partial(item.value(), call.format));
        }
        const QJsonObject list{
            {QLatin1String("kind"), QLatin1String("PartialObjectMetadataList")},
            {QLatin1String("apiVersion"), QString(QLatin1String("meta.k8s.io/") + call.format.metaVersion)},
            {QLatin1String("metadata"), meta},
            {QLatin1String("items"), items}};
        sendEncoded(call.exchange, 200, call.format, toJsonBytes(list));
        return;
    }
    // Items of built-in lists carry no kind/apiVersion (typed lists), those of custom resources do.
    QByteArray out;
    out.reserve(64 + result.items.size() * 512);
    out += "{\"kind\":" + toJsonBytes(type.listKind) + ",\"apiVersion\":" + toJsonBytes(type.apiVersion())
           + ",\"metadata\":" + toJsonBytes(meta) + ",\"items\":[";
    bool first = true;
    for (const ListItem &item : result.items) {
        if (!first) {
            out += ',';
        }
        first = false;
        out += m_service->servedJson(type, item, type.isCustom());
    }
    out += "]}";
    sendEncoded(call.exchange, 200, call.format, out);
}

void ApiServer::handleGet(Call &call)
{
    const RequestInfo &info = call.info;
    ObjectResult r = m_service->get(*call.type, info.ns, info.name);
    if (r.ok() && !call.format.isTable() && !call.format.isPartial()) {
        sendObjectResult(call, r);
        return;
    }
    if (r.ok()) {
        // Tables and partial metadata are built from the stored form.
        const StoredObject *stored = m_service->store()->get(
            call.type->storageKey(), ObjectStore::objectKey(call.type->namespaced ? info.ns : QString(), info.name));
        r.object = stored->object;
    }
    sendObjectResult(call, r);
}

void ApiServer::handleList(Call &call)
{
    sendList(call, m_service->list(*call.type, call.info.ns, listOptions(call.exchange->request())));
}

void ApiServer::handleWatch(Call &call)
{
    const HttpRequest &r = call.exchange->request();
    WatchStream::Options options;
    options.list = listOptions(r);
    if (call.info.parts.size() >= 2 && call.info.legacyWatchPrefix) {
        options.list.fieldSelector = QLatin1String("metadata.name=") + call.info.name;
    }
    bool ok = false;
    options.allowBookmarks = parseGoBool(r.queryValue(u"allowWatchBookmarks"), &ok) && ok;
    options.sendInitialEvents = parseGoBool(r.queryValue(u"sendInitialEvents"), &ok) && ok;
    options.hasSendInitialEvents = r.hasQuery(u"sendInitialEvents");
    const qint64 timeout = r.queryValue(u"timeoutSeconds").toLongLong(&ok);
    options.timeoutSeconds = ok ? timeout : -1;
    auto *watch = WatchStream::start(call.exchange, m_service, m_tables.get(), *call.type, call.info.ns, options,
                                     call.format, this);
    if (watch) {
        m_watches.append(watch);
        m_watches.removeIf([](const QPointer<WatchStream> &w) { return w.isNull(); });
    }
}

void ApiServer::handleCreate(Call &call)
{
    const auto body = readBody(call);
    if (!body) {
        return;
    }
    const auto options = writeOptions(call);
    if (!options) {
        return;
    }
    sendObjectResult(call, m_service->create(*call.type, call.info.ns, *body, *options));
}

void ApiServer::handleUpdate(Call &call)
{
    const auto body = readBody(call);
    if (!body) {
        return;
    }
    const auto options = writeOptions(call);
    if (!options) {
        return;
    }
    const QString sub = call.info.subresource;
    sendObjectResult(call, m_service->update(*call.type, call.info.ns, call.info.name, *body, *options, sub));
}

void ApiServer::handlePatch(Call &call)
{
    const HttpRequest &r = call.exchange->request();
    QByteArray contentType = r.header("content-type").toLower();
    const qsizetype semi = contentType.indexOf(';');
    if (semi >= 0) {
        contentType.truncate(semi);
    }
    contentType = contentType.trimmed();
    PatchType type;
    if (contentType == "application/json-patch+json") {
        type = PatchType::Json;
    } else if (contentType == "application/merge-patch+json") {
        type = PatchType::Merge;
    } else if (contentType == "application/strategic-merge-patch+json") {
        type = PatchType::Strategic;
    } else if (contentType == "application/apply-patch+yaml") {
        type = PatchType::Apply;
    } else {
        QStringList accepted
            = {QStringLiteral("application/json-patch+json"), QStringLiteral("application/merge-patch+json")};
        if (!call.type->isCustom()) {
            accepted.append(QStringLiteral("application/strategic-merge-patch+json"));
        }
        accepted.append(QStringLiteral("application/apply-patch+yaml"));
        sendError(call.exchange, ApiError::unsupportedMediaType(accepted));
        return;
    }
    const auto options = writeOptions(call);
    if (!options) {
        return;
    }
    bool ok = false;
    const bool force = parseGoBool(r.queryValue(u"force"), &ok) && ok;
    if (r.hasQuery(u"force") && type != PatchType::Apply) {
        sendError(
            call.exchange,
            ApiError::invalid(QStringLiteral("meta.k8s.io"), QStringLiteral("PatchOptions"), QString(),
                              {FieldError::forbidden(QStringLiteral("force"),
                                                     QStringLiteral("may not be specified for non-apply patch"))}));
        return;
    }
    ObjectResult result = m_service->patch(*call.type, call.info.ns, call.info.name, type, r.body, *options,
                                           call.info.subresource, force);
    sendObjectResult(call, result);
}

static DeleteOptions deleteOptionsFrom(const HttpRequest &r, const QJsonObject &body)
{
    DeleteOptions d;
    d.propagationPolicy = body.value(QLatin1String("propagationPolicy")).toString(r.queryValue(u"propagationPolicy"));
    const QJsonObject pre = body.value(QLatin1String("preconditions")).toObject();
    d.preconditionUid = pre.value(QLatin1String("uid")).toString();
    d.preconditionResourceVersion = pre.value(QLatin1String("resourceVersion")).toString();
    if (body.contains(QLatin1String("orphanDependents"))) {
        d.orphanDependents = body.value(QLatin1String("orphanDependents")).toBool();
    } else if (r.hasQuery(u"orphanDependents")) {
        d.orphanDependents = r.queryValue(u"orphanDependents") == QLatin1String("true");
    }
    if (body.contains(QLatin1String("gracePeriodSeconds"))) {
        d.gracePeriodSeconds = body.value(QLatin1String("gracePeriodSeconds")).toInteger();
    } else if (r.hasQuery(u"gracePeriodSeconds")) {
        d.gracePeriodSeconds = r.queryValue(u"gracePeriodSeconds").toLongLong();
    }
    return d;
}

void ApiServer::handleDelete(Call &call)
{
    const HttpRequest &r = call.exchange->request();
    QJsonObject body;
    if (!r.body.trimmed().isEmpty()) {
        const auto parsed = readBody(call);
        if (!parsed) {
            return;
        }
        body = *parsed;
    }
    auto options = writeOptions(call);
    if (!options) {
        return;
    }
    if (body.value(QLatin1String("dryRun")).toArray().contains(QJsonValue(QLatin1String("All")))) {
        options->dryRun = true;
    }
    sendObjectResult(call,
                     m_service->remove(*call.type, call.info.ns, call.info.name, deleteOptionsFrom(r, body), *options));
}

void ApiServer::handleDeleteCollection(Call &call)
{
    const HttpRequest &r = call.exchange->request();
    QJsonObject body;
    if (!r.body.trimmed().isEmpty()) {
        const auto parsed = readBody(call);
        if (!parsed) {
            return;
        }
        body = *parsed;
    }
    const auto options = writeOptions(call);
    if (!options) {
        return;
    }
    ObjectResult result
        = m_service->removeCollection(*call.type, call.info.ns, listOptions(r), deleteOptionsFrom(r, body), *options);
    if (result.ok() && call.format.isTable()) {
        call.format.kind = OutputFormat::Kind::Json;
    }
    sendObjectResult(call, result);
}

} // namespace Ringside::Sandbox
