#pragma once

// Helpers shared by the Cassandra parser tests (header-only; no Q_OBJECT here).

#include "testsupport.h"

#include "cassandra/nodetoolcommon.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ringside::Test {

inline QByteArray readDataBytes(const QString &relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("cannot read test data %s", qPrintable(relative));
        return {};
    }
    return f.readAll();
}

inline QString readData(const QString &relative)
{
    return QString::fromUtf8(readDataBytes(relative));
}

inline QString jsonDump(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

/*! Parser output as JSON, or the error. */
struct Outcome
{
    QJsonObject json;
    Cassandra::ParseError error;
};

template<typename Result>
Outcome outcomeOf(const Result &r)
{
    Outcome o;
    if (r.isOk()) {
        o.json = r.value().toJson();
    } else {
        o.error = r.error();
    }
    return o;
}

} // namespace Ringside::Test
