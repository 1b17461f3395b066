#include "models/editor/schemasource.h"

#include "models/editor/editorlogging.h"
#include "models/editor/editortr.h"
#include "yaml/yamljson.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ringside::Editor {

namespace {

// core/v1 kinds, every field (they are small and stable): Kubernetes API reference, core/v1.
constexpr char kCoreKinds[] = R"(
Namespace:
  type: object
  properties:
    apiVersion: {type: string}
    kind: {type: string}
    metadata: {type: object}
    spec:
      type: object
      properties:
        finalizers:
          type: array
          x-kubernetes-list-type: atomic
          items: {type: string}
    status:
      type: object
      properties:
        phase:
          type: string
          enum: [Active, Terminating]
        conditions:
          type: array
          items:
            type: object
            required: [type, status]
            properties:
              type: {type: string}
              status: {type: string}
              reason: {type: string}
              message: {type: string}
              lastTransitionTime: {type: string, format: date-time}
Secret:
  type: object
  properties:
    apiVersion: {type: string}
    kind: {type: string}
    metadata: {type: object}
    data:
      description: Base64-encoded values.
      type: object
      additionalProperties: {type: string, format: byte}
    stringData:
      description: Plain-text values, merged into data by the API server.
      type: object
      additionalProperties: {type: string}
    type:
      description: Opaque, kubernetes.io/basic-auth, kubernetes.io/tls, ...
      type: string
    immutable: {type: boolean}
ConfigMap:
  type: object
  properties:
    apiVersion: {type: string}
    kind: {type: string}
    metadata: {type: object}
    data:
      type: object
      additionalProperties: {type: string}
    binaryData:
      type: object
      additionalProperties: {type: string, format: byte}
    immutable: {type: boolean}
)";

// The fields of ObjectMeta that people write (the rest is set by the server).
constexpr char kObjectMeta[] = R"(
type: object
properties:
  name: {type: string, description: "Unique within the namespace."}
  generateName: {type: string, description: "Prefix of a name the server generates."}
  namespace: {type: string, description: "The namespace (a Mission Control project)."}
  labels:
    type: object
    additionalProperties: {type: string}
  annotations:
    type: object
    additionalProperties: {type: string}
  finalizers:
    type: array
    items: {type: string}
)";

QJsonObject parseEmbedded(const char *yaml)
{
    const Yaml::ParseResult parsed = Yaml::parse(QByteArray(yaml));
    if (!parsed.ok() || parsed.documents.isEmpty()) {
        qCCritical(lcEditor) << "embedded schema does not parse:"
                             << (parsed.error ? parsed.error->toString() : QString());
        return {};
    }
    return parsed.documents.constFirst().toObject();
}

QJsonObject objectMetaSchema()
{
    static const QJsonObject schema = parseEmbedded(kObjectMeta);
    return schema;
}

} // namespace

SchemaSource::~SchemaSource() = default;

std::pair<QString, QString> splitApiVersion(const QString &apiVersion)
{
    const qsizetype slash = apiVersion.indexOf(u'/');
    if (slash < 0) {
        return {QString(), apiVersion};
    }
    return {apiVersion.left(slash), apiVersion.mid(slash + 1)};
}

CrdSchemaSource::CrdSchemaSource(Schema::CrdRegistry registry, QString name, SchemaTier tier)
    : m_registry(std::move(registry))
    , m_name(std::move(name))
    , m_tier(tier)
{}

SchemaLookup CrdSchemaSource::lookup(const QString &group, const QString &version, const QString &kind) const
{
    const std::optional<Schema::Crd> crd = m_registry.findByKind(group, kind);
    if (!crd || !crd->servedVersions().contains(version)) {
        return {};
    }
    SchemaLookup result;
    result.schema = crd->openApiSchema(version);
    result.lenient = crd->isLenient();
    result.source = crd->source() == Schema::CrdSource::Bundled ? Tr::tr("Ringside's bundled schema")
                                                                : Tr::tr("imported from %1").arg(crd->origin());
    return result;
}

QList<KindRef> CrdSchemaSource::kinds() const
{
    QList<KindRef> out;
    for (const Schema::Crd &crd : m_registry.crds()) {
        for (const QString &version : crd.servedVersions()) {
            out.append({crd.group() + u'/' + version, crd.kind()});
        }
    }
    return out;
}

CoreKindsSchemaSource::CoreKindsSchemaSource()
{
    const QJsonObject all = parseEmbedded(kCoreKinds);
    for (auto it = all.begin(); it != all.end(); ++it) {
        m_schemas.append({KindRef{u"v1"_s, it.key()}, it.value().toObject()});
    }
}

QString CoreKindsSchemaSource::name() const
{
    return Tr::tr("core kinds");
}

