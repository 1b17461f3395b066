#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>

namespace Ringside::Operations {

/*! The translation context of the operation models. */
struct OpsTr
{
    Q_DECLARE_TR_FUNCTIONS(Ringside::Operations)
};

} // namespace Ringside::Operations

Q_DECLARE_LOGGING_CATEGORY(lcOps)
