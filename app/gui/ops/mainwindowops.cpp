// MainWindow: the operation dialogs (upgrade, scale, tasks, backups…), the alerts panel, settings and the command
// palette, all set up by the OpsController (gui/ops/opscontroller.h).
#include "gui/mainwindow.h"

#include "gui/ops/opscontroller.h"

namespace Ringside {

void MainWindow::setupOperations()
{
    new Operations::OpsController(this);
}

} // namespace Ringside
