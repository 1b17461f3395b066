#pragma once

#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace Ringside {
class ContextSessions;
}

namespace Ringside::Cluster {

class ClusterWatch;
class RowTableModel;
class TablePanel;

/*! The fleet overview: every cluster of every connected context, merged across contexts (a cluster whose
    datacenters live in several contexts is one row), with health, version, nodes up, status-derived alerts, the
    last successful backup and the last repair. Live: it follows the same shared informers as the project tree.
    Double click (or Enter) opens the cluster's page. \since 0.1 */
class FleetPage : public QWidget
{
    Q_OBJECT
public:
    /*! \a contexts lists the kubeconfig's contexts (those not connected are named, not connected). */
    FleetPage(ContextSessions *sessions, const QStringList &contexts, QWidget *parent = nullptr);
    ~FleetPage() override;

    RowTableModel *model() const { return m_model; }
    TablePanel *panel() const { return m_panel; }
    QLabel *summaryLabel() const { return m_summary; }
    void setContexts(const QStringList &contexts);
    /*! Asks each cluster's Reaper for its newest repair run now (also done every 5 minutes). */
    void refreshRepairs();

Q_SIGNALS:
    void openClusterRequested(const QString &context, const QString &nameSpace, const QString &cluster);
    /*! The last-repair column was updated for the cluster with fleet key \a key. */
    void repairsRefreshed(const QString &key);

private:
    void syncWatches();
    void rebuild();
    void askReaper(const QString &context, const QString &nameSpace, const QString &cluster);

    ContextSessions *m_sessions;
    QStringList m_contexts;
    QHash<QString, ClusterWatch *> m_watches;
    RowTableModel *m_model;
    TablePanel *m_panel;
    QLabel *m_summary;
    QTimer m_rebuild;
    QTimer m_repairPoll;
    QHash<QString, QString> m_lastRepairs; //!< by fleet key: what the Last repair column shows
    QHash<QString, QString> m_repairTips;
    QSet<QString> m_asked;                 //!< fleet keys whose Reaper was asked
    QList<std::pair<QString, QString>> m_clusterKeys; //!< (key, context/ns/name) of the clusters shown
};

} // namespace Ringside::Cluster
