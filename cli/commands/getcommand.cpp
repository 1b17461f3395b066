// ringsidectl get: tables from the server's Table responses, and kubectl's name/json/yaml/jsonpath/custom-columns
// printing, with -A, -l, --field-selector and -w.
#include "clitr.h"
#include "command.h"
#include "flags.h"
#include "kubesession.h"
#include "output.h"
#include "tableprinter.h"

#include "kube/watchparser.h"
#include "util/jsonpath.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace Ringside::Cli {

namespace {

struct Target
{
    ApiResource resource;
    QStringList names; //!< empty: the whole collection
};

struct Fetched
{
    ApiResource resource;
    QJsonObject table;           //!< human-readable modes: one merged Table per type
    QList<QJsonObject> objects;  //!< other modes
    QString listResourceVersion; //!< for -w
};

struct GetContext
{
    Invocation &inv;
    KubeSession &session;
    CommandFlags &flags;
    QString format; //!< "", "wide", "name", "json", "yaml", "jsonpath=...", "custom-columns=..."
    bool allNamespaces = false;
    QStringList errors;

    bool humanReadable() const { return format.isEmpty() || format == QLatin1String("wide"); }
    ResourceRef refFor(const ApiResource &r, const QString &name = {}) const
    {
        return r.ref(r.namespaced && !allNamespaces ? session.nameSpace() : QString(), name);
    }
    ResourceRef refForName(const ApiResource &r, const QString &name) const
    {
        return r.ref(r.namespaced ? session.nameSpace() : QString(), name);
    }
};

bool parseTargets(GetContext &ctx, const QStringList &args, QList<Target> *targets)
{
    if (args.isEmpty()) {
        ctx.inv.err << "You must specify the type of resource to get. Use \"ringsidectl api-resources\" for a complete list of supported resources.\n\n"
                    << "error: Required resource not specified.\n"
                    << "Use \"ringsidectl explain <resource>\" for a detailed description of that resource (e.g. ringsidectl explain pods).\n"
                    << "See 'ringsidectl get -h' for help and examples\n";
        return false;
    }
    const bool slashForm = args.constFirst().contains(u'/');
    if (slashForm) {
        for (const QString &a : args) {
            const qsizetype slash = a.indexOf(u'/');
            if (slash <= 0) {
                ctx.inv.fail(Tr::tr("there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'ringsidectl get resource/<resource_name>' instead of 'ringsidectl get resource resource/<resource_name>'"));
                return false;
            }
            const std::optional<ApiResource> r = ctx.session.resolve(a.left(slash));
            if (!r) {
                return false;
            }
            auto it = std::find_if(targets->begin(), targets->end(), [&](const Target &t) { return t.resource == *r; });
            if (it == targets->end()) {
                targets->append({*r, {a.mid(slash + 1)}});
            } else {
                it->names.append(a.mid(slash + 1));
            }
        }
        return true;
    }
    for (const QString &type : args.constFirst().split(u',', Qt::SkipEmptyParts)) {
        const std::optional<ApiResource> r = ctx.session.resolve(type);
        if (!r) {
            return false;
        }
        targets->append({*r, args.mid(1)});
    }
    return true;
}

ListOptions listOptions(const GetContext &ctx, bool table)
{
    ListOptions o;
    o.labelSelector = ctx.flags.value("selector");
    o.fieldSelector = ctx.flags.value("field-selector");
    o.asTable = table;
    return o;
}

QJsonObject withoutManagedFields(QJsonObject o)
{
    QJsonObject meta = o.value(QLatin1String("metadata")).toObject();
    if (meta.contains(QLatin1String("managedFields"))) {
        meta.remove(QLatin1String("managedFields"));
        o.insert(QLatin1String("metadata"), meta);
    }
    return o;
}

bool fetch(GetContext &ctx, const Target &t, Fetched *f)
{
    const bool table = ctx.humanReadable();
    f->resource = t.resource;
    if (t.names.isEmpty()) {
        const BlockingClient::Result r = ctx.session.blocking().list(ctx.refFor(t.resource), listOptions(ctx, table));
        if (!r.ok()) {
            ctx.errors.append(r.error->kind == KubeError::Kind::Http ? r.error->toString() : QLatin1String("error: ") + r.error->toString());
            return false;
        }
        const QJsonObject list = r.response->object;
        f->listResourceVersion = list.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString();
        if (table) {
            f->table = list;
        } else {
            for (const QJsonValue &item : list.value(QLatin1String("items")).toArray()) {
                QJsonObject o = item.toObject();
                o.insert(QStringLiteral("apiVersion"), t.resource.groupVersion());
                o.insert(QStringLiteral("kind"), t.resource.kind);
                f->objects.append(withoutManagedFields(o));
            }
        }
        return true;
    }
    QJsonArray rows;
    for (const QString &name : t.names) {
        KubeRequest req;
        req.path = ctx.refForName(t.resource, name).path();
        if (table) {
            req.accept = KubeClient::tableAccept();
        }
        const BlockingClient::Result r = ctx.session.blocking().send(req);
        if (!r.ok()) {
            ctx.errors.append(r.error->kind == KubeError::Kind::Http ? r.error->toString() : QLatin1String("error: ") + r.error->toString());
            continue;
        }
        if (table) {
            if (!f->table.contains(QLatin1String("columnDefinitions"))) {
                f->table = r.response->object;
            }
            for (const QJsonValue &row : r.response->object.value(QLatin1String("rows")).toArray()) {
                rows.append(row);
            }
        } else {
            f->objects.append(withoutManagedFields(r.response->object));
        }
    }
    if (table && !f->table.isEmpty()) {
        f->table.insert(QStringLiteral("rows"), rows);
    }
    return true;
}

QString relaxedJsonPath(QString path)
{
    path = path.trimmed();
    if (path.startsWith(u'{') && path.endsWith(u'}')) {
        path = path.mid(1, path.size() - 2);
    }
    if (!path.startsWith(u'.')) {
        path.prepend(u'.');
    }
    return u'{' + path + u'}';
}

bool printCustomColumns(GetContext &ctx, const QList<QJsonObject> &objects)
{
    const QString spec = ctx.format.mid(int(qstrlen("custom-columns=")));
    QStringList headers;
    std::vector<JsonPathTemplate> templates;
    for (const QString &part : spec.split(u',')) {
        const qsizetype colon = part.indexOf(u':');
        if (colon <= 0) {
            ctx.inv.fail(Tr::tr("unexpected custom-columns spec: %1, expected <header>:<json-path-expr>").arg(part));
            return false;
        }
        JsonPathTemplate t;
        if (!t.parse(relaxedJsonPath(part.mid(colon + 1)))) {
            ctx.inv.fail(t.errorString());
            return false;
        }
        headers.append(part.left(colon));
        templates.push_back(std::move(t));
    }
    QJsonArray columns;
    for (const QString &h : std::as_const(headers)) {
        columns.append(QJsonObject{{QStringLiteral("name"), h}, {QStringLiteral("priority"), 0}});
    }
    QJsonArray rows;
    for (const QJsonObject &o : objects) {
        QJsonArray cells;
        for (JsonPathTemplate &t : templates) {
            QString text;
            if (!t.execute(o, &text)) {
                ctx.inv.fail(t.errorString());
                return false;
            }
            cells.append(text.isEmpty() ? QStringLiteral("<none>") : text);
        }
        rows.append(QJsonObject{{QStringLiteral("cells"), cells}});
    }
    const QJsonObject table{{QStringLiteral("columnDefinitions"), columns}, {QStringLiteral("rows"), rows}};
    TablePrinter::Options po;
    po.noHeaders = ctx.inv.options.noHeaders;
    TablePrinter p(ctx.inv.out, po);
    p.beginGroup(table, {});
    p.print(table, true);
    return true;
}

bool printObjects(GetContext &ctx, const QList<QJsonObject> &objects, bool singleItem, const QList<ApiResource> &kinds)
{
    if (ctx.format == QLatin1String("name")) {
        for (qsizetype i = 0; i < objects.size(); ++i) {
            const QJsonObject &o = objects.at(i);
            ctx.inv.out << kindSlashName(kinds.at(i).kind, kinds.at(i).group,
                                         o.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString())
                        << '\n';
        }
        return true;
    }
    if (ctx.format.startsWith(QLatin1String("custom-columns="))) {
        return printCustomColumns(ctx, objects);
    }
    QJsonValue value;
    if (singleItem && objects.size() == 1) {
        value = objects.constFirst();
    } else {
        QJsonArray items;
        for (const QJsonObject &o : objects) {
            items.append(o);
        }
        value = QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")}, {QStringLiteral("kind"), QStringLiteral("List")},
                            {QStringLiteral("items"), items},
                            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("resourceVersion"), QString()}}}};
    }
    QString error;
    if (!printStructured(ctx.inv.out, value, ctx.format, &error)) {
        ctx.inv.fail(error);
        return false;
    }
    return true;
}

