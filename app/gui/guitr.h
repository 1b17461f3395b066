#pragma once

#include <QCoreApplication>

namespace Ringside {

struct GuiTr
{
    Q_DECLARE_TR_FUNCTIONS(Ringside::Gui)
};

} // namespace Ringside
