#pragma once

// A cluster's Reaper repair schedules: the list (next run, state, keyspace, intensity, segments), a form to create
// one (cron-like or interval cadence, keyspace, tables, intensity, parallelism, incremental, segments per node),
// pause and resume, and delete after the cluster name is typed. Writes go through the read-only guard and a
// SelfSubjectAccessReview, and are recorded in the operation history. Used by the repair dialog and the cluster
// page's Repairs tab.

#include "models/ops/repairschedules.h"

#include "cassandra/ops/guard.h"
#include "cassandra/ops/history.h"
#include "cassandra/services/reaperclient.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Ringside::Operations {

/*! The repair schedules panel of one cluster. \since 0.1 */
class RepairSchedulesPanel : public QWidget
{
    Q_OBJECT
public:
    struct Options
    {
        QString context;
        QString nameSpace;
        QString cluster;
        /*! Asked at each write, so that a context made read-only meanwhile is refused. */
        std::function<Cassandra::Ops::WriteGuard()> guard;
        Cassandra::Ops::OperationHistory history;
    };

    explicit RepairSchedulesPanel(const Options &options, QWidget *parent = nullptr);
    ~RepairSchedulesPanel() override;

    /*! Talks to \a reaper (owned elsewhere) through \a client from now on, and reads the schedules. */
    void setReaper(Cassandra::Services::ReaperClient *reaper, KubeClient *client);
    /*! Says why there is no Reaper to talk to (shown instead of the list). */
    void setUnavailable(const QString &why);
    bool hasReaper() const { return m_reaper != nullptr; }

    RepairSchedulesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *keyspaceEdit() const { return m_keyspace; }
    QLineEdit *tablesEdit() const { return m_tables; }
    QLineEdit *cadenceEdit() const { return m_cadence; }
    QLabel *cadencePreview() const { return m_preview; }
    QDoubleSpinBox *intensitySpin() const { return m_intensity; }
    QComboBox *parallelismCombo() const { return m_parallelism; }
    QCheckBox *incrementalCheck() const { return m_incremental; }
    QSpinBox *segmentsSpin() const { return m_segments; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *deleteButton() const { return m_delete; }
    /*! The confirmation of a delete: the cluster name must be typed here before confirmDeleteButton() is enabled. */
    QWidget *confirmBar() const { return m_confirmBar; }
    QLineEdit *confirmEdit() const { return m_confirmEdit; }
    QPushButton *confirmDeleteButton() const { return m_confirmDelete; }
    QLabel *statusLabel() const { return m_status; }

    /*! Selects the schedule \a id; false when it is not listed. */
    bool selectSchedule(const QString &id);
    /*! Reads the schedules again. */
    void refresh();

Q_SIGNALS:
    /*! The schedules were read (\a error empty) or could not be. */
    void refreshed(const QString &error);
    /*! A write (create, pause, resume, delete) finished or was refused. */
    void actionFinished(bool ok, const QString &message);

private:
    enum class Action { Create, Pause, Resume, Delete };
    void act(Action action);
    void send(Action action, const QString &summary, const QString &id, const QString &owner);
    void updateButtons();
    void updatePreview();
    void finish(bool ok, const QString &summary, const QString &result, const QString &message);
    QString selectedId() const;
    Cassandra::Ops::Operation probe(const QString &summary) const;

    Options m_options;
    QPointer<Cassandra::Services::ReaperClient> m_reaper;
    QPointer<KubeClient> m_client;
    RepairSchedulesModel *m_model;
    QTableView *m_view;
    QLineEdit *m_keyspace;
    QLineEdit *m_tables;
    QLineEdit *m_cadence;
    QLabel *m_preview;
    QDoubleSpinBox *m_intensity;
    QComboBox *m_parallelism;
    QCheckBox *m_incremental;
    QSpinBox *m_segments;
    QPushButton *m_create;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_delete;
    QPushButton *m_refresh;
    QWidget *m_confirmBar;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirmEdit;
    QPushButton *m_confirmDelete;
    QLabel *m_status;
    QString m_pendingDelete;
    bool m_busy = false;
};

} // namespace Ringside::Operations
