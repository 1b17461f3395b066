#pragma once

// Repairs through the cluster's Reaper: start a run for a keyspace, and pause, resume or abort runs, with their
// segment progress read back from Reaper. Writes go through the read-only guard and are recorded in the history.

#include "models/ops/operationrunner.h"

#include "cassandra/services/reaperclient.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace Ringside::Operations {

class RepairSchedulesPanel;

/*! The repair dialog of one cluster: its runs (start, pause, resume, abort) and its schedules. \since 0.1 */
class RepairDialog : public QDialog
{
    Q_OBJECT
public:
    struct Options
    {
        QString context;
        QString nameSpace;
        QString cluster;
        Cassandra::Ops::WriteGuard guard;
        /*! When set, asked at each check instead of \a guard (the window's read-only contexts can change meanwhile). */
        std::function<Cassandra::Ops::WriteGuard()> liveGuard;
        Cassandra::Ops::OperationHistory history;
        int pollMs = 2000;
    };
    enum Column { IdColumn, KeyspaceColumn, StateColumn, ProgressColumn, StartedColumn, ColumnCount };

    RepairDialog(const Options &options, OperationRunner::ClientResolver clients, QWidget *parent = nullptr);
    ~RepairDialog() override;

    /*! True once the cluster's Reaper was found. */
    bool isReady() const { return m_reaper != nullptr; }
    QLineEdit *keyspaceEdit() const { return m_keyspace; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *abortButton() const { return m_abort; }
    QTableWidget *runsTable() const { return m_runs; }
    QLabel *statusLabel() const { return m_status; }
    /*! The Runs and Schedules tabs. */
    QTabWidget *tabs() const { return m_tabs; }
    RepairSchedulesPanel *schedulesPanel() const { return m_schedules; }
    /*! Brings the Schedules tab to the front. */
    void showSchedules();

    /*! Reads the runs again now. */
    void refresh();

Q_SIGNALS:
    void ready(const QString &error);
    /*! A write finished (start, pause, resume, abort). */
    void actionFinished(bool ok, const QString &message);
    void refreshed();

private:
    enum class Action { Start, Pause, Resume, Abort };
    void act(Action action);
    void send(Action action, const QString &id, const QString &summary);
    void showRuns(const QList<Cassandra::Services::RepairRun> &runs);
    void updateButtons();
    void record(const QString &summary, const QString &result, const QString &message);
    QString selectedRun() const;
    Cassandra::Ops::WriteGuard guard() const { return m_options.liveGuard ? m_options.liveGuard() : m_options.guard; }

    Options m_options;
    OperationRunner::ClientResolver m_clients;
    QPointer<Cassandra::Services::ReaperClient> m_reaper;
    QString m_reaperCluster;
    QLineEdit *m_keyspace;
    QLineEdit *m_tables;
    QComboBox *m_parallelism;
    QDoubleSpinBox *m_intensity;
    QPushButton *m_start;
    QTableWidget *m_runs;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_abort;
    QLabel *m_status;
    QTabWidget *m_tabs;
    RepairSchedulesPanel *m_schedules;
    QTimer *m_poll;
    bool m_busy = false;
};

} // namespace Ringside::Operations
