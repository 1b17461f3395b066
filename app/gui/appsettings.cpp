#include "appsettings.h"

#include "cassandra/ops/guard.h"
#include "logging.h"
#include "util/contextsettings.h"

namespace Ringside {

AppSettings::AppSettings(const QString &fileName)
    : m_settings(fileName.isEmpty() ? std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Ringside"), QStringLiteral("ringside"))
                                    : std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("window/state"), state);
}

QString AppSettings::activeContext() const
{
    return m_settings->value(QStringLiteral("session/activeContext")).toString();
}

void AppSettings::setActiveContext(const QString &name)
{
    m_settings->setValue(QStringLiteral("session/activeContext"), name);
}

QString AppSettings::prometheusUrl(const QString &context) const
{
    // The key layout is the core's (util/contextsettings.h), shared with ringsidectl. Pending writes of this object
    // reach the file first, so the core's reader sees them.
    m_settings->sync();
    return storedPrometheusUrl(m_settings->fileName(), context);
}

void AppSettings::setPrometheusUrl(const QString &context, const QString &url)
{
    m_settings->sync();
    QString error;
    if (!storePrometheusUrl(m_settings->fileName(), context, url, &error)) {
        qCWarning(lcGui) << "Prometheus URL not stored:" << error;
    }
    m_settings->sync(); // re-read, so this object's later writes keep the new value
}

QStringList AppSettings::readOnlyContexts() const
{
    QStringList list = m_settings->value(Cassandra::Ops::readOnlyContextsSettingsKey()).toStringList();
    list.removeAll(QString());
    return list;
}

void AppSettings::setReadOnlyContexts(const QStringList &contexts)
{
    QStringList sorted = contexts;
    sorted.removeAll(QString());
    sorted.removeDuplicates();
    sorted.sort();
    if (sorted.isEmpty()) {
        m_settings->remove(Cassandra::Ops::readOnlyContextsSettingsKey());
    } else {
        m_settings->setValue(Cassandra::Ops::readOnlyContextsSettingsKey(), sorted);
    }
}

QString AppSettings::theme() const
{
    const QString t = m_settings->value(QStringLiteral("appearance/theme"), QStringLiteral("system")).toString();
    return t == QLatin1String("light") || t == QLatin1String("dark") ? t : QStringLiteral("system");
}

void AppSettings::setTheme(const QString &theme)
{
    m_settings->setValue(QStringLiteral("appearance/theme"), theme);
}

QString AppSettings::language() const
{
    return m_settings->value(QStringLiteral("appearance/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language.isEmpty()) {
        m_settings->remove(QStringLiteral("appearance/language"));
    } else {
        m_settings->setValue(QStringLiteral("appearance/language"), language);
    }
}

int AppSettings::refreshIntervalSeconds() const
{
    return qBound(2, m_settings->value(QStringLiteral("refresh/liveSeconds"), 15).toInt(), 3600);
}

void AppSettings::setRefreshIntervalSeconds(int seconds)
{
    m_settings->setValue(QStringLiteral("refresh/liveSeconds"), seconds);
}

int AppSettings::metricsRefreshSeconds() const
{
    return qBound(5, m_settings->value(QStringLiteral("refresh/metricsSeconds"), 30).toInt(), 3600);
}

void AppSettings::setMetricsRefreshSeconds(int seconds)
{
    m_settings->setValue(QStringLiteral("refresh/metricsSeconds"), seconds);
}

int AppSettings::logBufferLines() const
{
    return qBound(1000, m_settings->value(QStringLiteral("logs/bufferLines"), 1000000).toInt(), 50000000);
}

void AppSettings::setLogBufferLines(int lines)
{
    m_settings->setValue(QStringLiteral("logs/bufferLines"), lines);
}

bool AppSettings::notificationsEnabled() const
{
    return m_settings->value(QStringLiteral("notifications/enabled"), true).toBool();
}

void AppSettings::setNotificationsEnabled(bool on)
{
    m_settings->setValue(QStringLiteral("notifications/enabled"), on);
}

} // namespace Ringside
