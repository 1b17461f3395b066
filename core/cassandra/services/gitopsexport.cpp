// GitOps export: a cluster's objects as clean YAML files plus a kustomization.yaml, Secrets as references only.
#include "cassandra/services/gitopsexport.h"

#include "cassandra/services/serviceslogging.h"
#include "coretr.h"
#include "kube/kubeclient.h"
#include "yaml/yamljson.h"

#include <QDir>
#include <QJsonArray>
#include <QSet>
#include <QSaveFile>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Ringside::Cassandra::Services {

namespace {

const ResourceRef Mccs{u"missioncontrol.datastax.com"_s, u"v1beta2"_s, u"missioncontrolclusters"_s, {}, {}, {}};
const ResourceRef K8cs{u"k8ssandra.io"_s, u"v1alpha1"_s, u"k8ssandraclusters"_s, {}, {}, {}};
const ResourceRef Dcs{u"cassandra.datastax.com"_s, u"v1beta1"_s, u"cassandradatacenters"_s, {}, {}, {}};
const ResourceRef Schedules{u"medusa.k8ssandra.io"_s, u"v1alpha1"_s, u"medusabackupschedules"_s, {}, {}, {}};
const ResourceRef Reapers{u"reaper.k8ssandra.io"_s, u"v1alpha1"_s, u"reapers"_s, {}, {}, {}};
const ResourceRef MedusaConfigs{u"medusa.k8ssandra.io"_s, u"v1alpha1"_s, u"medusaconfigurations"_s, {}, {}, {}};
const ResourceRef ClientConfigs{u"config.k8ssandra.io"_s, u"v1beta1"_s, u"clientconfigs"_s, {}, {}, {}};

/*! The spec that holds `medusa` and `cassandra`: spec.k8ssandra of a MissionControlCluster, else spec. */
QJsonObject k8ssandraSpec(const QJsonObject &top)
{
    const QJsonObject spec = top.value("spec"_L1).toObject();
    return top.value("kind"_L1).toString() == "MissionControlCluster"_L1 ? spec.value("k8ssandra"_L1).toObject() : spec;
}

QJsonValue at(const QJsonObject &o, const QString &dotted)
{
    QJsonValue v = o;
    for (const QString &part : dotted.split(u'.')) {
        v = v.toObject().value(part);
    }
    return v;
}

QString nameOf(const QJsonObject &o)
{
    return at(o, u"metadata.name"_s).toString();
}

QString labelOf(const QJsonObject &o, const QString &key)
{
    return at(o, u"metadata.labels"_s).toObject().value(key).toString();
}

void addUnique(QStringList *list, const QString &value)
{
    if (!value.isEmpty() && !list->contains(value)) {
        list->append(value);
    }
}

struct Collect
{
    KubeClient *client = nullptr;
    const QObject *context = nullptr;
    GitOpsExport result;
    QList<QJsonObject> objects; // raw, in export order
    QSet<QString> dcNames;      // CassandraDatacenter object names of the cluster
    QStringList configMaps;
    QHash<QString, QStringList> secretUsers; // secret -> objects referring to it
    QHash<QString, QString> secretNamespaces; // secret -> its namespace when not the cluster's (a ClientConfig's)
    QList<std::function<void(const std::function<void()> &)>> steps;
    std::function<void(const GitOpsExport &)> ok;
    ErrorHandler err;
    bool failed = false;

