#pragma once

#include <QCoreApplication>

namespace Ringside::Logs {

/*! The translation context of the log viewer, shared by its models and widgets (STYLE rule 14). \since 0.1 */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ringside::Logs)
};

} // namespace Ringside::Logs
