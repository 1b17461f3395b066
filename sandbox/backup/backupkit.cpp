#include "backupkit.h"

#include "api/jsonutil.h"
#include "api/registry.h"
#include "store/objectstore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator64>
#include <QTimer>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcSandboxBackup, "ringside.sandbox.backup", QtWarningMsg)

namespace Ringside::Sandbox::Backup {

QString Refs::storageKey(const Ref &ref)
{
    return QLatin1String(ref.group) + u'/' + QLatin1String(ref.resource);
}

Client::Client(ResourceService *service, const BackupSettings &settings)
    : m_service(service)
{
    setSettings(settings);
}

void Client::setSettings(const BackupSettings &settings)
{
    m_settings = settings;
    if (!(m_settings.pace > 0)) {
        m_settings.pace = 1.0;
    }
}

const ResourceType *Client::type(const Ref &ref) const
{
    return m_service->registry()->find(QString::fromLatin1(ref.group), QString::fromLatin1(ref.version),
                                       QString::fromLatin1(ref.resource));
}

QJsonObject Client::get(const Ref &ref, const QString &ns, const QString &name) const
{
    const StoredObject *o = m_service->store()->get(Refs::storageKey(ref), ObjectStore::objectKey(ns, name));
    return o ? o->object : QJsonObject();
}

QList<QJsonObject> Client::list(const Ref &ref, const QString &ns) const
{
    QList<QJsonObject> out;
    for (const StoredObject *o : m_service->store()->list(Refs::storageKey(ref), ns)) {
        out.append(o->object);
    }
    return out;
}

static WriteOptions controllerWrite(const QString &manager)
{
    WriteOptions o;
    o.user = {QStringLiteral("system:serviceaccount:sandbox:") + manager, QString(),
              {QStringLiteral("system:masters"), QStringLiteral("system:authenticated")}};
    o.fieldManager = manager;
    o.fieldValidation = WriteOptions::FieldValidation::Ignore;
    return o;
}

static ObjectResult missingType(const Ref &ref, const QString &name)
{
    return ObjectResult::failure(ApiError::notFound(QLatin1String(ref.group), QLatin1String(ref.resource), name));
}

static void warnIf(const ObjectResult &r, const char *what, const Ref &ref, const QString &name,
                   const QString &manager)
{
    if (!r.ok() && r.status != 409 && r.status != 404) {
        qCWarning(lcSandboxBackup) << manager << "cannot" << what << ref.resource << name << ":" << r.error->message;
    }
}

ObjectResult Client::create(const Ref &ref, const QString &ns, const QJsonObject &object, const QString &manager)
{
    const ResourceType *t = type(ref);
    if (!t) {
        return missingType(ref, Json::name(object));
    }
    QJsonObject typed = object;
    typed.insert(QLatin1String("apiVersion"), t->group.isEmpty() ? t->version : t->group + u'/' + t->version);
    typed.insert(QLatin1String("kind"), t->kind);
    const ObjectResult r = m_service->create(*t, ns, typed, controllerWrite(manager));
    warnIf(r, "create", ref, Json::name(object), manager);
    return r;
}

ObjectResult Client::update(const Ref &ref, const QJsonObject &object, const QString &manager)
{
    const ResourceType *t = type(ref);
    if (!t) {
        return missingType(ref, Json::name(object));
    }
    const ObjectResult r = m_service->update(*t, Json::ns(object), Json::name(object), m_service->toServed(*t, object),
                                             controllerWrite(manager));
    warnIf(r, "update", ref, Json::name(object), manager);
    return r;
}

ObjectResult Client::updateStatus(const Ref &ref, const QJsonObject &object, const QString &manager)
{
    const ResourceType *t = type(ref);
    if (!t) {
        return missingType(ref, Json::name(object));
    }
    const ObjectResult r = m_service->update(*t, Json::ns(object), Json::name(object), m_service->toServed(*t, object),
                                             controllerWrite(manager), QStringLiteral("status"));
    warnIf(r, "update the status of", ref, Json::name(object), manager);
    return r;
}

ObjectResult Client::mergePatch(const Ref &ref, const QString &ns, const QString &name, const QJsonObject &patch,
                                const QString &manager, const QString &subresource)
{
    const ResourceType *t = type(ref);
    if (!t) {
        return missingType(ref, name);
    }
    const ObjectResult r = m_service->patch(*t, ns, name, PatchType::Merge,
                                            QJsonDocument(patch).toJson(QJsonDocument::Compact),
                                            controllerWrite(manager), subresource);
    warnIf(r, "patch", ref, name, manager);
    return r;
}

ObjectResult Client::remove(const Ref &ref, const QString &ns, const QString &name, const QString &manager)
{
    const ResourceType *t = type(ref);
    if (!t) {
        return missingType(ref, name);
    }
    DeleteOptions d;
    d.propagationPolicy = QStringLiteral("Background");
    return m_service->remove(*t, ns, name, d, controllerWrite(manager));
}

void Client::event(const Ref &ref, const QJsonObject &involved, const QString &type, const QString &reason,
                   const QString &message, const QString &component)
{
    const QString ns = Json::ns(involved);
    if (ns.isEmpty()) {
        return;
    }
    const ResourceType *t = this->type(ref);
    const QString now = Json::timestamp();
    const QString name = Json::name(involved) + u'.'
                         + QString::number(QDateTime::currentMSecsSinceEpoch() * 1000 + (seedFor(message) % 1000), 16);
    const QJsonObject eventObject{
        {QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), name}, {QLatin1String("namespace"), ns}}},
        {QLatin1String("involvedObject"),
         QJsonObject{{QLatin1String("apiVersion"),
                      t ? (t->group.isEmpty() ? t->version : t->group + u'/' + t->version) : QString()},
                     {QLatin1String("kind"), t ? t->kind : QString()},
                     {QLatin1String("name"), Json::name(involved)},
                     {QLatin1String("namespace"), ns},
                     {QLatin1String("uid"), Json::metaString(involved, QLatin1String("uid"))},
                     {QLatin1String("resourceVersion"), Json::metaString(involved, QLatin1String("resourceVersion"))}}},
        {QLatin1String("reason"), reason},
        {QLatin1String("message"), message},
        {QLatin1String("type"), type},
        {QLatin1String("count"), 1},
        {QLatin1String("firstTimestamp"), now},
        {QLatin1String("lastTimestamp"), now},
        {QLatin1String("source"), QJsonObject{{QLatin1String("component"), component}}},
        {QLatin1String("reportingComponent"), component},
    };
    create(Refs::Events, ns, eventObject, component);
}

