// MainWindow: the cluster creation wizard (Cluster › New Cluster).
#include "gui/mainwindow.h"

namespace Ringside {

void MainWindow::setupWizard()
{
}

} // namespace Ringside
