#pragma once

#include "cassandra/domain/detection.h"
#include "cassandra/ops/operation.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Ringside::Cassandra::Ops {

/*! One datacenter of a new cluster. \since 0.1 */
struct DatacenterSpec
{
    QString name;        //!< the Cassandra DC name
    int size = 0;        //!< nodes in the DC
    QStringList racks;   //!< rack names; empty: one rack "r1"
    QString k8sContext;  //!< a ClientConfig context for a remote data plane
    /*! Per rack name: the rack's nodeAffinityLabels (node label key -> value); racks without labels are absent.
        \since 0.1 */
    QMap<QString, QMap<QString, QString>> nodeAffinityLabels;

    bool isValid() const { return !name.isEmpty() && size > 0; }
    /*! Reads `NAME:SIZE`, `NAME:SIZE:RACKS` or `NAME:SIZExRACKS` (SIZE nodes spread over RACKS racks r1..rN), with an
        optional `@CONTEXT` suffix. */
    static std::optional<DatacenterSpec> parse(const QString &text, QString *error);
};

/*! What a new cluster should be: the Simple mode of the Mission Control UI, or a full manifest. \since 0.1 */
struct ClusterSpec
{
    QString name;
    QString nameSpace;
    QString serverType = QStringLiteral("cassandra");
    QString serverVersion;
    QList<DatacenterSpec> datacenters;
    QString storageClass;
    QString storageSize = QStringLiteral("10Gi");
    QString heap;          //!< jvmOptions.heapSize, e.g. 1Gi
    QString cpu;           //!< resources.requests.cpu
    QString memory;        //!< resources.requests.memory
    QJsonObject cassandraYaml;
    QJsonObject jvmOptions; //!< further config.jvmOptions keys (gc, heapNewGenSize, additionalOptions...); heap wins for heapSize
    bool auth = true;
    QString superuserSecret; //!< empty: the operator generates <name>-superuser
    bool dataApi = false;
    QJsonObject manifest;  //!< set when the spec file is a MissionControlCluster or K8ssandraCluster: sent as written

    bool isValid() const { return !name.isEmpty(); }
    /*! Reads a spec file: Ringside's short form (name, type, version, datacenters, storageClass, ...) or a
        MissionControlCluster/K8ssandraCluster manifest. */
    static std::optional<ClusterSpec> fromYaml(const QByteArray &text, QString *error);
    /*! Every problem, translated. \a storageClasses are the cluster's StorageClass names (empty: not checked). */
    QStringList validate(const QStringList &storageClasses) const;
    /*! The K8ssandraCluster spec (also MissionControlCluster spec.k8ssandra). \a prefixDcNames names each datacenter
        object CLUSTER-DC with datacenterName DC, as the Mission Control UI does. */
    QJsonObject k8ssandraSpec(bool prefixDcNames) const;
    /*! The object to apply: a MissionControlCluster when Mission Control is installed, else a K8ssandraCluster. */
    QJsonObject toManifest(const Domain::Installation &installation) const;
};

/*! The create-cluster operation: validation (names, versions, racks, storage class, what is installed) and the
    manifest to apply (server-side apply; callers send it with dry-run first). \since 0.1 */
Operation createCluster(const ClusterSpec &spec, const Domain::Installation &installation, const QStringList &storageClasses);

} // namespace Ringside::Cassandra::Ops
