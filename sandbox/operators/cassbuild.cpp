#include "cassbuild.h"

#include "opkit.h"

#include "api/jsonutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Ringside::Sandbox {

DcView::DcView(const QJsonObject &object)
    : dc(object)
    , ns(Json::ns(object))
    , name(Json::name(object))
{
    const QJsonObject spec = dc.value(QLatin1String("spec")).toObject();
    clusterName = spec.value(QLatin1String("clusterName")).toString();
    cluster = Op::clean(clusterName);
    cassandraDc = spec.value(QLatin1String("datacenterName")).toString(name);
    if (cassandraDc.isEmpty()) {
        cassandraDc = name;
    }
    dcLabel = Op::clean(cassandraDc);
    for (const QJsonValue &r : spec.value(QLatin1String("racks")).toArray()) {
        racks.append(Op::clean(r.toObject().value(QLatin1String("name")).toString()));
    }
    if (racks.isEmpty()) {
        racks.append(QStringLiteral("default"));
    }
    size = spec.value(QLatin1String("size")).toInt(0);
    stopped = spec.value(QLatin1String("stopped")).toBool();
    const int n = int(racks.size());
    for (int i = 0; i < n; ++i) {
        rackSizes.append(stopped ? 0 : size / n + (i < size % n ? 1 : 0));
    }
}

QString DcView::superuserSecret() const
{
    const QString configured = Json::at(dc, u"spec.superuserSecretName").toString();
    return configured.isEmpty() ? cluster + QLatin1String("-superuser") : configured;
}

QJsonObject DcView::dcSelector() const
{
    return {{QLatin1String("cassandra.datastax.com/cluster"), cluster},
            {QLatin1String("cassandra.datastax.com/datacenter"), dcLabel}};
}

QJsonObject DcView::commonLabels() const
{
    QJsonObject labels = Json::at(dc, u"spec.additionalLabels").toObject();
    labels.insert(QStringLiteral("cassandra.datastax.com/cluster"), cluster);
    labels.insert(QStringLiteral("cassandra.datastax.com/datacenter"), dcLabel);
    labels.insert(QStringLiteral("app.kubernetes.io/managed-by"), QStringLiteral("cass-operator"));
    labels.insert(QStringLiteral("app.kubernetes.io/name"), QStringLiteral("cassandra"));
    labels.insert(QStringLiteral("app.kubernetes.io/instance"), QString(QLatin1String("cassandra-") + cluster));
    labels.insert(QStringLiteral("app.kubernetes.io/version"), Json::at(dc, u"spec.serverVersion").toString());
    labels.insert(QStringLiteral("app.kubernetes.io/created-by"), QStringLiteral("cass-operator"));
    return labels;
}

QString DcView::image() const
{
    const QJsonObject spec = dc.value(QLatin1String("spec")).toObject();
    const QString custom = spec.value(QLatin1String("serverImage")).toString();
    if (!custom.isEmpty()) {
        return custom;
    }
    const QString type = spec.value(QLatin1String("serverType")).toString();
    const QString version = spec.value(QLatin1String("serverVersion")).toString();
    if (type == QLatin1String("dse")) {
        return QLatin1String("cr.dtsx.io/datastax/dse-mgmtapi-6_8:") + version + QLatin1String("-ubi");
    }
    if (type == QLatin1String("hcd")) {
        return QLatin1String("cr.dtsx.io/datastax/hcd:") + version + QLatin1String("-ubi");
    }
    return QLatin1String("cr.k8ssandra.io/k8ssandra/cass-management-api:") + version;
}

static QJsonObject port(const char *name, int number)
{
    return {{QLatin1String("name"), QLatin1String(name)},
            {QLatin1String("containerPort"), number},
            {QLatin1String("protocol"), QLatin1String("TCP")}};
}

static QJsonObject env(const QString &name, const QString &value)
{
    return {{QLatin1String("name"), name}, {QLatin1String("value"), value}};
}

static QJsonObject fieldEnv(const char *name, const char *path)
{
    return {{QLatin1String("name"), QLatin1String(name)},
            {QLatin1String("valueFrom"),
             QJsonObject{{QLatin1String("fieldRef"), QJsonObject{{QLatin1String("apiVersion"), QLatin1String("v1")},
                                                                 {QLatin1String("fieldPath"), QLatin1String(path)}}}}}};
}

