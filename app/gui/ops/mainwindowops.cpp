// MainWindow: the operation dialogs (upgrade, scale, tasks, backups, repairs…) and the alerts panel.
#include "gui/mainwindow.h"

namespace Ringside {

void MainWindow::setupOperations()
{
}

} // namespace Ringside
