#include "kube/logstream.h"

#include "coretr.h"
#include "kube/kubeclient.h"
#include "kube/kubelogging.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Ringside {

LogStream::LogStream(KubeClient *client, const QString &nameSpace, const QString &pod, const LogOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ns(nameSpace)
    , m_pod(pod)
    , m_options(options)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] { inspectPod(false); });
}

LogStream::~LogStream()
{
    m_request.cancel();
}

std::optional<std::pair<qint64, int>> LogStream::parseTimestamp(QByteArrayView line, qsizetype *restStart)
{
    const qsizetype space = line.indexOf(' ');
    const QByteArrayView ts = space < 0 ? line : line.first(space);
    if (ts.size() < 20 || ts.at(4) != '-' || ts.at(10) != 'T') {
        return std::nullopt;
    }
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(ts.first(19)), u"yyyy-MM-ddTHH:mm:ss"_s);
    if (!dt.isValid()) {
        return std::nullopt;
    }
    dt.setTimeZone(QTimeZone::UTC);
    qsizetype i = 19;
    int nanos = 0;
    if (i < ts.size() && ts.at(i) == '.') {
        ++i;
        int digits = 0;
        while (i < ts.size() && ts.at(i) >= '0' && ts.at(i) <= '9') {
            if (digits < 9) {
                nanos = nanos * 10 + (ts.at(i) - '0');
                ++digits;
            }
            ++i;
        }
        for (; digits < 9; ++digits) {
            nanos *= 10;
        }
    }
    qint64 secs = dt.toSecsSinceEpoch();
    if (i < ts.size() && (ts.at(i) == '+' || ts.at(i) == '-') && ts.size() >= i + 6) {
        const int sign = ts.at(i) == '+' ? 1 : -1;
        const int offset = (ts.at(i + 1) - '0') * 36000 + (ts.at(i + 2) - '0') * 3600 + (ts.at(i + 4) - '0') * 600 + (ts.at(i + 5) - '0') * 60;
        secs -= sign * offset;
    } else if (i >= ts.size() || ts.at(i) != 'Z') {
        return std::nullopt;
    }
    if (restStart) {
        *restStart = space < 0 ? line.size() : space + 1;
    }
    return std::make_pair(secs, nanos);
}

void LogStream::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    const bool tracking = m_options.follow && m_options.reattach;
    m_internalTimestamps = tracking && !m_options.timestamps;
    if (tracking) {
        inspectPod(true);
    } else {
        open(false);
    }
}

void LogStream::stop()
{
    m_running = false;
    m_pollTimer.stop();
    m_request.cancel();
}

LogStream::Instance LogStream::instanceOf(const QJsonObject &pod) const
{
    Instance i;
    i.uid = pod.value(u"metadata"_s).toObject().value(u"uid"_s).toString();
    const QJsonObject status = pod.value(u"status"_s).toObject();
    i.phase = status.value(u"phase"_s).toString();
    i.terminatedForGood = i.phase == u"Succeeded"_s || i.phase == u"Failed"_s;
    QString name = m_options.container;
    const QJsonArray containers = pod.value(u"spec"_s).toObject().value(u"containers"_s).toArray();
    if (name.isEmpty() && containers.size() == 1) {
        name = containers.first().toObject().value(u"name"_s).toString();
    }
    for (const QJsonValue &v : status.value(u"containerStatuses"_s).toArray()) {
        const QJsonObject cs = v.toObject();
        if (cs.value(u"name"_s).toString() == name) {
            i.containerId = cs.value(u"containerID"_s).toString();
            i.restartCount = cs.value(u"restartCount"_s).toInt();
            i.running = cs.value(u"state"_s).toObject().contains(u"running"_s);
        }
    }
    return i;
}

void LogStream::inspectPod(bool first)
{
    if (!m_running || !m_client) {
        return;
    }
    m_request = m_client->get(
        ResourceRef::core(u"pods"_s, m_ns, m_pod), this, [this, first](const KubeResponse &r) { onPod(r.object, std::nullopt, first); },
        [this, first](const KubeError &e) { onPod(std::nullopt, e, first); });
}

void LogStream::onPod(const std::optional<QJsonObject> &pod, const std::optional<KubeError> &error, bool first)
{
    m_request = {};
    const bool timedOut = m_waitStarted.isValid() && m_waitStarted.elapsed() > m_options.podWaitTimeout.count();
    if (!pod) {
        if (first) {
            finish(error);
            return;
        }
        if (timedOut) {
            if (error && error->isNotFound()) {
                Q_EMIT notice(CoreTr::tr("pod %1 was deleted and did not come back; the log stream ends").arg(m_pod));
                finish(std::nullopt);
            } else {
                finish(error);
            }
            return;
        }
        m_pollTimer.start(m_options.pollInterval);
        return;
    }
    const Instance now = instanceOf(*pod);
    if (first) {
        m_instance = now;
        open(false);
        return;
    }
    const bool recreated = now.uid != m_instance.uid;
    const bool restarted = !recreated
                           && ((!now.containerId.isEmpty() && now.containerId != m_instance.containerId) || now.restartCount > m_instance.restartCount);
    if (recreated || restarted) {
        if (!now.running) {
            if (timedOut) {
                finish(std::nullopt);
            } else {
                m_pollTimer.start(m_options.pollInterval); // the new instance is not running yet
            }
            return;
        }
        Q_EMIT notice(recreated ? CoreTr::tr("pod %1 was recreated; following the new pod's log").arg(m_pod)
                                : CoreTr::tr("container %1 of pod %2 restarted (restart count %3); following the new instance")
                                      .arg(m_options.container.isEmpty() ? CoreTr::tr("(default)") : m_options.container, m_pod)
                                      .arg(now.restartCount));
        m_instance = now;
        m_lastTimestamp.reset();
        ++m_reattaches;
        open(false);
        return;
    }
    if (now.running) {
        if (!m_lastTimestamp && m_waitStarted.elapsed() < m_options.pollInterval.count()) {
            m_pollTimer.start(m_options.pollInterval); // ended at once with nothing read: do not spin
            return;
        }
        Q_EMIT notice(CoreTr::tr("the log stream of pod %1 was interrupted; resuming after the last line received").arg(m_pod));
        ++m_reattaches;
        open(true);
        return;
    }
    if (now.terminatedForGood || timedOut) {
        Q_EMIT notice(CoreTr::tr("container of pod %1 has stopped (phase %2); the log stream ends").arg(m_pod, now.phase));
        finish(std::nullopt);
        return;
    }
    m_pollTimer.start(m_options.pollInterval); // waiting for a restart
}