static QJsonObject mount(const char *name, const char *path)
{
    return {{QLatin1String("name"), QLatin1String(name)}, {QLatin1String("mountPath"), QLatin1String(path)}};
}

static QJsonObject probe(const char *path, int delay)
{
    return {{QLatin1String("httpGet"), QJsonObject{{QLatin1String("path"), QLatin1String(path)},
                                                    {QLatin1String("port"), 8080},
                                                    {QLatin1String("scheme"), QLatin1String("HTTP")}}},
            {QLatin1String("initialDelaySeconds"), delay},
            {QLatin1String("periodSeconds"), 10},
            {QLatin1String("timeoutSeconds"), 10},
            {QLatin1String("successThreshold"), 1},
            {QLatin1String("failureThreshold"), 3}};
}

static QString configText(const QJsonValue &config)
{
    if (config.isString()) {
        return config.toString();
    }
    return QString::fromUtf8(QJsonDocument(config.toObject()).toJson(QJsonDocument::Compact));
}

QJsonObject CassBuild::statefulSet(const DcView &view, int rackIndex, int replicas, const QString &restartedAt)
{
    const QJsonObject spec = view.dc.value(QLatin1String("spec")).toObject();
    const QString rack = view.racks.at(rackIndex);
    const QString version = spec.value(QLatin1String("serverVersion")).toString();
    const QString serverType = spec.value(QLatin1String("serverType")).toString();
    QJsonObject selector = view.dcSelector();
    selector.insert(RackLabel, rack);
    QJsonObject podLabels = view.commonLabels();
    podLabels.insert(RackLabel, rack);
    podLabels.insert(QStringLiteral("cassandra.datastax.com/node-state"), QStringLiteral("Ready-to-Start"));
    QJsonObject podAnnotations = Json::at(view.dc, u"spec.additionalAnnotations").toObject();
    podAnnotations.insert(ConfigHashAnnotation, Op::hash(spec.value(QLatin1String("config"))));
    if (!restartedAt.isEmpty()) {
        podAnnotations.insert(RestartedAtAnnotation, restartedAt);
    }
    QJsonArray ports{port("native", 9042),        port("tls-native", 9142), port("internode", 7000),
                     port("tls-internode", 7001), port("jmx", 7199),        port("mgmt-api-http", 8080),
                     port("prometheus", 9103),    port("metrics", 9000)};
    if (serverType == QLatin1String("dse") || version.startsWith(QLatin1String("3."))) {
        ports.append(port("thrift", 9160));
    }
    if (serverType == QLatin1String("dse")) {
        ports.append(port("internode-msg", 8609));
    }
    QJsonArray cassandraEnv{env(QStringLiteral("USE_MGMT_API"), QStringLiteral("true")),
                            env(QStringLiteral("MGMT_API_EXPLICIT_START"), QStringLiteral("true")),
                            env(QStringLiteral("MGMT_API_LISTEN_TCP_PORT"), QStringLiteral("8080")),
                            env(QStringLiteral("CLUSTER_NAME"), view.clusterName),
                            env(QStringLiteral("DATACENTER_NAME"), view.cassandraDc),
                            env(QStringLiteral("RACK_NAME"), rack),
                            fieldEnv("POD_NAME", "metadata.name"),
                            fieldEnv("POD_IP", "status.podIP"),
                            fieldEnv("HOST_IP", "status.hostIP"),
                            fieldEnv("NODE_NAME", "spec.nodeName")};
    if (serverType == QLatin1String("dse")) {
        cassandraEnv.append(env(QStringLiteral("DS_LICENSE"), QStringLiteral("accept")));
    }
    QJsonObject cassandra{{QLatin1String("name"), QLatin1String("cassandra")},
                          {QLatin1String("image"), view.image()},
                          {QLatin1String("ports"), ports},
                          {QLatin1String("env"), cassandraEnv},
                          {QLatin1String("resources"), spec.value(QLatin1String("resources")).toObject()},
                          {QLatin1String("readinessProbe"), probe("/api/v0/probes/readiness", 20)},
                          {QLatin1String("livenessProbe"), probe("/api/v0/probes/liveness", 15)},
                          {QLatin1String("lifecycle"),
                           QJsonObject{{QLatin1String("preStop"),
                                        QJsonObject{{QLatin1String("exec"),
                                                     QJsonObject{{QLatin1String("command"),
                                                                  QJsonArray{QLatin1String("wget"),
                                                                             QLatin1String("--output-document"),
                                                                             QLatin1String("/dev/null"),
                                                                             QLatin1String("--no-check-certificate"),
                                                                             QLatin1String("--post-data=''"),
                                                                             QLatin1String("http://localhost:8080/api/"
                                                                                           "v0/ops/node/drain")}}}}}}}},
                          {QLatin1String("volumeMounts"),
                           QJsonArray{mount("server-data", "/var/lib/cassandra"), mount("server-config", "/config"),
                                      mount("server-logs", "/opt/cassandra/logs")}}};
    const QJsonObject logger{
        {QLatin1String("name"), QLatin1String("server-system-logger")},
        {QLatin1String("image"), QLatin1String("cr.k8ssandra.io/k8ssandra/system-logger:v1.27.0")},
        {QLatin1String("env"),
         QJsonArray{env(QStringLiteral("CLUSTER_NAME"), view.clusterName),
                    env(QStringLiteral("DATACENTER_NAME"), view.cassandraDc), env(QStringLiteral("RACK_NAME"), rack),
                    env(QStringLiteral("NAMESPACE"), view.ns), fieldEnv("POD_NAME", "metadata.name"),
                    fieldEnv("NODE_NAME", "spec.nodeName")}},
        {QLatin1String("resources"),
         QJsonObject{{QLatin1String("limits"), QJsonObject{{QLatin1String("memory"), QLatin1String("128M")}}},
                     {QLatin1String("requests"), QJsonObject{{QLatin1String("cpu"), QLatin1String("100m")},
                                                             {QLatin1String("memory"), QLatin1String("64M")}}}}},
        {QLatin1String("volumeMounts"), QJsonArray{mount("server-logs", "/var/log/cassandra")}}};
    const QJsonObject configInit{
        {QLatin1String("name"), QLatin1String("server-config-init")},
        {QLatin1String("image"), QLatin1String("cr.k8ssandra.io/k8ssandra/k8ssandra-client:v0.6.4")},
        {QLatin1String("args"), QJsonArray{QLatin1String("config"), QLatin1String("build")}},
        {QLatin1String("env"), QJsonArray{env(QStringLiteral("CONFIG_FILE_DATA"), configText(spec.value(QLatin1String("config")))),
                                          fieldEnv("POD_IP", "status.podIP"), fieldEnv("HOST_IP", "status.hostIP"),
                                          env(QStringLiteral("RACK_NAME"), rack),
                                          env(QStringLiteral("PRODUCT_VERSION"), version),
                                          env(QStringLiteral("PRODUCT_NAME"), serverType)}},
        {QLatin1String("volumeMounts"), QJsonArray{mount("server-config", "/config")}}};
    QJsonObject podSpec{
        {QLatin1String("containers"), QJsonArray{cassandra, logger}},
        {QLatin1String("initContainers"), QJsonArray{configInit}},
        {QLatin1String("volumes"),
         QJsonArray{QJsonObject{{QLatin1String("name"), QLatin1String("server-config")}, {QLatin1String("emptyDir"), QJsonObject()}},
                    QJsonObject{{QLatin1String("name"), QLatin1String("server-logs")}, {QLatin1String("emptyDir"), QJsonObject()}},
                    QJsonObject{{QLatin1String("name"), QLatin1String("vector-lib")}, {QLatin1String("emptyDir"), QJsonObject()}}}},
        {QLatin1String("terminationGracePeriodSeconds"), 120},
        {QLatin1String("securityContext"), QJsonObject{{QLatin1String("fsGroup"), 999},
                                                       {QLatin1String("runAsGroup"), 999},
                                                       {QLatin1String("runAsUser"), 999}}}};
    // spec.podTemplateSpec is merged in as cass-operator does: containers and init containers by name (a named
    // one's settings and env added to ours, new ones appended in order), volumes appended.
    const QJsonObject userPod = Json::at(spec, u"podTemplateSpec.spec").toObject();
    for (const char *list : {"initContainers", "containers"}) {
        QJsonArray merged = podSpec.value(QLatin1String(list)).toArray();
        for (const QJsonValue &v : userPod.value(QLatin1String(list)).toArray()) {
            const QJsonObject extra = v.toObject();
            const QString name = extra.value(QLatin1String("name")).toString();
            qsizetype at = -1;
            for (qsizetype i = 0; i < merged.size(); ++i) {
                at = merged.at(i).toObject().value(QLatin1String("name")).toString() == name ? i : at;
            }
            if (at < 0) {
                merged.append(extra);
                continue;
            }
            QJsonObject ours = merged.at(at).toObject();
            for (auto it = extra.begin(); it != extra.end(); ++it) {
                if (it.key() == QLatin1String("env")) {
                    QJsonArray env = ours.value(QLatin1String("env")).toArray();
                    for (const QJsonValue &e : it.value().toArray()) {
                        env.append(e);
                    }
                    ours.insert(QLatin1String("env"), env);
                } else if (!ours.contains(it.key())) {
                    ours.insert(it.key(), it.value());
                }
            }
            merged.replace(at, ours);
        }
        podSpec.insert(QLatin1String(list), merged);
    }
    if (userPod.contains(QLatin1String("volumes"))) {
        QJsonArray volumes = podSpec.value(QLatin1String("volumes")).toArray();
        for (const QJsonValue &v : userPod.value(QLatin1String("volumes")).toArray()) {
            volumes.append(v);
        }
        podSpec.insert(QLatin1String("volumes"), volumes);
    }
    const QString serviceAccount = spec.value(QLatin1String("serviceAccountName")).toString();
    if (!serviceAccount.isEmpty()) {
        podSpec.insert(QLatin1String("serviceAccountName"), serviceAccount);
    }
    QJsonObject claimSpec = Json::at(spec, u"storageConfig.cassandraDataVolumeClaimSpec").toObject();
    const QJsonObject stsSpec{
        {QLatin1String("replicas"), replicas},
        {QLatin1String("serviceName"), view.allPodsService()},
        {QLatin1String("podManagementPolicy"), QLatin1String("Parallel")},
        {QLatin1String("selector"), QJsonObject{{QLatin1String("matchLabels"), selector}}},
        {QLatin1String("updateStrategy"), QJsonObject{{QLatin1String("type"), QLatin1String("RollingUpdate")}}},
        {QLatin1String("template"),
         QJsonObject{{QLatin1String("metadata"),
                      QJsonObject{{QLatin1String("labels"), podLabels}, {QLatin1String("annotations"), podAnnotations}}},
                     {QLatin1String("spec"), podSpec}}},
        {QLatin1String("volumeClaimTemplates"),
         QJsonArray{QJsonObject{{QLatin1String("metadata"),
                                 QJsonObject{{QLatin1String("name"), QLatin1String("server-data")},
                                             {QLatin1String("labels"), view.commonLabels()}}},
                                {QLatin1String("spec"), claimSpec}}}}};
    QJsonObject stsLabels = view.commonLabels();
    stsLabels.insert(RackLabel, rack);
    // The hash covers what cass-operator would change; replicas are compared on their own.
    QJsonObject hashed = stsSpec;
    hashed.remove(QLatin1String("replicas"));
    return {{QLatin1String("metadata"),
             QJsonObject{{QLatin1String("name"), view.stsName(rack)},
                         {QLatin1String("namespace"), view.ns},
                         {QLatin1String("labels"), stsLabels},
                         {QLatin1String("annotations"), QJsonObject{{ResourceHashAnnotation, Op::hash(hashed)}}},
                         {QLatin1String("ownerReferences"),
                          QJsonArray{Op::ownerReference(QStringLiteral("cassandra.datastax.com/v1beta1"),
                                                        QStringLiteral("CassandraDatacenter"), view.dc)}}}},
            {QLatin1String("spec"), stsSpec}};
}

