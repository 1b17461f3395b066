#pragma once

#include <QCoreApplication>

namespace Ringside {

/*! Translation context for every user-visible string of the core library (STYLE rule 14).
    \since 0.1 */
struct CoreTr
{
    Q_DECLARE_TR_FUNCTIONS(Ringside::Core)
};

} // namespace Ringside
