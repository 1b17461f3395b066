#pragma once

#include <QCoreApplication>

namespace Ringside {

struct ModelsTr
{
    Q_DECLARE_TR_FUNCTIONS(Ringside::Models)
};

} // namespace Ringside
