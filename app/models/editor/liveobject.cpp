#include "models/editor/liveobject.h"

namespace Ringside::Editor {

QJsonObject editableObject(QJsonObject o)
{
    o.remove(QLatin1String("status"));
    QJsonObject meta = o.value(QLatin1String("metadata")).toObject();
    for (const char *key : {"managedFields", "uid", "resourceVersion", "generation", "creationTimestamp", "selfLink"}) {
        meta.remove(QLatin1String(key));
    }
    QJsonObject annotations = meta.value(QLatin1String("annotations")).toObject();
    annotations.remove(QLatin1String("kubectl.kubernetes.io/last-applied-configuration"));
    if (annotations.isEmpty()) {
        meta.remove(QLatin1String("annotations"));
    } else {
        meta.insert(QLatin1String("annotations"), annotations);
    }
    o.insert(QLatin1String("metadata"), meta);
    return o;
}

} // namespace Ringside::Editor
