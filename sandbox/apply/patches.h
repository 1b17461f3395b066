#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Ringside::Sandbox {

class Schemas;

/*! The outcome of applying a patch: the patched document, or why the patch does not apply. \since 0.1 */
struct PatchOutcome
{
    QJsonValue value;
    QString error;           //!< set when the patch cannot be applied
    bool badRequest = false; //!< the patch document itself is malformed (400) rather than failing (422)
    bool ok() const { return error.isEmpty(); }
};

/*! RFC 6902 JSON patch (add, remove, replace, move, copy, test), with the error texts of evanphx/json-patch. */
PatchOutcome applyJsonPatch(const QJsonValue &document, const QByteArray &patch);

/*! RFC 7386 JSON merge patch. */
QJsonValue applyMergePatch(const QJsonValue &document, const QJsonValue &patch);

/*! Strategic merge patch for built-in kinds: list merge by x-kubernetes-patch-merge-key, and the directives
    $patch (replace, delete, merge), $retainKeys, $deleteFromPrimitiveList/<field> and $setElementOrder/<field>. */
PatchOutcome applyStrategicMergePatch(const Schemas &schemas, const QJsonObject &schema, const QJsonObject &document,
                                      const QJsonObject &patch);

} // namespace Ringside::Sandbox
