#pragma once

// The alerts panel's data: the core AlertEngine evaluated round by round over status snapshots (built from the
// watched CassandraDatacenters and pods) and PromQL results, and a table model of the active alerts.

#include "metrics/alertengine.h"

#include <QAbstractTableModel>
#include <QJsonObject>

namespace Ringside::Operations {

/*! The active (pending and firing) alerts as a table. Rows keep their place across rounds. \since 0.1 */
class AlertsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, SummaryColumn, ClusterColumn, NodeColumn, StateColumn, SinceColumn, ColumnCount };
    enum Roles {
        KeyRole = Qt::UserRole + 1,
        SeverityRole, //!< int(Metrics::Severity)
        ContextRole,
        ClusterRole,
        DatacenterRole,
        NodeRole,
        RuleRole,
        FiringRole,   //!< bool
    };

    explicit AlertsModel(QObject *parent = nullptr);

    /*! Shows \a alerts (keyed by Alert::key()). */
    void setAlerts(const QList<Metrics::Alert> &alerts);
    const QList<Metrics::Alert> &alerts() const { return m_alerts; }
    /*! The row of the alert \a key, or -1. */
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Metrics::Alert> m_alerts;
};

/*! Status snapshots of every cluster found in one context's CassandraDatacenters and cass-operator pods (node up or
    down from the pods). Pure. \since 0.1 */
QList<Metrics::ClusterStatusSnapshot> statusSnapshots(const QString &context, const QList<QJsonObject> &datacenters,
                                                      const QList<QJsonObject> &pods);

/*! Runs the AlertEngine and keeps an AlertsModel current; says which alerts fired and resolved. \since 0.1 */
class AlertMonitor : public QObject
{
    Q_OBJECT
public:
    explicit AlertMonitor(Metrics::AlertEngine::Clock clock = {}, QObject *parent = nullptr);

    void setRules(const QList<Metrics::AlertRule> &rules) { m_engine.setRules(rules); }
    const QList<Metrics::AlertRule> &rules() const { return m_engine.rules(); }
    AlertsModel *model() const { return m_model; }

    /*! One round over \a input; updates the model and emits alertFired()/alertResolved(). */
    Metrics::EvaluationResult evaluate(const Metrics::EvaluationInput &input);

Q_SIGNALS:
    void alertFired(const Ringside::Metrics::Alert &alert);
    void alertResolved(const Ringside::Metrics::Alert &alert);

private:
    Metrics::AlertEngine m_engine;
    AlertsModel *m_model;
};

} // namespace Ringside::Operations
