#pragma once
// The world the backup tests need, written through the sandbox's service: a CassandraDatacenter with status and its
// Running/Ready pods (the real cass-operator labels), and a minimal stand-in for cass-operator's stop/resume (pods go
// when spec.stopped is true, come back, new, when it is false). It plays the operator only through objects, so the
// tests keep passing once the simulated cass-operator takes over.
#include "api/jsonutil.h"
#include "api/registry.h"
#include "api/resourceservice.h"
#include "backup/backupcontrollers.h"
#include "sandboxfixture.h"
#include "store/objectstore.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTimer>
#include <QJsonArray>
#include <QTest>

namespace Ringside::Test {

class BackupWorld
{
public:
    SandboxFixture fixture;
    Sandbox::Backup::BackupControllers *backup = nullptr;
    std::unique_ptr<Sandbox::Backup::BackupControllers> owned;
    QObject context;
    double pace = 25;

    bool start(QString *error)
    {
        if (!fixture.start(error)) {
            return false;
        }
        Sandbox::Backup::BackupSettings settings;
        settings.storageDirectory = fixture.tempPath(QStringLiteral("medusa"));
        settings.seed = 7;
        settings.pace = pace;
        backup = Sandbox::Backup::BackupControllers::of(service());
        if (backup) {
            backup->setSettings(settings); // wired into the sandbox already
        } else {
            owned = std::make_unique<Sandbox::Backup::BackupControllers>(service(), fixture.sandbox()->runtime(), settings);
            backup = owned.get();
            backup->start();
        }
        QObject::connect(service()->store(), &Sandbox::ObjectStore::changed, &context,
                         [this](const Sandbox::StoreEvent &e) {
                             if (e.storageKey == QLatin1String("cassandra.datastax.com/cassandradatacenters")
                                 && e.type != Sandbox::StoreEvent::Type::Deleted) {
                                 QTimer::singleShot(0, &context, [this, e] { playCassOperator(Sandbox::Json::ns(e.object), Sandbox::Json::name(e.object)); });
                             }
                         });
        return true;
    }

    Sandbox::ResourceService *service() const { return fixture.sandbox()->service(); }
    const Sandbox::ResourceType *type(const char *group, const char *version, const char *resource) const
    {
        return service()->registry()->find(QString::fromLatin1(group), QString::fromLatin1(version),
                                           QString::fromLatin1(resource));
    }
    static Sandbox::WriteOptions admin(const char *manager = "test")
    {
        Sandbox::WriteOptions o;
        o.user = {QStringLiteral("admin"), QString(), {QStringLiteral("system:masters")}};
        o.fieldManager = QString::fromLatin1(manager);
        return o;
    }
    QJsonObject get(const char *group, const char *version, const char *resource, const QString &ns,
                    const QString &name) const
    {
        const Sandbox::ObjectResult r = service()->get(*type(group, version, resource), ns, name);
        return r.ok() ? r.object : QJsonObject();
    }
    QList<QJsonObject> list(const char *group, const char *version, const char *resource, const QString &ns) const
    {
        QList<QJsonObject> out;
        const Sandbox::ListResult r = service()->list(*type(group, version, resource), ns, {});
        for (const Sandbox::ListItem &i : r.items) {
            out.append(i.value());
        }
        return out;
    }
    bool create(const char *group, const char *version, const char *resource, const QString &ns,
                const QJsonObject &object, const char *manager = "test")
    {
        const Sandbox::ResourceType *t = type(group, version, resource);
        QJsonObject typed = object;
        typed.insert(QStringLiteral("apiVersion"), t->group.isEmpty() ? t->version : t->group + u'/' + t->version);
        typed.insert(QStringLiteral("kind"), t->kind);
        const Sandbox::ObjectResult r = service()->create(*t, ns, typed, admin(manager));
        if (!r.ok()) {
            qWarning() << "create" << resource << r.error->message;
        }
        return r.ok();
    }
    bool updateStatus(const char *group, const char *version, const char *resource, QJsonObject object,
                      const char *manager = "test")
    {
        const Sandbox::ResourceType *t = type(group, version, resource);
        object.insert(QStringLiteral("apiVersion"), t->group.isEmpty() ? t->version : t->group + u'/' + t->version);
        object.insert(QStringLiteral("kind"), t->kind);
        const Sandbox::ObjectResult r = service()->update(*t, Sandbox::Json::ns(object),
                                                          Sandbox::Json::name(object), object, admin(manager),
                                                          QStringLiteral("status"));
        if (!r.ok()) {
            qWarning() << "status" << resource << r.error->message;
        }
        return r.ok();
    }
    bool mergePatch(const char *group, const char *version, const char *resource, const QString &ns,
                    const QString &name, const QJsonObject &patch)
    {
        return service()
            ->patch(*type(group, version, resource), ns, name, Sandbox::PatchType::Merge,
                    QJsonDocument(patch).toJson(QJsonDocument::Compact), admin())
            .ok();
    }
    bool remove(const char *group, const char *version, const char *resource, const QString &ns, const QString &name)
    {
        return service()->remove(*type(group, version, resource), ns, name, {}, admin()).ok();
    }

