// MainWindow: the cluster creation wizard (Cluster › New Cluster).
#include "gui/mainwindow.h"
#include "gui/welcomepage.h"

#include "cassandra/ops/guard.h"
#include "gui/appsettings.h"
#include "gui/contextsessions.h"
#include "gui/projectdock.h"
#include "gui/wizard/clusterwizard.h"
#include "models/projecttreemodel.h"
#include "models/wizard/wizardmodel.h"
#include "models/wizard/wizardtr.h"

#include <QAction>
#include <QMenu>
#include <QProcessEnvironment>

namespace Ringside {

namespace {

/*! The contexts marked read-only: the settings' list plus RINGSIDE_READ_ONLY_CONTEXTS, as ringsidectl reads them. */
Cassandra::Ops::WriteGuard readOnlyGuard(MainWindow *window)
{
    return Cassandra::Ops::WriteGuard(Cassandra::Ops::readOnlyContexts(
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("RINGSIDE_READ_ONLY_CONTEXTS")), window->settings().fileName()));
}

void openClusterWizard(MainWindow *window, const QString &context, const QString &ns)
{
    auto *model = new Wizard::WizardModel;
    model->setContexts(window->kubeconfig().contextNames(), readOnlyGuard(window));
    model->setContext(context.isEmpty() ? window->activeContext() : context);
    model->setNameSpace(ns);
    auto *wizard = new Wizard::ClusterWizard(model, [window](const QString &c, QString *why) { return window->clientFor(c, why); }, window);
    model->setParent(wizard);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(window->sessions(), &ContextSessions::connectionChanged, wizard, &Wizard::ClusterWizard::contextConnected);
    QObject::connect(wizard, &Wizard::ClusterWizard::clusterCreated, window, &MainWindow::openClusterPage);
    wizard->show();
}

} // namespace

void MainWindow::setupWizard()
{
    auto *action = new QAction(Wizard::WizardTr::tr("&New Cluster…"), this);
    action->setObjectName(QStringLiteral("newCluster"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    action->setStatusTip(Wizard::WizardTr::tr("Create a Cassandra, DSE or HCD cluster with a wizard"));
    connect(action, &QAction::triggered, this, [this] { openClusterWizard(this, activeContext(), QString()); });
    clusterMenu()->addAction(action);
    connect(m_welcome, &WelcomePage::newClusterRequested, action, &QAction::trigger);

    m_dock->addMenuExtension([this](QMenu *menu, const QModelIndex &index) {
        const auto kind = index.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::NodeKind>();
        if (kind != ProjectTreeModel::NodeKind::Context && kind != ProjectTreeModel::NodeKind::Project) {
            return;
        }
        const QString context = index.data(ProjectTreeModel::ContextNameRole).toString();
        const QString ns = kind == ProjectTreeModel::NodeKind::Project ? index.data(ProjectTreeModel::NamespaceRole).toString() : QString();
        QAction *here = menu->addAction(Wizard::WizardTr::tr("New Cluster &Here…"));
        here->setObjectName(QStringLiteral("newClusterHere"));
        const QString refusal = readOnlyGuard(this).isReadOnly(context)
                                    ? Wizard::WizardTr::tr("context %1 is read-only: clusters cannot be created there").arg(context)
                                    : QString();
        here->setEnabled(refusal.isEmpty());
        here->setToolTip(refusal);
        connect(here, &QAction::triggered, this, [this, context, ns] { openClusterWizard(this, context, ns); });
    });
}

} // namespace Ringside
