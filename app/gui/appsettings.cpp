#include "appsettings.h"

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

namespace {
// Context names can hold '/', which QSettings reads as a group separator.
QString contextKey(const QString &context, const char *what)
{
    return QLatin1String("contexts/") + QString::fromLatin1(context.toUtf8().toPercentEncoding()) + u'/' + QLatin1String(what);
}
} // namespace

QString AppSettings::prometheusUrl(const QString &context) const
{
    return m_settings->value(contextKey(context, "prometheusUrl")).toString();
}

void AppSettings::setPrometheusUrl(const QString &context, const QString &url)
{
    if (url.trimmed().isEmpty()) {
        m_settings->remove(contextKey(context, "prometheusUrl"));
    } else {
        m_settings->setValue(contextKey(context, "prometheusUrl"), url.trimmed());
    }
}

} // namespace Ringside
