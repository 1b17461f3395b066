#pragma once

// Private to the schema code: names of schema keywords and small helpers shared by the checks and the comparison.
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

namespace Ringside::Schema::Detail {

using namespace Qt::StringLiterals;

inline constexpr auto kType = "type"_L1;
inline constexpr auto kProperties = "properties"_L1;
inline constexpr auto kAdditional = "additionalProperties"_L1;
inline constexpr auto kItems = "items"_L1;
inline constexpr auto kRequired = "required"_L1;
inline constexpr auto kEnum = "enum"_L1;
inline constexpr auto kDefault = "default"_L1;
inline constexpr auto kPreserve = "x-kubernetes-preserve-unknown-fields"_L1;
inline constexpr auto kIntOrString = "x-kubernetes-int-or-string"_L1;
inline constexpr auto kListType = "x-kubernetes-list-type"_L1;
inline constexpr auto kListMapKeys = "x-kubernetes-list-map-keys"_L1;
inline constexpr auto kMapType = "x-kubernetes-map-type"_L1;
/*! A boolean keyword of a schema node, false when absent. */
bool isTrue(const QJsonObject &node, QLatin1StringView key);
/*! A JSON value as a short, readable text for messages. */
QString compact(const QJsonValue &v);
/*! The strings of a JSON array. */
QStringList stringList(const QJsonValue &v);
/*! Whether \a v has the schema \a type (an empty type accepts anything). */
bool valueHasType(const QJsonValue &v, const QString &type);
/*! The openAPIV3Schema of one entry of spec.versions. */
QJsonObject schemaOf(const QJsonObject &version);

} // namespace Ringside::Schema::Detail
