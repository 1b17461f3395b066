#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <memory>

namespace Ringside {

/*! The application's settings (QSettings, XDG on Linux), passed to whoever needs them: no singleton.
    Secrets never go here. \since 0.1 */
class AppSettings
{
public:
    /*! Uses the default location (~/.config/Ringside/ringside.conf), or \a fileName when given (tests). */
    explicit AppSettings(const QString &fileName = QString());

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /*! The context Ringside worked in last; restored at start. */
    QString activeContext() const;
    void setActiveContext(const QString &name);

    /*! The Prometheus-compatible API (Prometheus, Mimir, Thanos) that holds \a context's Cassandra metrics:
        "http://host:9090" or "https://mimir/prometheus". Empty: none set. Credentials never go here. */
    QString prometheusUrl(const QString &context) const;
    void setPrometheusUrl(const QString &context, const QString &url);

    QString fileName() const { return m_settings->fileName(); }
    void sync() { m_settings->sync(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Ringside
