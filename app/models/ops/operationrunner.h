#pragma once

// Runs an OperationPlan against the API: the read-only guard, a SelfSubjectAccessReview per permission, a server
// dry run of every change, the writes, then the progress read from the live objects until the operation
// finishes; records each outcome in the operation history.

#include "models/ops/operationplan.h"

#include "cassandra/ops/guard.h"
#include "cassandra/ops/history.h"
#include "kube/kuberequest.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace Ringside {
class KubeClient;
}

namespace Ringside::Operations {

class ClusterLoader;

/*! Runs one operation (a runner is used once). \since 0.1 */
class OperationRunner : public QObject
{
    Q_OBJECT
public:
    enum class Phase {
        Idle,
        CheckingAccess, //!< SelfSubjectAccessReviews
        DryRun,         //!< server dry run of every change
        Applying,
        Following,      //!< sent; reading the progress
        Succeeded,
        Failed,
        Refused,        //!< read-only context, invalid operation or no permission: nothing was sent
        Cancelled,
    };
    Q_ENUM(Phase)

    /*! The client of a context, or nullptr with the reason. */
    using ClientResolver = std::function<KubeClient *(const QString &context, QString *why)>;

    explicit OperationRunner(ClientResolver clients, QObject *parent = nullptr);
    ~OperationRunner() override;

    void setWriteGuard(const Cassandra::Ops::WriteGuard &guard) { m_guard = guard; }
    /*! Where outcomes are recorded (default: the shared history file). */
    void setHistory(const Cassandra::Ops::OperationHistory &history) { m_history = history; }
    /*! How often the progress is read while following (default 1000 ms). */
    void setPollInterval(int ms) { m_pollMs = ms; }
    /*! The kubeconfig's contexts, so that a rollout in a datacenter of another context is followed there. */
    void setLocalContexts(const QStringList &contexts) { m_localContexts = contexts; }
    /*! Gives up following after \a ms (default 30 minutes); the operation keeps running on the server. */
    void setFollowTimeout(qint64 ms) { m_timeoutMs = ms; }

    /*! Starts \a plan. Returns false when it is refused at once (invalid, read-only): phase() and message() say why,
        and finished() has been emitted. */
    bool start(const OperationPlan &plan);

    /*! True when cancel() would stop something: before the writes, or while following tasks that can be deleted. */
    bool canCancel() const;
    /*! Why the running operation cannot be cancelled now (translated), or empty. */
    QString cancelBlocker() const;
    /*! Cancels: stops before the writes, or deletes the unfinished CassandraTask/K8ssandraTask objects it created. */
    void cancel();

    Phase phase() const { return m_phase; }
    bool isRunning() const;
    QString message() const { return m_message; }
    const Cassandra::Ops::Progress &progress() const { return m_progress; }
    const OperationPlan &plan() const { return m_plan; }
    /*! What was sent, one line per change ("apply missioncontrolclusters demo (ns)"). */
    QStringList sentChanges() const { return m_sent; }

    /*! "Checking permissions", "Server dry run"… translated. */
    static QString phaseText(Phase phase);

Q_SIGNALS:
    void phaseChanged(Ringside::Operations::OperationRunner::Phase phase, const QString &message);
    void progressChanged(const Cassandra::Ops::Progress &progress);
    /*! Once: succeeded or not, with the final message. */
    void finished(bool ok, const QString &message);

private:
    void setPhase(Phase phase, const QString &message = {});
    void finish(Phase phase, const QString &result, const QString &message);
    void record(const QString &result, const QString &message);
    KubeClient *clientOf(const QString &context, QString *why);
    void checkAccess(int index);
    void sendChange(int index, bool dryRun);
    void startFollowing();
    void poll();
    void onProgress(const Cassandra::Ops::Progress &p);

    ClientResolver m_clients;
    QStringList m_localContexts;
    Cassandra::Ops::WriteGuard m_guard;
    Cassandra::Ops::OperationHistory m_history;
    OperationPlan m_plan;
    Cassandra::Ops::Operation m_routed; //!< changes with their context filled
    QList<Cassandra::Ops::AccessCheck> m_checks;
    Phase m_phase = Phase::Idle;
    QString m_message;
    Cassandra::Ops::Progress m_progress;
    QStringList m_sent;
    QList<RequestHandle> m_pending;
    QTimer *m_poll;
    ClusterLoader *m_loader = nullptr;
    int m_pollMs = 1000;
    qint64 m_timeoutMs = 30 * 60 * 1000;
    qint64 m_followStarted = 0;
    bool m_polling = false;
    quint64 m_pollGeneration = 0;
};

} // namespace Ringside::Operations
