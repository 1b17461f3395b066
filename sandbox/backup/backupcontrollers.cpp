#include "backupcontrollers.h"

#include "medusacontroller.h"
#include "reapercontroller.h"
#include "store/objectstore.h"

namespace Ringside::Sandbox::Backup {

static const char *InstanceProperty = "ringside.sandbox.backupControllers";

BackupControllers::BackupControllers(ResourceService *service, PodRuntime *runtime, const BackupSettings &settings,
                                     QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_client(service, settings)
    , m_medusa(new MedusaController(&m_client, this))
    , m_reaper(new ReaperController(&m_client, runtime, this))
{}

BackupControllers::~BackupControllers()
{
    if (m_started && of(m_service) == this) {
        m_service->setProperty(InstanceProperty, QVariant());
    }
}

BackupControllers *BackupControllers::of(ResourceService *service)
{
    return qobject_cast<BackupControllers *>(service->property(InstanceProperty).value<QObject *>());
}

bool BackupControllers::start()
{
    if (m_started) {
        return true;
    }
    if (of(m_service)) {
        qCWarning(lcSandboxBackup) << "backup controllers already run on this sandbox";
        return false;
    }
    m_service->setProperty(InstanceProperty, QVariant::fromValue<QObject *>(this));
    connect(m_service->store(), &ObjectStore::changed, this, &BackupControllers::onStoreChanged);
    m_started = true;
    m_medusa->resync();
    m_reaper->resync();
    return true;
}

void BackupControllers::setSettings(const BackupSettings &settings)
{
    m_client.setSettings(settings);
}

void BackupControllers::onStoreChanged(const StoreEvent &event)
{
    m_medusa->observe(event);
    m_reaper->observe(event);
}

} // namespace Ringside::Sandbox::Backup
