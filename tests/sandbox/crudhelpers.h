#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Small builders for test objects (no Q_OBJECT here, so raw strings would be fine too).
namespace Ringside::Test {

inline QJsonObject meta(const QString &name, const QJsonObject &extra = {})
{
    QJsonObject m = extra;
    m.insert(QStringLiteral("name"), name);
    return m;
}

inline QJsonObject configMap(const QString &name, const QJsonObject &data = {}, const QJsonObject &metaExtra = {})
{
    return {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
            {QStringLiteral("metadata"), meta(name, metaExtra)},
            {QStringLiteral("data"), data}};
}

inline QJsonObject container(const QString &name, const QString &image)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("image"), image}};
}

inline QJsonObject pod(const QString &name, const QJsonArray &containers, const QJsonObject &metaExtra = {},
                       const QJsonObject &specExtra = {})
{
    QJsonObject spec = specExtra;
    spec.insert(QStringLiteral("containers"), containers);
    return {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Pod")},
            {QStringLiteral("metadata"), meta(name, metaExtra)},
            {QStringLiteral("spec"), spec}};
}

inline QJsonObject deployment(const QString &name, int replicas, const QString &image = QStringLiteral("nginx:1.27"))
{
    const QJsonObject labels{{QStringLiteral("app"), name}};
    return {{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
            {QStringLiteral("kind"), QStringLiteral("Deployment")},
            {QStringLiteral("metadata"), meta(name)},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("replicas"), replicas},
                         {QStringLiteral("selector"), QJsonObject{{QStringLiteral("matchLabels"), labels}}},
                         {QStringLiteral("template"),
                          QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("labels"), labels}}},
                                      {QStringLiteral("spec"),
                                       QJsonObject{{QStringLiteral("containers"),
                                                    QJsonArray{container(QStringLiteral("web"), image)}}}}}}}}};
}

inline QJsonObject cassandraDatacenter(const QString &name, const QJsonValue &size)
{
    return {{QStringLiteral("apiVersion"), QStringLiteral("cassandra.datastax.com/v1beta1")},
            {QStringLiteral("kind"), QStringLiteral("CassandraDatacenter")},
            {QStringLiteral("metadata"), meta(name)},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("clusterName"), QStringLiteral("demo")},
                         {QStringLiteral("serverType"), QStringLiteral("cassandra")},
                         {QStringLiteral("serverVersion"), QStringLiteral("4.1.5")},
                         {QStringLiteral("size"), size},
                         {QStringLiteral("storageConfig"),
                          QJsonObject{{QStringLiteral("cassandraDataVolumeClaimSpec"), QJsonObject()}}}}}};
}

inline QJsonObject metaOf(const QJsonObject &o)
{
    return o.value(QStringLiteral("metadata")).toObject();
}

inline QString rvOf(const QJsonObject &o)
{
    return metaOf(o).value(QStringLiteral("resourceVersion")).toString();
}

} // namespace Ringside::Test