    void next()
    {
        if (failed) {
            return;
        }
        if (steps.isEmpty()) {
            finish();
            return;
        }
        const auto step = steps.takeFirst();
        step([this] { next(); });
    }
    void fail(const KubeError &e)
    {
        failed = true;
        steps.clear();
        err(e);
    }
    void addObject(const QJsonObject &o)
    {
        objects.append(o);
        QStringList secrets;
        collectReferences(o.value("spec"_L1), &secrets, &configMaps);
        for (const QString &s : std::as_const(secrets)) {
            addUnique(&secretUsers[s], o.value("kind"_L1).toString() + u'/' + nameOf(o));
        }
    }
    /*! A Secret \a o refers to outside what collectReferences() finds (a ClientConfig's kubeConfigSecret). */
    void addSecret(const QJsonObject &o, const QString &secret)
    {
        if (secret.isEmpty()) {
            return;
        }
        const QString ns = at(o, u"metadata.namespace"_s).toString();
        if (!ns.isEmpty() && ns != result.nameSpace) {
            secretNamespaces.insert(secret, ns);
        }
        addUnique(&secretUsers[secret], o.value("kind"_L1).toString() + u'/' + nameOf(o));
    }
    void finish();
};

void Collect::finish()
{
    for (const QJsonObject &raw : std::as_const(objects)) {
        ExportedObject e;
        e.kind = raw.value("kind"_L1).toString();
        e.name = nameOf(raw);
        e.fileName = exportFileName(e.kind, e.name);
        e.object = cleanObject(raw);
        e.yaml = Yaml::emit(e.object);
        result.objects.append(e);
    }
    std::sort(result.secrets.begin(), result.secrets.end(), [](const SecretReference &a, const SecretReference &b) { return a.name < b.name; });
    steps.clear();
    ok(result);
}

} // namespace

QJsonObject cleanObject(const QJsonObject &object)
{
    QJsonObject o = object;
    o.remove("status"_L1);
    QJsonObject meta = o.value("metadata"_L1).toObject();
    for (const char *key : {"managedFields", "uid", "resourceVersion", "creationTimestamp", "generation", "selfLink",
                            "ownerReferences", "deletionTimestamp", "deletionGracePeriodSeconds", "finalizers", "generateName"}) {
        meta.remove(QLatin1String(key));
    }
    QJsonObject annotations = meta.value("annotations"_L1).toObject();
    annotations.remove("kubectl.kubernetes.io/last-applied-configuration"_L1);
    if (annotations.isEmpty()) {
        meta.remove("annotations"_L1);
    } else {
        meta.insert("annotations"_L1, annotations);
    }
    if (meta.value("labels"_L1).toObject().isEmpty()) {
        meta.remove("labels"_L1);
    }
    o.insert("metadata"_L1, meta);
    return o;
}

QString exportFileName(const QString &kind, const QString &name)
{
    return (kind + u'-' + name).toLower() + u".yaml"_s;
}

void collectReferences(const QJsonValue &value, QStringList *secrets, QStringList *configMaps)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            collectReferences(v, secrets, configMaps);
        }
        return;
    }
    if (!value.isObject()) {
        return;
    }
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QString lower = key.toLower();
        const QJsonValue v = it.value();
        if (v.isString()) {
            if (lower == "secretname"_L1 || lower.endsWith("secretname"_L1)) {
                addUnique(secrets, v.toString());
            } else if (lower.endsWith("configmapname"_L1)) {
                addUnique(configMaps, v.toString());
            }
            continue;
        }
        if (v.isObject() && v.toObject().value("name"_L1).isString()) {
            const QString name = v.toObject().value("name"_L1).toString();
            // superuserSecretRef, storageSecretRef, secretKeyRef, secretRef (envFrom); configMap (volumes),
            // configMapKeyRef, configMapRef, *ConfigMapRef.
            if (lower.contains("secret"_L1) && (lower.endsWith("ref"_L1) || lower == "secret"_L1)) {
                addUnique(secrets, name);
            } else if (lower.contains("configmap"_L1)) {
                addUnique(configMaps, name);
            }
        }
        collectReferences(v, secrets, configMaps);
    }
}

QByteArray GitOpsExport::kustomization() const
{
    QStringList files;
    for (const ExportedObject &o : objects) {
        files.append(o.fileName);
    }
    files.sort();
    QByteArray out = "# GitOps export of cluster " + cluster.toUtf8() + " (namespace " + nameSpace.toUtf8() + ") by Ringside.\n";
    if (!secrets.isEmpty()) {
        out += "# Secrets are not exported, only referenced (see secrets.yaml): create them out of band\n"
               "# (sealed-secrets, external-secrets, a vault) before applying:\n";
        for (const SecretReference &s : secrets) {
            out += "#   - " + s.name.toUtf8() + "\n";
        }
    }
    out += Yaml::emit(QJsonObject{{u"apiVersion"_s, u"kustomize.config.k8s.io/v1beta1"_s},
                                  {u"kind"_s, u"Kustomization"_s},
                                  {u"resources"_s, QJsonArray::fromStringList(files)}});
    return out;
}

