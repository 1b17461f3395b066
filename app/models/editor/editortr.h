#pragma once

#include <QCoreApplication>

namespace Ringside::Editor {

/*! The translation context of the YAML editor, shared by its models and widgets (STYLE rule 14). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ringside::Editor)
};

} // namespace Ringside::Editor
