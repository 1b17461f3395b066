#pragma once

// The operation dialog: a parameter form, the target, the diff preview of the change, a typed confirmation for
// destructive operations, then per-node and overall progress while it runs, with Cancel where the backend allows.

#include "gui/ops/opforms.h"
#include "models/ops/operationrunner.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeView;

namespace Ringside::Operations {

class ClusterLoader;
class NodeProgressModel;

/*! One operation on one cluster. \since 0.1 */
class OperationDialog : public QDialog
{
    Q_OBJECT
public:
    struct Options
    {
        OperationType type = OperationType::Upgrade;
        QString context;
        QString nameSpace;
        QString cluster;
        Scope scope;
        Cassandra::Ops::WriteGuard guard;
        Cassandra::Ops::OperationHistory history;
        int pollMs = 1000;
        QStringList localContexts; //!< the kubeconfig's contexts: where datacenters of other contexts are read
    };

    OperationDialog(const Options &options, OperationRunner::ClientResolver clients, QWidget *parent = nullptr);
    ~OperationDialog() override;

    /*! True once the cluster was read and the form filled. */
    bool isReady() const { return m_ready; }
    /*! True for operations that need the cluster name typed. */
    bool needsConfirmation() const;
    OperationForm *form() const { return m_form; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *closeButton() const { return m_close; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *summaryLabel() const { return m_summary; }
    QProgressBar *overallBar() const { return m_overall; }
    NodeProgressModel *progressModel() const { return m_progress; }
    QTreeView *progressView() const { return m_progressView; }
    OperationRunner *runner() const { return m_runner; }
    const OperationPlan &currentPlan() const { return m_plan; }

    /*! Runs the operation as the Run button would (false when it is not allowed now). */
    bool run();

Q_SIGNALS:
    /*! The cluster was read (or could not be: \a error). */
    void ready(const QString &error);
    /*! The operation ended. */
    void operationFinished(bool ok, const QString &summary, const QString &message);

protected:
    void reject() override;

private:
    void load();
    void rebuildPlan();
    void updateButtons();
    void onPhase(OperationRunner::Phase phase, const QString &message);

    Options m_options;
    OperationRunner::ClientResolver m_clients;
    ClusterLoader *m_loader = nullptr;
    ClusterSnapshot m_snapshot;
    Cassandra::Domain::Cluster m_cluster;
    OperationPlan m_plan;
    bool m_ready = false;
    OperationForm *m_form;
    QLabel *m_target;
    QLabel *m_summary;
    QLabel *m_problems;
    QPlainTextEdit *m_diff;
    QWidget *m_confirmRow;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QWidget *m_progressBox;
    QTreeView *m_progressView;
    NodeProgressModel *m_progress;
    QProgressBar *m_overall;
    QLabel *m_status;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QTimer *m_debounce;
    OperationRunner *m_runner = nullptr;
};

} // namespace Ringside::Operations
