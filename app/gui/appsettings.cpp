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

} // namespace Ringside
