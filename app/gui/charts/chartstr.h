#pragma once

#include <QCoreApplication>

namespace Ringside::Charts {

/*! The translation context of the dashboard widgets (STYLE rule 14); their models use ModelsTr. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ringside::Charts)
};

} // namespace Ringside::Charts
