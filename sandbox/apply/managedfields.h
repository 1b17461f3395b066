#pragma once

#include "api/status.h"
#include "fieldset.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Ringside::Sandbox {

class Schemas;

/*! One metadata.managedFields entry. \since 0.1 */
struct ManagerEntry
{
    QString manager;
    QString operation; //!< Apply or Update
    QString apiVersion;
    QString time;
    QString subresource;
    FieldSet fields;

    bool sameIdentity(const QString &m, const QString &op, const QString &sub) const
    {
        return manager == m && operation == op && subresource == sub;
    }
    /*! How conflict messages name the manager: "\"kubectl\"" or "\"kubectl-edit\" using apps/v1". */
    QString describe() const;
};

/*! What a managed-fields operation works on: schema, scope and identity. \since 0.1 */
struct ManagedFieldsContext
{
    const Schemas *schemas = nullptr;
    QJsonObject schema;
    FieldValues::Scope scope = FieldValues::Scope::Everything;
    QString apiVersion;
    QString subresource;
};

/*! Reading, writing and updating metadata.managedFields as structured-merge-diff does. \since 0.1 */
namespace ManagedFields {
QList<ManagerEntry> read(const QJsonObject &object);
QJsonArray write(const QList<ManagerEntry> &entries);

/*! Records a create, update or non-apply patch by \a manager on \a updated (old is null for a create). */
void recordUpdate(const ManagedFieldsContext &context, const QJsonObject *old, QJsonObject &updated,
                  const QString &manager);

/*! Result of a server-side apply merge. */
struct ApplyOutcome
{
    QJsonObject object;
    std::optional<ApiError> error;
};

/*! Merges the applied configuration \a applied into \a live (empty for a create) for \a manager: conflicts
    with other managers give 409 unless \a force; fields the manager applied before and no longer applies are
    removed unless someone else manages them; managedFields are updated. */
ApplyOutcome apply(const ManagedFieldsContext &context, const QJsonObject &live, const QJsonObject &applied,
                   const QString &manager, bool force);
} // namespace ManagedFields

} // namespace Ringside::Sandbox
