#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>

namespace Ringside::Services {

/*! The translation context of the services feature (projects, Data API, port-forwards). \since 0.1 */
struct ServicesTr
{
    Q_DECLARE_TR_FUNCTIONS(Ringside::Services)
};

} // namespace Ringside::Services

Q_DECLARE_LOGGING_CATEGORY(lcGuiServices)
