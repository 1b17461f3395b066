#include "cassandra/ops/clusterops.h"

#include "cassandra/ops/validation.h"
#include "coretr.h"
#include "yaml/yamljson.h"

#include <QJsonArray>

namespace Ringside::Cassandra::Ops {

using Domain::Cluster;
using Domain::ClusterKind;
using Domain::Datacenter;

namespace {

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

/*! The path of the Cassandra template inside the top object's spec. */
QStringList cassandraPath(const Cluster &c)
{
    switch (c.kind) {
    case ClusterKind::MissionControlCluster:
        return {QStringLiteral("k8ssandra"), QStringLiteral("cassandra")};
    case ClusterKind::K8ssandraCluster:
        return {QStringLiteral("cassandra")};
    case ClusterKind::CassandraDatacenter:
        break;
    }
    return {};
}

QJsonValue getPath(const QJsonObject &root, const QStringList &path)
{
    QJsonValue v = root;
    for (const QString &k : path) {
        v = v.toObject().value(k);
    }
    return v;
}

QJsonObject setPath(QJsonObject root, const QStringList &path, const QJsonValue &value)
{
    if (path.isEmpty()) {
        return value.toObject();
    }
    if (path.size() == 1) {
        if (value.isUndefined()) {
            root.remove(path.constFirst());
        } else {
            root.insert(path.constFirst(), value);
        }
        return root;
    }
    root.insert(path.constFirst(), setPath(root.value(path.constFirst()).toObject(), path.mid(1), value));
    return root;
}

const QStringList systemKeyspaces{QStringLiteral("system"), QStringLiteral("system_schema"), QStringLiteral("system_auth"),
                                  QStringLiteral("system_distributed"), QStringLiteral("system_traces"), QStringLiteral("system_views"),
                                  QStringLiteral("system_virtual_schema")};

Operation base(const Cluster &c, OperationKind kind, const QString &dc = {})
{
    Operation op;
    op.kind = kind;
    op.target = Target{c.context, c.nameSpace, c.name, dc, {}};
    return op;
}

/*! One server-side apply of the top object: \a minimal is the part of the spec Ringside manages; \a after the whole
    spec after the change (for the diff). */
ObjectChange applyTop(const Cluster &c, const QJsonObject &object, const QJsonObject &minimal, const QJsonObject &after)
{
    ObjectChange ch;
    ch.action = ObjectChange::Action::Apply;
    ch.force = true; // the user asked for this value: take the field from whoever set it before (kubectl, the UI)
    const QJsonObject meta = obj(object, "metadata");
    ch.apiVersion = object.value(QLatin1String("apiVersion")).toString();
    ch.kind = object.value(QLatin1String("kind")).toString();
    ch.name = meta.value(QLatin1String("name")).toString();
    ch.nameSpace = meta.value(QLatin1String("namespace")).toString();
    ch.context = c.context;
    ch.manifest = QJsonObject{{QStringLiteral("apiVersion"), ch.apiVersion},
                              {QStringLiteral("kind"), ch.kind},
                              {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), ch.name}, {QStringLiteral("namespace"), ch.nameSpace}}},
                              {QStringLiteral("spec"), minimal}};
    ch.before = obj(object, "spec");
    ch.after = after;
    return ch;
}

/*! Applies \a edit to the Cassandra template (MCC/K8C) and returns the change; \a managedKeys are the template keys
    sent in the minimal manifest. */
template<typename Edit>
ObjectChange editTemplate(const Cluster &c, const QStringList &managedKeys, Edit edit)
{
    const QJsonObject spec = obj(c.object, "spec");
    const QStringList path = cassandraPath(c);
    const QJsonObject before = getPath(spec, path).toObject();
    const QJsonObject after = edit(before);
    QJsonObject minimalTemplate;
    for (const QString &k : managedKeys) {
        if (after.contains(k)) {
            minimalTemplate.insert(k, after.value(k));
        }
    }
    return applyTop(c, c.object, setPath({}, path, minimalTemplate), setPath(spec, path, after));
}

/*! For a standalone datacenter: applies \a edit to the CassandraDatacenter spec of \a dc. */
template<typename Edit>
ObjectChange editDatacenterObject(const Cluster &c, const Datacenter &dc, const QStringList &managedKeys, Edit edit)
{
    const QJsonObject before = obj(dc.object, "spec");
    const QJsonObject after = edit(before);
    QJsonObject minimal;
    for (const QString &k : managedKeys) {
        if (after.contains(k)) {
            minimal.insert(k, after.value(k));
        }
    }
    ObjectChange ch = applyTop(c, dc.object, minimal, after);
    ch.context = dc.context;
    return ch;
}

