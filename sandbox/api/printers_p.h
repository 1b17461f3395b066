#pragma once

// Internal to the built-in printers: the cell functions (printers.cpp) and column helpers (printercolumns.cpp).
#include "tables.h"

namespace Ringside::Sandbox::Printers {

extern const QString NameDoc;
extern const QString AgeDoc;
QJsonObject col(const char *name, const char *type, const QString &description, int priority = 0,
                const char *format = "");
QJsonObject nameCol();
QJsonObject ageCol();

QJsonArray podCells(const QJsonObject &pod, QJsonArray *conditions);
QJsonArray deploymentCells(const QJsonObject &d, QJsonArray *);
QJsonArray statefulSetCells(const QJsonObject &s, QJsonArray *);
QJsonArray serviceCells(const QJsonObject &svc, QJsonArray *);
QJsonArray endpointsCells(const QJsonObject &ep, QJsonArray *);
QJsonArray nodeCells(const QJsonObject &node, QJsonArray *);
QJsonArray eventCells(const QJsonObject &e, QJsonArray *);
QJsonArray namespaceCells(const QJsonObject &ns, QJsonArray *);
QJsonArray configMapCells(const QJsonObject &cm, QJsonArray *);
QJsonArray secretCells(const QJsonObject &s, QJsonArray *);
QJsonArray serviceAccountCells(const QJsonObject &sa, QJsonArray *);
QJsonArray claimCells(const QJsonObject &pvc, QJsonArray *);
QJsonArray volumeCells(const QJsonObject &pv, QJsonArray *);
QJsonArray storageClassCells(const QJsonObject &sc, QJsonArray *);

} // namespace Ringside::Sandbox::Printers
