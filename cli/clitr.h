#pragma once

#include <QCoreApplication>

namespace Ringside::Cli {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ringside::Cli)
};

} // namespace Ringside::Cli
