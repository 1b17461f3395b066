// ringsidectl sandbox fail-node|fill-disk|slow-node|heal: fault injection through ringside-sandbox's admin endpoint
// (POST /sandbox/v1/namespaces/NS/pods/NAME/ACTION, sandbox/README.md). A real cluster has no such endpoint.
#include "clitr.h"
#include "command.h"
#include "clustersupport.h"
#include "kubesession.h"

#include "kube/kuberequest.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace Ringside::Cli {

namespace {

/*! A pod or namespace name as a path segment: a DNS-1123 subdomain, so it needs no encoding. */
bool isDnsName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"));
    return re.match(name).hasMatch();
}

/*! Prints why the server refused, with what it means for a fault injection. */
int reportFailure(Invocation &inv, const KubeSession &session, const KubeError &e)
{
    const QJsonObject details = e.status.value(QLatin1String("details")).toObject();
    if (e.httpStatus == 404 && details.value(QLatin1String("kind")).toString() == QLatin1String("pods")) {
        // The sandbox answered: the endpoint exists, the pod does not.
        return session.report(e);
    }
    const QString server = session.client()->config().server.toString();
    if (e.httpStatus == 404 || e.httpStatus == 405) {
        return inv.fail(Tr::tr("the server of this context (%1) is not a ringside sandbox: it has no fault injection "
                               "endpoint (/sandbox/v1). Use the \"ringside-sandbox\" context of ringside-sandbox's kubeconfig.")
                            .arg(server));
    }
    if (e.httpStatus == 401 || e.httpStatus == 403) {
        session.report(e);
        inv.err << Tr::tr("Fault injection needs the sandbox's admin credentials (the \"ringside-sandbox\" context's "
                          "client certificate or the admin token); a real cluster (%1) has no such endpoint.")
                       .arg(server)
                << '\n';
        inv.err.flush();
        return ExitError;
    }
    return session.report(e);
}

int injectFault(Invocation &inv, const char *verb, const char *action)
{
    if (inv.args.size() != 1) {
        return inv.fail(Tr::tr("expected exactly one pod: ringsidectl sandbox %1 POD [-n NAMESPACE]").arg(QLatin1String(verb)));
    }
    QString pod = inv.args.constFirst();
    if (pod.startsWith(QLatin1String("pod/")) || pod.startsWith(QLatin1String("pods/")) || pod.startsWith(QLatin1String("po/"))) {
        pod = pod.section(u'/', 1);
    }
    if (!isDnsName(pod)) {
        return inv.fail(Tr::tr("\"%1\" is not a valid pod name (lowercase letters, digits, '-' and '.')").arg(pod));
    }
    KubeSession session(inv);
    if (!session.open()) {
        return ExitError;
    }
    const QString ns = session.nameSpace();
    if (!isDnsName(ns)) {
        return inv.fail(Tr::tr("\"%1\" is not a valid namespace name").arg(ns));
    }
    const bool kill = qstrcmp(action, "fail") == 0;
    if (kill && !inv.options.yes) {
        const QString question = Tr::tr("Kill pod %1 in namespace %2? Its controller recreates it on the same volume")
                                     .arg(pod, ns);
        if (!confirmOnTerminal(inv, question)) {
            inv.err << "error: " << Tr::tr("not confirmed; nothing was sent (use --yes to skip the question)") << '\n';
            inv.err.flush();
            return ExitAborted;
        }
    }
    KubeRequest request;
    request.method = "POST";
    request.path = QLatin1String("/sandbox/v1/namespaces/") + ns + QLatin1String("/pods/") + pod + u'/'
                   + QLatin1String(action);
    request.idempotent = false; // a kill must not be sent twice
    const BlockingClient::Result r = session.blocking().send(request);
    if (!r.ok()) {
        return reportFailure(inv, session, *r.error);
    }
    const QJsonObject status = r.response->object;
    if (status.value(QLatin1String("kind")).toString() != QLatin1String("Status")
        || status.value(QLatin1String("status")).toString() != QLatin1String("Success")) {
        return inv.fail(Tr::tr("the server of this context (%1) is not a ringside sandbox: it answered %2 without a "
                               "sandbox Status")
                            .arg(session.client()->config().server.toString())
                            .arg(r.response->httpStatus));
    }
    inv.out << Tr::tr("sandbox: %1 (namespace %2)").arg(status.value(QLatin1String("message")).toString(), ns) << '\n';
    return ExitOk;
}

} // namespace

int sandboxFailNode(Invocation &inv)
{
    return injectFault(inv, "fail-node", "fail");
}

int sandboxFillDisk(Invocation &inv)
{
    return injectFault(inv, "fill-disk", "fill-disk");
}

int sandboxSlowNode(Invocation &inv)
{
    return injectFault(inv, "slow-node", "slow");
}

int sandboxHeal(Invocation &inv)
{
    return injectFault(inv, "heal", "heal");
}

} // namespace Ringside::Cli