const Datacenter *findDc(const Cluster &c, const QString &name, Operation *op)
{
    const Datacenter *dc = c.datacenter(name);
    if (!dc) {
        QStringList names;
        for (const Datacenter &d : c.datacenters) {
            names << d.displayName();
        }
        op->errors << CoreTr::tr("cluster %1 has no datacenter \"%2\" (it has: %3)").arg(c.name, name, names.join(QLatin1String(", ")));
    }
    return dc;
}

/*! The index of datacenter \a dc in the template's list. */
qsizetype dcIndex(const QJsonArray &dcs, const Datacenter &dc)
{
    for (qsizetype i = 0; i < dcs.size(); ++i) {
        if (obj(dcs.at(i).toObject(), "metadata").value(QLatin1String("name")).toString() == dc.name) {
            return i;
        }
    }
    return -1;
}

/*! Edits one datacenter entry (or all when \a dc is null) of the template or, for a standalone cluster, its object. */
template<typename EditDc>
void editDatacenters(const Cluster &c, const Datacenter *dc, Operation *op, const QString &key, EditDc editDc)
{
    if (c.kind == ClusterKind::CassandraDatacenter) {
        for (const Datacenter &d : c.datacenters) {
            if (dc && d.name != dc->name) {
                continue;
            }
            op->changes << editDatacenterObject(c, d, {key},
                                                [&](QJsonObject s) { return editDc(s); });
        }
        return;
    }
    op->changes << editTemplate(c, {QStringLiteral("datacenters")}, [&](QJsonObject t) {
        QJsonArray dcs = t.value(QLatin1String("datacenters")).toArray();
        for (qsizetype i = 0; i < dcs.size(); ++i) {
            if (dc && i != dcIndex(dcs, *dc)) {
                continue;
            }
            dcs.replace(i, editDc(dcs.at(i).toObject()));
        }
        t.insert(QStringLiteral("datacenters"), dcs);
        return t;
    });
}

} // namespace

Operation upgradeCluster(const Cluster &c, const QString &version)
{
    Operation op = base(c, OperationKind::Upgrade);
    const QString e = checkUpgrade(c.serverType, c.serverVersion, version);
    if (!e.isEmpty()) {
        op.errors << e;
    }
    op.summary = CoreTr::tr("Upgrade %1 cluster %2 from %3 to %4, one node at a time").arg(c.typeName(), c.name, c.serverVersion, version);
    if (c.kind == ClusterKind::CassandraDatacenter) {
        for (const Datacenter &d : c.datacenters) {
            op.changes << editDatacenterObject(c, d, {QStringLiteral("serverVersion")}, [&](QJsonObject s) {
                s.insert(QStringLiteral("serverVersion"), version);
                return s;
            });
        }
    } else {
        op.changes << editTemplate(c, {QStringLiteral("serverVersion")}, [&](QJsonObject t) {
            t.insert(QStringLiteral("serverVersion"), version);
            return t;
        });
        for (const Datacenter &d : c.datacenters) {
            if (d.serverVersion != c.serverVersion && !d.serverVersion.isEmpty()) {
                op.warnings << CoreTr::tr("datacenter %1 sets its own serverVersion (%2); it is not changed").arg(d.name, d.serverVersion);
            }
        }
    }
    if (!c.serverVersion.isEmpty() && c.serverVersion.section(u'.', 0, 0) != version.section(u'.', 0, 0)) {
        op.followUps << CoreTr::tr("The major version changes: run upgradesstables on every node when the upgrade is done "
                                   "(ringsidectl cluster task %1 upgradesstables).")
                            .arg(c.name);
    }
    return op;
}

