#pragma once

#include "kubeconfig/kubeconfigloader.h"

namespace Ringside {

/*! Writes kubeconfig changes back as kubectl does: to the file that owns the key, keeping every other key,
    comments and formatting where possible, under a `FILE.lock` lock, atomically, and with mode 0600. \since 0.1 */
class KubeconfigWriter
{
public:
    /*! Sets current-context like `kubectl config use-context`. Returns the file written, or an empty string and
        \a error on failure. */
    static QString setCurrentContext(const KubeconfigLoadingRules &rules, const QString &context, QString *error);

    /*! Replaces the top-level `current-context` of one YAML text (exposed for tests). */
    static QByteArray withCurrentContext(const QByteArray &text, const QString &context, QString *error);

    /*! Writes \a data to \a fileName atomically with mode 0600, following a symlink to its target, holding
        `FILE.lock` (waiting up to \a lockTimeoutMs for another writer). */
    static bool writeFile(const QString &fileName, const QByteArray &data, QString *error, int lockTimeoutMs = 5000);
};

} // namespace Ringside
