#pragma once

// The REAL Prometheus for the dashboard tests: synthetic metrics (chartsfixtures.h) are backfilled with promtool
// and /usr/bin/prometheus serves them on a free loopback port. Follows tests/metrics/tst_prometheus_integration.cpp.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Ringside::Charts::Test {

class PrometheusServer
{
public:
    PrometheusServer();
    ~PrometheusServer();

    /*! The prometheus and promtool executables, or empty strings. */
    static QString prometheusPath();
    static QString promtoolPath();

    /*! Backfills \a spanSeconds of samples (every \a stepSeconds, ending a minute ago) and starts Prometheus under
        the path prefix \a routePrefix. Returns an empty string, or what went wrong (with Prometheus' output). */
    QString start(int spanSeconds, int stepSeconds, const QString &routePrefix = QStringLiteral("/prometheus"));
    void stop();

    /*! "http://127.0.0.1:PORT/prometheus" */
    QString baseUrl() const;
    /*! The Unix time of the last backfilled sample. */
    qint64 endSeconds() const { return m_end; }
    /*! Seconds taken by promtool and by Prometheus to become ready. */
    double backfillSeconds() const { return m_backfillSeconds; }
    double startupSeconds() const { return m_startupSeconds; }

private:
    QTemporaryDir m_dir;
    QProcess m_prometheus;
    quint16 m_port = 0;
    qint64 m_end = 0;
    QString m_prefix;
    double m_backfillSeconds = 0;
    double m_startupSeconds = 0;
};

} // namespace Ringside::Charts::Test
