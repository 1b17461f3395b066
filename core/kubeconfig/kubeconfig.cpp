#include "kubeconfig/kubeconfig.h"

#include "coretr.h"

#include <QFileInfo>

namespace Ringside {

QString KubeconfigIssue::toString() const
{
    QString where = file;
    if (line > 0) {
        where += u':' + QString::number(line) + u':' + QString::number(column);
    }
    const QString kind = severity == Severity::Warning ? CoreTr::tr("warning") : CoreTr::tr("error");
    if (where.isEmpty()) {
        return kind + QLatin1String(": ") + message;
    }
    return where + QLatin1String(": ") + kind + QLatin1String(": ") + message;
}

QString KubeUser::authKind() const
{
    if (exec.isValid()) {
        return CoreTr::tr("exec: %1").arg(QFileInfo(exec.command).fileName());
    }
    if (authProvider.isValid()) {
        return CoreTr::tr("auth provider: %1").arg(authProvider.name);
    }
    if (!clientCertificate.isEmpty() || !clientCertificateData.isEmpty()) {
        return CoreTr::tr("client certificate");
    }
    if (!tokenFile.isEmpty()) {
        return CoreTr::tr("token file");
    }
    if (!token.isEmpty()) {
        return CoreTr::tr("bearer token");
    }
    if (!username.isEmpty()) {
        return CoreTr::tr("basic auth");
    }
    return CoreTr::tr("none");
}

bool Kubeconfig::hasErrors() const
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const KubeconfigIssue &i) { return i.severity == KubeconfigIssue::Severity::Error; });
}

namespace {
template<typename T>
std::optional<T> findByName(const QList<T> &list, const QString &name)
{
    for (const T &item : list) {
        if (item.name == name) {
            return item;
        }
    }
    return std::nullopt;
}
} // namespace

std::optional<KubeContext> Kubeconfig::context(const QString &name) const
{
    return findByName(contexts, name);
}

std::optional<KubeCluster> Kubeconfig::cluster(const QString &name) const
{
    return findByName(clusters, name);
}

std::optional<KubeUser> Kubeconfig::user(const QString &name) const
{
    return findByName(users, name);
}

QStringList Kubeconfig::contextNames() const
{
    QStringList names;
    names.reserve(contexts.size());
    for (const KubeContext &c : contexts) {
        names.append(c.name);
    }
    return names;
}

} // namespace Ringside
