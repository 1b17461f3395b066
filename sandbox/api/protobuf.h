#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Ringside::Sandbox {

/*! Decodes the Kubernetes protobuf envelope ("k8s\0" + runtime.Unknown) of the built-in kinds kubectl's typed
    clients send (kubectl create configmap|secret|deployment|service|namespace|serviceaccount, kubectl run,
    kubectl auth can-i), into the JSON the same object would have. Field numbers follow k8s.io/api's
    generated.proto; fields the sandbox does not know are skipped. \since 0.1 */
namespace Protobuf {

/*! True when \a body starts with the "k8s\0" magic. */
bool hasEnvelope(const QByteArray &body);
/*! The object, or an empty object and \a error (a message for a 400/415 Status). */
QJsonObject decode(const QByteArray &body, QString *error, bool *unsupportedKind);

} // namespace Protobuf

} // namespace Ringside::Sandbox
