#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Ringside::Sandbox::Json {

/*! metadata of an object (empty when missing). */
inline QJsonObject meta(const QJsonObject &o)
{
    return o.value(QLatin1String("metadata")).toObject();
}
inline QString metaString(const QJsonObject &o, QLatin1String key)
{
    return meta(o).value(key).toString();
}
inline QString name(const QJsonObject &o)
{
    return metaString(o, QLatin1String("name"));
}
inline QString ns(const QJsonObject &o)
{
    return metaString(o, QLatin1String("namespace"));
}
void setMeta(QJsonObject &o, QLatin1String key, const QJsonValue &value);
void removeMeta(QJsonObject &o, QLatin1String key);

/*! The value at a dotted path ("spec.template.spec"); Undefined when absent. */
QJsonValue at(const QJsonObject &o, QStringView dottedPath);
/*! Sets the value at a dotted path, creating objects on the way. */
void setAt(QJsonObject &o, QStringView dottedPath, const QJsonValue &value);
void removeAt(QJsonObject &o, QStringView dottedPath);

/*! RFC 3339 with seconds, UTC ("2024-05-01T10:00:00Z"), as metav1.Time marshals. */
QString timestamp(const QDateTime &time = QDateTime::currentDateTimeUtc());
/*! RFC 3339 with microseconds (metav1.MicroTime). */
QString microTimestamp(const QDateTime &time = QDateTime::currentDateTimeUtc());
QDateTime parseTimestamp(const QString &text);

/*! A new UUID string. */
QString newUid();
/*! Five random characters from the generateName alphabet. */
QString randomSuffix();

/*! Deep equality of JSON values, numbers compared as numbers. */
bool equal(const QJsonValue &a, const QJsonValue &b);

} // namespace Ringside::Sandbox::Json