/*! Follows a watch of \a f's collection from its list's resourceVersion until the timeout (or forever). */
int watch(GetContext &ctx, const Fetched &f, TablePrinter *printer, const Target &t)
{
    const qint64 timeoutMs = parseDurationMs(ctx.flags.value("request-timeout", QStringLiteral("0"))).value_or(0);
    KubeRequest req;
    req.path = ctx.refFor(f.resource).path();
    req.query.addQueryItem(QStringLiteral("watch"), QStringLiteral("true"));
    req.query.addQueryItem(QStringLiteral("resourceVersion"), f.listResourceVersion);
    QStringList fields;
    if (ctx.flags.isSet("field-selector")) {
        fields.append(ctx.flags.value("field-selector"));
    }
    if (t.names.size() == 1) {
        fields.append(QLatin1String("metadata.name=") + t.names.constFirst());
    }
    if (!fields.isEmpty()) {
        req.query.addQueryItem(QStringLiteral("fieldSelector"), fields.join(u','));
    }
    if (ctx.flags.isSet("selector")) {
        req.query.addQueryItem(QStringLiteral("labelSelector"), ctx.flags.value("selector"));
    }
    if (printer) {
        req.accept = KubeClient::tableAccept();
    }
    QEventLoop loop;
    WatchParser parser;
    std::optional<KubeError> failure;
    QString parseError;
    RequestHandle handle = ctx.session.client()->stream(
        req, &loop,
        [&](const QByteArray &data) {
            QList<WatchEvent> events;
            if (!parser.feed(data, &events, &parseError)) {
                loop.quit();
                return;
            }
            for (const WatchEvent &e : std::as_const(events)) {
                if (e.type == WatchEvent::Type::Error) {
                    failure = KubeError::fromHttp(e.errorCode(), QJsonDocument(e.object).toJson(), "GET", {});
                    loop.quit();
                    return;
                }
                if (e.type == WatchEvent::Type::Bookmark) {
                    continue;
                }
                if (printer) {
                    printer->print(e.object, false);
                } else {
                    printObjects(ctx, {withoutManagedFields(e.object)}, true, {f.resource});
                    ctx.inv.out.flush();
                }
            }
        },
        [&](const std::optional<KubeError> &e) {
            failure = e;
            loop.quit();
        });
    if (timeoutMs > 0) {
        QTimer::singleShot(std::chrono::milliseconds(timeoutMs), &loop, &QEventLoop::quit);
    }
    loop.exec();
    handle.cancel();
    if (!parseError.isEmpty()) {
        return ctx.inv.fail(parseError);
    }
    if (failure) {
        return ctx.session.report(*failure);
    }
    return ExitOk;
}

} // namespace

