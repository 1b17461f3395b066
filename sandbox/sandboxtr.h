#pragma once

#include <QCoreApplication>

namespace Ringside::Sandbox {

/*! Translation context for the user-visible strings of the sandbox (STYLE rule 14). Messages that mimic the
    kube-apiserver byte for byte (Status messages) are protocol, not UI text, and stay untranslated.
    \since 0.1 */
struct SandboxTr
{
    Q_DECLARE_TR_FUNCTIONS(Ringside::Sandbox)
};

} // namespace Ringside::Sandbox
