#pragma once

#include <QCoreApplication>

namespace Ringside::Operations {

/*! The translation context of the operation dialogs, alerts, palette and settings. */
struct OpsGuiTr
{
    Q_DECLARE_TR_FUNCTIONS(Ringside::OperationsGui)
};

} // namespace Ringside::Operations
