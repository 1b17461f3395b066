#pragma once

#include "api/resourceservice.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace Ringside::Sandbox {

struct StoreEvent;

/*! The control-plane loops a bare kube-apiserver relies on, run in process and asynchronously (queued after
    the write that triggers them), as kube-controller-manager and the apiextensions controllers would:
    - garbage collection through ownerReferences (Background, Foreground with foregroundDeletion, Orphan);
    - namespace lifecycle (default ServiceAccount and kube-root-ca.crt; on deletion everything inside goes, then
      the namespace);
    - CustomResourceDefinition establishment (served at once, NamesAccepted/Established conditions) and cleanup.
    \since 0.1 */
class Controllers : public QObject
{
    Q_OBJECT
public:
    Controllers(ResourceService *service, const QByteArray &caCertificatePem, QObject *parent = nullptr);

    /*! Serves every CRD already in the store (after loading state) and indexes owner references. */
    void resync();
    /*! Processes queued work now (tests and shutdown); returns when nothing is pending. */
    void drain();

private:
    void onStoreChanged(const StoreEvent &event);
    void schedule();
    void run();
    void index(const QString &storageKey, const QString &objectKey, const QJsonObject &object, bool remove);
    void collectGarbage(const QString &ownerUid);
    void processDeletingOwner(const QString &storageKey, const QString &objectKey);
    void processNamespace(const QString &name);
    void establishCrd(const QString &name);
    void cleanupCrd(const QString &name);
    void createNamespaceDefaults(const QString &ns);
    const ResourceType *typeFor(const QString &storageKey) const;
    WriteOptions systemWrite(const QString &manager) const;
    void removeFinalizer(const ResourceType &type, const QJsonObject &stored, const QString &finalizer);

    ResourceService *m_service;
    QByteArray m_caPem;
    // owner uid -> dependents ("storageKey\nobjectKey")
    QHash<QString, QSet<QString>> m_dependents;
    QSet<QString> m_liveUids;
    QSet<QString> m_goneOwners;
    QSet<QString> m_deletingOwners;
    QSet<QString> m_namespaces;
    QSet<QString> m_newNamespaces;
    QSet<QString> m_crds;
    bool m_scheduled = false;
    bool m_running = false;
};

} // namespace Ringside::Sandbox
