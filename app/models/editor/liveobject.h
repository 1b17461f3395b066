#pragma once

#include <QJsonObject>

namespace Ringside::Editor {

/*! What an editor should show of a live object: no status, no managedFields and no server-set metadata (uid,
    resourceVersion, generation, creationTimestamp, selfLink, kubectl's last-applied annotation), so that applying it
    back (server-side apply) sends only what a person means to own. \since 0.1 */
QJsonObject editableObject(QJsonObject object);

} // namespace Ringside::Editor