int getCommand(Invocation &inv)
{
    CommandFlags flags({{"selector", 'l', true}, {"field-selector", 0, true}, {"watch", 'w', false}, {"watch-only", 0, false},
                        {"show-labels", 0, false}, {"show-kind", 0, false}, {"request-timeout", 0, true}, {"chunk-size", 0, true},
                        {"ignore-not-found", 0, false}});
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << "\nSee 'ringsidectl get --help' for usage.\n";
        return ExitError;
    }
    const QString format = inv.options.output;
    if (!format.isEmpty() && format != QLatin1String("wide") && format != QLatin1String("name") && !isStructuredFormat(format)
        && !format.startsWith(QLatin1String("custom-columns="))) {
        return inv.fail(Tr::tr("unable to match a printer suitable for the output format \"%1\", allowed formats are: "
                               "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml")
                            .arg(format));
    }
    KubeSession session(inv);
    if (!session.open()) {
        return ExitError;
    }
    GetContext ctx{inv, session, flags, format, inv.options.allNamespaces, {}};
    QList<Target> targets;
    if (!parseTargets(ctx, flags.positional(), &targets)) {
        return ExitError;
    }
    const bool watching = flags.on("watch") || flags.on("watch-only");
    if (watching && targets.size() > 1) {
        return inv.fail(Tr::tr("you may only specify a single resource type"));
    }
    bool singleItem = targets.size() == 1 && targets.constFirst().names.size() == 1;
    QList<Fetched> fetched;
    for (const Target &t : std::as_const(targets)) {
        Fetched f;
        if (fetch(ctx, t, &f)) {
            fetched.append(f);
        }
    }
    bool allNamespaced = true;
    for (const Target &t : std::as_const(targets)) {
        allNamespaced = allNamespaced && t.resource.namespaced;
    }
    const auto printErrors = [&] {
        inv.out.flush();
        QStringList errors = ctx.errors;
        if (flags.on("ignore-not-found")) {
            errors.removeIf([](const QString &e) { return e.contains(QLatin1String("(NotFound)")); });
        }
        for (const QString &e : std::as_const(errors)) {
            inv.err << e << '\n';
        }
        inv.err.flush();
        return errors.isEmpty() ? ExitOk : ExitError;
    };

    if (ctx.humanReadable()) {
        TablePrinter::Options po;
        po.wide = format == QLatin1String("wide");
        po.withNamespace = ctx.allNamespaces;
        po.withKind = targets.size() > 1 || flags.on("show-kind"); // kubectl: more than one type asked for
        po.showLabels = flags.on("show-labels");
        po.noHeaders = inv.options.noHeaders;
        TablePrinter printer(inv.out, po);
        for (const Fetched &f : std::as_const(fetched)) {
            if (f.table.value(QLatin1String("rows")).toArray().isEmpty() && !watching) {
                continue;
            }
            printer.beginGroup(f.table, f.resource.kind.toLower() + (f.resource.group.isEmpty() ? QString() : u'.' + f.resource.group));
            if (!flags.on("watch-only")) {
                printer.print(f.table, !f.table.value(QLatin1String("rows")).toArray().isEmpty());
            }
        }
        const int code = printErrors();
        if (!printer.wroteAnything() && ctx.errors.isEmpty() && !flags.on("ignore-not-found")) {
            if (allNamespaced && !ctx.allNamespaces) {
                inv.err << "No resources found in " << session.nameSpace() << " namespace.\n";
            } else {
                inv.err << "No resources found\n";
            }
            inv.err.flush();
        }
        if (watching && !fetched.isEmpty()) {
            return watch(ctx, fetched.constFirst(), &printer, targets.constFirst());
        }
        return code;
    }

    QList<QJsonObject> objects;
    QList<ApiResource> kinds;
    for (const Fetched &f : std::as_const(fetched)) {
        for (const QJsonObject &o : f.objects) {
            objects.append(o);
            kinds.append(f.resource);
        }
    }
    if (targets.constFirst().names.isEmpty()) {
        singleItem = false;
    }
    if (!(watching && flags.on("watch-only")) && !(objects.isEmpty() && ctx.format == QLatin1String("name"))) {
        if (!(objects.isEmpty() && singleItem) && !printObjects(ctx, objects, singleItem, kinds)) {
            return ExitError;
        }
    }
    const int code = printErrors();
    if (watching && !fetched.isEmpty()) {
        return watch(ctx, fetched.constFirst(), nullptr, targets.constFirst());
    }
    return code;
}

} // namespace Ringside::Cli
