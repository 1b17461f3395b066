#include "promserver.h"

#include "chartsfixtures.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#include <memory>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace Ringside::Charts::Test {

PrometheusServer::PrometheusServer() = default;

PrometheusServer::~PrometheusServer()
{
    stop();
}

QString PrometheusServer::prometheusPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("prometheus"));
}

QString PrometheusServer::promtoolPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("promtool"));
}

QString PrometheusServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(m_prefix);
}

QString PrometheusServer::start(int spanSeconds, int stepSeconds, const QString &routePrefix)
{
    if (!m_dir.isValid()) {
        return QStringLiteral("no temporary directory: ") + m_dir.errorString();
    }
    m_prefix = routePrefix;
    QElapsedTimer timer;
    timer.start();
    m_end = QDateTime::currentSecsSinceEpoch() - 60;
    const QString om = m_dir.filePath(QStringLiteral("metrics.om"));
    QFile f(om);
    if (!f.open(QIODevice::WriteOnly)) {
        return QStringLiteral("cannot write ") + om;
    }
    f.write(syntheticOpenMetrics(m_end, spanSeconds, stepSeconds));
    f.close();
    const QString data = m_dir.filePath(QStringLiteral("tsdb"));
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(promtoolPath(),
               {QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"), om, data});
    if (!tool.waitForFinished(120000) || tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0) {
        return QStringLiteral("promtool failed: ") + QString::fromUtf8(tool.readAll());
    }
    m_backfillSeconds = double(timer.restart()) / 1000.0;

    const QString config = m_dir.filePath(QStringLiteral("prometheus.yml"));
    QFile c(config);
    if (!c.open(QIODevice::WriteOnly)) {
        return QStringLiteral("cannot write ") + config;
    }
    c.write("global:\n  scrape_interval: 1h\n  evaluation_interval: 1h\n");
    c.close();
    {
        QTcpServer probe; // a free loopback port
        if (!probe.listen(QHostAddress::LocalHost)) {
            return QStringLiteral("no free loopback port: ") + probe.errorString();
        }
        m_port = probe.serverPort();
    }
    m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // Even if the test crashes, Prometheus does not outlive it.
    m_prometheus.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    m_prometheus.setWorkingDirectory(m_dir.path());
    m_prometheus.start(prometheusPath(),
                       {QStringLiteral("--config.file=") + config, QStringLiteral("--storage.tsdb.path=") + data,
                        QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                        QStringLiteral("--web.route-prefix=") + (m_prefix.isEmpty() ? QStringLiteral("/") : m_prefix),
                        QStringLiteral("--web.external-url=") + baseUrl(),
                        QStringLiteral("--storage.tsdb.retention.time=30d"), QStringLiteral("--log.level=warn")});
    if (!m_prometheus.waitForStarted(10000)) {
        return QStringLiteral("prometheus did not start: ") + m_prometheus.errorString();
    }
    QNetworkAccessManager nam;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_prometheus.state() == QProcess::Running) {
        std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(QUrl(baseUrl() + QStringLiteral("/-/ready")))));
        QDeadlineTimer one(2000);
        while (!reply->isFinished() && !one.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        const bool ready
            = reply->isFinished() && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        if (!reply->isFinished()) {
            reply->abort();
        }
        if (ready) {
            m_startupSeconds = double(timer.elapsed()) / 1000.0;
            return {};
        }
        QThread::msleep(200);
    }
    return QStringLiteral("Prometheus did not become ready: ") + QString::fromUtf8(m_prometheus.readAll());
}

void PrometheusServer::stop()
{
    if (m_prometheus.state() != QProcess::NotRunning) {
        m_prometheus.terminate();
        if (!m_prometheus.waitForFinished(10000)) {
            m_prometheus.kill();
            m_prometheus.waitForFinished(5000);
        }
    }
}

} // namespace Ringside::Charts::Test
