// SelfSubjectAccessReview, SelfSubjectRulesReview and the scale subresource.
#include "apiserver.h"

#include "apply/patches.h"
#include "jsonutil.h"
#include "registry.h"
#include "store/objectstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Ringside::Sandbox {

namespace {

QString allowReason(const UserInfo &user)
{
    if (user.groups.contains(QLatin1String("system:masters"))) {
        return QStringLiteral("RBAC: allowed by ClusterRoleBinding \"cluster-admin\" of ClusterRole \"cluster-admin\" "
                              "to Group \"system:masters\"");
    }
    if (user.groups.contains(QLatin1String("ringside:viewers"))) {
        return QStringLiteral("RBAC: allowed by ClusterRoleBinding \"ringside-viewers\" of ClusterRole \"view\" to "
                              "Group \"ringside:viewers\"");
    }
    return QStringLiteral("RBAC: allowed by ClusterRoleBinding \"system:basic-user\" of ClusterRole "
                          "\"system:basic-user\" to Group \"system:authenticated\"");
}

} // namespace

void ApiServer::handleReview(Call &call)
{
    const auto body = readBody(call);
    if (!body) {
        return;
    }
    const ResourceType &type = *call.type;
    const QString kind = body->value(QLatin1String("kind")).toString();
    const QString apiVersion = body->value(QLatin1String("apiVersion")).toString();
    if ((!kind.isEmpty() && kind != type.kind) || (!apiVersion.isEmpty() && apiVersion != type.apiVersion())) {
        sendError(call.exchange,
                  ApiError::badRequest(
                      QStringLiteral("the API version in the data (%1) does not match the expected API version (%2)")
                          .arg(apiVersion, type.apiVersion())));
        return;
    }
    const QJsonObject spec = body->value(QLatin1String("spec")).toObject();
    QJsonObject result{{QLatin1String("kind"), type.kind},
                       {QLatin1String("apiVersion"), type.apiVersion()},
                       {QLatin1String("metadata"), QJsonObject{{QLatin1String("creationTimestamp"), QJsonValue()}}},
                       {QLatin1String("spec"), spec}};
    if (type.resource == QLatin1String("selfsubjectaccessreviews")) {
        const bool hasResource = spec.contains(QLatin1String("resourceAttributes"));
        const bool hasNonResource = spec.contains(QLatin1String("nonResourceAttributes"));
        if (hasResource == hasNonResource) {
            FieldError e = FieldError::invalid(
                QStringLiteral("spec.resourceAttributes"), QJsonValue(),
                QStringLiteral("exactly one of nonResourceAttributes or resourceAttributes must be specified"));
            e.valueText = QStringLiteral("\"null\"");
            sendError(call.exchange, ApiError::invalid(type, QString(), {e}));
            return;
        }
        RequestAttributes a;
        a.user = call.user;
        if (hasResource) {
            const QJsonObject ra = spec.value(QLatin1String("resourceAttributes")).toObject();
            a.resourceRequest = true;
            a.verb = ra.value(QLatin1String("verb")).toString();
            a.apiGroup = ra.value(QLatin1String("group")).toString();
            a.apiVersion = ra.value(QLatin1String("version")).toString();
            a.resource = ra.value(QLatin1String("resource")).toString();
            a.subresource = ra.value(QLatin1String("subresource")).toString();
            a.ns = ra.value(QLatin1String("namespace")).toString();
            a.name = ra.value(QLatin1String("name")).toString();
        } else {
            const QJsonObject na = spec.value(QLatin1String("nonResourceAttributes")).toObject();
            a.verb = na.value(QLatin1String("verb")).toString();
            a.path = na.value(QLatin1String("path")).toString();
        }
        const bool allowed = m_authorizer.authorize(a).allowed;
        QJsonObject status{{QLatin1String("allowed"), allowed}};
        if (allowed) {
            status.insert(QLatin1String("reason"), allowReason(call.user));
        }
        result.insert(QLatin1String("status"), status);
    } else {
        const bool admin = call.user.groups.contains(QLatin1String("system:masters"));
        const bool viewer = call.user.groups.contains(QLatin1String("ringside:viewers"));
        QJsonArray resourceRules{
            QJsonObject{{QLatin1String("verbs"), QJsonArray{QLatin1String("create")}},
                        {QLatin1String("apiGroups"), QJsonArray{QLatin1String("authorization.k8s.io")}},
                        {QLatin1String("resources"), QJsonArray{QLatin1String("selfsubjectaccessreviews"),
                                                                QLatin1String("selfsubjectrulesreviews")}}}};
        QJsonArray nonResourceRules{
            QJsonObject{{QLatin1String("verbs"), QJsonArray{QLatin1String("get")}},
                        {QLatin1String("nonResourceURLs"),
                         QJsonArray{QLatin1String("/api"), QLatin1String("/api/*"), QLatin1String("/apis"),
                                    QLatin1String("/apis/*"), QLatin1String("/healthz"), QLatin1String("/livez"),
                                    QLatin1String("/openapi"), QLatin1String("/openapi/*"), QLatin1String("/readyz"),
                                    QLatin1String("/version"), QLatin1String("/version/")}}}};
        if (admin) {
            resourceRules.prepend(QJsonObject{{QLatin1String("verbs"), QJsonArray{QLatin1String("*")}},
                                              {QLatin1String("apiGroups"), QJsonArray{QLatin1String("*")}},
                                              {QLatin1String("resources"), QJsonArray{QLatin1String("*")}}});
            nonResourceRules.prepend(QJsonObject{{QLatin1String("verbs"), QJsonArray{QLatin1String("*")}},
                                                 {QLatin1String("nonResourceURLs"), QJsonArray{QLatin1String("*")}}});
        } else if (viewer) {
            QHash<QString, QStringList> byGroup;
            for (const ResourceType *t : m_service->registry()->all()) {
                if (t->verbs.contains(QLatin1String("list"))
                    && !(t->group.isEmpty() && t->resource == QLatin1String("secrets"))) {
                    QStringList &list = byGroup[t->group];
                    for (const QString &r :
                         QStringList{t->resource, t->resource + QLatin1String("/status"),
                                     t->resource + QLatin1String("/scale"), t->resource + QLatin1String("/log")}) {
                        const QString sub = r.section(u'/', 1);
                        if ((sub.isEmpty() || t->hasSubresource(sub)) && !list.contains(r)) {
                            list.append(r);
                        }
                    }
                }
            }
            QStringList groups = byGroup.keys();
            groups.sort();
            for (const QString &g : std::as_const(groups)) {
                resourceRules.append(
                    QJsonObject{{QLatin1String("verbs"),
                                 QJsonArray{QLatin1String("get"), QLatin1String("list"), QLatin1String("watch")}},
                                {QLatin1String("apiGroups"), QJsonArray{g}},
                                {QLatin1String("resources"), QJsonArray::fromStringList(byGroup.value(g))}});
            }
        }
        result.insert(QLatin1String("status"), QJsonObject{{QLatin1String("resourceRules"), resourceRules},
                                                           {QLatin1String("nonResourceRules"), nonResourceRules},
                                                           {QLatin1String("incomplete"), false}});
    }
    sendEncoded(call.exchange, 201, call.format, toJsonBytes(result));
}

