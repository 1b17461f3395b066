#pragma once

// The server versions Ringside offers per server type (the wizard's list, the upgrade form's targets, the CLI's
// completion), in one place so that a cluster created at a version can always be upgraded from it.

#include <QStringList>

namespace Ringside::Cassandra::Ops {

/*! The versions offered for \a serverType ("cassandra", "dse", "hcd"), newest first. Any version that
    checkServerVersion() accepts may still be typed; these are the ones listed. \since 0.1 */
QStringList knownServerVersions(const QString &serverType);

} // namespace Ringside::Cassandra::Ops
