// The Data API (Stargate JSON API) of a simulated cluster, served on the Data API pods' port. It accepts only the
// token "Cassandra:base64(user):base64(password)" of the cluster's superuser secret and reads and changes the
// simulated schema (the same ConfigMap that cqlsh and nodetool read).
#include "nodesim/nodesimulation.h"

#include "api/jsonutil.h"
#include "store/objectstore.h"
#include "stream/podruntime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Ringside::Sandbox {

using namespace NodeSim;

namespace {

PortHttpResponse json(int status, const QJsonObject &body)
{
    PortHttpResponse r;
    r.status = status;
    r.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

PortHttpResponse apiError(int status, const QString &code, const QString &message)
{
    return json(status, {{QLatin1String("errors"),
                          QJsonArray{QJsonObject{{QLatin1String("message"), message}, {QLatin1String("errorCode"), code}}}}});
}

PortHttpResponse ok(const QJsonObject &status)
{
    return json(200, {{QLatin1String("status"), status}});
}

QString envOf(const QJsonObject &pod, const QString &name)
{
    for (const QJsonValue &c : Json::at(pod, u"spec.containers").toArray()) {
        for (const QJsonValue &e : c.toObject().value(QLatin1String("env")).toArray()) {
            if (e.toObject().value(QLatin1String("name")).toString() == name) {
                return e.toObject().value(QLatin1String("value")).toString();
            }
        }
    }
    return {};
}

QString labelOf(const QJsonObject &o, const QString &label)
{
    return Json::meta(o).value(QLatin1String("labels")).toObject().value(label).toString();
}

bool podReady(const QJsonObject &pod)
{
    for (const QJsonValue &c : Json::at(pod, u"status.conditions").toArray()) {
        if (c.toObject().value(QLatin1String("type")).toString() == QLatin1String("Ready")) {
            return c.toObject().value(QLatin1String("status")).toString() == QLatin1String("True");
        }
    }
    return false;
}

QString keyspaceNameError(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"));
    return re.match(name).hasMatch() ? QString()
                                     : QStringLiteral("Invalid keyspace name '%1': must be 1-48 letters, digits or "
                                                      "underscores, starting with a letter")
                                           .arg(name);
}

} // namespace

PortHttpResponse NodeSimulation::handleDataApi(const QString &ns, const QString &podName, const HttpRequest &request)
{
    const StoredObject *pod = m_store->get(QStringLiteral("/pods"), ObjectStore::objectKey(ns, podName));
    if (!pod) {
        return apiError(503, QStringLiteral("SERVER_UNAVAILABLE"), QStringLiteral("the Data API pod is gone"));
    }
    if (request.method == "GET" && request.path.startsWith(QLatin1String("/swagger-ui"))) {
        PortHttpResponse r;
        r.headers.append({QByteArray("Content-Type"), QByteArray("text/html; charset=utf-8")});
        r.body = "<!DOCTYPE html><html><head><title>Data API - Swagger UI</title></head><body>"
                 "<h1>Data API</h1><p>POST /v1 with a JSON command (createKeyspace, findKeyspaces, dropKeyspace); "
                 "POST /v1/KEYSPACE (createCollection, findCollections, deleteCollection). Header: "
                 "Token: Cassandra:base64(user):base64(password).</p></body></html>";
        return r;
    }
    // Authentication: the superuser's credentials, as the token the Data API's CQL auth accepts.
    const QString secretName = envOf(pod->object, QStringLiteral("SUPERUSER_SECRET"));
    const StoredObject *secret = m_store->get(QStringLiteral("/secrets"), ObjectStore::objectKey(ns, secretName));
    const QByteArray token = request.header("token");
    if (token.isEmpty()) {
        return apiError(401, QStringLiteral("UNAUTHENTICATED_REQUEST"),
                        QStringLiteral("Role unauthorized for operation: Missing token, expecting one in the Token header."));
    }
    const QList<QByteArray> parts = token.split(':');
    bool authorised = false;
    if (secret && parts.size() == 3 && parts.at(0) == "Cassandra") {
        const QJsonObject data = secret->object.value(QLatin1String("data")).toObject();
        const QByteArray user = QByteArray::fromBase64(data.value(QLatin1String("username")).toString().toLatin1());
        const QByteArray password = QByteArray::fromBase64(data.value(QLatin1String("password")).toString().toLatin1());
        authorised = !user.isEmpty() && QByteArray::fromBase64(parts.at(1)) == user
                     && QByteArray::fromBase64(parts.at(2)) == password;
    }
    if (!authorised) {
        return apiError(401, QStringLiteral("UNAUTHENTICATED_REQUEST"),
                        QStringLiteral("Provided username and/or password are incorrect"));
    }
    if (request.method != "POST") {
        return apiError(405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("use POST with a JSON command"));
    }
    QString path = request.path;
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    if (path != QLatin1String("/v1") && !path.startsWith(QLatin1String("/v1/"))) {
        return apiError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("no resource at %1").arg(request.path));
    }
    const QString keyspaceInPath = path.mid(4);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject() || doc.object().size() != 1) {
        return apiError(400, QStringLiteral("INVALID_REQUEST"),
                        QStringLiteral("Request invalid: the body must be one JSON object with one command"));
    }
    const QString command = doc.object().begin().key();
    const QJsonObject args = doc.object().begin().value().toObject();
    const QString cluster = labelOf(pod->object, QStringLiteral("missioncontrol.datastax.com/cluster"));
    const QString key = ns + u'/' + cluster;
    if (!m_schemas.contains(key)) {
        return apiError(503, QStringLiteral("SERVER_UNAVAILABLE"), QStringLiteral("the cluster %1 has no schema yet").arg(cluster));
    }
    SimSchema schema = m_schemas.value(key);
    auto save = [&] {
        if (!writeSchema(ns, cluster, schema)) {
            return apiError(500, QStringLiteral("SERVER_UNHANDLED_ERROR"), QStringLiteral("the schema could not be written"));
        }
        m_schemas.insert(key, schema);
        return ok({{QLatin1String("ok"), 1}});
    };
    if (keyspaceInPath.isEmpty()) {
        const QString name = args.value(QLatin1String("name")).toString();
        if (command == QLatin1String("findKeyspaces") || command == QLatin1String("findNamespaces")) {
            QJsonArray names;
            for (const SimKeyspace &k : std::as_const(schema.keyspaces)) {
                if (!k.isSystem() && !k.isVirtual()) {
                    names.append(k.name);
                }
            }
            return ok({{command == QLatin1String("findKeyspaces") ? QLatin1String("keyspaces") : QLatin1String("namespaces"), names}});
        }
        if (command == QLatin1String("createKeyspace") || command == QLatin1String("createNamespace")) {
            if (const QString e = keyspaceNameError(name); !e.isEmpty()) {
                return apiError(200, QStringLiteral("INVALID_ARGUMENT"), e);
            }
            if (schema.keyspace(name)) {
                return ok({{QLatin1String("ok"), 1}}); // CREATE KEYSPACE IF NOT EXISTS
            }
            SimKeyspace ks;
            ks.name = name;
            const QJsonObject replication = Json::at(args, u"options.replication").toObject();
            ks.replication.strategyClass = replication.value(QLatin1String("class")).toString(QStringLiteral("SimpleStrategy"));
            for (auto it = replication.begin(); it != replication.end(); ++it) {
                if (it.key() != QLatin1String("class")) {
                    ks.replication.options.insert(it.key(), QString::number(it.value().toInt()));
                }
            }
            if (ks.replication.options.isEmpty()) {
                ks.replication.options.insert(QStringLiteral("replication_factor"), QStringLiteral("1"));
            }
            schema.keyspaces.append(ks);
            return save();
        }
        if (command == QLatin1String("dropKeyspace") || command == QLatin1String("dropNamespace")) {
            const SimKeyspace *ks = schema.keyspace(name);
            if (ks && (ks->isSystem() || ks->isVirtual())) {
                return apiError(200, QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("cannot drop system keyspace %1").arg(name));
            }
            schema.keyspaces.removeIf([&](const SimKeyspace &k) { return k.name == name; });
            return save();
        }
    } else {
        SimKeyspace *ks = schema.keyspace(keyspaceInPath);
        if (!ks) {
            return apiError(200, QStringLiteral("KEYSPACE_DOES_NOT_EXIST"),
                            QStringLiteral("Unknown keyspace '%1', you must create it first").arg(keyspaceInPath));
        }
        const QString name = args.value(QLatin1String("name")).toString();
        if (command == QLatin1String("findCollections")) {
            QJsonArray names;
            for (const SimTable &t : std::as_const(ks->tables)) {
                names.append(t.name);
            }
            return ok({{QLatin1String("collections"), names}});
        }
        if (command == QLatin1String("createCollection")) {
            if (const QString e = keyspaceNameError(name); !e.isEmpty()) {
                return apiError(200, QStringLiteral("INVALID_ARGUMENT"), QString(e).replace(QLatin1String("keyspace"), QLatin1String("collection")));
            }
            const bool exists = std::any_of(ks->tables.cbegin(), ks->tables.cend(), [&](const SimTable &t) { return t.name == name; });
            if (!exists) {
                // The Data API's collection table layout (document id, and the shredded value maps).
                SimTable t;
                t.name = name;
                t.columns = {{QStringLiteral("key"), QStringLiteral("frozen<tuple<tinyint, text>>"), SimColumn::Kind::PartitionKey},
                             {QStringLiteral("doc_json"), QStringLiteral("text")},
                             {QStringLiteral("query_text_values"), QStringLiteral("map<text, text>")},
                             {QStringLiteral("query_dbl_values"), QStringLiteral("map<text, decimal>")},
                             {QStringLiteral("tx_id"), QStringLiteral("timeuuid")}};
                t.comment = QStringLiteral("{\"collection\":{\"name\":\"%1\",\"schema_version\":1}}").arg(name);
                ks->tables.append(t);
            }
            return save();
        }
        if (command == QLatin1String("deleteCollection")) {
            ks->tables.removeIf([&](const SimTable &t) { return t.name == name; });
            return save();
        }
    }
    return apiError(200, QStringLiteral("NO_COMMAND_MATCHED"),
                    QStringLiteral("No \"%1\" command found as \"%2\"")
                        .arg(command, keyspaceInPath.isEmpty() ? QStringLiteral("GeneralCommand") : QStringLiteral("KeyspaceCommand")));
}

