#pragma once

// Reaper repair schedules for the GUI: when a schedule runs (a cron-like or interval text turned into Reaper's
// "every N days from a first activation"), the table model of a cluster's schedules, and the permission check a
// Reaper write needs (the read-only guard, then a SelfSubjectAccessReview for the service proxy or, failing that,
// the port-forward the Reaper client falls back to).

#include "cassandra/ops/guard.h"
#include "cassandra/services/reaperclient.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>
#include <optional>

namespace Ringside {
class KubeClient;
} // namespace Ringside

namespace Ringside::Operations {

/*! When a repair schedule runs, in the only terms Reaper knows: every \a daysBetween days, starting at \a firstRun
    (UTC). \since 0.1 */
struct RepairCadence
{
    int daysBetween = 7;
    QDateTime firstRun;

    /*! "every 7 days from 2026-05-01 02:00 UTC" (translated). */
    QString describe() const;
};

/*! Reads a cadence, relative to \a nowUtc (the first run is always after it):
    - intervals: "every 7 days", "every day at 02:30", "daily", "weekly at 03:00", "3d", "3d at 01:00";
    - cron (minute hour day-of-month month day-of-week, UTC): "M H * * *", "M H *\/N * *", "M H * * D", and the macros
      "@daily", "@midnight", "@weekly".
    Anything Reaper cannot express (several hours, months, lists of days) is refused with the reason in \a error.
    \since 0.1 */
std::optional<RepairCadence> parseRepairCadence(const QString &text, const QDateTime &nowUtc, QString *error);

/*! A cluster's Reaper repair schedules as a table, sorted by next run. \since 0.1 */
class RepairSchedulesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        KeyspaceColumn,
        TablesColumn,
        StateColumn,
        NextRunColumn,
        EveryColumn,
        IntensityColumn,
        ParallelismColumn,
        SegmentsColumn,
        IncrementalColumn,
        OwnerColumn,
        IdColumn,
        ColumnCount
    };
    enum Roles {
        IdRole = Qt::UserRole + 1,
        ActiveRole, //!< bool: ACTIVE
        OwnerRole,
        NextRunRole, //!< QDateTime (UTC)
    };

    explicit RepairSchedulesModel(QObject *parent = nullptr);

    /*! Shows \a schedules (replacing what was there). */
    void setSchedules(const QList<Cassandra::Services::RepairSchedule> &schedules);
    const QList<Cassandra::Services::RepairSchedule> &schedules() const { return m_schedules; }
    /*! The row of schedule \a id, or -1. */
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Cassandra::Services::RepairSchedule> m_schedules;
};

/*! Decides whether a Reaper write (\a method, e.g. "POST", "PUT", "DELETE") may be sent for \a op: the guard's
    read-only refusal first (no request at all), then a SelfSubjectAccessReview for `services/proxy` on the Reaper
    Service and, if that is denied, `pods/portforward` in the namespace. \a done receives an empty string when the
    write may go, else the reason (translated). Returns at once (asynchronously answers through \a context). \since 0.1 */
void checkReaperWrite(KubeClient *client, const Cassandra::Services::ReaperEndpoint &endpoint, const QByteArray &method,
                      const Cassandra::Ops::WriteGuard &guard, const Cassandra::Ops::Operation &op, const QObject *context,
                      std::function<void(const QString &refusal)> done);

} // namespace Ringside::Operations