SchemaLookup CoreKindsSchemaSource::lookup(const QString &group, const QString &version, const QString &kind) const
{
    if (!group.isEmpty()) {
        return {};
    }
    for (const auto &[ref, schema] : m_schemas) {
        if (ref.apiVersion == version && ref.kind == kind) {
            return {schema, Tr::tr("Ringside's core/v1 schema"), false};
        }
    }
    return {};
}

QList<KindRef> CoreKindsSchemaSource::kinds() const
{
    QList<KindRef> out;
    for (const auto &entry : m_schemas) {
        out.append(entry.first);
    }
    return out;
}

SchemaChain SchemaChain::offline(const QStringList &importedCrdFiles, QStringList *errors)
{
    SchemaChain chain;
    if (!importedCrdFiles.isEmpty()) {
        Schema::CrdRegistry imported;
        for (const QString &file : importedCrdFiles) {
            const Schema::CrdFileResult result = imported.importFile(file);
            if (!result.ok()) {
                qCWarning(lcEditor) << "CRD import failed:" << result.error;
                if (errors) {
                    errors->append(result.error);
                }
            }
        }
        if (!imported.isEmpty()) {
            chain.add(std::make_shared<CrdSchemaSource>(std::move(imported), Tr::tr("imported"), SchemaTier::Imported));
        }
    }
    chain.add(std::make_shared<CrdSchemaSource>(Schema::CrdRegistry::withBundled(), Tr::tr("bundled"), SchemaTier::Bundled));
    chain.add(std::make_shared<CoreKindsSchemaSource>());
    return chain;
}

void SchemaChain::add(SchemaSourcePtr source)
{
    const auto at = std::find_if(m_sources.begin(), m_sources.end(),
                                 [&source](const SchemaSourcePtr &s) { return s->tier() >= source->tier(); });
    m_sources.insert(at, std::move(source));
}

void SchemaChain::removeTier(SchemaTier tier)
{
    m_sources.removeIf([tier](const SchemaSourcePtr &s) { return s->tier() == tier; });
}

SchemaLookup SchemaChain::lookup(const QString &apiVersion, const QString &kind) const
{
    const auto [group, version] = splitApiVersion(apiVersion);
    for (const SchemaSourcePtr &source : m_sources) {
        SchemaLookup found = source->lookup(group, version, kind);
        if (found.isValid()) {
            return found;
        }
    }
    return {};
}

QList<KindRef> SchemaChain::kinds() const
{
    QList<KindRef> out;
    QSet<QString> seen;
    for (const SchemaSourcePtr &source : m_sources) {
        for (const KindRef &ref : source->kinds()) {
            const QString id = ref.apiVersion + u' ' + ref.kind;
            if (!seen.contains(id)) {
                seen.insert(id);
                out.append(ref);
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const KindRef &a, const KindRef &b) { return a.kind < b.kind; });
    return out;
}

QStringList SchemaChain::versionsOf(const QString &kind) const
{
    QStringList out;
    for (const KindRef &ref : kinds()) {
        if (ref.kind == kind && !out.contains(ref.apiVersion)) {
            out.append(ref.apiVersion);
        }
    }
    return out;
}

QJsonObject schemaAtPath(const QJsonObject &root, const QString &path)
{
    QJsonObject node = root;
    qsizetype i = 0;
    bool top = true;
    while (i < path.size() && !node.isEmpty()) {
        if (path.at(i) == u'[') {
            const qsizetype close = path.indexOf(u']', i);
            if (close < 0) {
                return {};
            }
            node = node.value("items"_L1).toObject();
            i = close + 1;
        } else {
            const QStringView rest = QStringView(path).mid(i);
            const QJsonObject props = node.value("properties"_L1).toObject();
            QString best;
            for (auto it = props.begin(); it != props.end(); ++it) {
                const QString &key = it.key();
                if (key.size() > best.size() && rest.startsWith(key)
                    && (rest.size() == key.size() || rest.at(key.size()) == u'.' || rest.at(key.size()) == u'[')) {
                    best = key;
                }
            }
            if (top && best == "metadata"_L1) {
                node = objectMetaSchema();
                i += best.size();
            } else if (!best.isEmpty()) {
                node = props.value(best).toObject();
                i += best.size();
            } else if (node.value("additionalProperties"_L1).isObject()) {
                qsizetype end = i;
                while (end < path.size() && path.at(end) != u'.' && path.at(end) != u'[') {
                    ++end;
                }
                node = node.value("additionalProperties"_L1).toObject();
                i = end;
            } else {
                return {};
            }
        }
        top = false;
        if (i < path.size() && path.at(i) == u'.') {
            ++i;
        }
    }
    return node;
}

} // namespace Ringside::Editor
