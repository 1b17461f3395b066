#include "resourceservice.h"

#include "eventconversion.h"
#include "jsonutil.h"
#include "kinds/kindhooks.h"
#include "negotiation.h"
#include "registry.h"
#include "schemas.h"
#include "store/objectstore.h"
#include "store/selectors.h"

#include <QJsonDocument>

namespace Ringside::Sandbox {

const QJsonObject &ListItem::value() const
{
    return stored ? stored->object : object;
}

QByteArray ListItem::json() const
{
    return stored ? stored->json() : toJsonBytes(object);
}

ResourceService::ResourceService(Registry *registry, ObjectStore *store, Schemas *schemas, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_store(store)
    , m_schemas(schemas)
{}

static bool isEventsV1(const ResourceType &type)
{
    return type.group == QLatin1String("events.k8s.io");
}

QJsonObject ResourceService::toServed(const ResourceType &type, const QJsonObject &stored) const
{
    QJsonObject o = isEventsV1(type) ? EventConversion::coreToEventsV1(stored) : stored;
    o.insert(QLatin1String("kind"), type.kind);
    o.insert(QLatin1String("apiVersion"), type.apiVersion());
    return o;
}

QJsonObject ResourceService::toStorage(const ResourceType &type, QJsonObject served) const
{
    served.remove(QLatin1String("kind"));
    served.remove(QLatin1String("apiVersion"));
    return isEventsV1(type) ? EventConversion::eventsV1ToCore(served) : served;
}

QByteArray ResourceService::servedJson(const ResourceType &type, const ListItem &item, bool typeMeta) const
{
    if (isEventsV1(type)) {
        const QByteArray json = toJsonBytes(EventConversion::coreToEventsV1(item.value()));
        return typeMeta ? withTypeMeta(json, type.kind, type.apiVersion()) : json;
    }
    return typeMeta ? withTypeMeta(item.json(), type.kind, type.apiVersion()) : item.json();
}

QString ResourceService::managerFromUserAgent(const QByteArray &userAgent)
{
    const QString ua = QString::fromUtf8(userAgent);
    const qsizetype slash = ua.indexOf(u'/');
    return (slash >= 0 ? ua.left(slash) : ua).left(128);
}

QString ResourceService::fieldValue(const ResourceType &type, const QJsonObject &stored, const QString &field) const
{
    if (field == QLatin1String("metadata.name")) {
        return Json::name(stored);
    }
    if (field == QLatin1String("metadata.namespace")) {
        return Json::ns(stored);
    }
    const QJsonObject o = isEventsV1(type) ? EventConversion::coreToEventsV1(stored) : stored;
    const KindHooks &hooks = KindHooks::forType(type);
    if (isEventsV1(type)) {
        // events.k8s.io selects on the core field names of the stored event.
        return hooks.fieldValue(stored, field);
    }
    return hooks.fieldValue(o, field);
}

std::optional<ApiError> ResourceService::checkFieldSelector(const ResourceType &type, const QString &selector) const
{
    QString error;
    const auto fs = FieldSelector::parse(selector, &error);
    if (!fs) {
        return ApiError::badRequest(error);
    }
    QStringList allowed = {QStringLiteral("metadata.name"), QStringLiteral("metadata.namespace")};
    allowed += type.isCustom() ? type.selectableFields : KindHooks::forType(type).selectableFields();
    for (const auto &r : fs->requirements()) {
        if (allowed.contains(r.field)) {
            continue;
        }
        if (type.isCustom()) {
            QStringList quoted;
            for (const QString &a : std::as_const(allowed)) {
                quoted.append(u'"' + a + u'"');
            }
            return ApiError::badRequest(QStringLiteral("\"%1\" is not a known field selector: only %2")
                                            .arg(r.field, quoted.join(QLatin1String(", "))));
        }
        return ApiError::badRequest(QStringLiteral("field label not supported: %1").arg(r.field));
    }
    return std::nullopt;
}

ObjectResult ResourceService::get(const ResourceType &type, const QString &ns, const QString &name) const
{
    const StoredObject *stored
        = m_store->get(type.storageKey(), ObjectStore::objectKey(type.namespaced ? ns : QString(), name));
    if (!stored) {
        return ObjectResult::failure(ApiError::notFound(type, name));
    }
    ObjectResult r;
    r.object = toServed(type, stored->object);
    return r;
}

namespace {

struct ContinueToken
{
    quint64 resourceVersion = 0;
    QString start;
};

QString encodeContinue(quint64 rv, const QString &start)
{
    const QJsonObject token{{QLatin1String("v"), QLatin1String("meta.k8s.io/v1")},
                            {QLatin1String("rv"), qint64(rv)},
                            {QLatin1String("start"), start}};
    return QString::fromLatin1(QJsonDocument(token)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<ContinueToken> decodeContinue(const QString &text, QString *error)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding
                                                                       | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    }
    if (!decoded) {
        *error = QStringLiteral("continue key is not valid: illegal base64 data");
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(decoded.decoded).object();
    if (o.value(QLatin1String("v")).toString() != QLatin1String("meta.k8s.io/v1")) {
        *error = QStringLiteral("continue key is not valid: server does not recognize this encoded version");
        return std::nullopt;
    }
    const qint64 rv = o.value(QLatin1String("rv")).toInteger();
    if (rv <= 0) {
        *error = QStringLiteral(
            "continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
        return std::nullopt;
    }
    return ContinueToken{quint64(rv), o.value(QLatin1String("start")).toString()};
}

ApiError invalidListOptions(const FieldError &e)
{
    return ApiError::invalid(QStringLiteral("meta.k8s.io"), QStringLiteral("ListOptions"), QString(), {e});
}

} // namespace

ListResult ResourceService::list(const ResourceType &type, const QString &nsIn, const ListOptions &options) const
{
    ListResult result;
    const QString ns = type.namespaced ? nsIn : QString();
    QString error;
    const auto labels = LabelSelector::parse(options.labelSelector, &error);
    if (!labels) {
        result.error = ApiError::badRequest(error);
        return result;
    }
    if (auto e = checkFieldSelector(type, options.fieldSelector)) {
        result.error = e;
        return result;
    }
    const FieldSelector fields = *FieldSelector::parse(options.fieldSelector, &error);

    const QString match = options.resourceVersionMatch;
    if (!match.isEmpty() && !options.hasResourceVersion) {
        result.error = invalidListOptions(FieldError::forbidden(
            QStringLiteral("resourceVersionMatch"),
            QStringLiteral("resourceVersionMatch is forbidden unless resourceVersion is provided")));
        return result;
    }
    if (!match.isEmpty() && match != QLatin1String("NotOlderThan") && match != QLatin1String("Exact")) {
        result.error = invalidListOptions(
            FieldError::notSupported(QStringLiteral("resourceVersionMatch"), match,
                                     {QStringLiteral("Exact"), QStringLiteral("NotOlderThan"), QString()}));
        return result;
    }
    if (match == QLatin1String("Exact") && options.resourceVersion == QLatin1String("0")) {
        result.error = invalidListOptions(FieldError::forbidden(
            QStringLiteral("resourceVersionMatch"),
            QStringLiteral("resourceVersionMatch \"exact\" is forbidden for resourceVersion \"0\"")));
        return result;
    }
    if (!options.continueToken.isEmpty() && options.hasResourceVersion && !options.resourceVersion.isEmpty()
        && options.resourceVersion != QLatin1String("0")) {
        result.error = invalidListOptions(
            FieldError::forbidden(QStringLiteral("resourceVersion"),
                                  QStringLiteral("specifying resource version is not allowed when using continue")));
        return result;
    }

    const quint64 current = m_store->currentResourceVersion();
    quint64 at = current;
    QString start;
    qint64 limit = options.limit;
    if (!options.continueToken.isEmpty()) {
        const auto token = decodeContinue(options.continueToken, &error);
        if (!token) {
            result.error = ApiError::badRequest(error);
            return result;
        }
        if (token->resourceVersion < m_store->oldestReplayableVersion()) {
            ApiError e = ApiError::expired(QStringLiteral(
                "The provided continue parameter is too old to display a consistent list result. You can start a new "
                "list without the continue parameter, or use the continue token in this response to retrieve the "
                "remainder of the results. Continuing with the provided token results in an inconsistent list - "
                "objects that were created, modified, or deleted between the time the first chunk was returned and "
                "now may show up in the list."));
            e.continueToken = encodeContinue(current, token->start);
            result.error = e;
            return result;
        }
        at = token->resourceVersion;
        start = token->start;
    } else if (options.hasResourceVersion && !options.resourceVersion.isEmpty()) {
        bool ok = false;
        const quint64 rv = options.resourceVersion.toULongLong(&ok);
        if (!ok) {
            result.error
                = ApiError::badRequest(QStringLiteral("invalid resource version: %1").arg(options.resourceVersion));
            return result;
        }
        if (rv == 0) {
            limit = 0; // served from the cache: the limit does not apply
        } else if (rv > current) {
            result.error = ApiError::tooLargeResourceVersion(rv, current);
            return result;
        } else if (match == QLatin1String("Exact")) {
            if (rv < m_store->oldestReplayableVersion()) {
                result.error
                    = ApiError::expired(QStringLiteral("The resourceVersion for the provided list is too old."));
                return result;
            }
            at = rv;
        }
    }

    QList<ListItem> candidates;
    if (at == current) {
        for (const StoredObject *o : m_store->list(type.storageKey(), ns)) {
            candidates.append(ListItem{o, {}});
        }
    } else {
        const auto snap = m_store->snapshot(type.storageKey(), ns, at);
        if (!snap) {
            result.error = ApiError::expired(QStringLiteral("The resourceVersion for the provided list is too old."));
            return result;
        }
        for (const QJsonObject &o : *snap) {
            candidates.append(ListItem{nullptr, o});
        }
    }
    const bool selecting = !labels->isEmpty() || !fields.isEmpty();
    qsizetype i = 0;
    // Keys relative to the listed prefix, as etcd continue keys are.
    const auto relativeKey = [&](const QJsonObject &o) {
        return ns.isEmpty() && type.namespaced ? Json::ns(o) + u'/' + Json::name(o) : Json::name(o);
    };
    if (!start.isEmpty()) {
        while (i < candidates.size() && relativeKey(candidates.at(i).value()) < start) {
            ++i;
        }
    }
    for (; i < candidates.size(); ++i) {
        const QJsonObject &o = candidates.at(i).value();
        if (selecting) {
            if (!labels->matches(Json::meta(o).value(QLatin1String("labels")).toObject())) {
                continue;
            }
            if (!fields.matches([&](const QString &f) { return fieldValue(type, o, f); })) {
                continue;
            }
        }
        if (limit > 0 && result.items.size() == limit) {
            result.continueToken = encodeContinue(at, relativeKey(result.items.last().value()) + QChar(0));
            if (!selecting) {
                result.remainingItemCount = candidates.size() - i;
            }
            break;
        }
        result.items.append(candidates.at(i));
    }
    result.resourceVersion = QString::number(at);
    return result;
}

std::optional<ApiError> ResourceService::checkNamespaceWritable(const ResourceType &type, const QString &ns,
                                                                const QString &name) const
{
    if (!type.namespaced) {
        return std::nullopt;
    }
    const StoredObject *namespaceObject = m_store->get(QStringLiteral("/namespaces"), ns);
    if (!namespaceObject) {
        return ApiError::notFound(QString(), QStringLiteral("namespaces"), ns);
    }
    if (!Json::metaString(namespaceObject->object, QLatin1String("deletionTimestamp")).isEmpty()
        || Json::at(namespaceObject->object, u"status.phase").toString() == QLatin1String("Terminating")) {
        ApiError e = ApiError::forbidden(
            type.group, type.resource, name,
            QStringLiteral("unable to create new content in namespace %1 because it is being terminated").arg(ns));
        QJsonArray causes{
            QJsonObject{{QLatin1String("reason"), QLatin1String("NamespaceTerminating")},
                        {QLatin1String("message"), QStringLiteral("namespace %1 is being terminated").arg(ns)},
                        {QLatin1String("field"), QLatin1String("metadata.namespace")}}};
        e.details.insert(QLatin1String("causes"), causes);
        return e;
    }
    return std::nullopt;
}

} // namespace Ringside::Sandbox