void LogStream::open(bool resume)
{
    if (!m_running || !m_client) {
        return;
    }
    KubeRequest req;
    req.path = ResourceRef::core(u"pods"_s, m_ns, m_pod).withSubresource(u"log"_s).path();
    req.accept = "*/*";
    auto add = [&req](const QString &k, const QString &v) { req.query.addQueryItem(k, v); };
    if (!m_options.container.isEmpty()) {
        add(u"container"_s, m_options.container);
    }
    if (m_options.follow) {
        add(u"follow"_s, u"true"_s);
    }
    if (m_options.previous) {
        add(u"previous"_s, u"true"_s);
    }
    if (m_options.timestamps || m_internalTimestamps) {
        add(u"timestamps"_s, u"true"_s);
    }
    const bool initial = m_reattaches == 0;
    if (resume && m_lastTimestamp) {
        add(u"sinceTime"_s, QDateTime::fromSecsSinceEpoch(m_lastTimestamp->first, QTimeZone::UTC).toString(Qt::ISODate));
        m_skipUntilAfterLast = true;
    } else if (initial) {
        if (m_options.sinceSeconds) {
            add(u"sinceSeconds"_s, QString::number(*m_options.sinceSeconds));
        } else if (m_options.sinceTime.isValid()) {
            add(u"sinceTime"_s, m_options.sinceTime.toUTC().toString(Qt::ISODate));
        }
        if (m_options.tailLines) {
            add(u"tailLines"_s, QString::number(*m_options.tailLines));
        }
        if (m_options.limitBytes) {
            add(u"limitBytes"_s, QString::number(*m_options.limitBytes));
        }
    }
    m_partial.clear();
    m_waitStarted.invalidate();
    qCDebug(lcKubeStream).noquote() << "log of pod" << m_ns + u'/' + m_pod << (resume ? "resumed" : "opened");
    m_request = m_client->stream(
        req, this, [this](const QByteArray &d) { onData(d); }, [this](const std::optional<KubeError> &e) { onEnd(e); });
}

void LogStream::onData(const QByteArray &data)
{
    m_partial += data;
    emitLines(m_partial, false);
}

void LogStream::emitLines(QByteArray &buffer, bool flushPartial)
{
    QList<QByteArray> out;
    qsizetype pos = 0;
    const bool stamped = m_options.timestamps || m_internalTimestamps;
    while (pos < buffer.size()) {
        qsizetype nl = buffer.indexOf('\n', pos);
        if (nl < 0) {
            if (!flushPartial) {
                break;
            }
            nl = buffer.size();
        }
        QByteArray line = buffer.mid(pos, nl - pos);
        pos = nl + 1;
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (stamped) {
            qsizetype rest = 0;
            const auto ts = parseTimestamp(line, &rest);
            if (ts) {
                if (m_skipUntilAfterLast && m_lastTimestamp && *ts <= *m_lastTimestamp) {
                    continue; // already delivered before the stream broke
                }
                m_skipUntilAfterLast = false;
                m_lastTimestamp = ts;
                if (m_internalTimestamps) {
                    line.remove(0, rest);
                }
            }
        }
        out.append(line);
    }
    buffer.remove(0, std::min(pos, buffer.size()));
    if (!out.isEmpty()) {
        Q_EMIT lines(out);
    }
}

void LogStream::onEnd(const std::optional<KubeError> &error)
{
    m_request = {};
    emitLines(m_partial, true);
    if (!m_running) {
        return;
    }
    if (!m_options.follow || !m_options.reattach) {
        finish(error);
        return;
    }
    if (error && !m_lastTimestamp && m_reattaches == 0 && error->kind == KubeError::Kind::Http && !error->isNotFound()
        && !error->message.contains(u"waiting to start"_s)) {
        finish(error); // refused outright (a bad container name, say): nothing to wait for
        return;
    }
    qCDebug(lcKubeStream).noquote() << "log of pod" << m_ns + u'/' + m_pod << "ended" << (error ? error->toString() : QString());
    m_waitStarted.start();
    inspectPod(false);
}

void LogStream::finish(const std::optional<KubeError> &error)
{
    m_running = false;
    m_pollTimer.stop();
    m_request.cancel();
    Q_EMIT finished(error);
}

} // namespace Ringside