Operation changeConfig(const Cluster &c, const QStringList &settings)
{
    Operation op = base(c, OperationKind::ConfigChange);
    struct Setting
    {
        QStringList path;
        QJsonValue value; // undefined: remove
    };
    QList<Setting> parsed;
    for (const QString &s : settings) {
        const qsizetype eq = s.indexOf(u'=');
        const bool remove = eq < 0 && s.endsWith(u'-');
        const QString key = remove ? s.chopped(1) : s.left(eq);
        QStringList path = key.split(u'.');
        const QString section = path.value(0);
        if ((eq < 0 && !remove) || path.size() < 2 || path.contains(QString())
            || (section != QLatin1String("cassandraYaml") && section != QLatin1String("jvmOptions") && section != QLatin1String("dseYaml"))) {
            op.errors << CoreTr::tr("bad setting \"%1\": expected cassandraYaml.KEY=VALUE, jvmOptions.KEY=VALUE or dseYaml.KEY=VALUE "
                                    "(KEY- removes it)")
                             .arg(s);
            continue;
        }
        if (section == QLatin1String("dseYaml") && c.serverType != QLatin1String("dse")) {
            op.errors << CoreTr::tr("dseYaml applies to DSE clusters only; %1 is %2").arg(c.name, c.typeName());
            continue;
        }
        QJsonValue value(QJsonValue::Undefined);
        if (!remove) {
            const QString text = s.mid(eq + 1);
            const Yaml::ParseResult y = Yaml::parse(text.toUtf8());
            value = y.ok() && y.documents.size() == 1 ? y.documents.constFirst() : QJsonValue(text);
        }
        if (c.kind == ClusterKind::CassandraDatacenter) {
            path[0] = section == QLatin1String("cassandraYaml") ? QStringLiteral("cassandra-yaml")
                    : section == QLatin1String("jvmOptions")    ? QStringLiteral("jvm-server-options")
                                                                : QStringLiteral("dse-yaml");
        }
        parsed << Setting{path, value};
    }
    if (settings.isEmpty()) {
        op.errors << CoreTr::tr("nothing to change: give at least one --set cassandraYaml.KEY=VALUE");
    }
    const auto apply = [&](QJsonObject config) {
        for (const Setting &s : std::as_const(parsed)) {
            config = setPath(config, s.path, s.value);
        }
        return config;
    };
    if (c.kind == ClusterKind::CassandraDatacenter) {
        for (const Datacenter &d : c.datacenters) {
            op.changes << editDatacenterObject(c, d, {QStringLiteral("config")}, [&](QJsonObject s) {
                s.insert(QStringLiteral("config"), apply(obj(s, "config")));
                return s;
            });
        }
    } else {
        op.changes << editTemplate(c, {QStringLiteral("config")}, [&](QJsonObject t) {
            t.insert(QStringLiteral("config"), apply(obj(t, "config")));
            return t;
        });
    }
    // Server-side apply cannot delete a key another manager set: removals go as a JSON merge patch (null deletes).
    bool removes = false;
    for (const Setting &s : std::as_const(parsed)) {
        removes = removes || s.value.isUndefined();
    }
    if (removes) {
        for (ObjectChange &ch : op.changes) {
            const QStringList configPath = c.kind == ClusterKind::CassandraDatacenter ? QStringList{QStringLiteral("config")}
                                                                                       : cassandraPath(c) << QStringLiteral("config");
            QJsonObject patch;
            for (const Setting &s : std::as_const(parsed)) {
                patch = setPath(patch, s.path, s.value.isUndefined() ? QJsonValue(QJsonValue::Null) : s.value);
            }
            ch.action = ObjectChange::Action::MergePatch;
            ch.force = false;
            ch.manifest = QJsonObject{{QStringLiteral("spec"), setPath({}, configPath, patch)}};
        }
    }
    if (!op.changes.isEmpty() && op.changes.constFirst().before == op.changes.constFirst().after && op.errors.isEmpty()) {
        op.errors << CoreTr::tr("the configuration already has these values: nothing would change");
    }
    op.summary = CoreTr::tr("Change the configuration of cluster %1 (%2) with a rolling restart").arg(c.name, settings.join(QLatin1String(", ")));
    return op;
}

