#pragma once
// Helpers of the operator scenario tests: everything goes through the API (raw HTTPS), as a client of a real
// cluster would.

#include "sandboxfixture.h"

#include <QJsonArray>
#include <QTest>

#include <functional>
#include <map>

namespace Ringside::Test::Op {

inline const QString Ns = QStringLiteral("proj");

/*! Starts a sandbox with the simulated world at test pace (a node starts in ~100 ms). */
inline bool startWorld(SandboxFixture &fx, QString *error, double pace = 50, quint64 seed = 7)
{
    if (!fx.start(error, [pace, seed](Sandbox::Sandbox::Options &o) {
            o.simulation = true;
            o.pace = pace;
            o.seed = seed;
        })) {
        return false;
    }
    const HttpResponse r = fx.post(
        QStringLiteral("/api/v1/namespaces"),
        QJsonObject{{QLatin1String("metadata"),
                     QJsonObject{{QLatin1String("name"), Ns},
                                 {QLatin1String("labels"),
                                  QJsonObject{{QLatin1String("mission-control.datastax.com/is-project"), QLatin1String("true")}}}}}});
    if (r.status != 201) {
        *error = QString::fromUtf8(r.body);
        return false;
    }
    return true;
}

inline QString path(const char *groupVersion, const char *resource, const QString &name = {})
{
    const QString gv = QLatin1String(groupVersion);
    QString p = QStringLiteral("/api/v1");
    if (gv != QLatin1String("v1")) {
        p = QLatin1String("/apis/") + gv;
    }
    p += QLatin1String("/namespaces/") + Ns + u'/' + QLatin1String(resource);
    if (!name.isEmpty()) {
        p += u'/' + name;
    }
    return p;
}

inline QString mccPath(const QString &name = {})
{
    return path("missioncontrol.datastax.com/v1beta2", "missioncontrolclusters", name);
}
inline QString dcPath(const QString &name = {})
{
    return path("cassandra.datastax.com/v1beta1", "cassandradatacenters", name);
}
inline QString k8cPath(const QString &name = {})
{
    return path("k8ssandra.io/v1alpha1", "k8ssandraclusters", name);
}
inline QString taskPath(const QString &name = {})
{
    return path("control.k8ssandra.io/v1alpha1", "cassandratasks", name);
}
inline QString podPath(const QString &name = {})
{
    return path("v1", "pods", name);
}

/*! A MissionControlCluster like the UI creates: one DC "<name>-dc1" (datacenterName dc1) with \a racks racks of
    \a perRack nodes. */
inline QJsonObject mcc(const QString &name, const QString &version, int racks, int perRack)
{
    QJsonArray rackList;
    for (int i = 1; i <= racks; ++i) {
        rackList.append(QJsonObject{{QLatin1String("name"), QStringLiteral("r%1").arg(i)}});
    }
    const QJsonObject dc{{QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), QString(name + QLatin1String("-dc1"))}}},
                         {QLatin1String("datacenterName"), QLatin1String("dc1")},
                         {QLatin1String("size"), racks * perRack},
                         {QLatin1String("racks"), rackList}};
    const QJsonObject storage{
        {QLatin1String("cassandraDataVolumeClaimSpec"),
         QJsonObject{{QLatin1String("accessModes"), QJsonArray{QLatin1String("ReadWriteOnce")}},
                     {QLatin1String("storageClassName"), QLatin1String("standard")},
                     {QLatin1String("resources"),
                      QJsonObject{{QLatin1String("requests"), QJsonObject{{QLatin1String("storage"), QLatin1String("5Gi")}}}}}}}};
    return {{QLatin1String("apiVersion"), QLatin1String("missioncontrol.datastax.com/v1beta2")},
            {QLatin1String("kind"), QLatin1String("MissionControlCluster")},
            {QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), name}}},
            {QLatin1String("spec"),
             QJsonObject{{QLatin1String("k8ssandra"),
                          QJsonObject{{QLatin1String("cassandra"),
                                       QJsonObject{{QLatin1String("serverType"), QLatin1String("cassandra")},
                                                   {QLatin1String("serverVersion"), version},
                                                   {QLatin1String("storageConfig"), storage},
                                                   {QLatin1String("datacenters"), QJsonArray{dc}}}}}}}}};
}

inline QJsonObject getJson(SandboxFixture &fx, const QString &target)
{
    const HttpResponse r = fx.get(target);
    return r.status == 200 ? r.json() : QJsonObject();
}

inline QJsonValue at(const QJsonObject &o, const QString &dotted)
{
    QJsonValue v = o;
    for (const QString &part : dotted.split(u'.')) {
        v = v.toObject().value(part);
    }
    return v;
}

inline bool conditionTrue(const QJsonValue &conditions, const QString &type)
{
    for (const QJsonValue &c : conditions.toArray()) {
        if (c.toObject().value(QLatin1String("type")).toString() == type) {
            return c.toObject().value(QLatin1String("status")).toString() == QLatin1String("True");
        }
    }
    return false;
}

inline bool podReady(const QJsonObject &pod)
{
    return at(pod, QStringLiteral("status.phase")).toString() == QLatin1String("Running")
           && conditionTrue(at(pod, QStringLiteral("status.conditions")), QStringLiteral("Ready"));
}

