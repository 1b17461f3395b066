#pragma once

#include "tls/pki.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace Ringside::Sandbox {

class ApiServer;
class Authenticator;
class Controllers;
class HttpServer;
class NodeSimulation;
namespace Backup {
class BackupControllers;
}
class AdminFront;
class ObjectStore;
class Operators;
class PodRuntime;
class Registry;
class ResourceService;
class Schemas;

/*! Everything ringside-sandbox runs, wired together: credentials, schemas, registry, store, service,
    controllers, the API server and its HTTPS listener, and the persisted state. Tests run it in process.
    \since 0.1 */
class Sandbox : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString stateDirectory; //!< certificates and tokens
        QString stateFile;      //!< objects as JSON; empty: nothing is persisted
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0;
        int nodes = 1;
        int watchHistory = 10000;
        QStringList crdFiles; //!< extra CRD YAML files to serve at start
        bool bundledCrds = true;
        /*! Run the simulated world (kubelets, StatefulSets, cass-operator, k8ssandra-operator, Mission Control,
            tasks, fault injection; see README.md). Off by default so that API tests see a bare API server. */
        bool simulation = false;
        quint64 seed = 1;   //!< the seed of every random choice of the simulated world
        double pace = 1.0;  //!< speed-up of the pace of events (timestamps stay real)
        bool demo = false;  //!< on first start (nothing loaded), create the demo cluster (needs simulation)
    };

    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    /*! Loads or creates credentials and state and starts listening. */
    bool start(const Options &options, QString *error);
    /*! Saves state (when a state file is set) and stops listening. */
    bool stop(QString *error);
    /*! Writes the state file now. */
    bool saveState(QString *error) const;

    quint16 port() const;
    QString url() const;
    const SandboxCredentials &credentials() const { return m_credentials; }
    /*! A kubeconfig (YAML) with context ringside-sandbox (admin, client certificate) and ringside-sandbox-viewer
        (read-only, bearer token). */
    QByteArray kubeconfig() const;
    /*! Writes kubeconfig() to \a path with mode 0600, atomically. */
    bool writeKubeconfig(const QString &path, QString *error) const;

    ResourceService *service() const { return m_service.get(); }
    ObjectStore *store() const { return m_store.get(); }
    Registry *registry() const { return m_registry.get(); }
    ApiServer *apiServer() const { return m_api.get(); }
    PodRuntime *runtime() const;
    Controllers *controllers() const { return m_controllers.get(); }
    /*! The simulated Cassandra nodes (schema, nodetool/cqlsh, logs, metrics, Prometheus files). */
    NodeSimulation *nodes() const { return m_nodes.get(); }
    /*! The simulated operators, or nullptr when Options::simulation is off. */
    Operators *operators() const { return m_operators.get(); }
    Backup::BackupControllers *backup() const { return m_backup.get(); }

private:
    bool loadState(QString *error);
    bool m_loadedState = false;
    void bootstrap();

    Options m_options;
    SandboxCredentials m_credentials;
    std::unique_ptr<Schemas> m_schemas;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<ObjectStore> m_store;
    std::unique_ptr<ResourceService> m_service;
    std::unique_ptr<Authenticator> m_authenticator;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<Controllers> m_controllers;
    std::unique_ptr<Operators> m_operators;
    std::unique_ptr<AdminFront> m_front;
    std::unique_ptr<NodeSimulation> m_nodes;
    std::unique_ptr<Backup::BackupControllers> m_backup;
    std::unique_ptr<HttpServer> m_http;
};

} // namespace Ringside::Sandbox
