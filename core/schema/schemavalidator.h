#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Ringside::Schema {

/*! How much a validation finding matters. \since 0.1 */
enum class Severity {
    Error,      //!< the API server would reject the object (wrong type, enum, pattern, missing required field, ...)
    Warning,    //!< accepted, but probably not what was meant (a null that is dropped, a likely typo)
    NotChecked, //!< the schema keeps this part as is without describing it, so nothing was checked
};

/*! One finding of validate(). \a path is a Kubernetes field path to the data: `spec.datacenters[0].size`,
    `metadata.labels.app`; empty for the whole object. \since 0.1 */
struct Finding
{
    QString path;
    QString message;
    Severity severity = Severity::Error;
    /*! "path: message", or the bare message for the whole object. */
    QString toString() const;
    bool operator==(const Finding &other) const = default;
};

/*! Validates \a value (a whole custom resource, as JSON) against \a openApiSchema (a CRD version's
    openAPIV3Schema) the way the API server does: types (integers are whole numbers; `x-kubernetes-int-or-string`
    takes either), enums, patterns, formats (int32, int64, date-time, byte), lengths, bounds, required fields,
    item counts, duplicate keys of `x-kubernetes-list-type` map and set lists, and unknown fields (an error, as
    with `fieldValidation=Strict`). A null where the schema is not nullable is a warning: the server drops it.
    Where the schema preserves unknown fields, data it does not describe is reported once as "not checked"
    (with a warning when the name is close to a known field), which is what makes a lenient schema useful
    offline. `metadata` at the top level is the server's own ObjectMeta and is not checked here.
    An empty schema (no schema known) finds nothing. Findings come depth first, fields in key order. Never throws.
   \since 0.1 */
QList<Finding> validate(const QJsonValue &value, const QJsonObject &openApiSchema);

/*! True when \a findings hold no Error. \since 0.1 */
bool isValid(const QList<Finding> &findings);

} // namespace Ringside::Schema
