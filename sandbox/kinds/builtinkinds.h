#pragma once

#include "kindhooks.h"

namespace Ringside::Sandbox {

/*! The hooks of a built-in resource by storage key ("apps/deployments"); a generic default otherwise. */
const KindHooks &builtinHooks(const QString &storageKey);
/*! The hooks every custom resource uses. */
const KindHooks &customResourceHooks();

/*! Defaults and validation shared by pods and pod templates. \since 0.1 */
void applyPodSpecDefaults(QJsonObject &spec);
QList<FieldError> validatePodSpec(const QJsonObject &spec, const QString &path);

} // namespace Ringside::Sandbox