quint64 Client::seedFor(const QString &key) const
{
    return m_settings.seed ^ (quint64(qHash(key, 0x5eed)) << 17) ^ quint64(qHash(key, 7));
}

double Client::unit(const QString &key) const
{
    QRandomGenerator64 g(seedFor(key));
    return g.generateDouble();
}

QString Client::uuid(const QString &key) const
{
    QRandomGenerator64 g(seedFor(key) ^ 0x9e3779b97f4a7c15ULL);
    QByteArray b(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 8) {
        const quint64 v = g.generate64();
        for (int k = 0; k < 8; ++k) {
            b[i + k] = char((v >> (8 * k)) & 0xff);
        }
    }
    b[6] = char((b[6] & 0x0f) | 0x40);
    b[8] = char((b[8] & 0x3f) | 0x80);
    const QString h = QString::fromLatin1(b.toHex());
    return h.mid(0, 8) + u'-' + h.mid(8, 4) + u'-' + h.mid(12, 4) + u'-' + h.mid(16, 4) + u'-' + h.mid(20);
}

int Client::paced(double baseMs, const QString &key, double jitter) const
{
    const double factor = 1.0 + jitter * (2.0 * unit(key) - 1.0);
    return std::max(1, int(std::lround(baseMs * factor / m_settings.pace)));
}

WorkQueue::WorkQueue(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{}

void WorkQueue::enqueue(const QString &ns, const QString &name)
{
    m_dirty.insert(ns + u'/' + name);
    if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &WorkQueue::run);
    }
}

void WorkQueue::requeueAfter(const QString &ns, const QString &name, int ms)
{
    QTimer::singleShot(std::max(0, ms), this, [this, ns, name] { enqueue(ns, name); });
}

void WorkQueue::run()
{
    m_scheduled = false;
    if (m_running) {
        return;
    }
    m_running = true;
    // Keys queued while reconciling (by our own writes) run in the next round.
    for (int round = 0; round < 20 && !m_dirty.empty(); ++round) {
        const std::set<QString> keys = std::exchange(m_dirty, {});
        for (const QString &key : keys) {
            const qsizetype slash = key.indexOf(u'/');
            m_handler(key.left(slash), key.mid(slash + 1));
        }
    }
    m_running = false;
    if (!m_dirty.empty() && !m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &WorkQueue::run);
    }
}

bool Util::podReady(const QJsonObject &pod)
{
    if (!podRunning(pod) || !Conditions::isTrue(Json::at(pod, u"status.conditions").toArray(), QStringLiteral("Ready"))) {
        return false;
    }
    for (const QJsonValue &v : Json::at(pod, u"status.containerStatuses").toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QLatin1String("name")).toString() == QLatin1String("cassandra")) {
            return c.value(QLatin1String("ready")).toBool();
        }
    }
    return true;
}

