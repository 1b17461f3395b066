// ringsidectl api-resources and auth can-i: what the server serves, and what the current user may do with it.
#include "clitr.h"
#include "command.h"
#include "flags.h"
#include "kubesession.h"

#include "util/tabwriter.h"

#include <QEventLoop>
#include <QJsonArray>

namespace Ringside::Cli {

int apiResourcesCommand(Invocation &inv)
{
    CommandFlags flags({{"namespaced", 0, true}, {"api-group", 0, true}, {"verbs", 0, true}, {"cached", 0, false}, {"sort-by", 0, true}});
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << "\nSee 'ringsidectl api-resources --help' for usage.\n";
        return ExitError;
    }
    const QString format = inv.options.output;
    if (!format.isEmpty() && format != QLatin1String("wide") && format != QLatin1String("name")) {
        return inv.fail(Tr::tr("--output %1 is not available").arg(format));
    }
    const QString namespaced = flags.value("namespaced");
    if (!namespaced.isEmpty() && namespaced != QLatin1String("true") && namespaced != QLatin1String("false")) {
        inv.err << "error: invalid argument \"" << namespaced << "\" for \"--namespaced\" flag: strconv.ParseBool: parsing \"" << namespaced
                << "\": invalid syntax\nSee 'ringsidectl api-resources --help' for usage.\n";
        return ExitError;
    }
    KubeSession session(inv);
    if (!session.open()) {
        return ExitError;
    }
    QEventLoop loop;
    std::optional<KubeError> failure;
    const auto done = [&loop] { loop.quit(); };
    const auto failed = [&](const KubeError &e) {
        failure = e;
        loop.quit();
    };
    if (flags.on("cached")) {
        session.discovery()->ensure(&loop, done, failed);
    } else {
        session.discovery()->refresh(&loop, done, failed); // like kubectl: fresh unless --cached
    }
    if (!session.discovery()->isLoaded() || !failure) {
        loop.exec();
    }
    if (failure) {
        return session.report(*failure);
    }
    QList<ApiResource> resources;
    const QStringList verbs = flags.value("verbs").split(u',', Qt::SkipEmptyParts);
    for (const ApiResource &r : session.discovery()->resources()) {
        if (!r.preferredVersion || r.resource.contains(u'/')) {
            continue;
        }
        if (flags.isSet("api-group") && r.group != flags.value("api-group")) {
            continue;
        }
        if (!namespaced.isEmpty() && r.namespaced != (namespaced == QLatin1String("true"))) {
            continue;
        }
        if (!std::all_of(verbs.begin(), verbs.end(), [&](const QString &v) { return r.verbs.contains(v); })) {
            continue;
        }
        resources.append(r);
    }
    const QString sortBy = flags.value("sort-by");
    std::stable_sort(resources.begin(), resources.end(), [&](const ApiResource &a, const ApiResource &b) {
        const QString ka = sortBy == QLatin1String("kind") ? a.kind : sortBy == QLatin1String("name") ? a.resource : a.group;
        const QString kb = sortBy == QLatin1String("kind") ? b.kind : sortBy == QLatin1String("name") ? b.resource : b.group;
        if (ka != kb) {
            return ka < kb;
        }
        return a.resource < b.resource;
    });
    if (format == QLatin1String("name")) {
        for (const ApiResource &r : std::as_const(resources)) {
            inv.out << r.qualifiedName() << '\n';
        }
        return ExitOk;
    }
    const bool wide = format == QLatin1String("wide");
    TabWriter table;
    if (!inv.options.noHeaders) {
        QStringList h{QStringLiteral("NAME"), QStringLiteral("SHORTNAMES"), QStringLiteral("APIVERSION"), QStringLiteral("NAMESPACED"), QStringLiteral("KIND")};
        if (wide) {
            h << QStringLiteral("VERBS") << QStringLiteral("CATEGORIES");
        }
        table.addRow(h);
    }
    for (const ApiResource &r : std::as_const(resources)) {
        QStringList row{r.resource, r.shortNames.join(u','), r.groupVersion(), r.namespaced ? QStringLiteral("true") : QStringLiteral("false"), r.kind};
        if (wide) {
            row << r.verbs.join(u',') << r.categories.join(u',');
        }
        table.addRow(row);
    }
    inv.out << table.toString();
    return ExitOk;
}

