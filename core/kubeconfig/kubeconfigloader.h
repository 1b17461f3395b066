#pragma once

#include "kubeconfig/kubeconfig.h"

#include <QProcessEnvironment>

namespace Ringside {

/*! Which kubeconfig files to read and in which order, as kubectl decides it.
    An explicit `--kubeconfig` path wins; else the `KUBECONFIG` list (empty entries dropped, duplicates removed);
    else `~/.kube/config`. \since 0.1 */
struct KubeconfigLoadingRules
{
    QString explicitPath;
    QStringList envFiles;
    QString defaultFile;

    /*! The rules for this process: \a explicitPath (may be empty) and the environment's KUBECONFIG and HOME. */
    static KubeconfigLoadingRules fromEnvironment(const QString &explicitPath = QString(),
                                                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    /*! The files in precedence order (earlier wins). */
    QStringList precedence() const;

    /*! The file kubectl writes a new current-context to: the explicit file; else the only KUBECONFIG entry, else
        its first existing entry, else its last; else ~/.kube/config. */
    QString defaultFilename() const;
};

/*! Reads and merges kubeconfig files. Never throws and never crashes on bad input: problems are collected in
    Kubeconfig::issues with the file and line. \since 0.1 */
class KubeconfigLoader
{
public:
    static Kubeconfig load(const KubeconfigLoadingRules &rules);

    /*! Reads one file's text (for tests and for the editor); \a fileName names it in issues and resolves paths. */
    static Kubeconfig loadText(const QByteArray &text, const QString &fileName);
};

} // namespace Ringside
