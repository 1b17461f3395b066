#pragma once

#include <QString>
#include <QStringList>

namespace Ringside::Sandbox {

struct HttpRequest;

/*! What a request path means, parsed as the kube-apiserver's RequestInfoFactory does. \since 0.1 */
struct RequestInfo
{
    bool isResourceRequest = false;
    QString path;
    QString verb;      //!< get, list, watch, create, update, patch, delete, deletecollection, proxy
    QString apiPrefix; //!< "api" or "apis"
    QString apiGroup;
    QString apiVersion;
    QString ns;
    QString resource;
    QString subresource;
    QString name;
    QStringList parts;              //!< resource/name/subresource/... relative to the resource
    bool legacyWatchPrefix = false; //!< the deprecated /api/v1/watch/... form

    static RequestInfo parse(const HttpRequest &request);
};

/*! Go's strconv.ParseBool; \a ok is false for anything else. \since 0.1 */
bool parseGoBool(const QString &text, bool *ok);

} // namespace Ringside::Sandbox
