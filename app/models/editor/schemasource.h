#pragma once

#include "schema/crdregistry.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Ringside::Editor {

/*! A kind a schema source knows: `apiVersion` (group/version, or just the version for the core group) and kind.
    \since 0.1 */
struct KindRef
{
    QString apiVersion;
    QString kind;
    bool operator==(const KindRef &other) const = default;
};

/*! The schema of one kind at one version, and where it came from. \since 0.1 */
struct SchemaLookup
{
    QJsonObject schema;   //!< the openAPIV3Schema; empty when the source does not know the kind
    QString source;       //!< for people: "bundled", "imported from /path/crds.yaml", "cluster prod (OpenAPI v3)"
    bool lenient = false; //!< the schema models less than upstream: unknown fields are "not checked"
    bool isValid() const { return !schema.isEmpty(); }
};

/*! How much a schema source is preferred, most preferred first (issue 7's order). \since 0.1 */
enum class SchemaTier {
    Cluster,      //!< the connected cluster's OpenAPI v3
    ContextCache, //!< the copy of a context's OpenAPI v3 cached at the last connection
    Imported,     //!< CRD files the user imported
    Bundled,      //!< Ringside's own lenient CRD schemas
    Builtin,      //!< Ringside's schemas of a few core/v1 kinds
};

/*! Where the editor finds the schema of a kind. Issue 7 orders them: the cluster's OpenAPI v3 when connected,
    the copy cached per context, CRD files the user imported, and Ringside's bundled schemas. The offline ones
    are implemented here; a connected source (a snapshot of /openapi/v3 taken by the Kubernetes client) plugs
    in by implementing this interface.

    Lookups run on a worker thread while the GUI thread may hold the same source: an implementation must be
    immutable after construction (a snapshot), so that concurrent const calls are safe. \since 0.1 */
class SchemaSource
{
public:
    virtual ~SchemaSource();
    /*! A short name for people: "bundled", "imported", "cluster prod". */
    virtual QString name() const = 0;
    /*! Where it ranks in a SchemaChain. */
    virtual SchemaTier tier() const = 0;
    /*! The schema of \a kind in \a group (empty for the core group) at \a version, or an invalid lookup. */
    virtual SchemaLookup lookup(const QString &group, const QString &version, const QString &kind) const = 0;
    /*! Every kind it knows, for completing `apiVersion` and `kind`. */
    virtual QList<KindRef> kinds() const = 0;
};

using SchemaSourcePtr = std::shared_ptr<const SchemaSource>;

/*! CRD schemas from a CrdRegistry snapshot: the bundled ones, or the ones the user imported. \since 0.1 */
class CrdSchemaSource : public SchemaSource
{
public:
    CrdSchemaSource(Schema::CrdRegistry registry, QString name, SchemaTier tier);
    QString name() const override { return m_name; }
    SchemaTier tier() const override { return m_tier; }
    SchemaLookup lookup(const QString &group, const QString &version, const QString &kind) const override;
    QList<KindRef> kinds() const override;
    const Schema::CrdRegistry &registry() const { return m_registry; }

private:
    Schema::CrdRegistry m_registry;
    QString m_name;
    SchemaTier m_tier;
};

/*! Schemas of the few core/v1 kinds that go with Cassandra manifests (Namespace for a Mission Control project,
    Secret for the superuser and bucket credentials, ConfigMap for per-node configuration). These kinds are
    small and stable, so the schemas model every field and are strict. \since 0.1 */
class CoreKindsSchemaSource : public SchemaSource
{
public:
    CoreKindsSchemaSource();
    QString name() const override;
    SchemaTier tier() const override { return SchemaTier::Builtin; }
    SchemaLookup lookup(const QString &group, const QString &version, const QString &kind) const override;
    QList<KindRef> kinds() const override;

private:
    QList<std::pair<KindRef, QJsonObject>> m_schemas;
};

/*! The schema sources in order of preference (by tier; within a tier, the one added last first); the first that
    knows a kind wins. A cheap value type that can be copied to a worker thread. \since 0.1 */
class SchemaChain
{
public:
    SchemaChain() = default;
    /*! Imported CRD files (if any), then the bundled CRDs, then the core kinds: what works offline.
        Files that cannot be read are reported in \a errors ("FILE:LINE:COLUMN: message") and skipped. */
    static SchemaChain offline(const QStringList &importedCrdFiles = {}, QStringList *errors = nullptr);

    QList<SchemaSourcePtr> sources() const { return m_sources; }
    /*! Adds \a source before every source of its tier or a lower one: a connected cluster goes before everything
        offline, and a newer import before an older one. */
    void add(SchemaSourcePtr source);
    /*! Removes the sources of \a tier (for example when the cluster disconnects). */
    void removeTier(SchemaTier tier);

    /*! The schema for an object's \a apiVersion and \a kind from the first source that has it. */
    SchemaLookup lookup(const QString &apiVersion, const QString &kind) const;
    /*! Every kind any source knows, without duplicates, sorted by kind. */
    QList<KindRef> kinds() const;
    /*! The apiVersions under which some source knows \a kind (for "no schema for KIND at VERSION"). */
    QStringList versionsOf(const QString &kind) const;

private:
    QList<SchemaSourcePtr> m_sources;
};

/*! Splits `group/version` (or a bare core `version`). \since 0.1 */
std::pair<QString, QString> splitApiVersion(const QString &apiVersion);

/*! The schema node at field path \a path under \a root (an openAPIV3Schema): properties, additionalProperties
    and items are followed; `metadata` at the top resolves to a schema of ObjectMeta's common fields. Empty
    when the path leaves what the schema describes. \since 0.1 */
QJsonObject schemaAtPath(const QJsonObject &root, const QString &path);

} // namespace Ringside::Editor