Operation scaleDatacenter(const Cluster &c, const QString &dcName, int size)
{
    Operation op = base(c, OperationKind::Scale, dcName);
    const Datacenter *dc = findDc(c, dcName, &op);
    if (!dc) {
        return op;
    }
    const qsizetype racks = std::max<qsizetype>(1, dc->racks.size());
    if (size < 1) {
        op.errors << CoreTr::tr("size must be at least 1 (to stop a datacenter use: cluster stop --dc %1)").arg(dc->displayName());
    } else if (size < racks) {
        op.errors << CoreTr::tr("datacenter %1 has %2 racks: a size of %3 leaves a rack without nodes").arg(dc->displayName()).arg(racks).arg(size);
    }
    if (size == dc->size) {
        op.errors << CoreTr::tr("datacenter %1 already has %2 nodes").arg(dc->displayName()).arg(size);
    }
    if (size < dc->size) {
        op.destructive = true;
        op.warnings << CoreTr::tr("%n node(s) will be decommissioned; their data streams to the remaining nodes", nullptr, dc->size - size);
    } else {
        op.followUps << CoreTr::tr("cass-operator runs cleanup on the existing nodes after the new ones join.");
    }
    op.summary = CoreTr::tr("Scale datacenter %1 of cluster %2 from %3 to %4 nodes").arg(dc->displayName(), c.name).arg(dc->size).arg(size);
    editDatacenters(c, dc, &op, QStringLiteral("size"), [size](QJsonObject d) {
        d.insert(QStringLiteral("size"), size);
        return d;
    });
    return op;
}

Operation stopDatacenter(const Cluster &c, const QString &dcName, bool stop)
{
    Operation op = base(c, stop ? OperationKind::Stop : OperationKind::Resume, dcName);
    const Datacenter *dc = nullptr;
    if (!dcName.isEmpty()) {
        dc = findDc(c, dcName, &op);
        if (!dc) {
            return op;
        }
        if (dc->stopped == stop) {
            op.errors << (stop ? CoreTr::tr("datacenter %1 is already stopped").arg(dc->displayName())
                               : CoreTr::tr("datacenter %1 is not stopped").arg(dc->displayName()));
        }
    }
    op.destructive = stop;
    const QString what = dc ? CoreTr::tr("datacenter %1 of cluster %2").arg(dc->displayName(), c.name) : CoreTr::tr("every datacenter of cluster %1").arg(c.name);
    op.summary = stop ? CoreTr::tr("Stop %1 (pods are removed, volumes kept)").arg(what) : CoreTr::tr("Resume %1").arg(what);
    editDatacenters(c, dc, &op, QStringLiteral("stopped"), [stop](QJsonObject d) {
        d.insert(QStringLiteral("stopped"), stop);
        return d;
    });
    return op;
}

QStringList keyspacesReplicatingTo(const QMap<QString, ReplicationSettings> &keyspaces, const QString &dc)
{
    QStringList out;
    for (auto it = keyspaces.begin(); it != keyspaces.end(); ++it) {
        if (systemKeyspaces.contains(it.key()) || it.value().isLocalOrEverywhere()) {
            continue;
        }
        if (it.value().isNetworkTopology() && it.value().replicationFactor(dc) > 0) {
            out << it.key();
        }
    }
    return out;
}

QStringList extendReplicationStatements(const QMap<QString, ReplicationSettings> &keyspaces, const QString &dc, int factor)
{
    QStringList out;
    for (auto it = keyspaces.begin(); it != keyspaces.end(); ++it) {
        const bool userKeyspace = !systemKeyspaces.contains(it.key()) || it.key() == QLatin1String("system_auth")
            || it.key() == QLatin1String("system_distributed") || it.key() == QLatin1String("system_traces");
        if (!userKeyspace || !it.value().isNetworkTopology()) {
            continue;
        }
        const auto extended = withDatacenterFactor(it.value(), dc, factor);
        if (!extended.isOk()) {
            continue;
        }
        const auto stmt = buildAlterKeyspaceReplication(it.key(), extended.value());
        if (stmt.isOk()) {
            out << stmt.value();
        }
    }
    return out;
}

