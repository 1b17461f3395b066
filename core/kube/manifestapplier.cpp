#include "manifestapplier.h"

#include "coretr.h"
#include "kube/discovery.h"
#include "kube/kubelogging.h"
#include "yaml/yamljson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Ringside {

QString AppliedObject::summary() const
{
    const QString what = (kind.isEmpty() ? QStringLiteral("object") : kind.toLower()) + u'/'
        + (name.isEmpty() ? QStringLiteral("(unnamed)") : name);
    if (outcome == Outcome::Failed) {
        const QString why = error ? error->message : CoreTr::tr("failed");
        return CoreTr::tr("document %1 (%2): %3").arg(document).arg(what, why);
    }
    QString line = what + QLatin1String(" serverside-applied");
    if (dryRun) {
        line += QLatin1String(" (server dry run)");
    }
    return line;
}

ManifestApplier::ManifestApplier(KubeClient *client, Discovery *discovery, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_discovery(discovery)
{
}

ManifestApplier::~ManifestApplier()
{
    cancel();
}

QList<QJsonObject> ManifestApplier::documents(const QByteArray &manifest, QString *error)
{
    const Yaml::ParseResult parsed = Yaml::parse(manifest);
    if (!parsed.ok()) {
        *error = CoreTr::tr("document %1, %2").arg(parsed.documents.size() + 1).arg(parsed.error->toString());
        return {};
    }
    QList<QJsonObject> docs;
    int index = 0;
    for (const QJsonValue &v : parsed.documents) {
        ++index;
        if (v.isNull() || (v.isObject() && v.toObject().isEmpty())) {
            continue; // an empty document, as between two `---`
        }
        if (!v.isObject()) {
            *error = CoreTr::tr("document %1 is not a mapping (an object with apiVersion and kind)").arg(index);
            return {};
        }
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("kind")).toString().endsWith(QLatin1String("List")) && o.value(QLatin1String("items")).isArray()) {
            for (const QJsonValue &item : o.value(QLatin1String("items")).toArray()) {
                docs.append(item.toObject());
            }
        } else {
            docs.append(o);
        }
    }
    if (docs.isEmpty()) {
        *error = CoreTr::tr("the manifest holds no objects");
    }
    return docs;
}

void ManifestApplier::apply(const QByteArray &manifest, const QString &defaultNamespace, const ApplyOptions &options)
{
    cancel();
    m_results.clear();
    m_index = 0;
    m_refreshed = false;
    m_defaultNamespace = defaultNamespace.isEmpty() ? QStringLiteral("default") : defaultNamespace;
    m_options = options;
    QString error;
    m_docs = documents(manifest, &error);
    if (!error.isEmpty()) {
        Q_EMIT finished({}, false, error);
        return;
    }
    if (!m_client || !m_discovery) {
        Q_EMIT finished({}, false, CoreTr::tr("not connected"));
        return;
    }
    m_running = true;
    m_guard = new QObject(this);
    next();
}

void ManifestApplier::cancel()
{
    m_request.cancel();
    delete m_guard; // drops the callbacks of the running apply
    m_guard = nullptr;
    m_running = false;
}

void ManifestApplier::record(const AppliedObject &result)
{
    m_results.append(result);
    Q_EMIT objectApplied(result);
    ++m_index;
    next();
}

void ManifestApplier::next()
{
    if (m_index >= m_docs.size()) {
        m_running = false;
        const bool ok = std::all_of(m_results.cbegin(), m_results.cend(), [](const AppliedObject &r) { return r.ok(); });
        delete m_guard;
        m_guard = nullptr;
        Q_EMIT finished(m_results, ok, QString());
        return;
    }
    const QJsonObject doc = m_docs.at(m_index);
    const QJsonObject meta = doc.value(QLatin1String("metadata")).toObject();
    AppliedObject base;
    base.document = m_index + 1;
    base.apiVersion = doc.value(QLatin1String("apiVersion")).toString();
    base.kind = doc.value(QLatin1String("kind")).toString();
    base.name = meta.value(QLatin1String("name")).toString();
    base.nameSpace = meta.value(QLatin1String("namespace")).toString();
    base.dryRun = m_options.dryRun;
    auto failWith = [this, base](const QString &message) {
        AppliedObject r = base;
        KubeError e;
        e.kind = KubeError::Kind::Config;
        e.message = message;
        r.error = e;
        record(r);
    };
    if (base.apiVersion.isEmpty() || base.kind.isEmpty()) {
        failWith(CoreTr::tr("apiVersion and kind must be set"));
        return;
    }
    if (base.name.isEmpty()) {
        failWith(CoreTr::tr("metadata.name must be set (server-side apply does not generate names)"));
        return;
    }
    if (const auto known = m_discovery->lookupKind(base.apiVersion, base.kind)) {
        applyResolved(base, *known);
        return;
    }
    // Unknown here: refresh discovery once (a CRD may have been installed since it was read), then resolve.
    m_discovery->resolveKind(
        base.apiVersion, base.kind, m_guard, [this, base](const ApiResource &r) { applyResolved(base, r); },
        [this, base](const KubeError &error) {
            AppliedObject r = base;
            r.error = error;
            record(r);
        });
}

void ManifestApplier::applyResolved(const AppliedObject &base, const ApiResource &resource)
{
    AppliedObject start = base;
    start.resource = resource.qualifiedName();
    QJsonObject doc = m_docs.at(m_index);
    if (resource.namespaced && start.nameSpace.isEmpty()) {
        start.nameSpace = m_defaultNamespace;
        QJsonObject meta = doc.value(QLatin1String("metadata")).toObject();
        meta.insert(QLatin1String("namespace"), start.nameSpace);
        doc.insert(QLatin1String("metadata"), meta);
    } else if (!resource.namespaced) {
        start.nameSpace.clear();
    }
    const ResourceRef ref = resource.ref(start.nameSpace, start.name);
    qCDebug(lcKubeHttp) << "apply" << ref.path() << (m_options.dryRun ? "(dry run)" : "");
    m_request = m_client->apply(
        ref, QJsonDocument(doc).toJson(QJsonDocument::Compact), m_options, m_guard,
        [this, start](const KubeResponse &response) {
            AppliedObject r = start;
            r.outcome = response.httpStatus == 201 ? AppliedObject::Outcome::Created : AppliedObject::Outcome::Configured;
            r.object = response.object;
            r.warnings = response.warnings;
            record(r);
        },
        [this, start](const KubeError &error) {
            AppliedObject r = start;
            r.error = error;
            record(r);
        });
}

} // namespace Ringside
