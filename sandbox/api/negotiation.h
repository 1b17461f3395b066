#pragma once

#include "status.h"

#include <QByteArray>
#include <QJsonValue>

#include <optional>

namespace Ringside::Sandbox {

class HttpExchange;

/*! The response representation a client asked for with its Accept header. \since 0.1 */
struct OutputFormat
{
    enum class Kind { Json, Yaml, Table, PartialObjectMetadata, PartialObjectMetadataList };
    Kind kind = Kind::Json;
    QString metaVersion = QStringLiteral("v1"); //!< meta.k8s.io version of Table / PartialObjectMetadata
    bool pretty = false;
    enum class IncludeObject { None, Metadata, Object };
    IncludeObject includeObject = IncludeObject::Metadata;

    bool isTable() const { return kind == Kind::Table; }
    bool isPartial() const { return kind == Kind::PartialObjectMetadata || kind == Kind::PartialObjectMetadataList; }
    QByteArray contentType() const;
};

/*! Picks the first representation of \a accept the server can produce; nullopt means 406. Table and
    PartialObjectMetadata are offered only where \a allowTransforms. \since 0.1 */
std::optional<OutputFormat> negotiateOutput(const QByteArray &accept, bool allowTransforms);

/*! True for clients that get indented JSON by default (curl, Wget, browsers), as in the kube-apiserver. */
bool prefersPretty(const QByteArray &userAgent);

/*! Indents compact JSON with two spaces, as Go's json.Indent does. */
QByteArray indentJson(const QByteArray &compact);

/*! Writes a JSON body in the negotiated format (JSON, pretty JSON or YAML). \since 0.1 */
void sendEncoded(HttpExchange *exchange, int status, const OutputFormat &format, const QByteArray &json);
/*! Writes an error Status (JSON, or YAML when asked). \since 0.1 */
void sendError(HttpExchange *exchange, const ApiError &error);

/*! Prepends kind and apiVersion to a compact JSON object (stored objects omit them). \since 0.1 */
QByteArray withTypeMeta(const QByteArray &json, const QString &kind, const QString &apiVersion);
/*! The compact JSON of any value. */
QByteArray toJsonBytes(const QJsonValue &value);

} // namespace Ringside::Sandbox
