#include "gui/wizard/clusterwizard.h"

#include "cassandra/domain/detection.h"
#include "gui/wizard/reviewpage.h"
#include "gui/wizard/wizardpages.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "models/wizard/wizardtr.h"

#include <KSyntaxHighlighting/Repository>

#include <QJsonArray>

namespace Ringside::Wizard {

ClusterWizard::ClusterWizard(WizardModel *model, ClientProvider clients, QWidget *parent)
    : QWizard(parent)
    , m_model(model)
    , m_clients(std::move(clients))
    , m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
{
    setWindowTitle(WizardTr::tr("New Cluster"));
    setObjectName(QStringLiteral("clusterWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::FinishButton, WizardTr::tr("&Create"));
    setPage(BasicsId, new BasicsPage(model, this));
    setPage(DatacentersId, new DatacentersPage(model, this));
    setPage(StorageId, new StoragePage(model, this));
    setPage(ResourcesId, new ResourcesPage(model, this));
    setPage(ConfigurationId, new ConfigurationPage(model, this));
    setPage(SecurityId, new SecurityPage(model, this));
    setPage(DataApiId, new DataApiPage(model, this));
    m_review = new ReviewPage(model, this);
    setPage(ReviewId, m_review);
    resize(760, 620);
    connect(model, &WizardModel::contextChanged, this, &ClusterWizard::readContext);
    readContext();
}

ClusterWizard::~ClusterWizard()
{
    if (m_applier) {
        m_applier->cancel();
    }
}

Discovery *ClusterWizard::discoveryFor(KubeClient *client)
{
    if (!m_discovery || m_discoveryClient != client) {
        delete m_discovery;
        m_discovery = new Discovery(client, this);
        m_discoveryClient = client;
    }
    return m_discovery;
}

void ClusterWizard::readContext()
{
    delete m_readGuard; // answers for the previous context are dropped
    m_readGuard = new QObject(this);
    const QString context = m_model->context();
    if (context.isEmpty()) {
        return;
    }
    QString why;
    KubeClient *client = m_clients ? m_clients(context, &why) : nullptr;
    if (!client) {
        m_contextStatus = why;
        m_model->setStorageClasses({}, false);
        Q_EMIT contextRead();
        return;
    }
    m_contextStatus = WizardTr::tr("Reading %1…").arg(context);
    Discovery *discovery = discoveryFor(client);
    discovery->ensure(
        m_readGuard,
        [this, discovery, context] {
            m_model->setInstallation(Cassandra::Domain::Installation::detect(context, discovery->resources()));
            m_contextStatus = m_model->installation().summary();
            Q_EMIT contextRead();
        },
        [this, context](const KubeError &e) {
            m_contextStatus = WizardTr::tr("What is installed in %1 could not be read: %2").arg(context, e.message);
            Q_EMIT contextRead();
        });
    const ResourceRef classes{QStringLiteral("storage.k8s.io"), QStringLiteral("v1"), QStringLiteral("storageclasses"), {}, {}, {}};
    client->list(
        classes, ListOptions{}, m_readGuard,
        [this](const KubeResponse &r) {
            QStringList names;
            QString defaultClass;
            const QJsonArray items = r.object.value(QLatin1String("items")).toArray();
            for (const QJsonValue &v : items) {
                const QJsonObject meta = v.toObject().value(QLatin1String("metadata")).toObject();
                const QString name = meta.value(QLatin1String("name")).toString();
                names << name;
                if (meta.value(QLatin1String("annotations")).toObject().value(QLatin1String("storageclass.kubernetes.io/is-default-class")).toString()
                    == QLatin1String("true")) {
                    defaultClass = name;
                }
            }
            names.sort();
            m_model->setStorageClasses(names, true, defaultClass);
            Q_EMIT contextRead();
        },
        [this, context](const KubeError &e) {
            m_contextStatus = WizardTr::tr("The storage classes of %1 could not be read: %2").arg(context, e.message);
            m_model->setStorageClasses({}, false);
            Q_EMIT contextRead();
        });
}

void ClusterWizard::contextConnected(const QString &context, const QString &error)
{
    if (context == m_model->context() && error.isEmpty() && !m_model->storageClassesKnown()) {
        readContext();
    }
}

bool ClusterWizard::startApply(bool dryRun, QString *why)
{
    const QString context = m_model->context();
    if (const QString refusal = m_model->contextRefusal(context); !refusal.isEmpty()) {
        *why = refusal;
        return false;
    }
    KubeClient *client = m_clients ? m_clients(context, why) : nullptr;
    if (!client) {
        return false;
    }
    if (m_applier) {
        m_applier->cancel();
        m_applier->deleteLater();
    }
    m_applier = new ManifestApplier(client, discoveryFor(client), this);
    connect(m_applier, &ManifestApplier::finished, this, &ClusterWizard::onApplied);
    m_applyDryRun = dryRun;
    ApplyOptions options;
    options.fieldManager = QStringLiteral("ringside");
    options.dryRun = dryRun;
    options.fieldValidation = QStringLiteral("Strict");
    m_applier->apply(m_model->manifestYaml().toUtf8(), m_model->nameSpace(), options);
    return true;
}

void ClusterWizard::onApplied(const QList<AppliedObject> &results, bool ok, const QString &error)
{
    QStringList lines;
    if (!error.isEmpty()) {
        lines << error;
    }
    for (const AppliedObject &r : results) {
        lines << r.summary();
        for (const QString &w : r.warnings) {
            lines << WizardTr::tr("warning: %1").arg(w);
        }
    }
    const bool dryRun = m_applyDryRun;
    Q_EMIT applyFinished(dryRun, ok, lines.join(u'\n'));
    if (ok && !dryRun) {
        Q_EMIT clusterCreated(m_model->context(), m_model->nameSpace(), m_model->name());
    }
}

} // namespace Ringside::Wizard
