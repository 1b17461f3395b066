#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Ringside::Sandbox {

struct ResourceType;

/*! The OpenAPI v3 schemas the server knows: the built-in definitions (bundled YAML in the style of
    /openapi/v3 components, with patch strategies, list types and map keys), and the CRD schemas of served
    custom resources. Validation, pruning, strategic merge, server-side apply and /openapi all read them here.
    \since 0.1 */
class Schemas
{
public:
    Schemas();

    /*! Loads every *.yaml definition file under \a resourceDir (a Qt resource path). */
    bool load(const QString &resourceDir, QString *error);
    const QJsonObject &definitions() const { return m_definitions; }
    QJsonObject definition(const QString &name) const { return m_definitions.value(name).toObject(); }
    /*! Follows $ref (also an allOf with a single $ref) until a concrete schema. */
    QJsonObject resolve(const QJsonObject &schema) const;
    /*! The definition name a schema refers to, or empty. */
    static QString refName(const QJsonObject &schema);

    /*! The schema of a whole object of \a type: the built-in definition, or the CRD schema with metadata set
        to ObjectMeta and apiVersion/kind declared. */
    QJsonObject rootSchema(const ResourceType &type) const;

    /*! The schema of property \a key of an object schema (additionalProperties for maps); empty when unknown.
        \a known tells whether the key is allowed at all. */
    QJsonObject property(const QJsonObject &schema, const QString &key, bool *known = nullptr) const;
    /*! The schema of the items of an array schema. */
    QJsonObject items(const QJsonObject &schema) const;
    /*! True when unknown fields are kept below this schema. */
    bool preservesUnknownFields(const QJsonObject &schema) const;

    /*! x-kubernetes-list-type of an array schema: atomic (default), set or map. */
    QString listType(const QJsonObject &schema) const;
    QStringList listMapKeys(const QJsonObject &schema) const;
    /*! x-kubernetes-patch-merge-key / -strategy (strategic merge patch). */
    QString patchMergeKey(const QJsonObject &schema) const;
    QStringList patchStrategies(const QJsonObject &schema) const;
    /*! x-kubernetes-map-type: granular (default) or atomic; structs marked atomic too. */
    bool isAtomicMap(const QJsonObject &schema) const;

private:
    QJsonObject m_definitions;
};

} // namespace Ringside::Sandbox