static QJsonObject servicePort(const char *name, int number)
{
    return {{QLatin1String("name"), QLatin1String(name)},
            {QLatin1String("port"), number},
            {QLatin1String("targetPort"), number},
            {QLatin1String("protocol"), QLatin1String("TCP")}};
}

QList<QJsonObject> CassBuild::services(const DcView &view)
{
    const QJsonObject owner = Op::ownerReference(QStringLiteral("cassandra.datastax.com/v1beta1"),
                                                 QStringLiteral("CassandraDatacenter"), view.dc);
    const auto make = [&](const QString &name, const QJsonObject &extraLabels, const QJsonObject &selector,
                          const QJsonArray &ports, bool publishNotReady) {
        QJsonObject labels = view.commonLabels();
        for (auto it = extraLabels.begin(); it != extraLabels.end(); ++it) {
            labels.insert(it.key(), it.value());
        }
        QJsonObject spec{{QLatin1String("clusterIP"), QLatin1String("None")},
                         {QLatin1String("type"), QLatin1String("ClusterIP")},
                         {QLatin1String("ports"), ports},
                         {QLatin1String("publishNotReadyAddresses"), publishNotReady}};
        if (!selector.isEmpty()) {
            spec.insert(QLatin1String("selector"), selector);
        }
        return QJsonObject{{QLatin1String("metadata"),
                            QJsonObject{{QLatin1String("name"), name},
                                        {QLatin1String("labels"), labels},
                                        {QLatin1String("ownerReferences"), QJsonArray{owner}}}},
                           {QLatin1String("spec"), spec}};
    };
    const QString prefix = view.cluster + u'-' + view.dcLabel;
    QJsonObject seedSelector{{QLatin1String("cassandra.datastax.com/cluster"), view.cluster},
                             {SeedLabel, QLatin1String("true")}};
    const QJsonArray cqlPorts{servicePort("native", 9042), servicePort("tls-native", 9142),
                              servicePort("mgmt-api", 8080), servicePort("prometheus", 9103),
                              servicePort("metrics", 9000)};
    return {make(prefix + QLatin1String("-service"), {}, view.dcSelector(), cqlPorts, false),
            make(view.cluster + QLatin1String("-seed-service"), {}, seedSelector, {}, true),
            make(prefix + QLatin1String("-additional-seed-service"), {}, {}, {}, true),
            make(view.allPodsService(), QJsonObject{{QLatin1String("cassandra.datastax.com/prom-metrics"), QLatin1String("true")}},
                 view.dcSelector(), QJsonArray{servicePort("native", 9042), servicePort("mgmt-api", 8080),
                                              servicePort("prometheus", 9103), servicePort("metrics", 9000)},
                 true)};
}

