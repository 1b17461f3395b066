// OpsController: the alerts round (status snapshots of connected contexts, PromQL where a metrics source is set)
// and the way from an alert to its node in the tree.
#include "gui/ops/opscontroller.h"

#include "gui/appsettings.h"
#include "gui/contextsessions.h"
#include "gui/mainwindow.h"
#include "gui/ops/opstr.h"
#include "gui/projectdock.h"
#include "models/ops/alertsmodel.h"
#include "models/ops/nodemetrics.h"
#include "models/ops/opstr.h"
#include "models/projecttreemodel.h"

#include "kube/kubeclient.h"
#include "metrics/promclient.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

#include <memory>

namespace Ringside::Operations {

using Kind = ProjectTreeModel::NodeKind;

void OpsController::scheduleEvaluation()
{
    if (!m_alertDebounce->isActive()) {
        m_alertDebounce->start();
    }
}

void OpsController::evaluateAlerts()
{
    if (m_evaluating) {
        scheduleEvaluation();
        return;
    }
    struct Round
    {
        Metrics::EvaluationInput input;
        QHash<QString, QHash<QString, double>> disk; // context -> pod -> data volume used %
        QHash<QString, ClusterNodeMetrics> nodes;      // context + '\n' + cluster -> heap, compactions, dropped
        int waiting = 1; // released at the end of the set-up
    };
    auto round = std::make_shared<Round>();
    m_evaluating = true;
    auto done = [this, round] {
        if (--round->waiting > 0) {
            return;
        }
        m_evaluating = false;
        for (Metrics::ClusterStatusSnapshot &snap : round->input.snapshots) {
            const auto it = round->disk.constFind(snap.context);
            if (it != round->disk.constEnd()) {
                QList<Metrics::ClusterStatusSnapshot> one{snap};
                applyDiskUsage(one, it.value());
                snap = one.constFirst();
            }
            round->nodes.value(snap.context + u'\n' + snap.cluster).applyTo(snap);
        }
        m_alerts->evaluate(round->input);
    };
    QList<Metrics::AlertRule> promRules;
    for (const Metrics::AlertRule &r : m_alerts->rules()) {
        if (r.enabled && r.source == Metrics::AlertRule::Source::PromQL) {
            promRules << r;
        }
    }
    for (const KubeContext &c : m_window->kubeconfig().contexts) {
        KubeClient *client = m_window->sessions()->client(c.name);
        if (!client || !m_window->sessions()->isConnected(c.name)) {
            continue;
        }
        const QString context = c.name;
        // Both lists, then one snapshot per cluster of the context.
        auto lists = std::make_shared<std::pair<QList<QJsonObject>, QList<QJsonObject>>>();
        auto pending = std::make_shared<int>(2);
        round->waiting += 1;
        Metrics::PromClient *prom = nullptr;
        if (!m_window->settings().prometheusUrl(context).isEmpty()) {
            QString why;
            prom = m_window->prometheusFor(context, &why);
            if (!prom) {
                qCWarning(lcOps) << "no metrics for the alerts of" << context << ":" << why;
            }
        }
        const QPointer<Metrics::PromClient> promPtr(prom);
        auto listed = [this, round, lists, pending, context, done, promPtr] {
            if (--*pending > 0) {
                return;
            }
            const QList<Metrics::ClusterStatusSnapshot> snapshots = statusSnapshots(context, lists->first, lists->second);
            round->input.snapshots += snapshots;
            // With metrics: the heap, pending compactions and dropped mutations of each cluster's nodes.
            for (const Metrics::ClusterStatusSnapshot &snap : snapshots) {
                if (!promPtr) {
                    break;
                }
                round->waiting += 1;
                const QString key = context + u'\n' + snap.cluster;
                queryClusterNodeMetrics(*promPtr, snap.cluster, this, [round, key, done](const ClusterNodeMetrics &m) {
                    round->nodes.insert(key, m);
                    done();
                });
            }
            done();
        };
        const auto items = [](const KubeResponse &r) {
            QList<QJsonObject> out;
            const QJsonArray array = r.object.value(QLatin1String("items")).toArray();
            for (const QJsonValue &v : array) {
                out << v.toObject();
            }
            return out;
        };
        const ResourceRef dcs{QStringLiteral("cassandra.datastax.com"), QStringLiteral("v1beta1"), QStringLiteral("cassandradatacenters"), {}, {}, {}};
        client->listAll(
            dcs, {}, this,
            [lists, listed, items](const KubeResponse &r) {
                lists->first = items(r);
                listed();
            },
            [listed](const KubeError &) { listed(); });
        ListOptions podOptions;
        podOptions.labelSelector = QStringLiteral("app.kubernetes.io/managed-by=cass-operator");
        client->listAll(
            ResourceRef::core(QStringLiteral("pods")), podOptions, this,
            [lists, listed, items](const KubeResponse &r) {
                lists->second = items(r);
                listed();
            },
            [listed](const KubeError &) { listed(); });
        if (prom) {
            // The node metrics of the built-in status rules (the data volume usage).
            round->waiting += 1;
            prom->query(
                diskUsageQuery(), QDateTime(), this,
                [round, context, done](const Metrics::QueryResult &r) {
                    round->disk.insert(context, diskUsageByPod(r.series));
                    done();
                },
                [round, context, done](const Metrics::PromError &e) {
                    round->input.promErrors.insert(QStringLiteral("disk_usage_high"), context + QLatin1String(": ") + e.toString());
                    done();
                });
        }
        if (!promRules.isEmpty() && prom) {
            {
                round->waiting += 1;
                Metrics::queryPromRules(*prom, promRules, this, [round, context, done](const Metrics::EvaluationInput &in) {
                    for (auto it = in.promResults.begin(); it != in.promResults.end(); ++it) {
                        QList<Metrics::Series> series = it.value();
                        for (Metrics::Series &s : series) {
                            s.labels.insert(QStringLiteral("context"), context);
                        }
                        round->input.promResults[it.key()] += series;
                    }
                    for (auto it = in.promErrors.begin(); it != in.promErrors.end(); ++it) {
                        round->input.promErrors.insert(it.key(), context + QLatin1String(": ") + it.value());
                    }
                    done();
                });
            }
        }
    }
    done();
}

bool OpsController::showAlertNode(int row)
{
    AlertsModel *model = m_alerts->model();
    if (row < 0 || row >= model->rowCount()) {
        return false;
    }
    const QModelIndex a = model->index(row, 0);
    const QString context = a.data(AlertsModel::ContextRole).toString();
    const QString node = a.data(AlertsModel::NodeRole).toString();
    const QString cluster = a.data(AlertsModel::ClusterRole).toString();
    ProjectTreeModel *tree = m_window->projectModel();
    QModelIndex found;
    std::function<void(const QModelIndex &)> search = [&](const QModelIndex &parent) {
        for (int r = 0; r < tree->rowCount(parent) && !found.isValid(); ++r) {
            const QModelIndex i = tree->index(r, 0, parent);
            const Kind k = i.data(ProjectTreeModel::KindRole).value<Kind>();
            if ((k == Kind::Node && i.data().toString() == node) || (node.isEmpty() && k == Kind::Cluster && i.data().toString() == cluster)) {
                found = i;
                return;
            }
            search(i);
        }
    };
    search(tree->indexOfContext(context));
    if (!found.isValid()) {
        m_window->statusBar()->showMessage(OpsGuiTr::tr("%1 is not in the project tree.").arg(node.isEmpty() ? cluster : node), 5000);
        return false;
    }
    QTreeView *view = m_window->projectDock()->view();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    QModelIndex shown = proxy ? proxy->mapFromSource(found) : found;
    if (!shown.isValid() && proxy) {
        m_window->projectDock()->filterEdit()->clear(); // hidden by the filter: show everything
        proxy->setFilterFixedString(QString());
        shown = proxy->mapFromSource(found);
    }
    m_window->projectDock()->show();
    view->scrollTo(shown);
    view->setCurrentIndex(shown);
    return view->currentIndex() == shown && shown.isValid();
}

} // namespace Ringside::Operations
