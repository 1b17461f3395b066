#pragma once

#include "cassandra/domain/detection.h"
#include "cassandra/ops/clusterspec.h"
#include "cassandra/ops/guard.h"
#include "cassandra/ops/operation.h"

#include <QObject>
#include <QStringList>

namespace Ringside::Wizard {

class DatacenterModel;

/*! The state of the cluster creation wizard: the ClusterSpec being built (the core's, so the YAML and the checks
    are the core's), field-level errors per page, the versions offered per server type, the target context (never a
    read-only one), the storage classes read from the cluster, and what is installed there (Mission Control or
    k8ssandra-operator), which decides the kind written. Qt Gui only: the widgets observe changed(). \since 0.1 */
class WizardModel : public QObject
{
    Q_OBJECT
public:
    enum class Page { Basics, Datacenters, Storage, Resources, Configuration, Security, DataApi, Review };
    Q_ENUM(Page)
    enum class Field {
        Name, Type, Version, Context, Namespace,
        Datacenters,
        StorageClass, StorageSize,
        Cpu, Memory, Heap,
        CassandraYaml, JvmOptions,
        SuperuserSecret,
        DataApi,
        Manifest,
    };
    Q_ENUM(Field)

    explicit WizardModel(QObject *parent = nullptr);
    ~WizardModel() override;

    // Basics
    QString name() const { return m_spec.name; }
    void setName(const QString &name);
    QString serverType() const { return m_spec.serverType; }
    /*! Sets cassandra, dse or hcd; the version becomes the newest of the type when the current one is not offered. */
    void setServerType(const QString &type);
    QString version() const { return m_spec.serverVersion; }
    void setVersion(const QString &version);
    QString context() const { return m_context; }
    /*! Sets the target context; the installation and storage classes known for the previous one are forgotten. */
    void setContext(const QString &context);
    QString nameSpace() const { return m_spec.nameSpace; }
    void setNameSpace(const QString &ns);
    /*! The contexts offered as targets, and the guard that marks some read-only. */
    void setContexts(const QStringList &contexts, const Cassandra::Ops::WriteGuard &guard);
    QStringList contexts() const { return m_contexts; }
    /*! Why \a context cannot be the target (read-only), or an empty string. */
    QString contextRefusal(const QString &context) const;

    // Datacenters and racks
    DatacenterModel *datacenterModel() const { return m_dcs; }

    // Storage
    QString storageClass() const { return m_spec.storageClass; }
    void setStorageClass(const QString &storageClass);
    QString storageSize() const { return m_spec.storageSize; }
    void setStorageSize(const QString &size);
    /*! The cluster's StorageClass names (\a known false: not read, e.g. offline; the name is then free text). */
    void setStorageClasses(const QStringList &classes, bool known, const QString &defaultClass = {});
    QStringList storageClasses() const { return m_storageClasses; }
    bool storageClassesKnown() const { return m_storageClassesKnown; }

    // Resources and heap
    QString cpu() const { return m_spec.cpu; }
    void setCpu(const QString &cpu);
    QString memory() const { return m_spec.memory; }
    void setMemory(const QString &memory);
    QString heap() const { return m_spec.heap; }
    void setHeap(const QString &heap);

    // Configuration
    QString cassandraYamlText() const { return m_cassandraYamlText; }
    void setCassandraYamlText(const QString &text);
    QString jvmOptionsText() const { return m_jvmText; }
    void setJvmOptionsText(const QString &text);

    // Security
    bool auth() const { return m_spec.auth; }
    void setAuth(bool on);
    /*! Empty: the operator generates CLUSTER-superuser. */
    QString superuserSecret() const { return m_spec.superuserSecret; }
    void setSuperuserSecret(const QString &name);
    bool generateSuperuserSecret() const { return m_generateSecret; }
    void setGenerateSuperuserSecret(bool generate);

    // Data API
    bool dataApi() const { return m_spec.dataApi; }
    void setDataApi(bool on);

    // What is installed in the target context
    void setInstallation(const Cassandra::Domain::Installation &installation);
    Cassandra::Domain::Installation installation() const { return m_installation; }
    /*! The kind written: MissionControlCluster or K8ssandraCluster (also when nothing was detected, offline). */
    QString clusterKind() const;
    /*! One translated sentence on what was detected and which kind is therefore written. */
    QString kindNote() const;

    // Review
    /*! The spec from every page (the core's value). */
    Cassandra::Ops::ClusterSpec spec() const;
    /*! The manifest generated from spec() as YAML (the core's toManifest, emitted as kubectl prints). */
    QString generatedYaml() const;
    /*! Expert mode: the review's YAML is edited by hand and sent as written. */
    bool isExpert() const { return m_expert; }
    void setExpert(bool expert);
    void setExpertYaml(const QString &text);
    /*! What Create sends: the expert text in expert mode, else generatedYaml(). */
    QString manifestYaml() const;
    /*! The core's create-cluster operation for spec() (validation of everything, the change to apply). */
    Cassandra::Ops::Operation operation() const;

    // Validation
    /*! What is wrong with \a field, translated; empty when it is fine. */
    QString fieldError(Field field) const;
    /*! The fields a page shows. */
    static QList<Field> fieldsOf(Page page);
    bool isPageValid(Page page) const;
    /*! Every field error of \a page, one per entry. */
    QStringList pageErrors(Page page) const;

    /*! cassandra, dse, hcd. */
    static QStringList serverTypes();
    /*! The versions offered for \a type, newest first. */
    static QStringList versions(const QString &type);

Q_SIGNALS:
    /*! Any value, and so possibly any error, changed. */
    void changed();
    /*! The target context changed: its installation and storage classes must be read again. */
    void contextChanged(const QString &context);

private:
    QString expertYamlError() const;
    QString heapError() const;

    Cassandra::Ops::ClusterSpec m_spec;
    QString m_context;
    QStringList m_contexts;
    Cassandra::Ops::WriteGuard m_guard;
    DatacenterModel *m_dcs;
    QStringList m_storageClasses;
    bool m_storageClassesKnown = false;
    QString m_cassandraYamlText;
    QString m_jvmText;
    bool m_generateSecret = true;
    Cassandra::Domain::Installation m_installation;
    bool m_expert = false;
    QString m_expertYaml;
};

} // namespace Ringside::Wizard
