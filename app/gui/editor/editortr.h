#pragma once

// The editor's widgets share the translation context of its models: Ringside::Editor::Tr
// (Q_DECLARE_TR_FUNCTIONS(Ringside::Editor)), declared next to the models because they cannot include gui headers.
#include "models/editor/editortr.h"
