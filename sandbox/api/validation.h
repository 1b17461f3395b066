#pragma once

#include "status.h"

#include <QJsonObject>
#include <QStringList>

namespace Ringside::Sandbox {

class Schemas;

/*! Checks an object against its OpenAPI schema the way the kube-apiserver decodes and validates it:
    unknown fields are pruned and reported (for fieldValidation), null values of non-nullable fields are
    dropped, CRD defaults are applied, and type, required, enum, pattern, bounds and list-map key errors are
    collected. Built-in kinds report a type mismatch as a Go decoding error (400); custom resources as field
    errors (422). \since 0.1 */
class SchemaValidator
{
public:
    SchemaValidator(const Schemas &schemas, bool customResource);

    /*! Validates and prunes \a object in place against \a rootSchema. */
    void run(QJsonObject &object, const QJsonObject &rootSchema);
    /*! Only prunes unknown fields and applies defaults (reads of stored objects, patch results). */
    void pruneOnly(QJsonObject &object, const QJsonObject &rootSchema);

    QStringList unknownFields() const { return m_unknown; }
    QList<FieldError> errors() const { return m_errors; }
    /*! The first Go decoding error for built-in kinds ("json: cannot unmarshal ..."), or empty. */
    QString decodeError() const { return m_decodeError; }

private:
    /*! Returns false when the value must be dropped. */
    bool walk(QJsonValue &value, const QJsonObject &schema, const QString &path, const QString &goStruct);
    void walkObject(QJsonObject &object, const QJsonObject &schema, const QString &path, const QString &goStruct);
    void walkArray(QJsonArray &array, const QJsonObject &schema, const QString &path, const QString &goStruct);
    bool checkType(const QJsonValue &value, const QJsonObject &schema, const QString &path, const QString &goStruct);
    void checkConstraints(const QJsonValue &value, const QJsonObject &schema, const QString &path);
    void typeError(const QJsonValue &value, const QString &expected, const QString &path, const QString &goType,
                   const QString &goStruct);

    const Schemas &m_schemas;
    bool m_custom;
    bool m_pruneOnly = false;
    QStringList m_unknown;
    QList<FieldError> m_errors;
    QString m_decodeError;
};

/*! "spec.containers[0].name" style path joining. \since 0.1 */
QString joinPath(const QString &path, const QString &key);
QString indexPath(const QString &path, qsizetype index);

} // namespace Ringside::Sandbox
