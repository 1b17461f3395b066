// ringsidectl config ...: contexts of the kubeconfig, with kubectl-compatible output.
#include "clitr.h"
#include "command.h"
#include "output.h"

#include "kubeconfig/kubeconfigloader.h"
#include "kubeconfig/kubeconfigwriter.h"
#include "util/tabwriter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Ringside::Cli {

namespace {

QJsonObject contextJson(const Kubeconfig &config, const KubeContext &c)
{
    QJsonObject o{{QStringLiteral("name"), c.name},
                  {QStringLiteral("cluster"), c.cluster},
                  {QStringLiteral("user"), c.user},
                  {QStringLiteral("namespace"), c.nameSpace},
                  {QStringLiteral("current"), c.name == config.currentContext},
                  {QStringLiteral("source"), c.sourceFile}};
    if (const auto cluster = config.cluster(c.cluster)) {
        o.insert(QStringLiteral("server"), cluster->server);
    }
    if (const auto user = config.user(c.user)) {
        o.insert(QStringLiteral("auth"), user->authKind());
    }
    return o;
}

} // namespace

int configGetContexts(Invocation &inv)
{
    const QString format = inv.options.output;
    if (!format.isEmpty() && format != QLatin1String("name") && format != QLatin1String("json") && format != QLatin1String("yaml")) {
        return inv.fail(Tr::tr("output must be one of '', 'name', 'json' or 'yaml'"));
    }
    Kubeconfig config;
    const bool clean = inv.loadKubeconfig(&config);
    QList<KubeContext> selected;
    QStringList errors;
    if (inv.args.isEmpty()) {
        selected = config.contexts;
    } else {
        for (const QString &name : std::as_const(inv.args)) {
            if (const auto c = config.context(name)) {
                selected.append(*c);
            } else {
                errors.append(Tr::tr("context %1 not found").arg(name));
            }
        }
        std::sort(selected.begin(), selected.end(), [](const KubeContext &a, const KubeContext &b) { return a.name < b.name; });
    }
    if (format == QLatin1String("json") || format == QLatin1String("yaml")) {
        QJsonArray list;
        for (const KubeContext &c : std::as_const(selected)) {
            list.append(contextJson(config, c));
        }
        printStructured(inv.out, QJsonObject{{QStringLiteral("current-context"), config.currentContext}, {QStringLiteral("contexts"), list}}, format);
    } else if (format == QLatin1String("name")) {
        for (const KubeContext &c : std::as_const(selected)) {
            inv.out << c.name << '\n';
        }
    } else {
        TabWriter table;
        if (!inv.options.noHeaders) {
            table.addRow({QStringLiteral("CURRENT"), QStringLiteral("NAME"), QStringLiteral("CLUSTER"), QStringLiteral("AUTHINFO"), QStringLiteral("NAMESPACE")});
        }
        for (const KubeContext &c : std::as_const(selected)) {
            table.addRow({c.name == config.currentContext ? QStringLiteral("*") : QStringLiteral(" "), c.name, c.cluster, c.user, c.nameSpace});
        }
        inv.out << table.toString();
    }
    inv.out.flush();
    for (const QString &e : std::as_const(errors)) {
        inv.fail(e);
    }
    return errors.isEmpty() && clean ? ExitOk : ExitError;
}

int configCurrentContext(Invocation &inv)
{
    Kubeconfig config;
    if (!inv.loadKubeconfig(&config)) {
        return ExitError;
    }
    if (config.currentContext.isEmpty()) {
        return inv.fail(Tr::tr("current-context is not set"));
    }
    inv.out << config.currentContext << '\n';
    return ExitOk;
}

int configUseContext(Invocation &inv)
{
    if (inv.args.size() != 1) {
        inv.err << "error: " << Tr::tr("Unexpected args: %1").arg(inv.args.join(u' ')) << '\n'
                << Tr::tr("Usage: ringsidectl config use-context NAME") << '\n';
        return ExitUsage;
    }
    const QString name = inv.args.constFirst();
    Kubeconfig config;
    if (!inv.loadKubeconfig(&config)) {
        return inv.fail(Tr::tr("the kubeconfig has errors (above); nothing was changed"));
    }
    if (!config.context(name)) {
        return inv.fail(Tr::tr("no context exists with the name: \"%1\"").arg(name));
    }
    QString error;
    if (KubeconfigWriter::setCurrentContext(inv.loadingRules(), name, &error).isEmpty()) {
        return inv.fail(error);
    }
    inv.out << Tr::tr("Switched to context \"%1\".").arg(name) << '\n';
    return ExitOk;
}

