#include "kube/kubeerror.h"

#include "coretr.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Ringside {

namespace {

QString reasonForCode(int code)
{
    switch (code) {
    case 400: return u"BadRequest"_s;
    case 401: return u"Unauthorized"_s;
    case 403: return u"Forbidden"_s;
    case 404: return u"NotFound"_s;
    case 405: return u"MethodNotAllowed"_s;
    case 406: return u"NotAcceptable"_s;
    case 409: return u"Conflict"_s;
    case 410: return u"Gone"_s;
    case 415: return u"UnsupportedMediaType"_s;
    case 422: return u"Invalid"_s;
    case 429: return u"TooManyRequests"_s;
    case 500: return u"InternalError"_s;
    case 503: return u"ServiceUnavailable"_s;
    case 504: return u"Timeout"_s;
    default: return {};
    }
}

// The text client-go uses when a failed response carries no Status object.
QString messageForCode(int code, const QString &body)
{
    switch (code) {
    case 400: return CoreTr::tr("the server rejected our request for an unknown reason");
    case 401: return CoreTr::tr("the server has asked for the client to provide credentials");
    case 403: return CoreTr::tr("the server does not allow access to the requested resource");
    case 404: return CoreTr::tr("the server could not find the requested resource");
    case 405: return CoreTr::tr("the server does not allow this method on the requested resource");
    case 406: return CoreTr::tr("the server was unable to respond with a content type that the client supports");
    case 409: return CoreTr::tr("the server reported a conflict");
    case 410: return CoreTr::tr("the requested resource version is too old (gone)");
    case 415: return CoreTr::tr("the server does not support the content type of the request");
    case 422: return CoreTr::tr("the server rejected the object as invalid");
    case 429: return CoreTr::tr("the server has received too many requests and has asked us to try again later");
    case 500:
        return body.isEmpty() ? CoreTr::tr("an error on the server has prevented the request from succeeding")
                              : CoreTr::tr("an error on the server (\"%1\") has prevented the request from succeeding").arg(body);
    case 503: return CoreTr::tr("the server is currently unable to handle the request");
    case 504: return CoreTr::tr("the server was unable to return a response in the time allotted, but may still be processing the request");
    default:
        return body.isEmpty() ? CoreTr::tr("the server responded with the status code %1").arg(code)
                              : CoreTr::tr("the server responded with the status code %1: %2").arg(code).arg(body);
    }
}

} // namespace

QList<FieldConflict> KubeError::fieldConflicts() const
{
    static const QRegularExpression managerRe(u"conflict with \"([^\"]*)\""_s);
    QList<FieldConflict> out;
    for (const StatusCause &c : causes) {
        if (c.reason != QLatin1String("FieldManagerConflict")) {
            continue;
        }
        FieldConflict f;
        f.field = c.field;
        f.message = c.message;
        const QRegularExpressionMatch m = managerRe.match(c.message);
        f.manager = m.hasMatch() ? m.captured(1) : QString();
        out.append(f);
    }
    return out;
}

QString KubeError::requestString() const
{
    if (url.isEmpty()) {
        return {};
    }
    return QString::fromLatin1(method) + u' ' + safeUrl(url).toString();
}

QString KubeError::toString() const
{
    if (kind == Kind::Http) {
        if (reason.isEmpty()) {
            return CoreTr::tr("Error from server: %1").arg(message);
        }
        return CoreTr::tr("Error from server (%1): %2").arg(reason, message);
    }
    return message;
}

KubeError KubeError::make(Kind kind, const QString &message, const QByteArray &method, const QUrl &url)
{
    KubeError e;
    e.kind = kind;
    e.message = message;
    e.method = method;
    e.url = safeUrl(url);
    return e;
}

QUrl KubeError::safeUrl(const QUrl &url)
{
    QUrl u = url;
    u.setUserInfo(QString());
    // An exec's arguments travel in the query (command=cqlsh&command=-p&command=PASSWORD): keep the program only.
    if (u.path().endsWith(QLatin1String("/exec")) && u.hasQuery()) {
        QUrlQuery query(u);
        const QStringList command = query.allQueryItemValues(u"command"_s);
        if (command.size() > 1) {
            query.removeAllQueryItems(u"command"_s);
            query.addQueryItem(u"command"_s, command.constFirst());
            query.addQueryItem(u"command"_s, u"…"_s);
            u.setQuery(query);
        }
    }
    return u;
}

KubeError KubeError::fromHttp(int httpStatus, const QByteArray &body, const QByteArray &method, const QUrl &url)
{
    KubeError e;
    e.kind = Kind::Http;
    e.httpStatus = httpStatus;
    e.method = method;
    e.url = safeUrl(url);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    const QJsonObject o = doc.object();
    if (pe.error == QJsonParseError::NoError && o.value(u"kind"_s).toString() == QLatin1String("Status")) {
        e.status = o;
        e.reason = o.value(u"reason"_s).toString();
        e.message = o.value(u"message"_s).toString();
        const int code = o.value(u"code"_s).toInt();
        if (code > 0 && httpStatus == 0) {
            e.httpStatus = code;
        }
        const QJsonArray causes = o.value(u"details"_s).toObject().value(u"causes"_s).toArray();
        for (const QJsonValue &v : causes) {
            const QJsonObject c = v.toObject();
            e.causes.append({c.value(u"reason"_s).toString(), c.value(u"message"_s).toString(), c.value(u"field"_s).toString()});
        }
        if (e.message.isEmpty()) {
            e.message = messageForCode(e.httpStatus, QString());
        }
        return e;
    }
    e.reason = reasonForCode(httpStatus);
    QString text = QString::fromUtf8(body.left(512)).trimmed();
    if (text.startsWith(u'<')) {
        text.clear(); // an HTML error page from a proxy says nothing useful
    }
    e.message = messageForCode(httpStatus, text);
    e.bodyText = text;
    return e;
}

} // namespace Ringside
