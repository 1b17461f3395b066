// The status cass-operator reports on a CassandraDatacenter (see cassoperator.h).
#include "cassbuild.h"
#include "cassoperator.h"
#include "kubelet.h"

#include "api/jsonutil.h"

namespace Ringside::Sandbox {

static const QString Component = QStringLiteral("cass-operator");

void CassOperator::updateStatus(const DcView &view, const QList<QJsonObject> &pods, QJsonObject status, bool rolling,
                                bool scalingDown, const QString &invalid)
{
    QJsonObject dc = view.dc;
    const QJsonObject before = dc.value(QLatin1String("status")).toObject();
    QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    Conditions::set(conditions, QStringLiteral("Valid"), invalid.isEmpty(),
                    invalid.isEmpty() ? QString() : QStringLiteral("ValidationFailed"), invalid);
    if (!invalid.isEmpty()) {
        if (!Conditions::isTrue(before.value(QLatin1String("conditions")).toArray(), QStringLiteral("Valid"))
            && !Conditions::find(before.value(QLatin1String("conditions")).toArray(), QStringLiteral("Valid"))
                    .isEmpty()) {
            // already reported
        } else {
            m_kube->event(Res::CassDcs, dc, QStringLiteral("Warning"), QStringLiteral("ValidationFailed"), invalid,
                          Component);
        }
        status.insert(QLatin1String("conditions"), conditions);
        status.insert(QLatin1String("cassandraOperatorProgress"), QLatin1String("Updating"));
        dc.insert(QLatin1String("status"), status);
        if (status != before) {
            m_kube->updateStatus(Res::CassDcs, dc, Component);
        }
        return;
    }
    int desired = 0;
    for (int n : view.rackSizes) {
        desired += n;
    }
    int up = 0;
    bool restarting = false;
    for (const QJsonObject &pod : pods) {
        if (Op::labelOf(pod, World::NodeStateLabel) == QLatin1String("Started") && Op::podReady(pod)) {
            ++up;
        }
    }
    // A rolling restart (restart task) stamps the racks' templates; it runs until the stamp is rolled out and
    // then becomes status.lastRollingRestart.
    QString stamp;
    for (const QString &rack : view.racks) {
        const QJsonObject sts = m_kube->get(Res::StatefulSets, view.ns, view.stsName(rack));
        const QString at = Json::at(sts, u"spec.template.metadata.annotations").toObject().value(
            CassBuild::RestartedAtAnnotation).toString();
        stamp = std::max(stamp, at);
    }
    const QString lastRestart = status.value(QLatin1String("lastRollingRestart")).toString();
    restarting = !stamp.isEmpty() && stamp > lastRestart;
    if (restarting && !rolling) {
        status.insert(QLatin1String("lastRollingRestart"), stamp);
    }
    const bool allUp = up == desired && int(pods.size()) == desired && !rolling && !scalingDown;
    // Nodes that left (decommissioned) are forgotten; a stopped DC keeps its nodes.
    QJsonObject nodeStatuses = status.value(QLatin1String("nodeStatuses")).toObject();
    if (!view.stopped) {
        for (const QString &key : nodeStatuses.keys()) {
            bool keep = false;
            for (int r = 0; r < int(view.racks.size()); ++r) {
                const QString prefix = view.stsName(view.racks.at(r)) + u'-';
                if (key.startsWith(prefix) && Op::ordinal(key) < view.rackSizes.at(r)) {
                    keep = true;
                }
            }
            if (!keep && !scalingDown) {
                nodeStatuses.remove(key);
            } else if (!keep) {
                bool present = false;
                for (const QJsonObject &pod : pods) {
                    present = present || Json::name(pod) == key;
                }
                if (!present) {
                    nodeStatuses.remove(key);
                }
            }
        }
    }
    status.insert(QLatin1String("nodeStatuses"), nodeStatuses);
    const QJsonArray beforeConditions = before.value(QLatin1String("conditions")).toArray();
    const bool wasStopped = Conditions::isTrue(beforeConditions, QStringLiteral("Stopped"));
    const bool wasResuming = Conditions::isTrue(beforeConditions, QStringLiteral("Resuming"));
    if (allUp && !view.stopped) {
        Conditions::set(conditions, QStringLiteral("Initialized"), true);
    }
    Conditions::set(conditions, QStringLiteral("Ready"), allUp && !view.stopped);
    Conditions::set(conditions, QStringLiteral("ScalingUp"), !view.stopped && !rolling && !scalingDown && up < desired);
    Conditions::set(conditions, QStringLiteral("ScalingDown"), scalingDown);
    Conditions::set(conditions, QStringLiteral("Updating"), rolling);
    Conditions::set(conditions, QStringLiteral("RollingRestart"), rolling && restarting);
    Conditions::set(conditions, QStringLiteral("ReplacingNodes"),
                    !status.value(QLatin1String("nodeReplacements")).toArray().isEmpty());
    Conditions::set(conditions, QStringLiteral("Stopped"), view.stopped);
    Conditions::set(conditions, QStringLiteral("Resuming"), !view.stopped && (wasStopped || wasResuming) && !allUp);
    Conditions::set(conditions, QStringLiteral("Healthy"), view.stopped || desired == 0 || up * 2 > desired,
                    QString(),
                    view.stopped || up * 2 > desired ? QString()
                                                     : QStringLiteral("QUORUM cannot be reached from all nodes"));
    if (view.stopped && !wasStopped) {
        m_kube->event(Res::CassDcs, dc, QStringLiteral("Normal"), QStringLiteral("StoppingDatacenter"),
                      QStringLiteral("Stopping datacenter"), Component);
    }
    if (!view.stopped && wasStopped) {
        m_kube->event(Res::CassDcs, dc, QStringLiteral("Normal"), QStringLiteral("ResumingDatacenter"),
                      QStringLiteral("Resuming datacenter"), Component);
    }
    status.insert(QLatin1String("conditions"), conditions);
    const bool settled = allUp || (view.stopped && pods.isEmpty());
    status.insert(QLatin1String("cassandraOperatorProgress"),
                  settled ? QLatin1String("Ready") : QLatin1String("Updating"));
    if (settled || !rolling) {
        status.insert(QLatin1String("observedGeneration"), Json::meta(dc).value(QLatin1String("generation")).toInt());
    }
    if (!Json::at(dc, u"spec.datacenterName").toString().isEmpty()) {
        status.insert(QLatin1String("datacenterName"), Json::at(dc, u"spec.datacenterName"));
    }
    if (allUp && status.value(QLatin1String("usersUpserted")).toString().isEmpty()) {
        status.insert(QLatin1String("superUserUpserted"), Json::timestamp());
        status.insert(QLatin1String("usersUpserted"), Json::timestamp());
        m_kube->event(Res::CassDcs, dc, QStringLiteral("Normal"), QStringLiteral("CreatedUsers"),
                      QStringLiteral("Created users"), Component);
    }
    if (!status.contains(QLatin1String("metadataVersion"))) {
        status.insert(QLatin1String("metadataVersion"), 1);
    }
    if (!status.contains(QLatin1String("quietPeriod"))) {
        status.insert(QLatin1String("quietPeriod"), Json::timestamp());
    }
    if (status != before) {
        dc.insert(QLatin1String("status"), status);
        m_kube->updateStatus(Res::CassDcs, dc, Component);
    }
}

} // namespace Ringside::Sandbox
