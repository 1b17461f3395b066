#include "kubesession.h"

#include "clitr.h"

#include "kube/restconfig.h"
#include "kubeconfig/kubeconfigloader.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QLoggingCategory>

#include <unistd.h>

namespace Ringside::Cli {

KubeSession::KubeSession(Invocation &inv)
    : m_inv(inv)
{
}

KubeSession::~KubeSession() = default;

bool KubeSession::open()
{
    Kubeconfig config = KubeconfigLoader::load(m_inv.loadingRules());
    for (const KubeconfigIssue &issue : std::as_const(config.issues)) {
        if (issue.severity == KubeconfigIssue::Severity::Error) {
            m_inv.err << "error: " << issue.toString() << '\n';
        }
    }
    if (config.hasErrors()) {
        m_inv.err.flush();
        return false;
    }
    QString error;
    const std::optional<RestConfig> rest = RestConfig::fromKubeconfig(config, m_inv.options.context, &error, m_inv.env);
    if (!rest) {
        m_inv.fail(error);
        return false;
    }
    for (const QString &w : rest->warnings) {
        m_inv.err << "Warning: " << w << '\n';
    }
    if (m_inv.options.verbosity >= 6) {
        // The kube categories never log credentials (tests/kube/tst_kube_secrets.cpp checks it).
        QLoggingCategory::setFilterRules(QStringLiteral("ringside.kube.*.debug=true"));
    }
    m_shell = std::make_shared<ShellEnvironment>(m_inv.env);
    m_shell->setInteractive(::isatty(0) == 1); // exec plugins with interactiveMode may prompt on the terminal
    m_client = std::make_unique<KubeClient>(*rest, m_shell);
    QObject::connect(m_client.get(), &KubeClient::warningReceived, m_client.get(), [this](const QString &warning, const QString &) {
        m_inv.err << "Warning: " << warning << '\n';
        m_inv.err.flush();
    });
    m_discovery = std::make_unique<Discovery>(m_client.get());
    m_blocking = std::make_unique<BlockingClient>(m_client.get());
    m_nameSpace = m_inv.options.nameSpace.isEmpty() ? rest->nameSpace : m_inv.options.nameSpace;
    if (m_nameSpace.isEmpty()) {
        m_nameSpace = QStringLiteral("default");
    }
    return true;
}

std::optional<ApiResource> KubeSession::resolve(const QString &name)
{
    KubeError error;
    const std::optional<ApiResource> r = m_blocking->resolve(m_discovery.get(), name, &error);
    if (!r) {
        report(error);
    }
    return r;
}

std::optional<ApiResource> KubeSession::resolveKind(const QString &apiVersion, const QString &kind, KubeError *error)
{
    if (!BlockingClient::allowed(error)) {
        return std::nullopt;
    }
    QEventLoop loop;
    std::optional<ApiResource> out;
    bool done = false;
    m_discovery->resolveKind(
        apiVersion, kind, &loop,
        [&](const ApiResource &r) {
            out = r;
            done = true;
            loop.quit();
        },
        [&](const KubeError &e) {
            *error = e;
            done = true;
            loop.quit();
        });
    if (!done) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return out;
}

std::optional<QJsonObject> KubeSession::pod(const QString &name)
{
    QString podName = name;
    if (podName.startsWith(QLatin1String("pod/")) || podName.startsWith(QLatin1String("pods/")) || podName.startsWith(QLatin1String("po/"))) {
        podName = podName.section(u'/', 1);
    }
    const BlockingClient::Result r = m_blocking->get(ResourceRef::core(QStringLiteral("pods"), m_nameSpace, podName));
    if (!r.ok()) {
        report(*r.error);
        return std::nullopt;
    }
    return r.response->object;
}

QString KubeSession::container(const QJsonObject &pod, const QString &requested)
{
    const QJsonObject spec = pod.value(QLatin1String("spec")).toObject();
    QStringList names;
    for (const QJsonValue &c : spec.value(QLatin1String("containers")).toArray()) {
        names.append(c.toObject().value(QLatin1String("name")).toString());
    }
    QStringList all = names;
    for (const QJsonValue &c : spec.value(QLatin1String("initContainers")).toArray()) {
        all.append(c.toObject().value(QLatin1String("name")).toString());
    }
    for (const QJsonValue &c : spec.value(QLatin1String("ephemeralContainers")).toArray()) {
        all.append(c.toObject().value(QLatin1String("name")).toString());
    }
    const QString podName = pod.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    if (!requested.isEmpty()) {
        if (!all.contains(requested)) {
            m_inv.err << "error: container " << requested << " is not valid for pod " << podName << '\n';
            m_inv.err.flush();
            return {};
        }
        return requested;
    }
    const QString annotated = pod.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject()
                                  .value(QLatin1String("kubectl.kubernetes.io/default-container")).toString();
    if (!annotated.isEmpty() && names.contains(annotated)) {
        return annotated;
    }
    if (names.isEmpty()) {
        m_inv.err << "error: pod " << podName << " has no containers\n";
        return {};
    }
    if (names.size() > 1) {
        m_inv.err << "Defaulted container \"" << names.constFirst() << "\" out of: " << names.join(QLatin1String(", ")) << '\n';
        m_inv.err.flush();
    }
    return names.constFirst();
}

int KubeSession::report(const KubeError &error) const
{
    if (error.kind == KubeError::Kind::Http) {
        m_inv.err << error.toString() << '\n';
    } else {
        m_inv.err << "error: " << error.toString() << '\n';
    }
    m_inv.err.flush();
    return ExitError;
}

QString kindSlashName(const QString &kind, const QString &group, const QString &name)
{
    const QString k = kind.toLower();
    return (group.isEmpty() ? k : k + u'.' + group) + u'/' + name;
}

} // namespace Ringside::Cli