QByteArray GitOpsExport::secretReferences() const
{
    QJsonArray list;
    for (const SecretReference &s : secrets) {
        QJsonObject o{{u"name"_s, s.name}, {u"namespace"_s, s.nameSpace.isEmpty() ? nameSpace : s.nameSpace}, {u"referencedBy"_s, QJsonArray::fromStringList(s.referencedBy)}};
        if (s.exists) {
            o.insert(u"type"_s, s.type);
            o.insert(u"keys"_s, QJsonArray::fromStringList(s.keys));
        } else {
            o.insert(u"exists"_s, false);
        }
        list.append(o);
    }
    return "# Secrets referenced by the exported objects. Their data is NOT exported: only names and key names.\n"
           + Yaml::emit(QJsonObject{{u"secrets"_s, list}});
}

QStringList GitOpsExport::write(const QString &directory, QString *error) const
{
    QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory)) {
        *error = CoreTr::tr("cannot create directory %1").arg(directory);
        return {};
    }
    QList<std::pair<QString, QByteArray>> files;
    for (const ExportedObject &o : objects) {
        files.append({o.fileName, o.yaml});
    }
    files.append({u"kustomization.yaml"_s, kustomization()});
    if (!secrets.isEmpty()) {
        files.append({u"secrets.yaml"_s, secretReferences()});
    }
    QStringList written;
    for (const auto &[name, content] : std::as_const(files)) {
        QSaveFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit()) {
            *error = CoreTr::tr("cannot write %1: %2").arg(dir.filePath(name), f.errorString());
            return {};
        }
        written.append(name);
    }
    return written;
}

