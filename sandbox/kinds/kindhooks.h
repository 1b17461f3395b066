#pragma once

#include "api/status.h"

#include <QJsonObject>

namespace Ringside::Sandbox {

struct ResourceType;

/*! Per-kind behaviour of the write path, like the kube-apiserver's REST strategies: defaults, what create and
    update reset, validation, and a few policy switches. \since 0.1 */
class KindHooks
{
public:
    virtual ~KindHooks();

    /*! Fills defaulted fields (the versioned defaulters). */
    virtual void applyDefaults(QJsonObject &object) const;
    /*! Before a create: reset fields the client may not set (status of most kinds). */
    virtual void prepareForCreate(QJsonObject &object) const;
    /*! Before an update of the main resource or a subresource. */
    virtual void prepareForUpdate(QJsonObject &object, const QJsonObject &old) const;
    virtual QList<FieldError> validate(const QJsonObject &object) const;
    virtual QList<FieldError> validateUpdate(const QJsonObject &object, const QJsonObject &old) const;
    /*! True for kinds whose metadata.generation counts spec changes. */
    virtual bool tracksGeneration() const;
    /*! True when DELETE answers with the deleted object instead of a Status. */
    virtual bool returnsDeletedObject() const;
    /*! True when PUT of a missing object creates it. */
    virtual bool allowCreateOnUpdate() const;
    /*! False when updates must carry metadata.resourceVersion (custom resources). */
    virtual bool allowUnconditionalUpdate() const;
    /*! The default deletion propagation (Background for most). */
    virtual QString defaultPropagationPolicy() const;
    /*! Names: "subdomain" (DNS-1123 subdomain), "label" (DNS-1123 label), "service" (DNS-1035), "path". */
    virtual QString nameRule() const;
    /*! Field selector fields besides metadata.name and metadata.namespace. */
    virtual QStringList selectableFields() const;
    /*! The field selector value of \a field (only called for selectableFields()). */
    virtual QString fieldValue(const QJsonObject &object, const QString &field) const;

    /*! The hooks of a resource (built-in kinds by storage key, everything else custom). */
    static const KindHooks &forType(const ResourceType &type);
};

/*! Validates metadata as ValidateObjectMeta does (name rule, generateName, labels, annotations). \since 0.1 */
QList<FieldError> validateObjectMeta(const QJsonObject &object, const QString &nameRule, bool namespaced);
/*! Messages for the name rules (exposed for other validators). */
QString nameRuleError(const QString &rule, const QString &name);
QList<FieldError> validateLabels(const QJsonObject &labels, const QString &path);

} // namespace Ringside::Sandbox
