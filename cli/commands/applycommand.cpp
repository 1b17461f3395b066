// ringsidectl apply: server-side apply (the default path of the GUI too) and kubectl's client-side apply with the
// last-applied-configuration annotation, with kubectl's output lines and error text.
#include "clitr.h"
#include "command.h"
#include "flags.h"
#include "kubesession.h"
#include "manifests.h"
#include "output.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Ringside::Cli {

namespace {

const QLatin1String lastAppliedKey("kubectl.kubernetes.io/last-applied-configuration");

const char *const conflictHelp = "\nPlease review the fields above--they currently have other managers. Here\n"
                                 "are the ways you can resolve this warning:\n"
                                 "* If you intend to manage all of these fields, please re-run the apply\n"
                                 "  command with the `--force-conflicts` flag.\n"
                                 "* If you do not intend to manage all of the fields, please edit your\n"
                                 "  manifest to remove references to the fields that should keep their\n"
                                 "  current managers.\n"
                                 "* You may co-own fields by updating your manifest to match the existing\n"
                                 "  value; in this case, you'll become the manager if the other manager(s)\n"
                                 "  stop managing the field (remove it from their configuration).\n"
                                 "See https://kubernetes.io/docs/reference/using-api/server-side-apply/#conflicts";

/*! True when everything \a modified says is already so in \a current (fields the server added are ignored). */
bool covers(const QJsonValue &current, const QJsonValue &modified)
{
    if (modified.isObject()) {
        if (!current.isObject()) {
            return false;
        }
        const QJsonObject c = current.toObject();
        const QJsonObject m = modified.toObject();
        for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
            if (!covers(c.value(it.key()), it.value())) {
                return false;
            }
        }
        return true;
    }
    if (modified.isArray()) {
        if (!current.isArray() || current.toArray().size() != modified.toArray().size()) {
            return false;
        }
        const QJsonArray c = current.toArray();
        const QJsonArray m = modified.toArray();
        for (qsizetype i = 0; i < m.size(); ++i) {
            if (!covers(c.at(i), m.at(i))) {
                return false;
            }
        }
        return true;
    }
    return current == modified;
}

/*! The additions and changes that turn \a current into \a modified, as a JSON merge patch. */
QJsonObject changes(const QJsonObject &current, const QJsonObject &modified)
{
    QJsonObject patch;
    for (auto it = modified.constBegin(); it != modified.constEnd(); ++it) {
        const QJsonValue c = current.value(it.key());
        if (covers(c, it.value())) {
            continue;
        }
        if (c.isObject() && it.value().isObject()) {
            patch.insert(it.key(), changes(c.toObject(), it.value().toObject()));
        } else {
            patch.insert(it.key(), it.value());
        }
    }
    return patch;
}

/*! Fields the last applied configuration had and the new one drops: null in a merge patch. */
QJsonObject deletions(const QJsonObject &original, const QJsonObject &modified)
{
    QJsonObject patch;
    for (auto it = original.constBegin(); it != original.constEnd(); ++it) {
        if (!modified.contains(it.key())) {
            patch.insert(it.key(), QJsonValue::Null);
        } else if (it.value().isObject() && modified.value(it.key()).isObject()) {
            const QJsonObject d = deletions(it.value().toObject(), modified.value(it.key()).toObject());
            if (!d.isEmpty()) {
                patch.insert(it.key(), d);
            }
        }
    }
    return patch;
}

QJsonObject mergePatches(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.constBegin(); it != b.constEnd(); ++it) {
        if (a.value(it.key()).isObject() && it.value().isObject()) {
            a.insert(it.key(), mergePatches(a.value(it.key()).toObject(), it.value().toObject()));
        } else {
            a.insert(it.key(), it.value());
        }
    }
    return a;
}

QJsonObject withAnnotation(QJsonObject object, const QString &key, const std::optional<QString> &value)
{
    QJsonObject meta = object.value(QLatin1String("metadata")).toObject();
    QJsonObject annotations = meta.value(QLatin1String("annotations")).toObject();
    if (value) {
        annotations.insert(key, *value);
    } else {
        annotations.remove(key);
    }
    if (annotations.isEmpty()) {
        meta.remove(QLatin1String("annotations"));
    } else {
        meta.insert(QStringLiteral("annotations"), annotations);
    }
    object.insert(QStringLiteral("metadata"), meta);
    return object;
}

struct ApplyRun
{
    Invocation &inv;
    KubeSession &session;
    bool serverSide = false;
    QString dryRun; //!< none, server, client
    bool force = false;
    QString fieldManager;
    QStringList errors;

