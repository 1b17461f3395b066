#pragma once

// The parameter forms of the operation dialog: one small form per operation, each turning its fields into an
// OperationPlan of the core's operations.

#include "models/ops/clusterloader.h"
#include "models/ops/operationplan.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace Ringside::Operations {

/*! Every operation the app offers from its menus. \since 0.1 */
enum class OperationType {
    Upgrade,
    ConfigChange,
    Scale,
    AddDatacenter,
    RemoveDatacenter,
    StopDatacenter,
    ResumeDatacenter,
    Restart,
    Cleanup,
    Rebuild,
    ReplaceNode,
    UpgradeSSTables,
    Compact,
    Flush,
    Scrub,
    Backup,
    BackupSchedule,
    Restore,
    PurgeBackups,
};

/*! All of them, in menu order. */
QList<OperationType> allOperationTypes();
/*! "Upgrade…", "Restart…" (menu text, translated). */
QString operationTitle(OperationType type);
/*! A stable key: "upgrade", "restart"… */
QString operationKey(OperationType type);
/*! The CassandraTask command of a task type, or empty. */
QString taskCommandOf(OperationType type);
/*! True for operations that only make sense on the level of a datacenter, rack or node. */
bool isNodeTask(OperationType type);

/*! Where in the cluster the user started from (a DC, rack or node item of the tree). */
struct Scope
{
    QString datacenter; //!< the CassandraDatacenter object name, or empty
    QString rack;
    QString pod;
};

/*! A form's fields turned into a plan. \since 0.1 */
class OperationForm : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    /*! Fills the choices (datacenters, racks, pods, backups) from \a snapshot for \a cluster. */
    virtual void setCluster(const Cassandra::Domain::Cluster &cluster, const ClusterSnapshot &snapshot) = 0;
    /*! The plan for the fields as they are now. */
    virtual OperationPlan plan(const Cassandra::Domain::Cluster &cluster, const ClusterSnapshot &snapshot) const = 0;

Q_SIGNALS:
    void changed();
};

/*! The form of \a type, preset to \a scope. \since 0.1 */
OperationForm *createOperationForm(OperationType type, const Scope &scope, QWidget *parent = nullptr);

/*! The next runs of \a cron after \a from, or the parse error in \a error. \since 0.1 */
QList<QDateTime> nextCronRuns(const QString &cron, const QDateTime &from, int count, QString *error);

} // namespace Ringside::Operations
