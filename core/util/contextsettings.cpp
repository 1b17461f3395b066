#include "contextsettings.h"

#include "coretr.h"

#include <QSettings>
#include <QUrl>

#include <memory>

namespace Ringside {

namespace {

const QLatin1String PrometheusUrlName("prometheusUrl");

/*! The same file as Cassandra::Ops::defaultSettingsFile() when \a file is empty. */
std::unique_ptr<QSettings> openSettings(const QString &file)
{
    if (file.isEmpty()) {
        return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Ringside"),
                                           QStringLiteral("ringside"));
    }
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

QString contextSettingKey(const QString &context, const QString &name)
{
    return QLatin1String("contexts/") + QString::fromLatin1(context.toUtf8().toPercentEncoding()) + u'/' + name;
}

QString storedPrometheusUrl(const QString &settingsFile, const QString &context)
{
    if (context.isEmpty()) {
        return {};
    }
    return openSettings(settingsFile)->value(contextSettingKey(context, PrometheusUrlName)).toString();
}

QString prometheusUrlProblem(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid()) {
        return CoreTr::tr("\"%1\" is not a valid URL: %2").arg(url, parsed.errorString());
    }
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        return CoreTr::tr("\"%1\" is not an http:// or https:// URL").arg(url);
    }
    if (parsed.host().isEmpty()) {
        return CoreTr::tr("\"%1\" has no host").arg(url);
    }
    if (!parsed.userInfo().isEmpty()) {
        return CoreTr::tr("the Prometheus URL must not carry credentials (user:password@): they would be stored in "
                          "plain text; use a bearer token ($RINGSIDE_PROMETHEUS_TOKEN) instead");
    }
    if (parsed.hasQuery() || parsed.hasFragment()) {
        return CoreTr::tr("\"%1\" has a query or fragment; give the server's base URL (a path prefix such as "
                          "/prometheus is fine)")
            .arg(url);
    }
    return {};
}

bool storePrometheusUrl(const QString &settingsFile, const QString &context, const QString &url, QString *error)
{
    const auto setError = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    if (context.isEmpty()) {
        return setError(CoreTr::tr("no context given for the Prometheus URL"));
    }
    const QString trimmed = url.trimmed();
    if (!trimmed.isEmpty()) {
        const QString problem = prometheusUrlProblem(trimmed);
        if (!problem.isEmpty()) {
            return setError(problem);
        }
    }
    const auto settings = openSettings(settingsFile);
    const QString key = contextSettingKey(context, PrometheusUrlName);
    if (trimmed.isEmpty()) {
        settings->remove(key);
    } else {
        settings->setValue(key, trimmed);
    }
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        return setError(
            CoreTr::tr("cannot write the Prometheus URL of context %1 to %2").arg(context, settings->fileName()));
    }
    return true;
}

} // namespace Ringside
