#pragma once

// Prometheus HTTP API answers as the real server writes them (kept in a .cpp without Q_OBJECT: moc and raw strings).

#include <QByteArray>

namespace Ringside::Metrics::Test {

QByteArray vectorBody();      // two series, values "0.5" and "NaN", with a warning
QByteArray matrixBody();      // one series with "+Inf", "-Inf" and regular values
QByteArray scalarBody();      // [t, "42"]
QByteArray stringBody();      // [t, "hello"]
QByteArray badDataBody();     // status error, errorType bad_data
QByteArray seriesBody();      // two label sets
QByteArray labelValuesBody(); // ["a", "b"]
QByteArray buildInfoBody();   // version 2.53.3
QByteArray proxyErrorHtml();  // a 502 page from a reverse proxy

} // namespace Ringside::Metrics::Test
