#pragma once

#include <QCoreApplication>

namespace Ringside::Wizard {

/*! The translation context of the cluster creation wizard (models and widgets). \since 0.1 */
struct WizardTr
{
    Q_DECLARE_TR_FUNCTIONS(Ringside::Wizard)
};

} // namespace Ringside::Wizard
