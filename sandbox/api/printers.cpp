// Server-side printers of the built-in kinds, following pkg/printers/internalversion/printers.go (1.32).
#include "printers_p.h"

#include "jsonutil.h"
#include "store/selectors.h"

#include <QHash>

namespace Ringside::Sandbox {

namespace Printers {

const QString NameDoc = QStringLiteral(
    "Name must be unique within a namespace. Is required when creating resources, although some resources may allow "
    "a client to request the generation of an appropriate name automatically. Name is primarily intended for creation "
    "idempotence and configuration definition. Cannot be updated. More info: "
    "https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names");
const QString AgeDoc = QStringLiteral(
    "CreationTimestamp is a timestamp representing the server time when this object was created. It is not "
    "guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is "
    "represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: "
    "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata");

QJsonObject col(const char *name, const char *type, const QString &description, int priority, const char *format)
{
    return {{QLatin1String("name"), QLatin1String(name)},
            {QLatin1String("type"), QLatin1String(type)},
            {QLatin1String("format"), QLatin1String(format)},
            {QLatin1String("description"), description},
            {QLatin1String("priority"), priority}};
}
QJsonObject nameCol()
{
    return col("Name", "string", NameDoc, 0, "name");
}
QJsonObject ageCol()
{
    return col("Age", "string", AgeDoc, 0);
}

QString str(const QJsonObject &o, QStringView path)
{
    return Json::at(o, path).toString();
}
qint64 num(const QJsonObject &o, QStringView path)
{
    return Json::at(o, path).toInteger();
}
QString age(const QJsonObject &o)
{
    return humanAge(Json::metaString(o, QLatin1String("creationTimestamp")));
}
QString orNone(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("<none>") : s;
}

QString formatLabels(const QJsonObject &labels)
{
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        parts.append(it.key() + u'=' + it.value().toString());
    }
    return parts.isEmpty() ? QStringLiteral("<none>") : parts.join(u',');
}

QString selectorString(const QJsonObject &selector)
{
    QString error;
    const auto s = LabelSelector::fromObject(selector, &error);
    if (!s) {
        return QStringLiteral("<invalid>");
    }
    QList<LabelSelector::Requirement> reqs = s->requirements();
    std::sort(reqs.begin(), reqs.end(), [](const auto &a, const auto &b) { return a.key < b.key; });
    QStringList parts;
    using Op = LabelSelector::Requirement::Op;
    for (const auto &r : std::as_const(reqs)) {
        QStringList values = r.values;
        values.sort();
        switch (r.op) {
        case Op::Equals: parts.append(r.key + u'=' + values.value(0)); break;
        case Op::NotEquals: parts.append(r.key + QLatin1String("!=") + values.value(0)); break;
        case Op::In: parts.append(r.key + QLatin1String(" in (") + values.join(u',') + u')'); break;
        case Op::NotIn: parts.append(r.key + QLatin1String(" notin (") + values.join(u',') + u')'); break;
        case Op::Exists: parts.append(r.key); break;
        case Op::DoesNotExist: parts.append(u'!' + r.key); break;
        case Op::GreaterThan: parts.append(r.key + u'>' + values.value(0)); break;
        case Op::LessThan: parts.append(r.key + u'<' + values.value(0)); break;
        }
    }
    return parts.join(u',');
}

std::pair<QString, QString> containerCells(const QJsonArray &containers)
{
    QStringList names;
    QStringList images;
    for (const QJsonValue &c : containers) {
        names.append(c.toObject().value(QLatin1String("name")).toString());
        images.append(c.toObject().value(QLatin1String("image")).toString());
    }
    return {names.join(u','), images.join(u',')};
}

QString accessModes(const QJsonArray &modes)
{
    QStringList out;
    for (const char *mode : {"ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"}) {
        if (modes.contains(QJsonValue(QLatin1String(mode)))) {
            static const QHash<QString, QString> shortNames
                = {{QStringLiteral("ReadWriteOnce"), QStringLiteral("RWO")},
                   {QStringLiteral("ReadOnlyMany"), QStringLiteral("ROX")},
                   {QStringLiteral("ReadWriteMany"), QStringLiteral("RWX")},
                   {QStringLiteral("ReadWriteOncePod"), QStringLiteral("RWOP")}};
            out.append(shortNames.value(QLatin1String(mode)));
        }
    }
    return out.join(u',');
}

QJsonArray podCells(const QJsonObject &pod, QJsonArray *conditions)
{
    const QJsonObject spec = pod.value(QLatin1String("spec")).toObject();
    const QJsonObject status = pod.value(QLatin1String("status")).toObject();
    const QString phase = status.value(QLatin1String("phase")).toString();
    QString reason = status.value(QLatin1String("reason")).toString(phase);
    if (reason.isEmpty()) {
        reason = phase;
    }
    for (const QJsonValue &c : status.value(QLatin1String("conditions")).toArray()) {
        if (c.toObject().value(QLatin1String("type")) == QLatin1String("PodScheduled")
            && c.toObject().value(QLatin1String("reason")) == QLatin1String("SchedulingGated")) {
            reason = QStringLiteral("SchedulingGated");
        }
    }
    if (phase == QLatin1String("Succeeded") || phase == QLatin1String("Failed")) {
        conditions->append(
            QJsonObject{{QLatin1String("type"), QLatin1String("Completed")},
                        {QLatin1String("status"), QLatin1String("True")},
                        {QLatin1String("reason"), phase},
                        {QLatin1String("message"), phase == QLatin1String("Succeeded")
                                                       ? QLatin1String("The pod has completed successfully.")
                                                       : QLatin1String("The pod failed.")}});
    }
    const QJsonArray initSpecs = spec.value(QLatin1String("initContainers")).toArray();
    int total = int(spec.value(QLatin1String("containers")).toArray().size());
    QHash<QString, bool> restartableInit;
    for (const QJsonValue &c : initSpecs) {
        const bool restartable
            = c.toObject().value(QLatin1String("restartPolicy")).toString() == QLatin1String("Always");
        restartableInit.insert(c.toObject().value(QLatin1String("name")).toString(), restartable);
        if (restartable) {
            ++total;
        }
    }
    int restarts = 0;
    int ready = 0;
    QString lastRestart;
    bool initializing = false;
    const QJsonArray initStatuses = status.value(QLatin1String("initContainerStatuses")).toArray();
    for (qsizetype i = 0; i < initStatuses.size(); ++i) {
        const QJsonObject c = initStatuses.at(i).toObject();
        restarts += int(c.value(QLatin1String("restartCount")).toInteger());
        const QJsonObject state = c.value(QLatin1String("state")).toObject();
        const QJsonObject terminated = state.value(QLatin1String("terminated")).toObject();
        const QJsonObject waiting = state.value(QLatin1String("waiting")).toObject();
        const bool restartable = restartableInit.value(c.value(QLatin1String("name")).toString());
        if (!terminated.isEmpty() && terminated.value(QLatin1String("exitCode")).toInteger() == 0
            && state.contains(QLatin1String("terminated"))) {
            continue;
        }
        if (restartable && c.value(QLatin1String("started")).toBool()) {
            if (c.value(QLatin1String("ready")).toBool()) {
                ++ready;
            }
            continue;
        }
        if (state.contains(QLatin1String("terminated"))) {
            const QString r = terminated.value(QLatin1String("reason")).toString();
            if (r.isEmpty()) {
                const qint64 signal = terminated.value(QLatin1String("signal")).toInteger();
                reason = signal != 0 ? QStringLiteral("Init:Signal:%1").arg(signal)
                                     : QStringLiteral("Init:ExitCode:%1")
                                           .arg(terminated.value(QLatin1String("exitCode")).toInteger());
            } else {
                reason = QLatin1String("Init:") + r;
            }
        } else if (!waiting.value(QLatin1String("reason")).toString().isEmpty()
                   && waiting.value(QLatin1String("reason")).toString() != QLatin1String("PodInitializing")) {
            reason = QLatin1String("Init:") + waiting.value(QLatin1String("reason")).toString();
        } else {
            reason = QStringLiteral("Init:%1/%2").arg(i).arg(initSpecs.size());
        }
        initializing = true;
        break;
    }
    bool initializedTrue = false;
    bool readyCondition = false;
    for (const QJsonValue &cv : status.value(QLatin1String("conditions")).toArray()) {
        const QJsonObject cond = cv.toObject();
        if (cond.value(QLatin1String("type")) == QLatin1String("Initialized")
            && cond.value(QLatin1String("status")) == QLatin1String("True")) {
            initializedTrue = true;
        }
        if (cond.value(QLatin1String("type")) == QLatin1String("Ready")
            && cond.value(QLatin1String("status")) == QLatin1String("True")) {
            readyCondition = true;
        }
    }
    if (!initializing || initializedTrue) {
        restarts = 0;
        for (const QJsonValue &c : initStatuses) {
            if (restartableInit.value(c.toObject().value(QLatin1String("name")).toString())) {
                restarts += int(c.toObject().value(QLatin1String("restartCount")).toInteger());
            }
        }
        bool hasRunning = false;
        const QJsonArray statuses = status.value(QLatin1String("containerStatuses")).toArray();
        for (qsizetype i = statuses.size() - 1; i >= 0; --i) {
            const QJsonObject c = statuses.at(i).toObject();
            restarts += int(c.value(QLatin1String("restartCount")).toInteger());
            const QString finished = Json::at(c, u"lastState.terminated.finishedAt").toString();
            if (!finished.isEmpty()
                && (lastRestart.isEmpty() || Json::parseTimestamp(finished) > Json::parseTimestamp(lastRestart))) {
                lastRestart = finished;
            }
            const QJsonObject state = c.value(QLatin1String("state")).toObject();
            const QString waitingReason = Json::at(state, u"waiting.reason").toString();
            const QString terminatedReason = Json::at(state, u"terminated.reason").toString();
            if (!waitingReason.isEmpty()) {
                reason = waitingReason;
            } else if (!terminatedReason.isEmpty()) {
                reason = terminatedReason;
            } else if (state.contains(QLatin1String("terminated"))) {
                const qint64 signal = Json::at(state, u"terminated.signal").toInteger();
                reason = signal != 0
                             ? QStringLiteral("Signal:%1").arg(signal)
                             : QStringLiteral("ExitCode:%1").arg(Json::at(state, u"terminated.exitCode").toInteger());
            } else if (c.value(QLatin1String("ready")).toBool() && state.contains(QLatin1String("running"))) {
                hasRunning = true;
                ++ready;
            }
        }
        if (reason == QLatin1String("Completed") && hasRunning) {
            reason = readyCondition ? QStringLiteral("Running") : QStringLiteral("NotReady");
        }
    }
    const bool deleting = !Json::metaString(pod, QLatin1String("deletionTimestamp")).isEmpty();
    if (deleting && status.value(QLatin1String("reason")).toString() == QLatin1String("NodeLost")) {
        reason = QStringLiteral("Unknown");
    } else if (deleting && phase != QLatin1String("Succeeded") && phase != QLatin1String("Failed")) {
        reason = QStringLiteral("Terminating");
    }
    QString restartsText = QString::number(restarts);
    if (restarts != 0 && !lastRestart.isEmpty()) {
        restartsText = QStringLiteral("%1 (%2 ago)").arg(restarts).arg(humanAge(lastRestart));
    }
    QString podIp = Json::at(status, u"podIPs").toArray().first().toObject().value(QLatin1String("ip")).toString();
    if (podIp.isEmpty()) {
        podIp = status.value(QLatin1String("podIP")).toString();
    }
    QString gates = QStringLiteral("<none>");
    const QJsonArray readinessGates = spec.value(QLatin1String("readinessGates")).toArray();
    if (!readinessGates.isEmpty()) {
        int trueConditions = 0;
        for (const QJsonValue &g : readinessGates) {
            for (const QJsonValue &cv : status.value(QLatin1String("conditions")).toArray()) {
                if (cv.toObject().value(QLatin1String("type")) == g.toObject().value(QLatin1String("conditionType"))) {
                    trueConditions += cv.toObject().value(QLatin1String("status")) == QLatin1String("True") ? 1 : 0;
                    break;
                }
            }
        }
        gates = QStringLiteral("%1/%2").arg(trueConditions).arg(readinessGates.size());
    }
    return {Json::name(pod),
            QStringLiteral("%1/%2").arg(ready).arg(total),
            reason,
            restartsText,
            age(pod),
            orNone(podIp),
            orNone(spec.value(QLatin1String("nodeName")).toString()),
            orNone(status.value(QLatin1String("nominatedNodeName")).toString()),
            gates};
}

QJsonArray deploymentCells(const QJsonObject &d, QJsonArray *)
{
    const auto [names, images] = containerCells(Json::at(d, u"spec.template.spec.containers").toArray());
    return {Json::name(d),
            QStringLiteral("%1/%2").arg(num(d, u"status.readyReplicas")).arg(num(d, u"spec.replicas")),
            num(d, u"status.updatedReplicas"),
            num(d, u"status.availableReplicas"),
            age(d),
            names,
            images,
            selectorString(Json::at(d, u"spec.selector").toObject())};
}

QJsonArray statefulSetCells(const QJsonObject &s, QJsonArray *)
{
    const auto [names, images] = containerCells(Json::at(s, u"spec.template.spec.containers").toArray());
    return {Json::name(s), QStringLiteral("%1/%2").arg(num(s, u"status.readyReplicas")).arg(num(s, u"spec.replicas")),
            age(s), names, images};
}

QJsonArray serviceCells(const QJsonObject &svc, QJsonArray *)
{
    const QJsonObject spec = svc.value(QLatin1String("spec")).toObject();
    const QString type = spec.value(QLatin1String("type")).toString();
    QString clusterIp = spec.value(QLatin1String("clusterIPs")).toArray().first().toString();
    QStringList external;
    for (const QJsonValue &ip : spec.value(QLatin1String("externalIPs")).toArray()) {
        external.append(ip.toString());
    }
    QString externalIp;
    if (type == QLatin1String("ExternalName")) {
        externalIp = spec.value(QLatin1String("externalName")).toString();
    } else if (type == QLatin1String("LoadBalancer")) {
        QStringList lb;
        for (const QJsonValue &i : Json::at(svc, u"status.loadBalancer.ingress").toArray()) {
            const QJsonObject in = i.toObject();
            lb.append(in.contains(QLatin1String("ip")) ? in.value(QLatin1String("ip")).toString()
                                                       : in.value(QLatin1String("hostname")).toString());
        }
        lb += external;
        externalIp = lb.isEmpty() ? QStringLiteral("<pending>") : lb.join(u',');
    } else {
        externalIp = orNone(external.join(u','));
    }
    QStringList ports;
    for (const QJsonValue &pv : spec.value(QLatin1String("ports")).toArray()) {
        const QJsonObject p = pv.toObject();
        const QString protocol = p.value(QLatin1String("protocol")).toString(QStringLiteral("TCP"));
        if (p.value(QLatin1String("nodePort")).toInteger() > 0) {
            ports.append(QStringLiteral("%1:%2/%3")
                             .arg(p.value(QLatin1String("port")).toInteger())
                             .arg(p.value(QLatin1String("nodePort")).toInteger())
                             .arg(protocol));
        } else {
            ports.append(QStringLiteral("%1/%2").arg(p.value(QLatin1String("port")).toInteger()).arg(protocol));
        }
    }
    return {Json::name(svc),
            type,
            orNone(clusterIp),
            externalIp,
            orNone(ports.join(u',')),
            age(svc),
            formatLabels(spec.value(QLatin1String("selector")).toObject())};
}

QJsonArray endpointsCells(const QJsonObject &ep, QJsonArray *)
{
    const QJsonArray subsets = ep.value(QLatin1String("subsets")).toArray();
    if (subsets.isEmpty()) {
        return {Json::name(ep), QStringLiteral("<none>"), age(ep)};
    }
    QStringList list;
    const int max = 3;
    bool more = false;
    int count = 0;
    for (const QJsonValue &sv : subsets) {
        const QJsonObject ss = sv.toObject();
        const QJsonArray addresses = ss.value(QLatin1String("addresses")).toArray();
        const QJsonArray ports = ss.value(QLatin1String("ports")).toArray();
        if (ports.isEmpty()) {
            count += int(addresses.size());
            for (const QJsonValue &a : addresses) {
                if (list.size() == max) {
                    more = true;
                    break;
                }
                list.append(a.toObject().value(QLatin1String("ip")).toString());
            }
            continue;
        }
        for (const QJsonValue &pv : ports) {
            count += int(addresses.size());
            for (const QJsonValue &a : addresses) {
                if (list.size() == max) {
                    more = true;
                    break;
                }
                const QString ip = a.toObject().value(QLatin1String("ip")).toString();
                const QString host = ip.contains(u':') ? u'[' + ip + u']' : ip;
                list.append(host + u':' + QString::number(pv.toObject().value(QLatin1String("port")).toInteger()));
            }
        }
    }
    QString text = list.join(u',');
    if (more) {
        text += QStringLiteral(" + %1 more...").arg(count - max);
    }
    return {Json::name(ep), text, age(ep)};
}

QJsonArray nodeCells(const QJsonObject &node, QJsonArray *)
{
    QStringList status;
    for (const QJsonValue &cv : Json::at(node, u"status.conditions").toArray()) {
        const QJsonObject c = cv.toObject();
        if (c.value(QLatin1String("type")) == QLatin1String("Ready")) {
            status.append(c.value(QLatin1String("status")) == QLatin1String("True") ? QStringLiteral("Ready")
                                                                                    : QStringLiteral("NotReady"));
        }
    }
    if (status.isEmpty()) {
        status.append(QStringLiteral("Unknown"));
    }
    if (Json::at(node, u"spec.unschedulable").toBool()) {
        status.append(QStringLiteral("SchedulingDisabled"));
    }
    QStringList roles;
    const QJsonObject labels = Json::meta(node).value(QLatin1String("labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.key().startsWith(QLatin1String("node-role.kubernetes.io/"))) {
            roles.append(it.key().mid(24));
        } else if (it.key() == QLatin1String("kubernetes.io/role")) {
            roles.append(it.value().toString());
        }
    }
    roles.sort();
    roles.removeDuplicates();
    QString internal;
    QString external;
    for (const QJsonValue &av : Json::at(node, u"status.addresses").toArray()) {
        const QJsonObject a = av.toObject();
        if (a.value(QLatin1String("type")) == QLatin1String("InternalIP") && internal.isEmpty()) {
            internal = a.value(QLatin1String("address")).toString();
        } else if (a.value(QLatin1String("type")) == QLatin1String("ExternalIP") && external.isEmpty()) {
            external = a.value(QLatin1String("address")).toString();
        }
    }
    const auto unknown = [](const QString &s) { return s.isEmpty() ? QStringLiteral("<unknown>") : s; };
    return {Json::name(node),
            status.join(u','),
            orNone(roles.join(u',')),
            age(node),
            str(node, u"status.nodeInfo.kubeletVersion"),
            orNone(internal),
            orNone(external),
            unknown(str(node, u"status.nodeInfo.osImage")),
            unknown(str(node, u"status.nodeInfo.kernelVersion")),
            unknown(str(node, u"status.nodeInfo.containerRuntimeVersion"))};
}

QJsonArray eventCells(const QJsonObject &e, QJsonArray *)
{
    QString first = humanAge(e.value(QLatin1String("firstTimestamp")).toString());
    if (e.value(QLatin1String("firstTimestamp")).toString().isEmpty()) {
        first = humanAge(e.value(QLatin1String("eventTime")).toString());
    }
    QString last = humanAge(e.value(QLatin1String("lastTimestamp")).toString());
    if (e.value(QLatin1String("lastTimestamp")).toString().isEmpty()) {
        last = first;
    }
    qint64 count = e.value(QLatin1String("count")).toInteger();
    if (e.contains(QLatin1String("series"))) {
        last = humanAge(Json::at(e, u"series.lastObservedTime").toString());
        count = Json::at(e, u"series.count").toInteger();
    } else if (count == 0) {
        count = 1;
    }
    const QJsonObject involved = e.value(QLatin1String("involvedObject")).toObject();
    const QString kind = involved.value(QLatin1String("kind")).toString().toLower();
    const QString target = involved.value(QLatin1String("name")).toString().isEmpty()
                               ? kind
                               : kind + u'/' + involved.value(QLatin1String("name")).toString();
    const QString component = str(e, u"source.component").isEmpty()
                                  ? e.value(QLatin1String("reportingComponent")).toString()
                                  : str(e, u"source.component");
    const QString instance = str(e, u"source.host").isEmpty() ? e.value(QLatin1String("reportingInstance")).toString()
                                                              : str(e, u"source.host");
    const QString source = instance.isEmpty() ? component : component + QLatin1String(", ") + instance;
    return {last,
            e.value(QLatin1String("type")).toString(),
            e.value(QLatin1String("reason")).toString(),
            target,
            involved.value(QLatin1String("fieldPath")).toString(),
            source,
            e.value(QLatin1String("message")).toString().trimmed(),
            first,
            count,
            Json::name(e)};
}

QJsonArray namespaceCells(const QJsonObject &ns, QJsonArray *)
{
    return {Json::name(ns), str(ns, u"status.phase"), age(ns)};
}

QJsonArray configMapCells(const QJsonObject &cm, QJsonArray *)
{
    return {Json::name(cm),
            cm.value(QLatin1String("data")).toObject().size() + cm.value(QLatin1String("binaryData")).toObject().size(),
            age(cm)};
}

QJsonArray secretCells(const QJsonObject &s, QJsonArray *)
{
    return {Json::name(s), s.value(QLatin1String("type")).toString(), s.value(QLatin1String("data")).toObject().size(),
            age(s)};
}

QJsonArray serviceAccountCells(const QJsonObject &sa, QJsonArray *)
{
    return {Json::name(sa), sa.value(QLatin1String("secrets")).toArray().size(), age(sa)};
}

QJsonArray claimCells(const QJsonObject &pvc, QJsonArray *)
{
    QString phase = str(pvc, u"status.phase");
    if (!Json::metaString(pvc, QLatin1String("deletionTimestamp")).isEmpty()) {
        phase = QStringLiteral("Terminating");
    }
    const QString volume = str(pvc, u"spec.volumeName");
    QString capacity;
    QString modes;
    if (!volume.isEmpty()) {
        modes = accessModes(Json::at(pvc, u"status.accessModes").toArray());
        capacity = Json::at(pvc, u"status.capacity.storage").toString();
    }
    const QString vac = str(pvc, u"spec.volumeAttributesClassName");
    QString storageClass = str(pvc, u"spec.storageClassName");
    if (storageClass.isEmpty()) {
        storageClass = Json::meta(pvc)
                           .value(QLatin1String("annotations"))
                           .toObject()
                           .value(QLatin1String("volume.beta.kubernetes.io/storage-class"))
                           .toString();
    }
    const QString mode = str(pvc, u"spec.volumeMode");
    return {Json::name(pvc),
            phase,
            volume,
            capacity,
            modes,
            storageClass,
            vac.isEmpty() ? QStringLiteral("<unset>") : vac,
            age(pvc),
            mode.isEmpty() ? QStringLiteral("<unset>") : mode};
}

QJsonArray volumeCells(const QJsonObject &pv, QJsonArray *)
{
    QString claim;
    const QJsonObject ref = Json::at(pv, u"spec.claimRef").toObject();
    if (!ref.isEmpty()) {
        claim = ref.value(QLatin1String("namespace")).toString() + u'/' + ref.value(QLatin1String("name")).toString();
    }
    QString phase = str(pv, u"status.phase");
    if (!Json::metaString(pv, QLatin1String("deletionTimestamp")).isEmpty()) {
        phase = QStringLiteral("Terminating");
    }
    const QString vac = str(pv, u"spec.volumeAttributesClassName");
    const QString mode = str(pv, u"spec.volumeMode");
    return {Json::name(pv),
            Json::at(pv, u"spec.capacity.storage").toString(),
            accessModes(Json::at(pv, u"spec.accessModes").toArray()),
            str(pv, u"spec.persistentVolumeReclaimPolicy"),
            phase,
            claim,
            str(pv, u"spec.storageClassName"),
            vac.isEmpty() ? QStringLiteral("<unset>") : vac,
            str(pv, u"status.reason"),
            age(pv),
            mode.isEmpty() ? QStringLiteral("<unset>") : mode};
}

QJsonArray storageClassCells(const QJsonObject &sc, QJsonArray *)
{
    QString name = Json::name(sc);
    const QJsonObject annotations = Json::meta(sc).value(QLatin1String("annotations")).toObject();
    if (annotations.value(QLatin1String("storageclass.kubernetes.io/is-default-class")) == QLatin1String("true")
        || annotations.value(QLatin1String("storageclass.beta.kubernetes.io/is-default-class"))
               == QLatin1String("true")) {
        name += QLatin1String(" (default)");
    }
    return {name,
            sc.value(QLatin1String("provisioner")).toString(),
            sc.value(QLatin1String("reclaimPolicy")).toString(QStringLiteral("Delete")),
            sc.value(QLatin1String("volumeBindingMode")).toString(QStringLiteral("Immediate")),
            sc.value(QLatin1String("allowVolumeExpansion")).toBool(),
            age(sc)};
}

} // namespace Printers

} // namespace Ringside::Sandbox
