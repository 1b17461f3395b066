#pragma once

#include "resourcetype.h"

namespace Ringside::Sandbox {

/*! The built-in kinds the sandbox serves, as the kube-apiserver 1.32 discovery describes them. \since 0.1 */
QList<ResourceType> builtinResourceTypes();

} // namespace Ringside::Sandbox