QJsonObject CassBuild::superuserSecret(const DcView &view, Kube *kube)
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QByteArray password;
    for (int i = 0; i < 20; ++i) {
        const double u = kube->unit(view.ns + u'/' + view.superuserSecret() + u'#' + QString::number(i));
        password.append(alphabet[int(u * (sizeof(alphabet) - 1))]);
    }
    const QString user = view.cluster + QLatin1String("-superuser");
    return {{QLatin1String("metadata"),
             QJsonObject{{QLatin1String("name"), view.superuserSecret()},
                         {QLatin1String("labels"),
                          QJsonObject{{QLatin1String("app.kubernetes.io/managed-by"), QLatin1String("cass-operator")},
                                      {QLatin1String("cassandra.datastax.com/cluster"), view.cluster}}}}},
            {QLatin1String("type"), QLatin1String("Opaque")},
            {QLatin1String("data"), QJsonObject{{QLatin1String("username"), QString::fromLatin1(user.toUtf8().toBase64())},
                                                {QLatin1String("password"), QString::fromLatin1(password.toBase64())}}}};
}

QString CassBuild::validate(const DcView &view)
{
    const QJsonObject spec = view.dc.value(QLatin1String("spec")).toObject();
    static const QRegularExpression versionRe(QStringLiteral("^\\d+\\.\\d+\\.\\d+"));
    const QString type = spec.value(QLatin1String("serverType")).toString();
    const QString version = spec.value(QLatin1String("serverVersion")).toString();
    if (type != QLatin1String("cassandra") && type != QLatin1String("dse") && type != QLatin1String("hcd")) {
        return QStringLiteral("spec.serverType must be cassandra, dse or hcd, not \"%1\"").arg(type);
    }
    if (!versionRe.match(version).hasMatch()) {
        return QStringLiteral("spec.serverVersion \"%1\" is not a version such as 4.1.5").arg(version);
    }
    if (type == QLatin1String("cassandra") && !version.startsWith(u'3') && !version.startsWith(u'4')
        && !version.startsWith(u'5')) {
        return QStringLiteral("use a supported Cassandra version (3.11.x, 4.0.x, 4.1.x or 5.0.x), not %1").arg(version);
    }
    if (view.size < 1 && !view.stopped) {
        return QStringLiteral("spec.size must be at least 1");
    }
    if (view.clusterName.size() < 2) {
        return QStringLiteral("spec.clusterName must have at least 2 characters");
    }
    QStringList seen;
    for (const QString &rack : view.racks) {
        if (seen.contains(rack)) {
            return QStringLiteral("rack name %1 is used twice").arg(rack);
        }
        seen.append(rack);
    }
    return {};
}

} // namespace Ringside::Sandbox
