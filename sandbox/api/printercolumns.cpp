// The column definitions of the built-in printers (see printers.cpp for the cells).
#include "printers_p.h"

#include <QHash>

namespace Ringside::Sandbox {

using namespace Printers;

namespace {

QHash<QString, BuiltinPrinter> makePrinters()
{
    QHash<QString, BuiltinPrinter> p;
    const QString containersDoc = QStringLiteral("Names of each container in the template.");
    const QString imagesDoc = QStringLiteral("Images referenced by each container in the template.");
    p.insert(
        QStringLiteral("/pods"),
        {{nameCol(),
          col("Ready", "string", QStringLiteral("The aggregate readiness state of this pod for accepting traffic.")),
          col("Status", "string", QStringLiteral("The aggregate status of the containers in this pod.")),
          col("Restarts", "string",
              QStringLiteral("The number of times the containers in this pod have been restarted and when the last "
                             "container in this pod has restarted.")),
          ageCol(),
          col("IP", "string",
              QStringLiteral("podIP address allocated to the pod. Routable at least within the cluster. Empty if not "
                             "yet allocated."),
              1),
          col("Node", "string",
              QStringLiteral("NodeName indicates in which node this pod is scheduled. If empty, this pod is a "
                             "candidate for scheduling by the scheduler defined in schedulerName."),
              1),
          col("Nominated Node", "string",
              QStringLiteral(
                  "nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be "
                  "scheduled right away as preemption victims receive their graceful termination periods."),
              1),
          col("Readiness Gates", "string",
              QStringLiteral("If specified, all readiness gates will be evaluated for pod readiness."), 1)},
         podCells});
    p.insert(
        QStringLiteral("apps/deployments"),
        {{nameCol(), col("Ready", "string", QStringLiteral("Number of the pod with ready state")),
          col("Up-to-date", "integer",
              QStringLiteral("Total number of non-terminated pods targeted by this deployment that have the desired "
                             "template spec.")),
          col("Available", "integer",
              QStringLiteral(
                  "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.")),
          ageCol(), col("Containers", "string", containersDoc, 1), col("Images", "string", imagesDoc, 1),
          col("Selector", "string",
              QStringLiteral("Label selector for pods. Existing ReplicaSets whose pods are selected by this will be "
                             "the ones affected by this deployment. It must match the pod template's labels."),
              1)},
         deploymentCells});
    p.insert(QStringLiteral("apps/statefulsets"),
             {{nameCol(), col("Ready", "string", QStringLiteral("Number of the pod with ready state")), ageCol(),
               col("Containers", "string", containersDoc, 1), col("Images", "string", imagesDoc, 1)},
              statefulSetCells});
    p.insert(
        QStringLiteral("/services"),
        {{nameCol(), col("Type", "string", QStringLiteral("type determines how the Service is exposed.")),
          col("Cluster-IP", "string",
              QStringLiteral("clusterIP is the IP address of the service and is usually assigned randomly.")),
          col("External-IP", "string",
              QStringLiteral("externalIPs is a list of IP addresses for which nodes in the cluster will also accept "
                             "traffic for this service.")),
          col("Port(s)", "string", QStringLiteral("The list of ports that are exposed by this service.")), ageCol(),
          col("Selector", "string",
              QStringLiteral("Route service traffic to pods with label keys and values matching this selector."), 1)},
         serviceCells});
    p.insert(QStringLiteral("/endpoints"),
             {{nameCol(),
               col("Endpoints", "string", QStringLiteral("The set of all endpoints is the union of all subsets.")),
               ageCol()},
              endpointsCells});
    p.insert(
        QStringLiteral("/nodes"),
        {{nameCol(), col("Status", "string", QStringLiteral("The status of the node")),
          col("Roles", "string", QStringLiteral("The roles of the node")), ageCol(),
          col("Version", "string", QStringLiteral("Kubelet Version reported by the node.")),
          col("Internal-IP", "string",
              QStringLiteral("List of addresses reachable to the node. Queried from cloud provider, if available."), 1),
          col("External-IP", "string",
              QStringLiteral("List of addresses reachable to the node. Queried from cloud provider, if available."), 1),
          col("OS-Image", "string",
              QStringLiteral("OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy))."),
              1),
          col("Kernel-Version", "string",
              QStringLiteral("Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64)."), 1),
          col("Container-Runtime", "string",
              QStringLiteral("ContainerRuntime Version reported by the node through runtime remote API (e.g. "
                             "containerd://1.4.2)."),
              1)},
         nodeCells});
    const BuiltinPrinter events{
        {col("Last Seen", "string", QStringLiteral("Time when the latest occurrence of this event was observed.")),
         col("Type", "string",
             QStringLiteral("Type of this event (Normal, Warning), new types could be added in the future.")),
         col("Reason", "string",
             QStringLiteral("This should be a short, machine understandable string that gives the reason for the "
                            "transition into the object's current status.")),
         col("Object", "string", QStringLiteral("The object this Event is about.")),
         col("Subobject", "string",
             QStringLiteral("If referring to a piece of an object instead of an entire object, this string should "
                            "contain a valid JSON/Go field access statement."),
             1),
         col("Source", "string", QStringLiteral("The component reporting this event."), 1),
         col("Message", "string", QStringLiteral("A human-readable description of the status of this operation.")),
         col("First Seen", "string", QStringLiteral("The time at which the event was first recorded."), 1),
         col("Count", "string", QStringLiteral("The number of times this event has occurred."), 1),
         col("Name", "string", NameDoc, 1, "name")},
        eventCells};
    p.insert(QStringLiteral("/events"), events);
    p.insert(QStringLiteral("/namespaces"),
             {{nameCol(), col("Status", "string", QStringLiteral("The status of the namespace")), ageCol()},
              namespaceCells});
    p.insert(QStringLiteral("/configmaps"),
             {{nameCol(), col("Data", "string", QStringLiteral("Data contains the configuration data.")), ageCol()},
              configMapCells});
    p.insert(
        QStringLiteral("/secrets"),
        {{nameCol(), col("Type", "string", QStringLiteral("Used to facilitate programmatic handling of secret data.")),
          col("Data", "string", QStringLiteral("Data contains the secret data.")), ageCol()},
         secretCells});
    p.insert(QStringLiteral("/serviceaccounts"),
             {{nameCol(),
               col("Secrets", "string",
                   QStringLiteral("Secrets is a list of the secrets in the same namespace that pods running using this "
                                  "ServiceAccount are allowed to use.")),
               ageCol()},
              serviceAccountCells});
    p.insert(QStringLiteral("/persistentvolumeclaims"),
             {{nameCol(),
               col("Status", "string",
                   QStringLiteral(
                       "The phase indicates if a volume is available, bound to a claim, or released by a claim.")),
               col("Volume", "string",
                   QStringLiteral("VolumeName is the binding reference to the PersistentVolume backing this claim.")),
               col("Capacity", "string",
                   QStringLiteral("capacity represents the actual resources of the underlying volume.")),
               col("Access Modes", "string",
                   QStringLiteral("AccessModes contains the desired access modes the volume should have.")),
               col("StorageClass", "string",
                   QStringLiteral("StorageClassName is the name of the StorageClass required by the claim.")),
               col("VolumeAttributesClass", "string",
                   QStringLiteral("VolumeAttributesClassName of the PersistentVolumeClaim.")),
               ageCol(),
               col("VolumeMode", "string",
                   QStringLiteral("volumeMode defines what type of volume is required by the claim."), 1)},
              claimCells});
    p.insert(
        QStringLiteral("/persistentvolumes"),
        {{nameCol(),
          col("Capacity", "string",
              QStringLiteral("capacity is the description of the persistent volume's resources and capacity.")),
          col("Access Modes", "string", QStringLiteral("accessModes contains all ways the volume can be mounted.")),
          col("Reclaim Policy", "string",
              QStringLiteral("persistentVolumeReclaimPolicy defines what happens to a persistent volume when released "
                             "from its claim.")),
          col("Status", "string",
              QStringLiteral("phase indicates if a volume is available, bound to a claim, or released by a claim.")),
          col("Claim", "string",
              QStringLiteral(
                  "claimRef is part of a bi-directional binding between PersistentVolume and PersistentVolumeClaim.")),
          col("StorageClass", "string",
              QStringLiteral("storageClassName is the name of StorageClass to which this persistent volume belongs.")),
          col("VolumeAttributesClass", "string", QStringLiteral("VolumeAttributesClassName of the PersistentVolume.")),
          col("Reason", "string",
              QStringLiteral("reason is a brief CamelCase string that describes any failure and is meant for machine "
                             "parsing and tidy display in the CLI.")),
          ageCol(),
          col("VolumeMode", "string",
              QStringLiteral("volumeMode defines if a volume is intended to be used with a formatted filesystem or to "
                             "remain in raw block state."),
              1)},
         volumeCells});
    p.insert(
        QStringLiteral("storage.k8s.io/storageclasses"),
        {{nameCol(), col("Provisioner", "string", QStringLiteral("provisioner indicates the type of the provisioner.")),
          col("ReclaimPolicy", "string",
              QStringLiteral("reclaimPolicy controls the reclaimPolicy for dynamically provisioned PersistentVolumes "
                             "of this storage class.")),
          col("VolumeBindingMode", "string",
              QStringLiteral(
                  "volumeBindingMode indicates how PersistentVolumeClaims should be provisioned and bound.")),
          col("AllowVolumeExpansion", "string",
              QStringLiteral("allowVolumeExpansion shows whether the storage class allow volume expand.")),
          ageCol()},
         storageClassCells});
    return p;
}

} // namespace

const BuiltinPrinter *builtinPrinter(const QString &storageKey)
{
    static const QHash<QString, BuiltinPrinter> printers = makePrinters();
    const auto it = printers.constFind(storageKey);
    return it == printers.cend() ? nullptr : &it.value();
}

} // namespace Ringside::Sandbox