int authCanICommand(Invocation &inv)
{
    CommandFlags flags({{"subresource", 0, true}, {"quiet", 'q', false}, {"list", 0, false}});
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << "\nSee 'ringsidectl auth can-i --help' for usage.\n";
        return ExitError;
    }
    const QStringList args = flags.positional();
    if (flags.on("list")) {
        return inv.fail(Tr::tr("--list is not supported; ask about a verb and a resource"));
    }
    if (args.size() != 2) {
        inv.err << "error: you must specify two arguments: verb resource or verb resource/resourceName.\n"
                   "See 'ringsidectl auth can-i -h' for help and examples.\n";
        return ExitError;
    }
    KubeSession session(inv);
    if (!session.open()) {
        return ExitError;
    }
    const QString verb = args.at(0);
    const QString what = args.at(1);
    QJsonObject spec;
    if (what.startsWith(u'/')) {
        spec.insert(QStringLiteral("nonResourceAttributes"), QJsonObject{{QStringLiteral("path"), what}, {QStringLiteral("verb"), verb}});
    } else {
        QString resourceName = what;
        QString objectName;
        const QString subresource = flags.value("subresource");
        if (resourceName.contains(u'/')) {
            objectName = resourceName.section(u'/', 1);
            resourceName = resourceName.section(u'/', 0, 0);
        }
        QString group;
        QString resource = resourceName;
        KubeError error;
        const std::optional<ApiResource> r = session.blocking().resolve(session.discovery(), resourceName, &error);
        if (r) {
            group = r->group;
            resource = r->resource;
        } else if (resourceName != QLatin1String("*")) {
            inv.err << "Warning: the server doesn't have a resource type '" << resourceName << "'\n\n";
            inv.err.flush();
            if (resourceName.contains(u'.')) {
                resource = resourceName.section(u'.', 0, 0);
                group = resourceName.section(u'.', 1);
            }
        }
        QJsonObject attrs{{QStringLiteral("namespace"), inv.options.allNamespaces ? QString() : session.nameSpace()},
                          {QStringLiteral("verb"), verb},
                          {QStringLiteral("group"), group},
                          {QStringLiteral("resource"), resource}};
        if (!subresource.isEmpty()) {
            attrs.insert(QStringLiteral("subresource"), subresource);
        }
        if (!objectName.isEmpty()) {
            attrs.insert(QStringLiteral("name"), objectName);
        }
        spec.insert(QStringLiteral("resourceAttributes"), attrs);
    }
    const QJsonObject review{{QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
                             {QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview")},
                             {QStringLiteral("spec"), spec}};
    const BlockingClient::Result r = session.blocking().create(
        ResourceRef{QStringLiteral("authorization.k8s.io"), QStringLiteral("v1"), QStringLiteral("selfsubjectaccessreviews"), {}, {}, {}}, review);
    if (!r.ok()) {
        return session.report(*r.error);
    }
    const QJsonObject status = r.response->object.value(QLatin1String("status")).toObject();
    const bool allowed = status.value(QLatin1String("allowed")).toBool();
    if (!flags.on("quiet")) {
        if (allowed) {
            inv.out << "yes\n";
        } else {
            inv.out << "no";
            if (!status.value(QLatin1String("reason")).toString().isEmpty()) {
                inv.out << " - " << status.value(QLatin1String("reason")).toString();
            }
            if (!status.value(QLatin1String("evaluationError")).toString().isEmpty()) {
                inv.out << " - " << status.value(QLatin1String("evaluationError")).toString();
            }
            inv.out << '\n';
        }
    }
    return allowed ? ExitOk : ExitError;
}

} // namespace Ringside::Cli
