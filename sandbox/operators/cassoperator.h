#pragma once

#include "opkit.h"

#include <QSet>

namespace Ringside::Sandbox {

struct DcView;

/*! The simulated cass-operator: reconciles CassandraDatacenters into one StatefulSet per rack (size split over
    the racks), the four services and the superuser Secret; starts Cassandra one node at a time, seeds first
    (node-state Ready-to-Start → Starting → Started), records host IDs in status.nodeStatuses, rolls template
    changes (serverVersion, serverImage, config, restarts) one rack at a time, scales up and down (decommission
    first), stops and resumes, and reports cassandraOperatorProgress, conditions, observedGeneration and core/v1
    Events (source cass-operator). Replacements requested through status.nodeReplacements (the replacenode task)
    come back with a new host ID. \since 0.1 */
class CassOperator : public Reconciler
{
    Q_OBJECT
public:
    explicit CassOperator(Kube *kube, QObject *parent = nullptr);

    void resync() override;
    void observe(const StoreEvent &event) override;

    /*! The host ID of the node whose data lives on the claim with \a claimUid (seeded, stable per claim). */
    static QString hostId(Kube *kube, const QString &claimUid);

protected:
    void reconcile(const QString &ns, const QString &name) override;

private:
    void finalize(const DcView &view);
    void ensureSupportObjects(const DcView &view);
    /*! Creates or updates the rack StatefulSets; returns true while a template rollout is pending. */
    bool reconcileRacks(const DcView &view, const QList<QJsonObject> &pods, bool *scalingDown);
    /*! Moves pods through node-state; returns true when a node is starting. */
    bool startNodes(const DcView &view, QList<QJsonObject> &pods, QJsonObject &status);
    void updateStatus(const DcView &view, const QList<QJsonObject> &pods, QJsonObject status, bool rolling,
                      bool scalingDown, const QString &invalid);

    QSet<QString> m_decommissioning; //!< pod uids whose decommission is running
    QSet<QString> m_decommissioned;  //!< pod uids whose decommission finished
};

} // namespace Ringside::Sandbox