static QJsonObject scaleOf(const QJsonObject &served, const QString &selector)
{
    const QJsonObject meta = Json::meta(served);
    QJsonObject scaleMeta;
    for (const char *k : {"name", "namespace", "uid", "resourceVersion", "creationTimestamp"}) {
        if (meta.contains(QLatin1String(k))) {
            scaleMeta.insert(QLatin1String(k), meta.value(QLatin1String(k)));
        }
    }
    QJsonObject status{{QLatin1String("replicas"), Json::at(served, u"status.replicas").toInteger()}};
    if (!selector.isEmpty()) {
        status.insert(QLatin1String("selector"), selector);
    }
    return {{QLatin1String("kind"), QLatin1String("Scale")},
            {QLatin1String("apiVersion"), QLatin1String("autoscaling/v1")},
            {QLatin1String("metadata"), scaleMeta},
            {QLatin1String("spec"),
             QJsonObject{{QLatin1String("replicas"), Json::at(served, u"spec.replicas").toInteger()}}},
            {QLatin1String("status"), status}};
}

static QString selectorText(const QJsonObject &served)
{
    QStringList parts;
    const QJsonObject labels = Json::at(served, u"spec.selector.matchLabels").toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        parts.append(it.key() + u'=' + it.value().toString());
    }
    return parts.join(u',');
}