    QString dryRunSuffix() const
    {
        if (dryRun == QLatin1String("server")) {
            return QStringLiteral(" (server dry run)");
        }
        return dryRun == QLatin1String("client") ? QStringLiteral(" (dry run)") : QString();
    }
    void addError(const KubeError &e, const QString &verb = {}, const QString &source = {})
    {
        if (e.kind == KubeError::Kind::Http) {
            if (verb.isEmpty()) {
                errors.append(e.toString());
            } else {
                KubeError copy = e;
                copy.message = QStringLiteral("error when %1 \"%2\": %3").arg(verb, source, e.message);
                errors.append(copy.toString());
            }
        } else {
            errors.append(QLatin1String("error: ") + e.toString());
        }
    }

    void serverSideApply(const ApiResource &r, const ResourceRef &ref, const QJsonObject &object, const QString &display)
    {
        ApplyOptions o;
        o.fieldManager = fieldManager;
        o.force = force;
        o.dryRun = dryRun == QLatin1String("server");
        const BlockingClient::Result res = session.blocking().apply(ref, goJson(object, false).toUtf8(), o);
        Q_UNUSED(r)
        if (!res.ok()) {
            if (res.error->isConflict() && !res.error->fieldConflicts().isEmpty()) {
                errors.append(QLatin1String("error: ") + res.error->message + QLatin1String(conflictHelp));
            } else {
                addError(*res.error);
            }
            return;
        }
        inv.out << display << " serverside-applied" << dryRunSuffix() << '\n';
        inv.out.flush();
    }

    void clientSideApply(const ApiResource &r, const ResourceRef &ref, const QJsonObject &object, const QString &display, const QString &source)
    {
        const QString lastApplied = goJson(withAnnotation(object, lastAppliedKey, std::nullopt), false) + u'\n';
        const QJsonObject modified = withAnnotation(object, lastAppliedKey, lastApplied);
        WriteOptions wo;
        wo.dryRun = dryRun == QLatin1String("server");
        wo.fieldManager = fieldManager == QLatin1String("ringside") ? QStringLiteral("ringsidectl-client-side-apply") : fieldManager;
        const BlockingClient::Result current = session.blocking().get(ref);
        if (!current.ok() && current.error->isNotFound()) {
            if (dryRun != QLatin1String("client")) {
                const BlockingClient::Result created = session.blocking().create(ref.withName({}), modified, wo);
                if (!created.ok()) {
                    addError(*created.error, QStringLiteral("creating"), source);
                    return;
                }
            }
            inv.out << display << " created" << dryRunSuffix() << '\n';
            inv.out.flush();
            return;
        }
        if (!current.ok()) {
            addError(*current.error, QStringLiteral("retrieving current configuration of:\nResource: \"%1\", GroupVersionKind: \"%2, Kind=%3\"\nName: \"%4\", Namespace: \"%5\"\nfrom server for")
                                         .arg(r.groupVersion() + u'/' + r.resource, r.groupVersion(), r.kind, ref.name, ref.nameSpace),
                     source);
            return;
        }
        const QJsonObject live = current.response->object;
        const QString previous = live.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject().value(lastAppliedKey).toString();
        if (previous.isEmpty()) {
            inv.err << "Warning: resource " << r.resource << '/' << ref.name << " is missing the " << lastAppliedKey
                    << " annotation which is required by ringsidectl apply. ringsidectl apply should only be used on resources created declaratively by either ringsidectl create --save-config or ringsidectl apply. The missing annotation will be patched automatically.\n";
            inv.err.flush();
        }
        const QJsonObject original = QJsonDocument::fromJson(previous.toUtf8()).object();
        const QJsonObject patch = mergePatches(deletions(original, modified), changes(live, modified));
        if (patch.isEmpty()) {
            inv.out << display << " unchanged" << dryRunSuffix() << '\n';
            inv.out.flush();
            return;
        }
        if (dryRun != QLatin1String("client")) {
            const BlockingClient::Result patched = session.blocking().patch(ref, PatchType::Merge, goJson(patch, false).toUtf8(), wo);
            if (!patched.ok()) {
                addError(*patched.error, QStringLiteral("applying patch:\n%1\nto:\n%2\nfor").arg(goJson(patch, false), display), source);
                return;
            }
        }
        inv.out << display << " configured" << dryRunSuffix() << '\n';
        inv.out.flush();
    }

