#pragma once

// Per-context settings in Ringside's settings file (shared by the app and ringsidectl): one owner of the key layout
// `contexts/<percent-encoded context>/<name>`. Plain functions over a file name: no singleton, no cached QSettings.

#include <QString>

namespace Ringside {

/*! The settings key of \a name for kubeconfig context \a context: `contexts/<percent-encoded context>/<name>`. The
    context is percent-encoded because context names can hold '/', QSettings' group separator. \since 0.1 */
QString contextSettingKey(const QString &context, const QString &name);

/*! The Prometheus URL stored for \a context in \a settingsFile (empty: Cassandra::Ops::defaultSettingsFile()), or an
    empty string when none is set or the file does not exist. \since 0.1 */
QString storedPrometheusUrl(const QString &settingsFile, const QString &context);

/*! Checks a Prometheus URL before it is stored: absolute http or https with a host, no user info (credentials do not
    belong in a settings file), no query or fragment. Returns the reason it is refused, or an empty string. \since 0.1
 */
QString prometheusUrlProblem(const QString &url);

/*! Stores \a url (trimmed) as \a context's Prometheus URL in \a settingsFile (empty: the default file); an empty
    \a url removes the setting. Returns false and sets \a error (when not null) when the context name is empty, the
    URL is refused (prometheusUrlProblem()) or the file cannot be written. \since 0.1 */
bool storePrometheusUrl(const QString &settingsFile, const QString &context, const QString &url, QString *error);

} // namespace Ringside