RequestHandle collectGitOpsExport(KubeClient *client, const QString &nameSpace, const QString &cluster, const QObject *context,
                                  std::function<void(const GitOpsExport &)> ok, ErrorHandler err)
{
    auto c = std::make_shared<Collect>();
    c->client = client;
    c->context = context;
    c->result.nameSpace = nameSpace;
    c->result.cluster = cluster;
    c->ok = std::move(ok);
    c->err = std::move(err);
    // The steps and the handlers in flight keep `c` alive; finishing or failing drops the steps left.

    // 1. The top object: MissionControlCluster, else K8ssandraCluster, else CassandraDatacenters.
    c->steps.append([c, nameSpace, cluster](const std::function<void()> &next) {
        c->client->get(
            Mccs.withNamespace(nameSpace).withName(cluster), c->context,
            [c, next](const KubeResponse &r) {
                c->addObject(r.object);
                next();
            },
            [c, next, nameSpace, cluster](const KubeError &e) {
                if (!e.isNotFound()) {
                    c->fail(e);
                    return;
                }
                c->client->get(
                    K8cs.withNamespace(nameSpace).withName(cluster), c->context,
                    [c, next](const KubeResponse &r) {
                        c->addObject(r.object);
                        next();
                    },
                    [c, next](const KubeError &e2) {
                        if (!e2.isNotFound()) {
                            c->fail(e2);
                            return;
                        }
                        next(); // the datacenters step exports them
                    });
            });
    });
    // 2. The cluster's CassandraDatacenters (exported themselves only when nothing above manages them).
    c->steps.append([c, nameSpace, cluster](const std::function<void()> &next) {
        c->client->list(
            Dcs.withNamespace(nameSpace), {}, c->context,
            [c, next, cluster](const KubeResponse &r) {
                const bool standalone = c->objects.isEmpty();
                for (const QJsonValue &v : r.object.value("items"_L1).toArray()) {
                    const QJsonObject dc = v.toObject();
                    if (labelOf(dc, u"k8ssandra.io/cluster-name"_s) == cluster || at(dc, u"spec.clusterName"_s).toString() == cluster) {
                        c->dcNames.insert(nameOf(dc));
                        if (standalone) {
                            c->addObject(dc);
                        }
                    }
                }
                if (c->objects.isEmpty()) {
                    c->fail(KubeError::make(KubeError::Kind::Config, CoreTr::tr("no cluster %1 in namespace %2").arg(cluster, c->result.nameSpace)));
                    return;
                }
                if (!standalone && !c->dcNames.isEmpty()) {
                    c->result.notes.append(CoreTr::tr("%n CassandraDatacenter(s) left out: the operator generates them from %1", nullptr,
                                                      int(c->dcNames.size()))
                                               .arg(c->objects.first().value("kind"_L1).toString()));
                }
                next();
            },
            [c, next](const KubeError &e) {
                if (c->objects.isEmpty()) {
                    c->fail(e);
                    return;
                }
                next();
            });
    });
    // 3. MedusaBackupSchedules of its datacenters.
    c->steps.append([c, nameSpace](const std::function<void()> &next) {
        c->client->list(
            Schedules.withNamespace(nameSpace), {}, c->context,
            [c, next](const KubeResponse &r) {
                for (const QJsonValue &v : r.object.value("items"_L1).toArray()) {
                    const QJsonObject s = v.toObject();
                    if (c->dcNames.contains(at(s, u"spec.backupSpec.cassandraDatacenter"_s).toString())) {
                        c->addObject(s);
                    }
                }
                next();
            },
            [c, next](const KubeError &e) {
                if (!e.isNotFound()) {
                    c->result.notes.append(CoreTr::tr("MedusaBackupSchedules not read: %1").arg(e.message));
                }
                next();
            });
    });
    // 4. Its Reaper, unless generated by the cluster object.
    c->steps.append([c, nameSpace, cluster](const std::function<void()> &next) {
        c->client->list(
            Reapers.withNamespace(nameSpace), {}, c->context,
            [c, next, cluster](const KubeResponse &r) {
                for (const QJsonValue &v : r.object.value("items"_L1).toArray()) {
                    const QJsonObject reaper = v.toObject();
                    if (labelOf(reaper, u"k8ssandra.io/cluster-name"_s) != cluster
                        && !c->dcNames.contains(at(reaper, u"spec.datacenterRef.name"_s).toString())) {
                        continue;
                    }
                    QString owner;
                    for (const QJsonValue &ref : at(reaper, u"metadata.ownerReferences"_s).toArray()) {
                        owner = ref.toObject().value("kind"_L1).toString() + u'/' + ref.toObject().value("name"_L1).toString();
                    }
                    if (owner.isEmpty()) {
                        c->addObject(reaper);
                    } else {
                        c->result.notes.append(CoreTr::tr("Reaper %1 left out: %2 generates it").arg(nameOf(reaper), owner));
                    }
                }
                next();
            },
            [c, next](const KubeError &e) {
                if (!e.isNotFound()) {
                    c->result.notes.append(CoreTr::tr("Reapers not read: %1").arg(e.message));
                }
                next();
            });
    });
    // 5. The MedusaConfiguration the cluster's medusa spec refers to (shared storage defaults).
    c->steps.append([c, nameSpace](const std::function<void()> &next) {
        const QJsonObject top = c->objects.isEmpty() ? QJsonObject() : c->objects.first();
        const QJsonObject ref = at(k8ssandraSpec(top), u"medusa.medusaConfigurationRef"_s).toObject();
        const QString name = ref.value("name"_L1).toString();
        if (name.isEmpty()) {
            next();
            return;
        }
        const QString ns = ref.value("namespace"_L1).toString().isEmpty() ? nameSpace : ref.value("namespace"_L1).toString();
        c->client->get(
            MedusaConfigs.withNamespace(ns).withName(name), c->context,
            [c, next](const KubeResponse &r) {
                c->addObject(r.object); // its storageSecretRef becomes a secret reference
                next();
            },
            [c, next, name](const KubeError &e) {
                c->result.notes.append(CoreTr::tr("MedusaConfiguration %1 not exported: %2").arg(name, e.message));
                next();
            });
    });
    // 6. The ClientConfigs that provide the datacenters' k8sContext (they live in the control plane's operator
    //    namespace, so every namespace is listed); their kubeconfig Secrets as references.
    c->steps.append([c](const std::function<void()> &next) {
        const QJsonObject top = c->objects.isEmpty() ? QJsonObject() : c->objects.first();
        QStringList contexts;
        for (const QJsonValue &dc : at(k8ssandraSpec(top), u"cassandra.datacenters"_s).toArray()) {
            addUnique(&contexts, dc.toObject().value("k8sContext"_L1).toString());
        }
        if (contexts.isEmpty()) {
            next();
            return;
        }
        c->client->list(
            ClientConfigs, {}, c->context,
            [c, next, contexts](const KubeResponse &r) {
                QStringList found;
                QList<QJsonObject> items;
                for (const QJsonValue &v : r.object.value("items"_L1).toArray()) {
                    items.append(v.toObject());
                }
                std::sort(items.begin(), items.end(), [](const QJsonObject &a, const QJsonObject &b) { return nameOf(a) < nameOf(b); });
                for (const QJsonObject &cc : std::as_const(items)) {
                    const QString provided = at(cc, u"spec.contextName"_s).toString().isEmpty() ? nameOf(cc) : at(cc, u"spec.contextName"_s).toString();
                    if (!contexts.contains(provided) || found.contains(provided)) {
                        continue;
                    }
                    found.append(provided);
                    c->addObject(cc);
                    c->addSecret(cc, at(cc, u"spec.kubeConfigSecret.name"_s).toString());
                }
                for (const QString &context : contexts) {
                    if (!found.contains(context)) {
                        c->result.notes.append(CoreTr::tr("no ClientConfig provides context %1").arg(context));
                    }
                }
                next();
            },
            [c, next](const KubeError &e) {
                c->result.notes.append(CoreTr::tr("ClientConfigs not read: %1").arg(e.message));
                next();
            });
    });
    // 7. The ConfigMaps the specs reference, whole; 8. the Secrets, as references.
    c->steps.append([c, nameSpace](const std::function<void()> &next) {
        const QStringList names = c->configMaps;
        auto remaining = std::make_shared<int>(int(names.size()));
        if (names.isEmpty()) {
            next();
            return;
        }
        for (const QString &name : names) {
            c->client->get(
                ResourceRef::core(u"configmaps"_s, nameSpace, name), c->context,
                [c, next, remaining](const KubeResponse &r) {
                    c->objects.append(r.object); // ConfigMaps reference nothing further
                    if (--*remaining == 0) {
                        next();
                    }
                },
                [c, next, remaining, name](const KubeError &e) {
                    c->result.notes.append(CoreTr::tr("ConfigMap %1 not exported: %2").arg(name, e.message));
                    if (--*remaining == 0) {
                        next();
                    }
                });
        }
    });
    c->steps.append([c, nameSpace](const std::function<void()> &next) {
        const QStringList names = c->secretUsers.keys();
        auto remaining = std::make_shared<int>(int(names.size()));
        if (names.isEmpty()) {
            next();
            return;
        }
        for (const QString &name : names) {
            const auto done = [c, next, remaining, name](const SecretReference &ref) {
                c->result.secrets.append(ref);
                if (--*remaining == 0) {
                    next();
                }
            };
            c->client->get(
                ResourceRef::core(u"secrets"_s, c->secretNamespaces.value(name, nameSpace), name), c->context,
                [c, done, name](const KubeResponse &r) {
                    SecretReference ref;
                    ref.name = name;
                    ref.nameSpace = c->secretNamespaces.value(name);
                    ref.exists = true;
                    ref.type = r.object.value("type"_L1).toString();
                    ref.keys = r.object.value("data"_L1).toObject().keys(); // names only: the values are dropped here
                    ref.referencedBy = c->secretUsers.value(name);
                    done(ref);
                },
                [c, done, name](const KubeError &e) {
                    SecretReference ref;
                    ref.name = name;
                    ref.nameSpace = c->secretNamespaces.value(name);
                    ref.referencedBy = c->secretUsers.value(name);
                    if (!e.isNotFound()) {
                        c->result.notes.append(CoreTr::tr("Secret %1 not read (referenced only): %2").arg(name, e.message));
                    }
                    done(ref);
                });
        }
    });
    qCDebug(lcGitOps) << "exporting" << cluster << "from" << nameSpace;
    c->next();
    return {};
}

} // namespace Ringside::Cassandra::Services