    static bool waitFor(const std::function<bool()> &condition, int ms = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (!condition()) {
            if (t.elapsed() > ms) {
                return false;
            }
            QTest::qWait(5);
        }
        return true;
    }

    // A datacenter with `size` nodes in `racks`, Ready, with host IDs in status.nodeStatuses, and medusa configured
    // through the <cluster>-medusa ConfigMap (bucket `bucket`, prefix = cluster).
    void createDatacenter(const QString &ns, const QString &dc, const QString &cluster, int size,
                          const QStringList &racks = {QStringLiteral("r1")}, const QString &prefix = {})
    {
        QJsonArray rackList;
        for (const QString &r : racks) {
            rackList.append(QJsonObject{{QStringLiteral("name"), r}});
        }
        const QJsonObject spec{
            {QStringLiteral("clusterName"), cluster},
            {QStringLiteral("serverType"), QStringLiteral("cassandra")},
            {QStringLiteral("serverVersion"), QStringLiteral("4.1.5")},
            {QStringLiteral("size"), size},
            {QStringLiteral("racks"), rackList},
            {QStringLiteral("storageConfig"),
             QJsonObject{{QStringLiteral("cassandraDataVolumeClaimSpec"),
                          QJsonObject{{QStringLiteral("accessModes"), QJsonArray{QStringLiteral("ReadWriteOnce")}},
                                      {QStringLiteral("resources"), QJsonObject{{QStringLiteral("requests"), QJsonObject{{QStringLiteral("storage"), QStringLiteral("5Gi")}}}}}}}}},
            {QStringLiteral("podTemplateSpec"),
             QJsonObject{{QStringLiteral("spec"),
                          QJsonObject{{QStringLiteral("containers"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("cassandra")}},
                                                                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("medusa")}}}},
                                      {QStringLiteral("initContainers"),
                                       QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("server-config-init")}},
                                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("medusa-restore")},
                                                              {QStringLiteral("env"), QJsonArray()}}}}}}}}};
        create("cassandra.datastax.com", "v1beta1", "cassandradatacenters", ns,
               QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), dc}}}, {QStringLiteral("spec"), spec}});
        create("", "v1", "configmaps", ns,
               QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QString(cluster + QStringLiteral("-medusa"))}}},
                           {QStringLiteral("data"),
                            QJsonObject{{QStringLiteral("medusa.ini"),
                                         QStringLiteral("[cassandra]\nuse_sudo = false\n\n[storage]\nstorage_provider = s3_compatible\nbucket_name = %1\n"
                                                        "prefix = %2\nhost = minio.minio.svc.cluster.local\nport = 9000\nsecure = False\n"
                                                        "backup_grace_period_in_days = 0\n")
                                             .arg(QStringLiteral("k8ssandra-medusa"), prefix.isEmpty() ? cluster : prefix)}}}});
        startPods(ns, dc);
    }

    QString podName(const QString &cluster, const QString &dc, const QString &rack, int ordinal) const
    {
        return cluster + u'-' + dc + u'-' + rack + QStringLiteral("-sts-") + QString::number(ordinal);
    }

    QStringList podsOf(const QString &ns, const QString &dc) const
    {
        QStringList out;
        for (const QJsonObject &p : list("", "v1", "pods", ns)) {
            if (Sandbox::Json::meta(p).value(QStringLiteral("labels")).toObject().value(QStringLiteral("cassandra.datastax.com/datacenter")).toString() == dc) {
                out.append(Sandbox::Json::name(p));
            }
        }
        return out;
    }

    void setPodReady(const QString &ns, const QString &pod, bool ready)
    {
        QJsonObject p = get("", "v1", "pods", ns, pod);
        const QString t = Sandbox::Json::timestamp();
        const QString value = ready ? QStringLiteral("True") : QStringLiteral("False");
        QJsonObject status{{QStringLiteral("phase"), QStringLiteral("Running")},
                           {QStringLiteral("podIP"), QStringLiteral("10.244.1.%1").arg(qHash(pod) % 200 + 10)},
                           {QStringLiteral("conditions"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Ready")}, {QStringLiteral("status"), value}, {QStringLiteral("lastTransitionTime"), t}}}},
                           {QStringLiteral("containerStatuses"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("cassandra")}, {QStringLiteral("ready"), ready}, {QStringLiteral("restartCount"), 0}, {QStringLiteral("image"), QStringLiteral("cassandra")}, {QStringLiteral("imageID"), QString()}}}}};
        p.insert(QStringLiteral("status"), status);
        updateStatus("", "v1", "pods", p, "kubelet");
    }

