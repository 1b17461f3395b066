#include "builtins.h"

namespace Ringside::Sandbox {

namespace {

const QStringList AllVerbs
    = {QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("deletecollection"), QStringLiteral("get"),
       QStringLiteral("list"),   QStringLiteral("patch"),  QStringLiteral("update"),           QStringLiteral("watch")};

ResourceType make(const char *group, const char *version, const char *resource, const char *kind, bool namespaced,
                  const char *schemaRef, QStringList shortNames = {}, QStringList subresources = {},
                  QStringList categories = {}, QStringList verbs = AllVerbs)
{
    ResourceType t;
    t.group = QLatin1String(group);
    t.version = QLatin1String(version);
    t.resource = QLatin1String(resource);
    t.kind = QLatin1String(kind);
    t.singular = t.kind.toLower();
    t.listKind = t.kind + QLatin1String("List");
    t.namespaced = namespaced;
    t.schemaRef = QLatin1String(schemaRef);
    t.shortNames = std::move(shortNames);
    t.subresources = std::move(subresources);
    t.categories = std::move(categories);
    t.verbs = std::move(verbs);
    t.origin = ResourceType::Origin::Builtin;
    return t;
}

QStringList l(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items) {
        out.append(QLatin1String(s));
    }
    return out;
}

} // namespace

QList<ResourceType> builtinResourceTypes()
{
    const QStringList all = l({"all"});
    QList<ResourceType> t;
    // core/v1, in the order the kube-apiserver lists them
    t << make("", "v1", "configmaps", "ConfigMap", true, "io.k8s.api.core.v1.ConfigMap", l({"cm"}));
    t << make("", "v1", "endpoints", "Endpoints", true, "io.k8s.api.core.v1.Endpoints", l({"ep"}));
    t << make("", "v1", "events", "Event", true, "io.k8s.api.core.v1.Event", l({"ev"}));
    t << make("", "v1", "namespaces", "Namespace", false, "io.k8s.api.core.v1.Namespace", l({"ns"}),
              l({"finalize", "status"}), {}, l({"create", "delete", "get", "list", "patch", "update", "watch"}));
    t << make("", "v1", "nodes", "Node", false, "io.k8s.api.core.v1.Node", l({"no"}), l({"proxy", "status"}));
    t << make("", "v1", "persistentvolumeclaims", "PersistentVolumeClaim", true,
              "io.k8s.api.core.v1.PersistentVolumeClaim", l({"pvc"}), l({"status"}));
    t << make("", "v1", "persistentvolumes", "PersistentVolume", false, "io.k8s.api.core.v1.PersistentVolume",
              l({"pv"}), l({"status"}));
    t << make("", "v1", "pods", "Pod", true, "io.k8s.api.core.v1.Pod", l({"po"}),
              l({"exec", "log", "portforward", "proxy", "status"}), all);
    t << make("", "v1", "secrets", "Secret", true, "io.k8s.api.core.v1.Secret");
    t << make("", "v1", "serviceaccounts", "ServiceAccount", true, "io.k8s.api.core.v1.ServiceAccount", l({"sa"}));
    t << make("", "v1", "services", "Service", true, "io.k8s.api.core.v1.Service", l({"svc"}), l({"proxy", "status"}),
              all);
    t << make("apps", "v1", "deployments", "Deployment", true, "io.k8s.api.apps.v1.Deployment", l({"deploy"}),
              l({"scale", "status"}), all);
    t << make("apps", "v1", "statefulsets", "StatefulSet", true, "io.k8s.api.apps.v1.StatefulSet", l({"sts"}),
              l({"scale", "status"}), all);
    t << make("events.k8s.io", "v1", "events", "Event", true, "io.k8s.api.events.v1.Event", l({"ev"}));
    t << make("authorization.k8s.io", "v1", "selfsubjectaccessreviews", "SelfSubjectAccessReview", false,
              "io.k8s.api.authorization.v1.SelfSubjectAccessReview", {}, {}, {}, l({"create"}));
    t << make("authorization.k8s.io", "v1", "selfsubjectrulesreviews", "SelfSubjectRulesReview", false,
              "io.k8s.api.authorization.v1.SelfSubjectRulesReview", {}, {}, {}, l({"create"}));
    t << make("storage.k8s.io", "v1", "storageclasses", "StorageClass", false, "io.k8s.api.storage.v1.StorageClass",
              l({"sc"}));
    t << make("apiextensions.k8s.io", "v1", "customresourcedefinitions", "CustomResourceDefinition", false,
              "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition", l({"crd", "crds"}),
              l({"status"}), l({"api-extensions"}));
    return t;
}

} // namespace Ringside::Sandbox
