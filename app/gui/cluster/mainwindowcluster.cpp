// MainWindow: the fleet overview, cluster and node pages, opened from the project tree and the Cluster menu.
#include "gui/mainwindow.h"

#include "models/projecttreemodel.h"
#include "gui/projectdock.h"

namespace Ringside {

void MainWindow::setupClusterPages()
{
}

void MainWindow::openClusterPage(const QString &context, const QString &ns, const QString &cluster)
{
    Q_UNUSED(ns)
    Q_UNUSED(cluster)
    m_dock->selectContext(context);
}

} // namespace Ringside