private:
    void startPods(const QString &ns, const QString &dcName)
    {
        QJsonObject dc = get("cassandra.datastax.com", "v1beta1", "cassandradatacenters", ns, dcName);
        const QString cluster = Sandbox::Json::at(dc, u"spec.clusterName").toString();
        const QJsonArray racks = Sandbox::Json::at(dc, u"spec.racks").toArray();
        const int size = Sandbox::Json::at(dc, u"spec.size").toInt();
        QJsonObject nodeStatuses;
        for (int i = 0; i < size; ++i) {
            const QString rack = racks.at(i % racks.size()).toObject().value(QStringLiteral("name")).toString();
            const QString pod = podName(cluster, dcName, rack, i / int(racks.size()));
            const QJsonObject labels{{QStringLiteral("cassandra.datastax.com/cluster"), cluster},
                                     {QStringLiteral("cassandra.datastax.com/datacenter"), dcName},
                                     {QStringLiteral("cassandra.datastax.com/rack"), rack},
                                     {QStringLiteral("cassandra.datastax.com/node-state"), QStringLiteral("Started")},
                                     {QStringLiteral("app.kubernetes.io/managed-by"), QStringLiteral("cass-operator")}};
            create("", "v1", "pods", ns,
                   QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), pod}, {QStringLiteral("labels"), labels}}},
                               {QStringLiteral("spec"), QJsonObject{{QStringLiteral("containers"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("cassandra")}, {QStringLiteral("image"), QStringLiteral("k8ssandra/cass-management-api:4.1.5")}}}}}}},
                   "cass-operator");
            setPodReady(ns, pod, true);
            nodeStatuses.insert(pod, QJsonObject{{QStringLiteral("hostID"), QStringLiteral("00000000-0000-4000-8000-%1").arg(qHash(ns + pod) % 1000000000000ULL, 12, 10, QLatin1Char('0'))},
                                                 {QStringLiteral("rack"), rack}});
        }
        dc = get("cassandra.datastax.com", "v1beta1", "cassandradatacenters", ns, dcName);
        QJsonObject status = dc.value(QStringLiteral("status")).toObject();
        status.insert(QStringLiteral("cassandraOperatorProgress"), QStringLiteral("Ready"));
        status.insert(QStringLiteral("nodeStatuses"), nodeStatuses);
        status.insert(QStringLiteral("conditions"), conditions(true, false));
        dc.insert(QStringLiteral("status"), status);
        updateStatus("cassandra.datastax.com", "v1beta1", "cassandradatacenters", dc, "cass-operator");
    }

    static QJsonArray conditions(bool ready, bool stopped)
    {
        const QString t = Sandbox::Json::timestamp();
        const auto c = [&](const char *type, bool v) {
            return QJsonObject{{QStringLiteral("type"), QString::fromLatin1(type)}, {QStringLiteral("status"), v ? QStringLiteral("True") : QStringLiteral("False")},
                               {QStringLiteral("reason"), QString()}, {QStringLiteral("message"), QString()}, {QStringLiteral("lastTransitionTime"), t}};
        };
        return QJsonArray{c("Ready", ready), c("Initialized", true), c("Stopped", stopped)};
    }

    // cass-operator's stop and resume, reduced to what the restore needs.
    void playCassOperator(const QString &ns, const QString &name)
    {
        QJsonObject dc = get("cassandra.datastax.com", "v1beta1", "cassandradatacenters", ns, name);
        if (dc.isEmpty()) {
            return;
        }
        const bool stopped = Sandbox::Json::at(dc, u"spec.stopped").toBool();
        const QStringList pods = podsOf(ns, name);
        bool stoppedCondition = false;
        for (const QJsonValue &c : Sandbox::Json::at(dc, u"status.conditions").toArray()) {
            if (c.toObject().value(QStringLiteral("type")).toString() == QLatin1String("Stopped")) {
                stoppedCondition = c.toObject().value(QStringLiteral("status")).toString() == QLatin1String("True");
            }
        }
        if (stopped && !stoppedCondition) {
            for (const QString &p : pods) {
                remove("", "v1", "pods", ns, p);
            }
            QJsonObject status = dc.value(QStringLiteral("status")).toObject();
            status.insert(QStringLiteral("cassandraOperatorProgress"), QStringLiteral("Ready"));
            status.insert(QStringLiteral("conditions"), conditions(false, true));
            dc.insert(QStringLiteral("status"), status);
            updateStatus("cassandra.datastax.com", "v1beta1", "cassandradatacenters", dc, "cass-operator");
            ++stops;
        } else if (!stopped && stoppedCondition) {
            // Resuming: pods come back one after the other, later (new pods, so they run medusa-restore first).
            if (!m_resuming.contains(ns + u'/' + name)) {
                m_resuming.insert(ns + u'/' + name);
                QTimer::singleShot(60, &context, [this, ns, name] {
                    m_resuming.remove(ns + u'/' + name);
                    startPods(ns, name);
                    ++resumes;
                });
            }
        }
    }

    QSet<QString> m_resuming;

public:
    int stops = 0;
    int resumes = 0;
};

} // namespace Ringside::Test