/*! True when the CassandraDatacenter reports Ready for its current generation. */
inline bool dcReady(SandboxFixture &fx, const QString &dc)
{
    const QJsonObject o = getJson(fx, dcPath(dc));
    return at(o, QStringLiteral("status.cassandraOperatorProgress")).toString() == QLatin1String("Ready")
           && conditionTrue(at(o, QStringLiteral("status.conditions")), QStringLiteral("Ready"))
           && at(o, QStringLiteral("status.observedGeneration")).toInt() == at(o, QStringLiteral("metadata.generation")).toInt();
}

inline QList<QJsonObject> items(SandboxFixture &fx, const QString &target)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : getJson(fx, target).value(QLatin1String("items")).toArray()) {
        out.append(v.toObject());
    }
    return out;
}

inline HttpResponse jsonPatch(SandboxFixture &fx, const QString &target, const QJsonArray &ops)
{
    return fx.patch(target, QJsonDocument(ops).toJson(QJsonDocument::Compact), "application/json-patch+json");
}

inline QJsonObject replaceOp(const QString &pathText, const QJsonValue &value)
{
    return {{QLatin1String("op"), QLatin1String("replace")}, {QLatin1String("path"), pathText}, {QLatin1String("value"), value}};
}

/*! A watch on the pods of the test namespace that tracks which pods exist and are Ready. */
class PodWatch
{
public:
    /*! Lists the pods (the starting state), then watches from that list's resourceVersion. */
    explicit PodWatch(SandboxFixture &fx)
    {
        const QJsonObject list = getJson(fx, podPath());
        for (const QJsonValue &v : list.value(QLatin1String("items")).toArray()) {
            const QJsonObject pod = v.toObject();
            const QString name = at(pod, QStringLiteral("metadata.name")).toString();
            m_ready[name] = podReady(pod);
            m_uids[name].insert(at(pod, QStringLiteral("metadata.uid")).toString());
        }
        const QString rv = at(list, QStringLiteral("metadata.resourceVersion")).toString();
        m_connection = fx.open("GET", podPath() + QLatin1String("?watch=1&resourceVersion=") + rv);
        m_reader = std::make_unique<StreamReader>(m_connection.get());
        m_ok = m_reader->readHead() && m_reader->head().status == 200;
    }
    bool ok() const { return m_ok; }
    /*! Reads what arrived; \a expected is the number of pods that should exist. */
    void poll(int expected)
    {
        m_buffer += m_reader->take();
        for (const QJsonObject &e : takeWatchEvents(m_buffer)) {
            const QJsonObject pod = e.value(QLatin1String("object")).toObject();
            const QString name = at(pod, QStringLiteral("metadata.name")).toString();
            const QString type = e.value(QLatin1String("type")).toString();
            if (type == QLatin1String("DELETED")) {
                m_ready.erase(name);
            } else {
                m_ready[name] = podReady(pod);
                m_uids[name].insert(at(pod, QStringLiteral("metadata.uid")).toString());
                if (at(pod, QStringLiteral("metadata.labels")).toObject().value(QLatin1String("cassandra.datastax.com/node-state")).toString()
                    == QLatin1String("Starting")) {
                    m_starting[name] = true;
                } else {
                    m_starting[name] = false;
                }
            }
            int ready = 0;
            int starting = 0;
            for (const auto &[n, r] : m_ready) {
                ready += r ? 1 : 0;
            }
            for (const auto &[n, s] : m_starting) {
                starting += (s && m_ready.count(n)) ? 1 : 0;
            }
            m_maxDown = std::max(m_maxDown, expected - ready);
            m_maxStarting = std::max(m_maxStarting, starting);
            ++m_events;
        }
    }
    int maxDown() const { return m_maxDown; }
    int maxStarting() const { return m_maxStarting; }
    int events() const { return m_events; }
    /*! How many uids each pod name had during the watch. */
    int incarnations(const QString &pod) const
    {
        const auto it = m_uids.find(pod);
        return it == m_uids.end() ? 0 : int(it->second.size());
    }

private:
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<StreamReader> m_reader;
    QByteArray m_buffer;
    bool m_ok = false;
    std::map<QString, bool> m_ready;
    std::map<QString, bool> m_starting;
    std::map<QString, QSet<QString>> m_uids;
    int m_maxDown = 0;
    int m_maxStarting = 0;
    int m_events = 0;
};

/*! Creates the MissionControlCluster and waits until its datacenter is Ready. */
inline bool createAndWait(SandboxFixture &fx, const QJsonObject &cluster, int timeoutMs = 15000)
{
    const HttpResponse r = fx.post(mccPath(), cluster);
    if (r.status != 201) {
        qWarning().noquote() << "creating the MissionControlCluster failed:" << r.status << r.body;
        return false;
    }
    const QString dc = at(cluster, QStringLiteral("metadata.name")).toString() + QLatin1String("-dc1");
    return QTest::qWaitFor([&] { return dcReady(fx, dc); }, timeoutMs);
}

} // namespace Ringside::Test::Op
