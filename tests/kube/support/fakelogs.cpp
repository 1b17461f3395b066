// The pod log half of FakeApi.
#include "fakeapi.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Ringside::Test {

struct FakeApi::LogFollower
{
    QPointer<HttpConnection> conn;
    QString key;
    bool timestamps = false;
    qint64 bytesLeft = -1;
};

namespace {
QByteArray formatLine(const FakeApi::LogLine &l, bool timestamps)
{
    QByteArray out;
    if (timestamps) {
        out = l.time.toUTC().toString(Qt::ISODateWithMs).toLatin1() + ' ';
    }
    return out + l.text + '\n';
}
} // namespace

void FakeApi::handleLog(const HttpRequest &req, HttpConnection *c, const QString &ns, const QString &pod)
{
    const auto podObj = object({}, u"pods"_s, ns, pod);
    if (!podObj) {
        c->respondStatus(404, u"NotFound"_s, u"pods \"%1\" not found"_s.arg(pod));
        return;
    }
    QStringList names;
    for (const QJsonValue &v : podObj->value(u"spec"_s).toObject().value(u"containers"_s).toArray()) {
        names.append(v.toObject().value(u"name"_s).toString());
    }
    QString container = req.queryValue(u"container"_s);
    if (container.isEmpty()) {
        if (names.size() != 1) {
            c->respondStatus(400, u"BadRequest"_s,
                             u"a container name must be specified for pod %1, choose one of: [%2]"_s.arg(pod, names.join(u' ')));
            return;
        }
        container = names.first();
    } else if (!names.contains(container)) {
        c->respondStatus(400, u"BadRequest"_s, u"container %1 is not valid for pod %2"_s.arg(container, pod));
        return;
    }
    const QString key = ns + u'/' + pod + u'/' + container;
    const bool previous = req.queryValue(u"previous"_s) == u"true"_s;
    const ContainerLog &log = m_logs[key];
    if (previous && log.previous.isEmpty()) {
        c->respondStatus(400, u"BadRequest"_s, u"previous terminated container \"%1\" in pod \"%2\" not found"_s.arg(container, pod));
        return;
    }
    QList<LogLine> lines = previous ? log.previous : log.current;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime since;
    if (!req.queryValue(u"sinceSeconds"_s).isEmpty()) {
        since = now.addSecs(-req.queryValue(u"sinceSeconds"_s).toLongLong());
    } else if (!req.queryValue(u"sinceTime"_s).isEmpty()) {
        since = QDateTime::fromString(req.queryValue(u"sinceTime"_s), Qt::ISODateWithMs);
    }
    if (since.isValid()) {
        lines.removeIf([&since](const LogLine &l) { return l.time < since; });
    }
    if (!req.queryValue(u"tailLines"_s).isEmpty()) {
        const qsizetype tail = req.queryValue(u"tailLines"_s).toLongLong();
        if (tail < lines.size()) {
            lines = lines.mid(lines.size() - tail);
        }
    }
    const bool timestamps = req.queryValue(u"timestamps"_s) == u"true"_s;
    qint64 limit = req.queryValue(u"limitBytes"_s).isEmpty() ? -1 : req.queryValue(u"limitBytes"_s).toLongLong();
    QByteArray body;
    for (const LogLine &l : std::as_const(lines)) {
        body += formatLine(l, timestamps);
    }
    if (limit >= 0 && body.size() > limit) {
        body.truncate(limit);
    }
    const bool follow = req.queryValue(u"follow"_s) == u"true"_s && !previous;
    if (!follow) {
        c->respond(200, body, "text/plain");
        return;
    }
    c->startChunked(200, "text/plain");
    c->writeChunk(body);
    auto *f = new LogFollower{c, key, timestamps, limit >= 0 ? limit - body.size() : -1};
    m_followers.append(f);
    connect(c, &HttpConnection::closed, this, [this, f] {
        if (m_followers.removeOne(f)) {
            delete f;
        }
    });
}

void FakeApi::appendLog(const QString &ns, const QString &pod, const QString &container, const QByteArray &text, const QDateTime &time)
{
    const QString key = ns + u'/' + pod + u'/' + container;
    const LogLine line{time, text};
    m_logs[key].current.append(line);
    for (LogFollower *f : std::as_const(m_followers)) {
        if (f->key != key || !f->conn) {
            continue;
        }
        QByteArray data = formatLine(line, f->timestamps);
        if (f->bytesLeft >= 0) {
            data.truncate(std::min<qint64>(data.size(), f->bytesLeft));
            f->bytesLeft -= data.size();
        }
        f->conn->writeChunk(data);
    }
}

void FakeApi::restartContainer(const QString &ns, const QString &pod, const QString &container)
{
    const QString key = ns + u'/' + pod + u'/' + container;
    ContainerLog &log = m_logs[key];
    log.previous = log.current;
    log.current.clear();
    endLogFollowers(key + u'/');
    if (auto p = object({}, u"pods"_s, ns, pod)) {
        QJsonObject status = p->value(u"status"_s).toObject();
        QJsonArray statuses = status.value(u"containerStatuses"_s).toArray();
        bool found = false;
        for (qsizetype i = 0; i < statuses.size(); ++i) {
            QJsonObject cs = statuses.at(i).toObject();
            if (cs.value(u"name"_s).toString() == container) {
                const int restarts = cs.value(u"restartCount"_s).toInt() + 1;
                cs.insert(u"restartCount"_s, restarts);
                cs.insert(u"containerID"_s, u"containerd://%1-%2"_s.arg(container).arg(restarts));
                statuses.replace(i, cs);
                found = true;
            }
        }
        if (!found) {
            statuses.append(QJsonObject{{u"name"_s, container}, {u"restartCount"_s, 1}, {u"ready"_s, true},
                                        {u"containerID"_s, u"containerd://%1-1"_s.arg(container)},
                                        {u"state"_s, QJsonObject{{u"running"_s, QJsonObject()}}}});
        }
        status.insert(u"containerStatuses"_s, statuses);
        QJsonObject updated = *p;
        updated.insert(u"status"_s, status);
        update({}, u"pods"_s, updated);
    }
}

void FakeApi::endLogFollowers(const QString &keyPrefix)
{
    const QList<LogFollower *> followers = m_followers;
    for (LogFollower *f : followers) {
        if (QString(f->key + u'/').startsWith(keyPrefix)) {
            m_followers.removeOne(f);
            if (f->conn) {
                f->conn->endChunked();
            }
            delete f;
        }
    }
}

int FakeApi::activeLogStreams() const
{
    return int(m_followers.size());
}

} // namespace Ringside::Test

namespace Ringside::Test {

void FakeApi::dropLogStreams()
{
    const QList<LogFollower *> followers = m_followers;
    for (LogFollower *f : followers) {
        m_followers.removeOne(f);
        if (f->conn) {
            f->conn->drop();
        }
        delete f;
    }
}

} // namespace Ringside::Test