Operation addDatacenter(const Cluster &c, const DatacenterSpec &spec, const std::optional<QMap<QString, ReplicationSettings>> &keyspaces,
                        int replicationFactor)
{
    Operation op = base(c, OperationKind::AddDatacenter, spec.name);
    if (c.kind == ClusterKind::CassandraDatacenter) {
        op.errors << CoreTr::tr("cluster %1 is a standalone CassandraDatacenter: add a datacenter by creating another "
                                "CassandraDatacenter with clusterName %2")
                         .arg(c.name, c.cassandraName);
        return op;
    }
    const QString e = checkDns1123Label(spec.name, CoreTr::tr("datacenter name"));
    if (!e.isEmpty()) {
        op.errors << e;
    }
    if (c.datacenter(spec.name)) {
        op.errors << CoreTr::tr("cluster %1 already has a datacenter %2").arg(c.name, spec.name);
    }
    if (spec.size < std::max<qsizetype>(1, spec.racks.size())) {
        op.errors << CoreTr::tr("datacenter %1 needs at least one node per rack").arg(spec.name);
    }
    // Follow the naming the cluster already uses (Mission Control prefixes object names with the cluster name).
    bool prefixed = false;
    for (const Datacenter &d : c.datacenters) {
        prefixed = prefixed || d.name == c.name + u'-' + d.datacenterName;
    }
    const QString objectName = prefixed ? c.name + u'-' + spec.name : spec.name;
    op.summary = CoreTr::tr("Add datacenter %1 with %2 nodes to cluster %3").arg(spec.name).arg(spec.size).arg(c.name);
    op.changes << editTemplate(c, {QStringLiteral("datacenters")}, [&](QJsonObject t) {
        QJsonArray dcs = t.value(QLatin1String("datacenters")).toArray();
        QJsonArray racks;
        for (const QString &r : spec.racks.isEmpty() ? QStringList{QStringLiteral("r1")} : spec.racks) {
            racks.append(QJsonObject{{QStringLiteral("name"), r}});
        }
        QJsonObject d{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), objectName}}},
                      {QStringLiteral("size"), spec.size},
                      {QStringLiteral("racks"), racks}};
        if (prefixed) {
            d.insert(QStringLiteral("datacenterName"), spec.name);
        }
        if (!spec.k8sContext.isEmpty()) {
            d.insert(QStringLiteral("k8sContext"), spec.k8sContext);
        }
        dcs.append(d);
        t.insert(QStringLiteral("datacenters"), dcs);
        return t;
    });
    if (keyspaces) {
        const QStringList statements = extendReplicationStatements(*keyspaces, spec.name, std::min(replicationFactor, spec.size));
        for (const QString &s : statements) {
            op.followUps << CoreTr::tr("Extend replication: %1").arg(s);
        }
    } else {
        op.followUps << CoreTr::tr("Extend the replication of your keyspaces to %1 (ALTER KEYSPACE ... WITH replication = {...}).").arg(spec.name);
    }
    if (!c.datacenters.isEmpty()) {
        op.followUps << CoreTr::tr("Then stream the data: ringsidectl cluster task %1 rebuild --dc %2 --source %3")
                            .arg(c.name, spec.name, c.datacenters.constFirst().displayName());
    }
    return op;
}

Operation removeDatacenter(const Cluster &c, const QString &dcName, const std::optional<QMap<QString, ReplicationSettings>> &keyspaces)
{
    Operation op = base(c, OperationKind::RemoveDatacenter, dcName);
    op.destructive = true;
    const Datacenter *dc = findDc(c, dcName, &op);
    if (!dc) {
        return op;
    }
    if (c.kind == ClusterKind::CassandraDatacenter) {
        op.errors << CoreTr::tr("cluster %1 is a standalone CassandraDatacenter: delete the CassandraDatacenter %2 instead").arg(c.name, dc->name);
        return op;
    }
    if (c.datacenters.size() == 1) {
        op.errors << CoreTr::tr("%1 is the only datacenter of cluster %2: delete the cluster instead").arg(dc->displayName(), c.name);
    }
    if (keyspaces) {
        const QStringList still = keyspacesReplicatingTo(*keyspaces, dc->displayName());
        if (!still.isEmpty()) {
            op.errors << CoreTr::tr("keyspaces still replicate to %1: %2. Alter their replication first.").arg(dc->displayName(), still.join(QLatin1String(", ")));
        }
    } else {
        op.warnings << CoreTr::tr("the keyspaces' replication was not checked: make sure none still replicates to %1").arg(dc->displayName());
    }
    op.summary = CoreTr::tr("Decommission datacenter %1 of cluster %2 (%n node(s))", nullptr, dc->size).arg(dc->displayName(), c.name);
    op.changes << editTemplate(c, {QStringLiteral("datacenters")}, [&](QJsonObject t) {
        QJsonArray dcs = t.value(QLatin1String("datacenters")).toArray();
        const qsizetype i = dcIndex(dcs, *dc);
        if (i >= 0) {
            dcs.removeAt(i);
        }
        t.insert(QStringLiteral("datacenters"), dcs);
        return t;
    });
    return op;
}

} // namespace Ringside::Cassandra::Ops
