#include "cassandra/ops/versions.h"

namespace Ringside::Cassandra::Ops {

QStringList knownServerVersions(const QString &serverType)
{
    if (serverType == QLatin1String("dse")) {
        return {QStringLiteral("6.9.8"), QStringLiteral("6.9.4"), QStringLiteral("6.9.0"), QStringLiteral("6.8.57"), QStringLiteral("6.8.54"),
                QStringLiteral("6.8.50")};
    }
    if (serverType == QLatin1String("hcd")) {
        return {QStringLiteral("1.2.1"), QStringLiteral("1.2.0"), QStringLiteral("1.1.0"), QStringLiteral("1.0.0")};
    }
    return {QStringLiteral("5.0.4"), QStringLiteral("5.0.2"), QStringLiteral("4.1.8"), QStringLiteral("4.1.6"), QStringLiteral("4.1.5"),
            QStringLiteral("4.0.17"), QStringLiteral("4.0.15"), QStringLiteral("4.0.13"), QStringLiteral("3.11.17")};
}

} // namespace Ringside::Cassandra::Ops
