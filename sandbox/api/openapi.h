#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Ringside::Sandbox {

class Registry;
class Schemas;
struct ResourceType;

/*! /openapi/v2 (swagger 2.0 JSON) and /openapi/v3 (an index plus one OpenAPI 3.0 document per group version)
    for everything the server serves: the built-in definitions and the schemas of the served CRDs, with
    x-kubernetes-group-version-kind, list kinds and the operations (with their query parameters, which kubectl
    checks for fieldValidation support). Documents are rebuilt when the registry changes. \since 0.1 */
class OpenApi
{
public:
    OpenApi(const Registry *registry, const Schemas *schemas);

    QByteArray v2();
    /*! {"paths": {"api/v1": {"serverRelativeURL": "/openapi/v3/api/v1?hash=..."}, ...}} */
    QByteArray v3Index();
    /*! The document for "api/v1" or "apis/GROUP/VERSION"; empty when not served. */
    QByteArray v3Document(const QString &groupVersionPath, QString *hash);

    /*! The OpenAPI definition name of a kind: "io.k8s.api.apps.v1.Deployment", "com.datastax.cassandra.v1beta1.X". */
    static QString definitionName(const ResourceType &type);

private:
    void rebuild();
    QJsonObject definitionsFor(const QList<const ResourceType *> &types) const;
    QJsonObject pathsFor(const QList<const ResourceType *> &types) const;

    const Registry *m_registry;
    const Schemas *m_schemas;
    quint64 m_generation = 0;
    QByteArray m_v2;
    QByteArray m_v3Index;
    QHash<QString, QByteArray> m_v3Docs;
    QHash<QString, QString> m_v3Hashes;
};

} // namespace Ringside::Sandbox
