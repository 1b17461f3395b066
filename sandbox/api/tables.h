#pragma once

#include "negotiation.h"
#include "resourcetype.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Ringside::Sandbox {

class ResourceService;

/*! Column definitions and cells of a built-in kind, as pkg/printers/internalversion prints them (server side,
    so with the wide columns). \since 0.1 */
struct BuiltinPrinter
{
    QJsonArray columns;
    /*! Cells for one stored object; \a conditions receives row conditions (completed pods). */
    QJsonArray (*cells)(const QJsonObject &object, QJsonArray *conditions) = nullptr;
};

/*! The printer of a built-in storage key, or nullptr (the default Name / Created At table). */
const BuiltinPrinter *builtinPrinter(const QString &storageKey);

/*! "5m", "3d4h": k8s.io/apimachinery duration.HumanDuration of the time since \a timestamp, or "<unknown>". */
QString humanAge(const QString &timestamp);
/*! A small JSONPath evaluator for CRD printer columns (".a.b[0].c", ".a[?(@.type==\"x\")].b"). */
QJsonValue evaluateJsonPath(const QJsonValue &root, const QString &path, bool *found);

/*! Converts objects to meta.k8s.io Tables (get, list and watch with as=Table) and PartialObjectMetadata.
    \since 0.1 */
class TableConverter
{
public:
    explicit TableConverter(const ResourceService *service);

    QJsonArray columnDefinitions(const ResourceType &type) const;
    /*! One row for a stored object. */
    QJsonObject row(const ResourceType &type, const QJsonObject &stored, const OutputFormat &format) const;
    /*! A Table; \a headers false leaves columnDefinitions null (watch events after the first). */
    QJsonObject table(const ResourceType &type, const QJsonArray &rows, bool headers, const QJsonObject &listMeta,
                      const OutputFormat &format) const;
    /*! PartialObjectMetadata of a stored object. */
    QJsonObject partial(const QJsonObject &stored, const OutputFormat &format) const;

private:
    const ResourceService *m_service;
};

} // namespace Ringside::Sandbox
