#pragma once

#include "backupkit.h"

#include <QObject>

#include <memory>

namespace Ringside::Sandbox {
class PodRuntime;
class ResourceService;
} // namespace Ringside::Sandbox

namespace Ringside::Sandbox::Backup {

class MedusaController;
class ReaperController;

/*! Medusa and Reaper, simulated, wired to a sandbox: they watch the store and write through the service.
    One instance per ResourceService (a second start() on the same service refuses and logs). \since 0.1 */
class BackupControllers : public QObject
{
    Q_OBJECT
public:
    BackupControllers(ResourceService *service, PodRuntime *runtime, const BackupSettings &settings,
                      QObject *parent = nullptr);
    ~BackupControllers() override;

    /*! Starts watching and reconciles every existing object; false if another instance already runs on the
        same service. */
    bool start();
    /*! The instance started on \a service, or nullptr. */
    static BackupControllers *of(ResourceService *service);

    /*! Changes the pace, seed or storage directory (tests; the next paced step uses them). */
    void setSettings(const BackupSettings &settings);
    const BackupSettings &settings() const { return m_client.settings(); }

    MedusaController *medusa() const { return m_medusa; }
    ReaperController *reaper() const { return m_reaper; }

private:
    void onStoreChanged(const StoreEvent &event);

    ResourceService *m_service;
    Client m_client;
    MedusaController *m_medusa;
    ReaperController *m_reaper;
    bool m_started = false;
};

} // namespace Ringside::Sandbox::Backup