    void applyOne(const ManifestObject &m)
    {
        QJsonObject object = m.object;
        const QString apiVersion = object.value(QLatin1String("apiVersion")).toString();
        const QString kind = object.value(QLatin1String("kind")).toString();
        QJsonObject meta = object.value(QLatin1String("metadata")).toObject();
        const QString name = meta.value(QLatin1String("name")).toString();
        KubeError error;
        const std::optional<ApiResource> r = session.resolveKind(apiVersion, kind, &error);
        if (!r) {
            errors.append(QStringLiteral("error: resource mapping not found for name: \"%1\" namespace: \"%2\" from \"%3\": no matches for kind \"%4\" in version \"%5\"\nensure CRDs are installed first")
                              .arg(name, meta.value(QLatin1String("namespace")).toString(), m.source, kind, apiVersion));
            return;
        }
        if (name.isEmpty()) {
            errors.append(QStringLiteral("error: error when retrieving current configuration of:\nResource: \"%1\", GroupVersionKind: \"%2, Kind=%3\"\nName: \"\", Namespace: \"%4\"\nfrom server for: \"%5\": resource name may not be empty")
                              .arg(r->qualifiedName(), r->groupVersion(), kind, session.nameSpace(), m.source));
            return;
        }
        QString ns;
        if (r->namespaced) {
            ns = meta.value(QLatin1String("namespace")).toString();
            if (ns.isEmpty()) {
                ns = session.nameSpace();
                meta.insert(QStringLiteral("namespace"), ns);
                object.insert(QStringLiteral("metadata"), meta);
            } else if (session.namespaceExplicit() && ns != session.nameSpace()) {
                errors.append(QStringLiteral("error: the namespace from the provided object \"%1\" does not match the namespace \"%2\". You must pass '--namespace=%1' to perform this operation.")
                                  .arg(ns, session.nameSpace()));
                return;
            }
        }
        const ResourceRef ref = r->ref(ns, name);
        const QString display = kindSlashName(r->kind, r->group, name);
        if (serverSide) {
            serverSideApply(*r, ref, object, display);
        } else {
            clientSideApply(*r, ref, object, display, m.source);
        }
    }
};

} // namespace

int applyCommand(Invocation &inv)
{
    CommandFlags flags({{"filename", 'f', true, true}, {"recursive", 'R', false}, {"server-side", 0, false}, {"dry-run", 0, true},
                        {"force-conflicts", 0, false}, {"field-manager", 0, true}, {"validate", 0, true}});
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << "\nSee 'ringsidectl apply --help' for usage.\n";
        return ExitError;
    }
    if (!flags.positional().isEmpty()) {
        inv.err << "error: Unexpected args: [" << flags.positional().join(u' ') << "]\nSee 'ringsidectl apply -h' for help and examples\n";
        return ExitError;
    }
    if (flags.values("filename").isEmpty()) {
        inv.err << "error: must specify one of -f and -k\n\n";
        return ExitError;
    }
    QString dryRun = flags.value("dry-run", QStringLiteral("none"));
    if (dryRun == QLatin1String("true")) {
        dryRun = QStringLiteral("client");
    } else if (dryRun == QLatin1String("false")) {
        dryRun = QStringLiteral("none");
    }
    if (dryRun != QLatin1String("none") && dryRun != QLatin1String("server") && dryRun != QLatin1String("client")) {
        return inv.fail(Tr::tr("Invalid dry-run value (%1). Must be \"none\", \"server\", or \"client\".").arg(dryRun));
    }
    const bool serverSide = flags.on("server-side");
    if (serverSide && dryRun == QLatin1String("client")) {
        return inv.fail(Tr::tr("--dry-run=client doesn't work with --server-side (did you mean --dry-run=server instead?)"));
    }
    if (flags.on("force-conflicts") && !serverSide) {
        return inv.fail(Tr::tr("--force-conflicts only works with --server-side"));
    }
    QList<ManifestObject> objects;
    QString error;
    if (!readManifests(flags.values("filename"), flags.on("recursive"), &objects, &error)) {
        return inv.fail(error);
    }
    KubeSession session(inv);
    if (!session.open()) {
        return ExitError;
    }
    ApplyRun run{inv, session, serverSide, dryRun, flags.on("force-conflicts"), flags.value("field-manager", QStringLiteral("ringside")), {}};
    for (const ManifestObject &m : std::as_const(objects)) {
        run.applyOne(m);
    }
    for (const QString &e : std::as_const(run.errors)) {
        inv.err << e << '\n';
    }
    inv.err.flush();
    return run.errors.isEmpty() ? ExitOk : ExitError;
}

} // namespace Ringside::Cli