void NodeSimulation::serveDataApis()
{
    QSet<QString> present;
    for (const StoredObject *o : m_store->list(QStringLiteral("/pods"))) {
        if (labelOf(o->object, QStringLiteral("app.kubernetes.io/component")) != QLatin1String("data-api")
            || !podReady(o->object)) {
            continue;
        }
        const QString ns = Json::ns(o->object);
        const QString pod = Json::name(o->object);
        const QString key = ns + u'/' + pod;
        int port = 8181;
        for (const QJsonValue &c : Json::at(o->object, u"spec.containers").toArray()) {
            for (const QJsonValue &p : c.toObject().value(QLatin1String("ports")).toArray()) {
                port = p.toObject().value(QLatin1String("containerPort")).toInt(port);
            }
        }
        present.insert(key);
        if (m_dataApis.value(key) != port) {
            m_runtime->setHttpPort(ns, pod, port, [this, ns, pod](const HttpRequest &request) {
                return handleDataApi(ns, pod, request);
            });
            m_dataApis.insert(key, port);
        }
    }
    for (auto it = m_dataApis.begin(); it != m_dataApis.end();) {
        if (!present.contains(it.key())) {
            m_runtime->setHttpPort(it.key().section(u'/', 0, 0), it.key().section(u'/', 1), it.value(), {});
            it = m_dataApis.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace Ringside::Sandbox
