#include "fakeapi.h"

#include "yaml/yamljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Ringside::Test {

namespace {
QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString objKey(const QString &ns, const QString &name)
{
    return ns + u'/' + name;
}

QJsonObject meta(const QJsonObject &o)
{
    return o.value(u"metadata"_s).toObject();
}

void leaves(const QJsonValue &v, const QString &path, QMap<QString, QJsonValue> *out)
{
    if (v.isObject() && !v.toObject().isEmpty()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            leaves(it.value(), path + u'.' + it.key(), out);
        }
    } else {
        out->insert(path, v);
    }
}

QJsonValue valueAt(const QJsonValue &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &part : path.split(u'.', Qt::SkipEmptyParts)) {
        v = v.toObject().value(part);
    }
    return v;
}

} // namespace

QJsonObject FakeApi::runningPod(const QString &ns, const QString &name, const QStringList &containers, const QJsonObject &labels)
{
    QJsonArray specs;
    QJsonArray statuses;
    for (const QString &c : containers) {
        specs.append(QJsonObject{{u"name"_s, c}, {u"image"_s, u"cassandra:4.1"_s}});
        statuses.append(QJsonObject{{u"name"_s, c}, {u"restartCount"_s, 0}, {u"ready"_s, true}, {u"containerID"_s, u"containerd://%1-0"_s.arg(c)},
                                    {u"state"_s, QJsonObject{{u"running"_s, QJsonObject{{u"startedAt"_s, u"2024-01-01T00:00:00Z"_s}}}}}});
    }
    return {{u"apiVersion"_s, u"v1"_s},
            {u"kind"_s, u"Pod"_s},
            {u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, ns}, {u"labels"_s, labels}}},
            {u"spec"_s, QJsonObject{{u"containers"_s, specs}}},
            {u"status"_s, QJsonObject{{u"phase"_s, u"Running"_s}, {u"containerStatuses"_s, statuses}}}};
}

FakeApi::FakeApi(FakeHttpServer *server)
    : QObject(server)
    , m_server(server)
{
    m_clock.start();
    server->addHandler([this](const HttpRequest &req, HttpConnection *c) { return handle(req, c); });
    connect(&m_bookmarkTimer, &QTimer::timeout, this, &FakeApi::onBookmarkTimer);
    addResource({{}, u"v1"_s, u"namespaces"_s, u"Namespace"_s, u"namespace"_s, false, {u"ns"_s}, {}, {u"status"_s}});
    addResource({{}, u"v1"_s, u"pods"_s, u"Pod"_s, u"pod"_s, true, {u"po"_s}, {u"all"_s}, {u"status"_s, u"log"_s, u"exec"_s, u"portforward"_s}});
    addResource({{}, u"v1"_s, u"configmaps"_s, u"ConfigMap"_s, u"configmap"_s, true, {u"cm"_s}, {}, {}});
    addResource({{}, u"v1"_s, u"services"_s, u"Service"_s, u"service"_s, true, {u"svc"_s}, {u"all"_s}, {u"status"_s, u"proxy"_s}});
    addResource({u"apps"_s, u"v1"_s, u"statefulsets"_s, u"StatefulSet"_s, u"statefulset"_s, true, {u"sts"_s}, {u"all"_s}, {u"status"_s, u"scale"_s}});
    addResource({u"apps"_s, u"v1"_s, u"deployments"_s, u"Deployment"_s, u"deployment"_s, true, {u"deploy"_s}, {u"all"_s}, {u"status"_s, u"scale"_s}});
    addResource({u"cassandra.datastax.com"_s, u"v1beta1"_s, u"cassandradatacenters"_s, u"CassandraDatacenter"_s, u"cassandradatacenter"_s, true,
                 {u"cassdc"_s, u"cassdcs"_s}, {}, {u"status"_s}});
}

FakeApi::~FakeApi()
{
    qDeleteAll(m_watchers);
}

void FakeApi::addResource(const FakeResource &resource)
{
    removeResource(resource.group, resource.resource);
    m_resources.append(resource);
}

