#pragma once

#include "kube/manifestapplier.h"
#include "models/wizard/wizardmodel.h"

#include <QPointer>
#include <QWizard>

#include <functional>
#include <memory>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Ringside {
class Discovery;
class KubeClient;
}

namespace Ringside::Wizard {

class ReviewPage;

/*! The cluster creation wizard: basics, datacenters and racks, storage, resources and heap, configuration,
    security, Data API, then a review with the generated YAML, a server dry run and Create (server-side apply).
    Each page's Next is disabled while the WizardModel reports a field error, shown under the field.

    The wizard reads the target context through \a clients (the main window's clientFor()): what is installed
    (API discovery, so the kind written follows Mission Control or k8ssandra-operator) and its StorageClasses.
    Offline, the storage class is free text and the kind defaults to K8ssandraCluster; contextConnected() retries
    once the context's session is up. \since 0.1 */
class ClusterWizard : public QWizard
{
    Q_OBJECT
public:
    /*! Gives the connected client of a context, or nullptr and why not. */
    using ClientProvider = std::function<KubeClient *(const QString &context, QString *why)>;
    enum PageId { BasicsId, DatacentersId, StorageId, ResourcesId, ConfigurationId, SecurityId, DataApiId, ReviewId };

    ClusterWizard(WizardModel *model, ClientProvider clients, QWidget *parent = nullptr);
    ~ClusterWizard() override;

    WizardModel *model() const { return m_model; }
    ReviewPage *reviewPage() const { return m_review; }
    KSyntaxHighlighting::Repository *repository() const { return m_repository.get(); }
    /*! What the wizard learnt about the target context (installation, storage classes) or why it could not. */
    QString contextStatus() const { return m_contextStatus; }

    /*! Sends the review's manifest to the target context with server-side apply (\a dryRun: nothing is
        persisted); the answer arrives in applyFinished(). Returns false (and \a why) when it cannot be sent. */
    bool startApply(bool dryRun, QString *why);
    bool isApplying() const { return m_applier && m_applier->isRunning(); }

public Q_SLOTS:
    /*! A context's session connected (or failed): reads the target context again when it is the one. */
    void contextConnected(const QString &context, const QString &error);

Q_SIGNALS:
    /*! An apply ended: \a ok when every document succeeded; \a text says what the server answered. */
    void applyFinished(bool dryRun, bool ok, const QString &text);
    /*! The cluster was created (server-side apply succeeded, not a dry run). */
    void clusterCreated(const QString &context, const QString &nameSpace, const QString &name);
    /*! The target context's installation or storage classes were read (or failed). */
    void contextRead();

private:
    void readContext();
    Discovery *discoveryFor(KubeClient *client);
    void onApplied(const QList<AppliedObject> &results, bool ok, const QString &error);

    WizardModel *m_model;
    ClientProvider m_clients;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    ReviewPage *m_review;
    QPointer<ManifestApplier> m_applier;
    QPointer<Discovery> m_discovery;
    QPointer<KubeClient> m_discoveryClient;
    QObject *m_readGuard = nullptr; //!< context object of the running reads; replaced when the context changes
    QString m_contextStatus;
    bool m_applyDryRun = false;
};

} // namespace Ringside::Wizard
