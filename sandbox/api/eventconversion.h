#pragma once

#include <QJsonObject>

namespace Ringside::Sandbox::EventConversion {

/*! core/v1 Event (the stored form) -> events.k8s.io/v1 Event, field by field as the conversion functions do. */
QJsonObject coreToEventsV1(const QJsonObject &core);
/*! events.k8s.io/v1 Event -> core/v1 Event. */
QJsonObject eventsV1ToCore(const QJsonObject &event);

} // namespace Ringside::Sandbox::EventConversion