void FakeApi::removeResource(const QString &group, const QString &resource)
{
    m_resources.removeIf([&](const FakeResource &r) { return r.group == group && r.resource == resource; });
}

const FakeResource *FakeApi::findResource(const QString &group, const QString &version, const QString &resource) const
{
    for (const FakeResource &r : m_resources) {
        if (r.group == group && r.version == version && r.resource == resource) {
            return &r;
        }
    }
    return nullptr;
}

QJsonObject FakeApi::store(const QString &resKey, QJsonObject object, const QByteArray &type, const QJsonObject &previous)
{
    QJsonObject m = meta(object);
    m.insert(u"resourceVersion"_s, QString::number(++m_rv));
    if (type == "ADDED") {
        m.insert(u"uid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        m.insert(u"creationTimestamp"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    } else {
        m.insert(u"uid"_s, meta(previous).value(u"uid"_s));
        m.insert(u"creationTimestamp"_s, meta(previous).value(u"creationTimestamp"_s));
    }
    object.insert(u"metadata"_s, m);
    m_objects[resKey][objKey(m.value(u"namespace"_s).toString(), m.value(u"name"_s).toString())] = object;
    record(resKey, type, object, previous);
    return object;
}

QJsonObject FakeApi::create(const QString &group, const QString &resource, const QJsonObject &object)
{
    return store(group + u'/' + resource, object, "ADDED", {});
}

QJsonObject FakeApi::update(const QString &group, const QString &resource, const QJsonObject &object)
{
    const QJsonObject m = meta(object);
    const auto prev = this->object(group, resource, m.value(u"namespace"_s).toString(), m.value(u"name"_s).toString());
    if (!prev) {
        return create(group, resource, object);
    }
    return store(group + u'/' + resource, object, "MODIFIED", *prev);
}

bool FakeApi::remove(const QString &group, const QString &resource, const QString &ns, const QString &name)
{
    const QString resKey = group + u'/' + resource;
    auto &objs = m_objects[resKey];
    auto it = objs.find(objKey(ns, name));
    if (it == objs.end()) {
        return false;
    }
    QJsonObject o = it->second;
    objs.erase(it);
    m_owners[resKey].erase(objKey(ns, name));
    QJsonObject m = meta(o);
    m.insert(u"resourceVersion"_s, QString::number(++m_rv));
    o.insert(u"metadata"_s, m);
    record(resKey, "DELETED", o, o);
    if (resource == u"pods"_s) {
        const QString prefix = ns + u'/' + name + u'/';
        for (auto it = m_logs.begin(); it != m_logs.end();) {
            it = it.key().startsWith(prefix) ? m_logs.erase(it) : std::next(it);
        }
        endLogFollowers(prefix);
    }
    return true;
}

std::optional<QJsonObject> FakeApi::object(const QString &group, const QString &resource, const QString &ns, const QString &name) const
{
    const auto r = m_objects.find(group + u'/' + resource);
    if (r == m_objects.end()) {
        return std::nullopt;
    }
    const auto it = r->second.find(objKey(ns, name));
    if (it == r->second.end()) {
        return std::nullopt;
    }
    return it->second;
}

QList<QJsonObject> FakeApi::objects(const QString &group, const QString &resource, const QString &ns) const
{
    QList<QJsonObject> out;
    const auto r = m_objects.find(group + u'/' + resource);
    if (r == m_objects.end()) {
        return out;
    }
    for (const auto &[key, o] : r->second) {
        if (ns.isEmpty() || meta(o).value(u"namespace"_s).toString() == ns) {
            out.append(o);
        }
    }
    return out;
}

bool FakeApi::handle(const HttpRequest &req, HttpConnection *c)
{
    if (handleDiscovery(req, c)) {
        return true;
    }
    QStringList parts = req.path.split(u'/', Qt::SkipEmptyParts);
    QString group;
    QString version;
    if (parts.size() >= 2 && parts.at(0) == u"api"_s) {
        version = parts.at(1);
        parts = parts.mid(2);
    } else if (parts.size() >= 3 && parts.at(0) == u"apis"_s) {
        group = parts.at(1);
        version = parts.at(2);
        parts = parts.mid(3);
    } else {
        return false;
    }
    QString ns;
    if (parts.size() >= 3 && parts.at(0) == u"namespaces"_s && !(parts.size() == 3 && (parts.at(2) == u"status"_s || parts.at(2) == u"finalize"_s))) {
        ns = parts.at(1);
        parts = parts.mid(2);
    }
    if (parts.isEmpty()) {
        return false;
    }
    const FakeResource *r = findResource(group, version, parts.at(0));
    if (!r) {
        c->respondStatus(404, u"NotFound"_s, u"the server could not find the requested resource"_s);
        return true;
    }
    if ((req.method == "GET" && parts.size() == 1) && m_throttle > 0) {
        --m_throttle;
        c->respondStatus(429, u"TooManyRequests"_s, u"too many requests, please try again later"_s, {},
                         {{"Retry-After", QByteArray::number(m_throttleRetryAfter)}});
        return true;
    }
    if (parts.size() == 1) {
        handleCollection(req, c, *r, ns);
    } else {
        if (r->resource == u"pods"_s && parts.size() == 3 && parts.at(2) == u"log"_s) {
            handleLog(req, c, ns, parts.at(1));
            return true;
        }
        handleObject(req, c, *r, ns, parts.at(1), parts.value(2));
    }
    return true;
}

void FakeApi::handleCollection(const HttpRequest &req, HttpConnection *c, const FakeResource &r, const QString &ns)
{
    if (req.method == "GET") {
        if (req.isWatch()) {
            handleWatch(req, c, r, ns);
        } else {
            handleList(req, c, r, ns);
        }
        return;
    }
    if (req.method != "POST") {
        c->respondStatus(405, u"MethodNotAllowed"_s, u"the server does not allow this method on the requested resource"_s);
        return;
    }
    QJsonObject o = QJsonDocument::fromJson(req.body).object();
    QJsonObject m = meta(o);
    if (m.value(u"name"_s).toString().isEmpty() && m.contains(u"generateName"_s)) {
        m.insert(u"name"_s, QString(m.value(u"generateName"_s).toString() + QUuid::createUuid().toString(QUuid::Id128).left(5)));
    }
    if (r.namespaced) {
        m.insert(u"namespace"_s, ns);
    }
    o.insert(u"metadata"_s, m);
    const QString name = m.value(u"name"_s).toString();
    if (object(r.group, r.resource, ns, name)) {
        c->respondStatus(409, u"AlreadyExists"_s, u"%1 \"%2\" already exists"_s.arg(r.resource, name));
        return;
    }
    if (req.queryValue(u"dryRun"_s) == u"All"_s) {
        c->respond(201, json(o));
        return;
    }
    c->respond(201, json(create(r.group, r.resource, o)));
}

void FakeApi::handleList(const HttpRequest &req, HttpConnection *c, const FakeResource &r, const QString &ns)
{
    ++m_listRequests;
    const QString labelSel = req.queryValue(u"labelSelector"_s);
    const QString fieldSel = req.queryValue(u"fieldSelector"_s);
    const int limit = req.queryValue(u"limit"_s).toInt();
    qint64 listRv = m_rv;
    QString after;
    const QString cont = req.queryValue(u"continue"_s);
    if (!cont.isEmpty()) {
        const QStringList tok = QString::fromUtf8(QByteArray::fromBase64(cont.toLatin1())).split(u'|');
        listRv = tok.value(0).toLongLong();
        after = tok.value(1);
        if (listRv < m_oldestRv) {
            c->respondStatus(410, u"Expired"_s, u"The provided continue parameter is too old to display a consistent list result."_s);
            return;
        }
    }
    QJsonArray items;
    QString last;
    bool more = false;
    const auto res = m_objects.find(r.key());
    if (res != m_objects.end()) {
        for (auto it = after.isEmpty() ? res->second.begin() : res->second.upper_bound(after); it != res->second.end(); ++it) {
            const QJsonObject &o = it->second;
            if ((!ns.isEmpty() && meta(o).value(u"namespace"_s).toString() != ns)
                || !matchesLabelSelector(labelSel, meta(o).value(u"labels"_s).toObject()) || !matchesFieldSelector(fieldSel, o)) {
                continue;
            }
            if (limit > 0 && items.size() >= limit) {
                more = true;
                break;
            }
            items.append(o);
            last = it->first;
        }
    }
    QJsonObject lm{{u"resourceVersion"_s, QString::number(listRv)}};
    if (more) {
        lm.insert(u"continue"_s, QString::fromLatin1((QString::number(listRv) + u'|' + last).toUtf8().toBase64()));
    }
    const QString apiVersion = r.group.isEmpty() ? r.version : r.group + u'/' + r.version;
    c->respond(200, json({{u"kind"_s, QString(r.kind + u"List"_s)}, {u"apiVersion"_s, apiVersion}, {u"metadata"_s, lm}, {u"items"_s, items}}));
}

void FakeApi::handleObject(const HttpRequest &req, HttpConnection *c, const FakeResource &r, const QString &ns, const QString &name,
                           const QString &sub)
{
    const auto existing = object(r.group, r.resource, ns, name);
    const bool dryRun = req.queryValue(u"dryRun"_s) == u"All"_s;
    auto notFound = [&] { c->respondStatus(404, u"NotFound"_s, u"%1 \"%2\" not found"_s.arg(r.resource, name)); };
    if (req.method == "PATCH") {
        handlePatch(req, c, r, ns, name);
        return;
    }
    if (!existing) {
        notFound();
        return;
    }
    if (req.method == "GET") {
        c->respond(200, json(*existing));
    } else if (req.method == "PUT") {
        QJsonObject o = QJsonDocument::fromJson(req.body).object();
        const QString rv = meta(o).value(u"resourceVersion"_s).toString();
        if (!rv.isEmpty() && rv != meta(*existing).value(u"resourceVersion"_s).toString()) {
            c->respondStatus(409, u"Conflict"_s,
                             u"Operation cannot be fulfilled on %1 \"%2\": the object has been modified; please apply your changes "
                             "to the latest version and try again"_s.arg(r.resource, name));
            return;
        }
        if (sub == u"status"_s) {
            QJsonObject merged = *existing;
            merged.insert(u"status"_s, o.value(u"status"_s));
            o = merged;
        } else {
            o.insert(u"status"_s, existing->value(u"status"_s));
        }
        c->respond(200, json(dryRun ? o : update(r.group, r.resource, o)));
    } else if (req.method == "DELETE") {
        const QJsonObject opts = QJsonDocument::fromJson(req.body).object();
        const QString uid = opts.value(u"preconditions"_s).toObject().value(u"uid"_s).toString();
        if (!uid.isEmpty() && uid != meta(*existing).value(u"uid"_s).toString()) {
            c->respondStatus(409, u"Conflict"_s, u"Precondition failed: UID in precondition: %1, UID in object meta: %2"_s.arg(uid, meta(*existing).value(u"uid"_s).toString()));
            return;
        }
        if (!dryRun && !opts.value(u"dryRun"_s).isArray()) {
            remove(r.group, r.resource, ns, name);
        }
        c->respond(200, json(*existing));
    } else {
        c->respondStatus(405, u"MethodNotAllowed"_s, u"method not allowed"_s);
    }
}

void FakeApi::handlePatch(const HttpRequest &req, HttpConnection *c, const FakeResource &r, const QString &ns, const QString &name)
{
    const QByteArray type = req.header("content-type");
    const auto existing = object(r.group, r.resource, ns, name);
    const bool dryRun = req.queryValue(u"dryRun"_s) == u"All"_s;
    const QString resKey = r.key();
    QJsonObject result;
    if (type == "application/apply-patch+yaml") {
        const QString manager = req.queryValue(u"fieldManager"_s);
        if (manager.isEmpty()) {
            c->respondStatus(422, u"Invalid"_s, u"PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch"_s);
            return;
        }
        const Yaml::ParseResult parsed = Yaml::parse(req.body);
        const QJsonObject applied = parsed.documents.value(0).toObject();
        if (!parsed.ok() || applied.isEmpty()) {
            c->respondStatus(400, u"BadRequest"_s, u"error decoding YAML"_s);
            return;
        }
        QMap<QString, QJsonValue> fields;
        leaves(applied, QString(), &fields);
        FieldOwners owners = m_owners[resKey][objKey(ns, name)];
        const bool force = req.queryValue(u"force"_s) == u"true"_s;
        QJsonArray causes;
        QStringList conflictText;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            if (it.key().startsWith(u".apiVersion"_s) || it.key().startsWith(u".kind"_s) || it.key() == u".metadata.name"_s
                || it.key() == u".metadata.namespace"_s) {
                continue;
            }
            const QString owner = owners.value(it.key());
            if (existing && !owner.isEmpty() && owner != manager && valueAt(*existing, it.key()) != it.value() && !force) {
                causes.append(QJsonObject{{u"reason"_s, u"FieldManagerConflict"_s},
                                          {u"message"_s, u"conflict with \"%1\" using %2"_s.arg(owner, r.group.isEmpty() ? r.version : r.group + u'/' + r.version)},
                                          {u"field"_s, it.key()}});
                conflictText.append(u"conflict with \"%1\": %2"_s.arg(owner, it.key()));
            }
            owners.insert(it.key(), manager);
        }
        if (!causes.isEmpty()) {
            c->respondStatus(409, u"Conflict"_s, u"Apply failed with %1 conflict(s): %2"_s.arg(causes.size()).arg(conflictText.join(u"; "_s)), causes);
            return;
        }
        result = mergePatch(existing.value_or(QJsonObject()), applied).toObject();
        QJsonObject m = meta(result);
        QJsonArray managed;
        QStringList managers = owners.values();
        managers.removeDuplicates();
        for (const QString &mgr : managers) {
            managed.append(QJsonObject{{u"manager"_s, mgr}, {u"operation"_s, u"Apply"_s}, {u"fieldsType"_s, u"FieldsV1"_s}});
        }
        m.insert(u"managedFields"_s, managed);
        if (r.namespaced) {
            m.insert(u"namespace"_s, ns);
        }
        result.insert(u"metadata"_s, m);
        if (!dryRun) {
            m_owners[resKey][objKey(ns, name)] = owners;
        }
    } else {
        if (!existing) {
            c->respondStatus(404, u"NotFound"_s, u"%1 \"%2\" not found"_s.arg(r.resource, name));
            return;
        }
        QJsonParseError pe;
        const QJsonDocument patch = QJsonDocument::fromJson(req.body, &pe);
        if (pe.error != QJsonParseError::NoError) {
            c->respondStatus(400, u"BadRequest"_s, u"invalid JSON patch body"_s);
            return;
        }
        if (type == "application/json-patch+json") {
            QJsonValue doc = *existing;
            QString error;
            if (!applyJsonPatch(&doc, patch.array(), &error)) {
                c->respondStatus(422, u"Invalid"_s, error);
                return;
            }
            result = doc.toObject();
        } else if (type == "application/merge-patch+json" || type == "application/strategic-merge-patch+json") {
            result = mergePatch(*existing, patch.object()).toObject();
        } else {
            c->respondStatus(415, u"UnsupportedMediaType"_s, u"the body of the request was in an unknown format"_s);
            return;
        }
    }
    if (dryRun) {
        c->respond(200, json(result));
        return;
    }
    c->respond(existing ? 200 : 201, json(existing ? update(r.group, r.resource, result) : create(r.group, r.resource, result)));
}

} // namespace Ringside::Test
