#include "sandbox.h"

#include "api/apiserver.h"
#include "api/jsonutil.h"
#include "api/registry.h"
#include "api/resourceservice.h"
#include "api/schemas.h"
#include "auth/authenticator.h"
#include "backup/backupcontrollers.h"
#include "controllers/controllers.h"
#include "http/httpserver.h"
#include "nodesim/nodesimulation.h"
#include "operators/operators.h"
#include "sandboxlog.h"
#include "sandboxtr.h"
#include "schema/crdregistry.h"
#include "store/objectstore.h"
#include "stream/streamhandlers.h"
#include "yaml/yamljson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSslKey>
#include <QSysInfo>

namespace Ringside::Sandbox {

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
{}

Sandbox::~Sandbox()
{
    if (m_http) {
        m_http->close();
    }
}

PodRuntime *Sandbox::runtime() const
{
    return m_api ? m_api->streams()->runtime() : nullptr;
}

bool Sandbox::start(const Options &options, QString *error)
{
    m_options = options;
    const auto credentials = SandboxCredentials::loadOrCreate(options.stateDirectory, error);
    if (!credentials) {
        return false;
    }
    m_credentials = *credentials;
    m_schemas = std::make_unique<Schemas>();
    if (!m_schemas->load(QStringLiteral(":/sandbox/builtin"), error)) {
        return false;
    }
    m_registry = std::make_unique<Registry>();
    m_store = std::make_unique<ObjectStore>();
    m_store->setHistoryLimit(options.watchHistory);
    m_service = std::make_unique<ResourceService>(m_registry.get(), m_store.get(), m_schemas.get());
    m_authenticator = std::make_unique<Authenticator>(m_credentials.ca.certificatePem);
    m_authenticator->addToken(
        m_credentials.adminToken,
        {QStringLiteral("admin"), QStringLiteral("admin-uid"), {QStringLiteral("system:masters")}});
    m_authenticator->addToken(
        m_credentials.viewerToken,
        {QStringLiteral("viewer"), QStringLiteral("viewer-uid"), {QStringLiteral("ringside:viewers")}});
    m_api = std::make_unique<ApiServer>(m_service.get(), m_authenticator.get());
    m_controllers = std::make_unique<Controllers>(m_service.get(), m_credentials.ca.certificatePem);
    if (!loadState(error)) {
        return false;
    }

    if (options.simulation) {
        m_operators = std::make_unique<Operators>(m_service.get(), WorldSettings{options.seed, options.pace});
        m_front = std::make_unique<AdminFront>(m_api.get(), m_authenticator.get(), m_operators.get());
    }
    m_http = std::make_unique<HttpServer>(m_front ? static_cast<HttpHandler *>(m_front.get())
                                                  : static_cast<HttpHandler *>(m_api.get()));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> serverCerts = QSslCertificate::fromData(m_credentials.server.certificatePem);
    tls.setLocalCertificate(serverCerts.value(0));
    tls.setPrivateKey(QSslKey(m_credentials.server.keyPem, QSsl::Ec));
    tls.setCaCertificates(QSslCertificate::fromData(m_credentials.ca.certificatePem));
    tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    m_http->setSslConfiguration(tls);
    if (!m_http->listen(options.address, options.port, error)) {
        *error
            = SandboxTr::tr("cannot listen on %1:%2: %3").arg(options.address.toString()).arg(options.port).arg(*error);
        return false;
    }
    bootstrap();
    m_controllers->resync();
    m_controllers->drain();
    if (m_operators) {
        m_operators->resync();
        m_operators->createControlPlane();
        if (options.demo && !m_loadedState) {
            m_operators->createDemo();
        }
        // Medusa and Reaper, with backups kept under the state directory.
        m_backup = std::make_unique<Backup::BackupControllers>(
            m_service.get(), runtime(),
            Backup::BackupSettings{options.stateDirectory + QStringLiteral("/medusa"), options.seed, options.pace});
        m_backup->start();
    }
    NodeSimulation::Config nodes;
    nodes.stateDirectory = options.stateDirectory;
    nodes.hostPort = url().section(QStringLiteral("://"), 1);
    nodes.autoBackfill = !options.stateFile.isEmpty();
    m_nodes = std::make_unique<NodeSimulation>(m_store.get(), m_service.get(), runtime(), nodes);
    m_nodes->start();
    return true;
}

bool Sandbox::stop(QString *error)
{
    if (m_http) {
        m_http->close();
    }
    return saveState(error);
}

quint16 Sandbox::port() const
{
    return m_http ? m_http->serverPort() : 0;
}

QString Sandbox::url() const
{
    const QString host = m_options.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + m_options.address.toString() + u']'
                             : m_options.address.toString();
    return QStringLiteral("https://%1:%2").arg(host).arg(port());
}

QByteArray Sandbox::kubeconfig() const
{
    const QString ca = QString::fromLatin1(m_credentials.ca.certificatePem.toBase64());
    const QJsonObject config{
        {QLatin1String("apiVersion"), QLatin1String("v1")},
        {QLatin1String("kind"), QLatin1String("Config")},
        {QLatin1String("preferences"), QJsonObject()},
        {QLatin1String("current-context"), QLatin1String("ringside-sandbox")},
        {QLatin1String("clusters"),
         QJsonArray{
             QJsonObject{{QLatin1String("name"), QLatin1String("ringside-sandbox")},
                         {QLatin1String("cluster"), QJsonObject{{QLatin1String("server"), url()},
                                                                {QLatin1String("certificate-authority-data"), ca}}}}}},
        {QLatin1String("users"),
         QJsonArray{
             QJsonObject{{QLatin1String("name"), QLatin1String("ringside-sandbox-admin")},
                         {QLatin1String("user"),
                          QJsonObject{{QLatin1String("client-certificate-data"),
                                       QString::fromLatin1(m_credentials.adminClient.certificatePem.toBase64())},
                                      {QLatin1String("client-key-data"),
                                       QString::fromLatin1(m_credentials.adminClient.keyPem.toBase64())}}}},
             QJsonObject{{QLatin1String("name"), QLatin1String("ringside-sandbox-viewer")},
                         {QLatin1String("user"), QJsonObject{{QLatin1String("token"), m_credentials.viewerToken}}}}}},
        {QLatin1String("contexts"),
         QJsonArray{QJsonObject{{QLatin1String("name"), QLatin1String("ringside-sandbox")},
                                {QLatin1String("context"),
                                 QJsonObject{{QLatin1String("cluster"), QLatin1String("ringside-sandbox")},
                                             {QLatin1String("user"), QLatin1String("ringside-sandbox-admin")},
                                             {QLatin1String("namespace"), QLatin1String("default")}}}},
                    QJsonObject{{QLatin1String("name"), QLatin1String("ringside-sandbox-viewer")},
                                {QLatin1String("context"),
                                 QJsonObject{{QLatin1String("cluster"), QLatin1String("ringside-sandbox")},
                                             {QLatin1String("user"), QLatin1String("ringside-sandbox-viewer")},
                                             {QLatin1String("namespace"), QLatin1String("default")}}}}}}};
    return Yaml::emit(config);
}

static bool writePrivate(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = SandboxTr::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(data);
    if (!f.commit()) {
        *error = SandboxTr::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool Sandbox::writeKubeconfig(const QString &path, QString *error) const
{
    return writePrivate(path, kubeconfig(), error);
}

bool Sandbox::saveState(QString *error) const
{
    if (m_options.stateFile.isEmpty() || !m_store) {
        return true;
    }
    QJsonObject objects;
    const auto contents = m_store->contents();
    for (auto it = contents.cbegin(); it != contents.cend(); ++it) {
        QJsonArray list;
        for (auto o = it.value().cbegin(); o != it.value().cend(); ++o) {
            list.append(o.value().object);
        }
        objects.insert(it.key(), list);
    }
    const QJsonObject state{{QLatin1String("apiVersion"), QLatin1String("sandbox.ringside.io/v1")},
                            {QLatin1String("kind"), QLatin1String("SandboxState")},
                            {QLatin1String("resourceVersion"), QString::number(m_store->currentResourceVersion())},
                            {QLatin1String("objects"), objects}};
    return writePrivate(m_options.stateFile, QJsonDocument(state).toJson(QJsonDocument::Compact), error);
}

bool Sandbox::loadState(QString *error)
{
    if (m_options.stateFile.isEmpty() || !QFile::exists(m_options.stateFile)) {
        return true;
    }
    QFile f(m_options.stateFile);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = SandboxTr::tr("cannot read the state file %1: %2").arg(m_options.stateFile, f.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    const QJsonObject state = doc.object();
    if (parseError.error != QJsonParseError::NoError
        || state.value(QLatin1String("kind")).toString() != QLatin1String("SandboxState")) {
        *error = SandboxTr::tr("the state file %1 is not a sandbox state: %2")
                     .arg(m_options.stateFile, parseError.error != QJsonParseError::NoError
                                                   ? parseError.errorString()
                                                   : SandboxTr::tr("kind is not SandboxState"));
        return false;
    }
    QHash<QString, QMap<QString, StoredObject>> data;
    const QJsonObject objects = state.value(QLatin1String("objects")).toObject();
    quint64 maxRv = 0;
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        for (const QJsonValue &v : it.value().toArray()) {
            StoredObject o;
            o.object = v.toObject();
            o.resourceVersion = Json::metaString(o.object, QLatin1String("resourceVersion")).toULongLong();
            maxRv = std::max(maxRv, o.resourceVersion);
            data[it.key()].insert(ObjectStore::objectKey(Json::ns(o.object), Json::name(o.object)), o);
        }
    }
    const quint64 rv = std::max(maxRv, state.value(QLatin1String("resourceVersion")).toString().toULongLong());
    m_store->restore(data, rv);
    m_loadedState = true;
    qCInfo(lcSandboxStore) << "restored state from" << m_options.stateFile << "at resourceVersion" << rv;
    return true;
}

void Sandbox::bootstrap()
{
    WriteOptions system;
    system.user = {QStringLiteral("system:apiserver"), QString(), {QStringLiteral("system:masters")}};
    system.fieldManager = QStringLiteral("kube-apiserver");
    const auto ensure = [&](const char *group, const char *resource, const QString &ns, const QJsonObject &object) {
        const ResourceType *type = m_registry->find(QString::fromLatin1(group), u"v1", QString::fromLatin1(resource));
        if (!m_service->get(*type, ns, Json::name(object)).ok()) {
            const ObjectResult r = m_service->create(*type, ns, object, system);
            if (!r.ok()) {
                qCWarning(lcSandboxStore)
                    << "bootstrap of" << resource << Json::name(object) << "failed:" << r.error->message;
            }
        }
    };
    for (const char *ns : {"default", "kube-system", "kube-public", "kube-node-lease"}) {
        ensure("", "namespaces", QString(),
               {{QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), QLatin1String(ns)}}}});
    }
    for (int i = 1; i <= m_options.nodes; ++i) {
        const QString name
            = m_options.nodes == 1 ? QStringLiteral("ringside-sandbox") : QStringLiteral("ringside-sandbox-%1").arg(i);
        const QJsonObject node{
            {QLatin1String("metadata"),
             QJsonObject{
                 {QLatin1String("name"), name},
                 {QLatin1String("labels"),
                  QJsonObject{{QLatin1String("kubernetes.io/hostname"), name},
                              {QLatin1String("kubernetes.io/os"), QLatin1String("linux")},
                              {QLatin1String("kubernetes.io/arch"), QLatin1String("amd64")},
                              {QLatin1String("topology.kubernetes.io/zone"), QStringLiteral("zone-%1").arg(i)}}}}},
            {QLatin1String("spec"), QJsonObject{{QLatin1String("podCIDR"), QStringLiteral("10.244.%1.0/24").arg(i)}}},
            {QLatin1String("status"),
             QJsonObject{
                 {QLatin1String("capacity"), QJsonObject{{QLatin1String("cpu"), QLatin1String("8")},
                                                         {QLatin1String("memory"), QLatin1String("32Gi")},
                                                         {QLatin1String("pods"), QLatin1String("110")}}},
                 {QLatin1String("allocatable"), QJsonObject{{QLatin1String("cpu"), QLatin1String("8")},
                                                            {QLatin1String("memory"), QLatin1String("32Gi")},
                                                            {QLatin1String("pods"), QLatin1String("110")}}},
                 {QLatin1String("conditions"),
                  QJsonArray{QJsonObject{
                      {QLatin1String("type"), QLatin1String("Ready")},
                      {QLatin1String("status"), QLatin1String("True")},
                      {QLatin1String("reason"), QLatin1String("KubeletReady")},
                      {QLatin1String("message"), QLatin1String("the simulated kubelet is posting ready status")},
                      {QLatin1String("lastHeartbeatTime"), Json::timestamp()},
                      {QLatin1String("lastTransitionTime"), Json::timestamp()}}}},
                 {QLatin1String("addresses"),
                  QJsonArray{QJsonObject{{QLatin1String("type"), QLatin1String("InternalIP")},
                                         {QLatin1String("address"), QStringLiteral("10.0.0.%1").arg(i + 1)}},
                             QJsonObject{{QLatin1String("type"), QLatin1String("Hostname")},
                                         {QLatin1String("address"), name}}}},
                 {QLatin1String("nodeInfo"),
                  QJsonObject{{QLatin1String("kubeletVersion"), QLatin1String("v1.32.0")},
                              {QLatin1String("kubeProxyVersion"), QLatin1String("v1.32.0")},
                              {QLatin1String("osImage"), QLatin1String("Ringside sandbox")},
                              {QLatin1String("kernelVersion"), QSysInfo::kernelVersion()},
                              {QLatin1String("containerRuntimeVersion"), QLatin1String("ringside://" RINGSIDE_VERSION)},
                              {QLatin1String("operatingSystem"), QLatin1String("linux")},
                              {QLatin1String("architecture"), QLatin1String("amd64")},
                              {QLatin1String("machineID"), QString()},
                              {QLatin1String("systemUUID"), QString()},
                              {QLatin1String("bootID"), QString()}}}}}};
        ensure("", "nodes", QString(), node);
    }
    ensure("storage.k8s.io", "storageclasses", QString(),
           {{QLatin1String("metadata"),
             QJsonObject{
                 {QLatin1String("name"), QLatin1String("standard")},
                 {QLatin1String("annotations"),
                  QJsonObject{{QLatin1String("storageclass.kubernetes.io/is-default-class"), QLatin1String("true")}}}}},
            {QLatin1String("provisioner"), QLatin1String("sandbox.ringside.io/hostpath")},
            {QLatin1String("volumeBindingMode"), QLatin1String("WaitForFirstConsumer")}});
    ensure(
        "", "services", QStringLiteral("default"),
        {{QLatin1String("metadata"),
          QJsonObject{
              {QLatin1String("name"), QLatin1String("kubernetes")},
              {QLatin1String("labels"), QJsonObject{{QLatin1String("component"), QLatin1String("apiserver")},
                                                    {QLatin1String("provider"), QLatin1String("kubernetes")}}}}},
         {QLatin1String("spec"),
          QJsonObject{{QLatin1String("clusterIP"), QLatin1String("10.96.0.1")},
                      {QLatin1String("ports"), QJsonArray{QJsonObject{{QLatin1String("name"), QLatin1String("https")},
                                                                      {QLatin1String("port"), 443},
                                                                      {QLatin1String("targetPort"), int(port())}}}}}}});
    // The endpoints follow the listening port of this run.
    const ResourceType *endpoints = m_registry->find(u"", u"v1", u"endpoints");
    const QJsonObject ep{
        {QLatin1String("kind"), QLatin1String("Endpoints")},
        {QLatin1String("apiVersion"), QLatin1String("v1")},
        {QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), QLatin1String("kubernetes")},
                                                {QLatin1String("namespace"), QLatin1String("default")}}},
        {QLatin1String("subsets"),
         QJsonArray{QJsonObject{
             {QLatin1String("addresses"), QJsonArray{QJsonObject{{QLatin1String("ip"), m_options.address.toString()}}}},
             {QLatin1String("ports"), QJsonArray{QJsonObject{{QLatin1String("name"), QLatin1String("https")},
                                                             {QLatin1String("port"), int(port())},
                                                             {QLatin1String("protocol"), QLatin1String("TCP")}}}}}}}};
    m_service->update(*endpoints, QStringLiteral("default"), QStringLiteral("kubernetes"), ep, system);

    QList<QJsonObject> crds;
    if (m_options.bundledCrds) {
        crds = Schema::bundledCrds();
    }
    for (const QString &file : m_options.crdFiles) {
        const Schema::CrdFileResult r = Schema::importCrdFile(file);
        if (!r.ok()) {
            qCWarning(lcSandboxStore).noquote() << r.error;
            continue;
        }
        crds += r.crds;
    }
    const ResourceType *crdType = m_registry->find(u"apiextensions.k8s.io", u"v1", u"customresourcedefinitions");
    for (QJsonObject crd : std::as_const(crds)) {
        const QString name = Json::name(crd);
        const ObjectResult existing = m_service->get(*crdType, QString(), name);
        if (!existing.ok()) {
            crd.remove(QLatin1String("status"));
            const ObjectResult r = m_service->create(*crdType, QString(), crd, system);
            if (!r.ok()) {
                qCWarning(lcSandboxStore) << "serving the CRD" << name << "failed:" << r.error->message;
            }
        }
    }
}

} // namespace Ringside::Sandbox
