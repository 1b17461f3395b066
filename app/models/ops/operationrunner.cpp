#include "models/ops/operationrunner.h"

#include "models/ops/clusterloader.h"
#include "models/ops/opstr.h"

#include "kube/discovery.h"
#include "kube/kubeclient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimer>

#include <memory>

namespace Ringside::Operations {

using namespace Cassandra;

namespace {

bool isTaskKind(const QString &kind)
{
    return kind == QLatin1String("CassandraTask") || kind == QLatin1String("K8ssandraTask");
}

} // namespace

OperationRunner::OperationRunner(ClientResolver clients, QObject *parent)
    : QObject(parent)
    , m_clients(std::move(clients))
    , m_poll(new QTimer(this))
{
    m_poll->setSingleShot(true);
    connect(m_poll, &QTimer::timeout, this, &OperationRunner::poll);
}

OperationRunner::~OperationRunner()
{
    for (RequestHandle h : std::as_const(m_pending)) {
        h.cancel();
    }
}

QString OperationRunner::phaseText(Phase phase)
{
    switch (phase) {
    case Phase::Idle:
        return OpsTr::tr("Not started");
    case Phase::CheckingAccess:
        return OpsTr::tr("Checking permissions");
    case Phase::DryRun:
        return OpsTr::tr("Server dry run");
    case Phase::Applying:
        return OpsTr::tr("Sending");
    case Phase::Following:
        return OpsTr::tr("Running");
    case Phase::Succeeded:
        return OpsTr::tr("Succeeded");
    case Phase::Failed:
        return OpsTr::tr("Failed");
    case Phase::Refused:
        return OpsTr::tr("Refused");
    case Phase::Cancelled:
        return OpsTr::tr("Cancelled");
    }
    return {};
}

bool OperationRunner::isRunning() const
{
    return m_phase == Phase::CheckingAccess || m_phase == Phase::DryRun || m_phase == Phase::Applying || m_phase == Phase::Following;
}

void OperationRunner::setPhase(Phase phase, const QString &message)
{
    m_phase = phase;
    m_message = message;
    Q_EMIT phaseChanged(phase, message);
}

void OperationRunner::record(const QString &result, const QString &message)
{
    Ops::HistoryEntry e;
    e.context = m_plan.operation.target.context;
    e.operation = Ops::operationKindKey(m_plan.operation.kind);
    e.target = m_plan.operation.target.toString();
    e.summary = m_plan.operation.summary;
    e.result = result;
    e.message = message;
    QString error;
    if (!m_history.append(e, &error)) {
        qCWarning(lcOps).noquote() << error;
    }
}

void OperationRunner::finish(Phase phase, const QString &result, const QString &message)
{
    m_poll->stop();
    ++m_pollGeneration;
    for (RequestHandle h : std::as_const(m_pending)) {
        h.cancel();
    }
    m_pending.clear();
    record(result, message);
    setPhase(phase, message);
    Q_EMIT finished(phase == Phase::Succeeded, message);
}

KubeClient *OperationRunner::clientOf(const QString &context, QString *why)
{
    KubeClient *c = m_clients ? m_clients(context, why) : nullptr;
    if (!c && why->isEmpty()) {
        *why = OpsTr::tr("context %1 is not connected").arg(context);
    }
    return c;
}

bool OperationRunner::start(const OperationPlan &plan)
{
    Q_ASSERT(m_phase == Phase::Idle);
    m_plan = plan;
    const Ops::Operation &op = plan.operation;
    if (!op.errors.isEmpty()) {
        finish(Phase::Refused, QStringLiteral("invalid"), op.errors.join(QLatin1String("; ")));
        return false;
    }
    if (op.changes.isEmpty()) {
        finish(Phase::Refused, QStringLiteral("invalid"), OpsTr::tr("the operation changes nothing"));
        return false;
    }
    m_routed = op;
    for (Ops::ObjectChange &c : m_routed.changes) {
        if (c.context.isEmpty()) {
            c.context = op.target.context;
        }
    }
    const QString refusal = m_guard.refusal(m_routed);
    if (!refusal.isEmpty()) {
        finish(Phase::Refused, QStringLiteral("refused"), refusal);
        return false;
    }
    m_checks = Ops::requiredAccess(m_routed);
    setPhase(Phase::CheckingAccess);
    checkAccess(0);
    return m_phase != Phase::Refused;
}

void OperationRunner::checkAccess(int index)
{
    if (index >= m_checks.size()) {
        setPhase(Phase::DryRun);
        sendChange(0, true);
        return;
    }
    const Ops::AccessCheck check = m_checks.at(index);
    QString why;
    KubeClient *client = clientOf(check.context, &why);
    if (!client) {
        finish(Phase::Failed, QStringLiteral("failed"), why);
        return;
    }
    KubeRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews");
    request.body = QJsonDocument(check.reviewObject()).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    m_pending << client->send(
        request, this,
        [this, index, check](const KubeResponse &r) {
            const Ops::AccessDecision d = Ops::AccessDecision::fromReview(r.object);
            if (!d.allowed) {
                finish(Phase::Refused, QStringLiteral("refused"), Ops::permissionRefusal(check, d));
                return;
            }
            checkAccess(index + 1);
        },
        [this, check](const KubeError &e) {
            finish(Phase::Failed, QStringLiteral("failed"), OpsTr::tr("cannot check permissions (%1): %2").arg(check.toString(), e.toString()));
        });
}

void OperationRunner::sendChange(int index, bool dryRun)
{
    if (index >= m_routed.changes.size()) {
        if (dryRun) {
            setPhase(Phase::Applying);
            sendChange(0, false);
        } else {
            startFollowing();
        }
        return;
    }
    const Ops::ObjectChange change = m_routed.changes.at(index);
    QString why;
    KubeClient *client = clientOf(change.context, &why);
    if (!client) {
        finish(Phase::Failed, QStringLiteral("failed"), why);
        return;
    }
    const QString fieldManager = m_routed.fieldManager();
    auto failed = [this, change, dryRun](const KubeError &e) {
        if (dryRun) {
            finish(Phase::Failed, QStringLiteral("failed"), OpsTr::tr("the server refused %1 (dry run): %2").arg(change.describe(), e.toString()));
        } else {
            finish(Phase::Failed, QStringLiteral("failed"), OpsTr::tr("%1 failed: %2").arg(change.describe(), e.toString()));
        }
    };
    ClusterLoader::discoveryFor(client)->resolveKind(
        change.apiVersion, change.kind, this,
        [this, client, change, dryRun, index, fieldManager, failed](const ApiResource &r) {
            if (m_phase != (dryRun ? Phase::DryRun : Phase::Applying)) {
                return; // cancelled meanwhile
            }
            auto ok = [this, index, dryRun, change](const KubeResponse &) {
                if (!dryRun) {
                    m_sent << change.describe();
                }
                sendChange(index + 1, dryRun);
            };
            const ResourceRef ref = r.ref(change.nameSpace, change.name);
            const QByteArray body = QJsonDocument(change.manifest).toJson(QJsonDocument::Compact);
            switch (change.action) {
            case Ops::ObjectChange::Action::Apply: {
                ApplyOptions o;
                o.force = change.force;
                o.dryRun = dryRun;
                o.fieldManager = fieldManager;
                m_pending << client->apply(ref, body, o, this, ok, failed);
                break;
            }
            case Ops::ObjectChange::Action::Create: {
                WriteOptions o;
                o.dryRun = dryRun;
                o.fieldManager = fieldManager;
                m_pending << client->create(r.ref(change.nameSpace), change.manifest, o, this, ok, failed);
                break;
            }
            case Ops::ObjectChange::Action::MergePatch: {
                WriteOptions o;
                o.dryRun = dryRun;
                o.fieldManager = fieldManager;
                m_pending << client->patch(ref, PatchType::Merge, body, o, this, ok, failed);
                break;
            }
            case Ops::ObjectChange::Action::Delete: {
                DeleteOptions o;
                o.dryRun = dryRun;
                m_pending << client->remove(ref, o, this, ok, failed);
                break;
            }
            }
        },
        failed);
}

void OperationRunner::startFollowing()
{
    m_pending.clear();
    if (m_plan.follow.mode == FollowPlan::Mode::None) {
        m_progress.state = Ops::Progress::State::Succeeded;
        Q_EMIT progressChanged(m_progress);
        finish(Phase::Succeeded, QStringLiteral("sent"), OpsTr::tr("sent: %1").arg(m_sent.join(QLatin1String(", "))));
        return;
    }
    m_followStarted = QDateTime::currentMSecsSinceEpoch();
    setPhase(Phase::Following, OpsTr::tr("sent; following the progress"));
    poll();
}

void OperationRunner::poll()
{
    if (m_phase != Phase::Following || m_polling) {
        return;
    }
    if (QDateTime::currentMSecsSinceEpoch() - m_followStarted > m_timeoutMs) {
        finish(Phase::Failed, QStringLiteral("timeout"), OpsTr::tr("stopped following after %n minute(s): %1", nullptr, int(m_timeoutMs / 60000))
                                                            .arg(m_progress.toString()));
        return;
    }
    m_polling = true;
    const quint64 generation = ++m_pollGeneration;
    const Ops::Target &target = m_routed.target;
    QString why;
    if (m_plan.follow.mode == FollowPlan::Mode::Rollout) {
        KubeClient *client = clientOf(target.context, &why);
        if (!client) {
            m_polling = false;
            m_poll->start(m_pollMs);
            return;
        }
        if (!m_loader) {
            m_loader = new ClusterLoader(client, target.context, this);
            m_loader->setRemoteContexts(m_localContexts, m_clients);
        }
        m_loader->load(
            target.nameSpace,
            [this, generation](const ClusterSnapshot &s) {
                if (generation != m_pollGeneration) {
                    return;
                }
                const Domain::Cluster *c = s.topology.find(m_plan.follow.cluster, s.nameSpace);
                Ops::Progress p;
                if (c) {
                    p = Ops::rolloutProgress(*c, m_plan.follow.goal);
                } else {
                    p.state = Ops::Progress::State::Running;
                    p.message = OpsTr::tr("cluster %1 not readable yet").arg(m_plan.follow.cluster);
                }
                onProgress(p);
            },
            [this, generation](const QString &error) {
                if (generation != m_pollGeneration) {
                    return;
                }
                Ops::Progress p = m_progress;
                p.message = error;
                onProgress(p); // a failed read is not a failed operation: try again
            });
        return;
    }
    // Objects: read every object created, combine their progress.
    struct Round
    {
        QList<Ops::Progress> parts;
        int waiting = 0;
    };
    auto round = std::make_shared<Round>();
    QList<Ops::ObjectChange> created;
    for (const Ops::ObjectChange &c : std::as_const(m_routed.changes)) {
        if (c.action == Ops::ObjectChange::Action::Create) {
            created << c;
        }
    }
    round->parts.resize(created.size());
    round->waiting = int(created.size());
    auto partDone = [this, round, generation] {
        if (generation != m_pollGeneration || --round->waiting > 0) {
            return;
        }
        onProgress(Cassandra::Ops::combineProgress(round->parts));
    };
    if (created.isEmpty()) {
        m_polling = false;
        finish(Phase::Succeeded, QStringLiteral("sent"), OpsTr::tr("sent"));
        return;
    }
    for (qsizetype i = 0; i < created.size(); ++i) {
        const Ops::ObjectChange c = created.at(i);
        KubeClient *client = clientOf(c.context, &why);
        if (!client) {
            round->parts[i].state = Ops::Progress::State::Running;
            round->parts[i].message = why;
            partDone();
            continue;
        }
        Discovery *discovery = ClusterLoader::discoveryFor(client);
        const std::optional<ApiResource> r = discovery->lookupKind(c.apiVersion, c.kind);
        if (!r) {
            round->parts[i].state = Ops::Progress::State::Running;
            partDone();
            continue;
        }
        const bool backupJob = c.kind == QLatin1String("MedusaBackupJob");
        const std::optional<ApiResource> backupRes =
            backupJob ? discovery->lookupKind(m_plan.follow.medusaBackupApiVersion.isEmpty() ? c.apiVersion : m_plan.follow.medusaBackupApiVersion,
                                              QStringLiteral("MedusaBackup"))
                      : std::nullopt;
        m_pending << client->get(
            r->ref(c.nameSpace, c.name), this,
            [this, round, i, c, client, backupRes, partDone](const KubeResponse &resp) {
                const QJsonObject object = resp.object;
                if (!backupRes) {
                    round->parts[i] = Cassandra::Ops::createdObjectProgress(c.kind, object);
                    partDone();
                    return;
                }
                m_pending << client->get(
                    backupRes->ref(c.nameSpace, c.name), this,
                    [round, i, c, object, partDone](const KubeResponse &b) {
                        round->parts[i] = Cassandra::Ops::createdObjectProgress(c.kind, object, b.object);
                        partDone();
                    },
                    [round, i, c, object, partDone](const KubeError &) {
                        round->parts[i] = Cassandra::Ops::createdObjectProgress(c.kind, object);
                        partDone();
                    });
            },
            [round, i, partDone](const KubeError &e) {
                round->parts[i].state = Ops::Progress::State::Running;
                round->parts[i].message = e.isNotFound() ? OpsTr::tr("not created yet") : e.toString();
                partDone();
            });
    }
}

void OperationRunner::onProgress(const Ops::Progress &p)
{
    m_polling = false;
    m_pending.clear();
    m_progress = p;
    Q_EMIT progressChanged(p);
    if (p.state == Ops::Progress::State::Succeeded) {
        finish(Phase::Succeeded, QStringLiteral("succeeded"), p.message.isEmpty() ? p.toString() : p.message);
    } else if (p.state == Ops::Progress::State::Failed) {
        finish(Phase::Failed, QStringLiteral("failed"), p.message.isEmpty() ? p.toString() : p.message);
    } else {
        m_poll->start(m_pollMs);
    }
}

QString OperationRunner::cancelBlocker() const
{
    switch (m_phase) {
    case Phase::CheckingAccess:
    case Phase::DryRun:
        return {};
    case Phase::Applying:
        return OpsTr::tr("the changes are being sent");
    case Phase::Following:
        break;
    default:
        return OpsTr::tr("the operation is not running");
    }
    if (m_plan.follow.mode == FollowPlan::Mode::Rollout) {
        return OpsTr::tr("a spec change cannot be taken back while it rolls out; apply the previous value as a new operation");
    }
    for (const Ops::ObjectChange &c : m_routed.changes) {
        if (c.action == Ops::ObjectChange::Action::Create && !isTaskKind(c.kind)) {
            return OpsTr::tr("%1 cannot be stopped once started").arg(c.kind);
        }
    }
    return {};
}

bool OperationRunner::canCancel() const
{
    return isRunning() && cancelBlocker().isEmpty();
}

void OperationRunner::cancel()
{
    if (!canCancel()) {
        return;
    }
    if (m_phase != Phase::Following) {
        finish(Phase::Cancelled, QStringLiteral("cancelled"), OpsTr::tr("cancelled before anything was sent"));
        return;
    }
    // Delete the tasks that have not finished: cass-operator stops the pods it has not reached yet.
    m_poll->stop();
    ++m_pollGeneration;
    m_polling = false;
    auto waiting = std::make_shared<int>(0);
    auto errors = std::make_shared<QStringList>();
    QList<Ops::ObjectChange> tasks;
    for (const Ops::ObjectChange &c : std::as_const(m_routed.changes)) {
        if (c.action == Ops::ObjectChange::Action::Create && isTaskKind(c.kind)) {
            tasks << c;
        }
    }
    *waiting = int(tasks.size());
    auto one = [this, waiting, errors] {
        if (--*waiting > 0) {
            return;
        }
        if (errors->isEmpty()) {
            finish(Phase::Cancelled, QStringLiteral("cancelled"), OpsTr::tr("cancelled: the unfinished task objects were deleted"));
        } else {
            finish(Phase::Failed, QStringLiteral("failed"), OpsTr::tr("cancel failed: %1").arg(errors->join(QLatin1String("; "))));
        }
    };
    for (const Ops::ObjectChange &c : tasks) {
        QString why;
        KubeClient *client = clientOf(c.context, &why);
        const std::optional<ApiResource> r = client ? ClusterLoader::discoveryFor(client)->lookupKind(c.apiVersion, c.kind) : std::nullopt;
        if (!r) {
            *errors << (why.isEmpty() ? c.describe() : why);
            one();
            continue;
        }
        DeleteOptions o;
        o.propagationPolicy = QStringLiteral("Background");
        m_pending << client->remove(
            r->ref(c.nameSpace, c.name), o, this, [one](const KubeResponse &) { one(); },
            [one, errors, c](const KubeError &e) {
                if (!e.isNotFound()) {
                    *errors << c.describe() + QLatin1String(": ") + e.toString();
                }
                one();
            });
    }
    if (tasks.isEmpty()) {
        finish(Phase::Cancelled, QStringLiteral("cancelled"), OpsTr::tr("cancelled"));
    }
}

} // namespace Ringside::Operations