QString Util::datacenterName(const QJsonObject &dc)
{
    const QString override = Json::at(dc, u"spec.datacenterName").toString();
    return override.isEmpty() ? Json::name(dc) : override;
}

static bool sameCluster(const QJsonObject &pod, const QString &clusterName)
{
    const QString have = Util::label(pod, QStringLiteral("cassandra.datastax.com/cluster"));
    return !have.isEmpty() && (have == clusterName || have == Util::clean(clusterName));
}

QList<QJsonObject> Util::datacenterPods(const Client &client, const QJsonObject &dc)
{
    const QString cluster = Json::at(dc, u"spec.clusterName").toString();
    const QStringList dcNames{datacenterName(dc), Json::name(dc), clean(datacenterName(dc))};
    QList<QJsonObject> out;
    for (const QJsonObject &pod : client.list(Refs::Pods, Json::ns(dc))) {
        if (sameCluster(pod, cluster)
            && dcNames.contains(label(pod, QStringLiteral("cassandra.datastax.com/datacenter")))) {
            out.append(pod);
        }
    }
    return out;
}

QList<QJsonObject> Util::clusterPods(const Client &client, const QString &ns, const QString &clusterName)
{
    QList<QJsonObject> out;
    for (const QJsonObject &pod : client.list(Refs::Pods, ns)) {
        if (sameCluster(pod, clusterName)) {
            out.append(pod);
        }
    }
    return out;
}

bool Util::datacenterReady(const QJsonObject &dc)
{
    return Conditions::isTrue(Json::at(dc, u"status.conditions").toArray(), QStringLiteral("Ready"))
           && Json::at(dc, u"status.cassandraOperatorProgress").toString() == QLatin1String("Ready");
}

bool Util::datacenterStopped(const QJsonObject &dc)
{
    return Conditions::isTrue(Json::at(dc, u"status.conditions").toArray(), QStringLiteral("Stopped"));
}

QString Util::rackOf(const QJsonObject &pod)
{
    const QString rack = label(pod, QStringLiteral("cassandra.datastax.com/rack"));
    return rack.isEmpty() ? QStringLiteral("default") : rack;
}

QString Util::hostId(const Client &client, const QJsonObject &dc, const QJsonObject &pod)
{
    const QString id = Json::at(dc, u"status.nodeStatuses")
                           .toObject()
                           .value(Json::name(pod))
                           .toObject()
                           .value(QLatin1String("hostID"))
                           .toString();
    return id.isEmpty() ? client.uuid(QStringLiteral("host/") + Json::ns(pod) + u'/' + Json::name(pod)) : id;
}

int Util::numTokens(const QJsonObject &dc)
{
    const QJsonValue configured = Json::at(dc, u"spec.config").toObject().value(QLatin1String("cassandra-yaml"))
                                      .toObject()
                                      .value(QLatin1String("num_tokens"));
    const int n = configured.isString() ? configured.toString().toInt() : configured.toInt();
    if (n > 0) {
        return std::min(n, 1536);
    }
    return Json::at(dc, u"spec.serverVersion").toString().startsWith(QLatin1String("3.")) ? 256 : 16;
}

QList<qint64> Util::nodeTokens(const Client &, const QString &hostId, int count)
{
    // Seed-free, from the host ID only, so that every part of the sandbox that knows a node's host ID (the nodetool
    // answers, Medusa's token maps, Reaper's segments) derives the same ring: SHA-1 of the host ID and a salt.
    QList<qint64> tokens;
    tokens.reserve(count);
    const QByteArray id = hostId.toUtf8();
    for (int i = 0; i < count; ++i) {
        const quint64 salt = quint64(i) + 1000;
        QCryptographicHash h(QCryptographicHash::Sha1);
        h.addData(id);
        h.addData(QByteArrayView(reinterpret_cast<const char *>(&salt), sizeof salt));
        const QByteArray d = h.result();
        quint64 v = 0;
        for (int k = 0; k < 8; ++k) {
            v = (v << 8) | quint8(d.at(k));
        }
        tokens.append(qint64(v));
    }
    std::sort(tokens.begin(), tokens.end());
    return tokens;
}

QString Util::humanSize(qint64 bytes)
{
    static const char *units[] = {"B", "KB", "MB", "GB", "TB", "PB"};
    double size = double(bytes);
    int i = 0;
    for (; size >= 1024 && i < 5; ++i) {
        size /= 1024;
    }
    return QString::number(size, 'f', 2) + u' ' + QLatin1String(units[i]);
}

} // namespace Ringside::Sandbox::Backup