int configView(Invocation &inv)
{
    Kubeconfig config;
    const bool clean = inv.loadKubeconfig(&config);
    const QString redacted = QStringLiteral("REDACTED");
    QJsonArray clusters;
    for (const KubeCluster &c : std::as_const(config.clusters)) {
        QJsonObject body = c.raw;
        if (!c.certificateAuthority.isEmpty()) {
            body.insert(QStringLiteral("certificate-authority"), c.certificateAuthority); // resolved, as kubectl shows it
        }
        if (body.contains(QStringLiteral("certificate-authority-data"))) {
            body.insert(QStringLiteral("certificate-authority-data"), QStringLiteral("DATA+OMITTED"));
        }
        clusters.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("cluster"), body}});
    }
    QJsonArray users;
    static const QStringList secretKeys{QStringLiteral("client-certificate-data"), QStringLiteral("client-key-data"), QStringLiteral("token"),
                                        QStringLiteral("password")};
    for (const KubeUser &u : std::as_const(config.users)) {
        QJsonObject body = u.raw;
        for (const auto &[key, path] : {std::pair{QStringLiteral("client-certificate"), u.clientCertificate},
                                        std::pair{QStringLiteral("client-key"), u.clientKey}, std::pair{QStringLiteral("tokenFile"), u.tokenFile}}) {
            if (!path.isEmpty()) {
                body.insert(key, path);
            }
        }
        for (const QString &k : secretKeys) {
            if (body.contains(k)) {
                body.insert(k, k.endsWith(QLatin1String("-data")) ? QStringLiteral("DATA+OMITTED") : redacted);
            }
        }
        if (body.contains(QStringLiteral("auth-provider"))) {
            QJsonObject ap = body.value(QStringLiteral("auth-provider")).toObject();
            QJsonObject cfg = ap.value(QStringLiteral("config")).toObject();
            for (const QString &k : {QStringLiteral("id-token"), QStringLiteral("refresh-token"), QStringLiteral("client-secret"), QStringLiteral("access-token")}) {
                if (cfg.contains(k)) {
                    cfg.insert(k, redacted);
                }
            }
            ap.insert(QStringLiteral("config"), cfg);
            body.insert(QStringLiteral("auth-provider"), ap);
        }
        users.append(QJsonObject{{QStringLiteral("name"), u.name}, {QStringLiteral("user"), body}});
    }
    QJsonArray contexts;
    for (const KubeContext &c : std::as_const(config.contexts)) {
        QJsonObject body{{QStringLiteral("cluster"), c.cluster}, {QStringLiteral("user"), c.user}};
        if (!c.nameSpace.isEmpty()) {
            body.insert(QStringLiteral("namespace"), c.nameSpace);
        }
        contexts.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("context"), body}});
    }
    // kubectl prints an empty list as null (a nil Go slice); so do we, for identical output.
    const auto listOrNull = [](const QJsonArray &a) { return a.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a); };
    const QJsonObject view{{QStringLiteral("apiVersion"), QStringLiteral("v1")}, {QStringLiteral("kind"), QStringLiteral("Config")},
                           {QStringLiteral("clusters"), listOrNull(clusters)}, {QStringLiteral("users"), listOrNull(users)},
                           {QStringLiteral("contexts"), listOrNull(contexts)},
                           {QStringLiteral("current-context"), config.currentContext}, {QStringLiteral("preferences"), QJsonObject()}};
    const QString format = inv.options.output.isEmpty() ? QStringLiteral("yaml") : inv.options.output;
    if (!isStructuredFormat(format)) {
        return inv.fail(Tr::tr("unable to match a printer suitable for the output format \"%1\", allowed formats are: json,jsonpath,yaml").arg(format));
    }
    QString error;
    if (!printStructured(inv.out, view, format, &error)) {
        return inv.fail(error);
    }
    return clean ? ExitOk : ExitError;
}

} // namespace Ringside::Cli