void ApiServer::handleScale(Call &call)
{
    const QByteArray method = call.exchange->request().method;
    ObjectResult current = m_service->get(*call.type, call.info.ns, call.info.name);
    if (!current.ok()) {
        sendError(call.exchange, *current.error);
        return;
    }
    OutputFormat plain = call.format;
    plain.kind = plain.kind == OutputFormat::Kind::Yaml ? OutputFormat::Kind::Yaml : OutputFormat::Kind::Json;
    if (method == "GET") {
        sendEncoded(call.exchange, 200, plain, toJsonBytes(scaleOf(current.object, selectorText(current.object))));
        return;
    }
    if (method != "PUT" && method != "PATCH") {
        sendError(call.exchange, ApiError::genericResponse(405, QStringLiteral("405: Method Not Allowed")));
        return;
    }
    const auto options = writeOptions(call);
    if (!options) {
        return;
    }
    QJsonObject scale;
    if (method == "PUT") {
        const auto body = readBody(call);
        if (!body) {
            return;
        }
        scale = *body;
    } else {
        // Patch the Scale view, then apply its replicas to the object.
        const QJsonObject currentScale = scaleOf(current.object, selectorText(current.object));
        const QByteArray &body = call.exchange->request().body;
        if (call.exchange->request().header("content-type").startsWith("application/json-patch+json")) {
            const PatchOutcome outcome = applyJsonPatch(currentScale, body);
            if (!outcome.ok()) {
                sendError(call.exchange, outcome.badRequest ? ApiError::badRequest(outcome.error)
                                                            : ApiError::genericResponse(422, outcome.error));
                return;
            }
            scale = outcome.value.toObject();
        } else {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                sendError(call.exchange,
                          ApiError::badRequest(QStringLiteral("error decoding patch: %1").arg(error.errorString())));
                return;
            }
            scale = applyMergePatch(currentScale, doc.object()).toObject();
        }
    }
    if (!Json::at(scale, u"spec.replicas").isDouble() || Json::at(scale, u"spec.replicas").toInteger() < 0) {
        sendError(
            call.exchange,
            ApiError::invalid(QStringLiteral("autoscaling"), QStringLiteral("Scale"), call.info.name,
                              {FieldError::invalid(QStringLiteral("spec.replicas"), Json::at(scale, u"spec.replicas"),
                                                   QStringLiteral("must be greater than or equal to 0"))}));
        return;
    }
    QJsonObject updated = current.object;
    Json::setAt(updated, u"spec.replicas", Json::at(scale, u"spec.replicas"));
    const QString rv = Json::metaString(scale, QLatin1String("resourceVersion"));
    if (!rv.isEmpty()) {
        Json::setMeta(updated, QLatin1String("resourceVersion"), rv);
    }
    const ObjectResult r = m_service->update(*call.type, call.info.ns, call.info.name, updated, *options);
    if (!r.ok()) {
        sendError(call.exchange, *r.error);
        return;
    }
    sendEncoded(call.exchange, 200, plain, toJsonBytes(scaleOf(r.object, selectorText(r.object))));
}

} // namespace Ringside::Sandbox
