#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

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

    /*! Contexts Ringside must not write to (the production safety switch). Stored under the key the core and the CLI
        read too (Cassandra::Ops::readOnlyContextsSettingsKey()). */
    QStringList readOnlyContexts() const;
    void setReadOnlyContexts(const QStringList &contexts);
    bool isReadOnly(const QString &context) const { return readOnlyContexts().contains(context); }

    /*! "system", "light" or "dark". */
    QString theme() const;
    void setTheme(const QString &theme);
    /*! A locale name such as "de"; empty: the system's. Takes effect for new windows and menus. */
    QString language() const;
    void setLanguage(const QString &language);
    /*! How often live views (tree, alerts) refresh, in seconds (default 15). */
    int refreshIntervalSeconds() const;
    void setRefreshIntervalSeconds(int seconds);
    /*! How often the metrics dashboards refresh, in seconds (default 30). */
    int metricsRefreshSeconds() const;
    void setMetricsRefreshSeconds(int seconds);
    /*! How many lines the log viewer keeps (default 1,000,000). */
    int logBufferLines() const;
    void setLogBufferLines(int lines);
    /*! Show desktop notifications (default on). */
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool on);

    QString fileName() const { return m_settings->fileName(); }
    void sync() { m_settings->sync(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Ringside
