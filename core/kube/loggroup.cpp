#include "kube/loggroup.h"
#include "kube/kubeclient.h"

using namespace Qt::StringLiterals;

namespace Ringside {

LogGroup::LogGroup(KubeClient *client, const QString &nameSpace, const LogOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ns(nameSpace)
    , m_options(options)
{
}

LogGroup::~LogGroup() = default;

QString LogGroup::prefix(const QString &pod, const QString &container)
{
    return u"[pod/"_s + pod + u'/' + container + u"] "_s;
}

void LogGroup::add(const QString &pod, const QString &container)
{
    LogOptions o = m_options;
    o.container = container;
    auto stream = std::make_unique<LogStream>(m_client, m_ns, pod, o);
    LogStream *s = stream.get();
    connect(s, &LogStream::lines, this, [this, pod, container](const QList<QByteArray> &l) { Q_EMIT lines(pod, container, l); });
    connect(s, &LogStream::notice, this, [this, pod, container](const QString &m) { Q_EMIT notice(pod, container, m); });
    connect(s, &LogStream::finished, this, [this, pod, container](const std::optional<KubeError> &e) {
        Q_EMIT streamFinished(pod, container, e);
        if (m_running && runningCount() == 0) {
            m_running = false;
            Q_EMIT finished();
        }
    });
    m_streams.push_back(std::move(stream));
    if (m_running) {
        s->start();
    }
}

void LogGroup::start()
{
    m_running = true;
    for (const auto &s : m_streams) {
        s->start();
    }
    if (m_streams.empty()) {
        m_running = false;
        Q_EMIT finished();
    }
}

void LogGroup::stop()
{
    m_running = false;
    for (const auto &s : m_streams) {
        s->stop();
    }
}

int LogGroup::runningCount() const
{
    return int(std::count_if(m_streams.cbegin(), m_streams.cend(), [](const auto &s) { return s->isRunning(); }));
}

} // namespace Ringside
