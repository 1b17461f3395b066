#include "requestinfo.h"

#include "http/httprequest.h"
#include "store/selectors.h"

namespace Ringside::Sandbox {

bool parseGoBool(const QString &text, bool *ok)
{
    static const QStringList yes = {QStringLiteral("1"),    QStringLiteral("t"),    QStringLiteral("T"),
                                    QStringLiteral("TRUE"), QStringLiteral("true"), QStringLiteral("True")};
    static const QStringList no = {QStringLiteral("0"),     QStringLiteral("f"),     QStringLiteral("F"),
                                   QStringLiteral("FALSE"), QStringLiteral("false"), QStringLiteral("False")};
    *ok = true;
    if (yes.contains(text)) {
        return true;
    }
    if (no.contains(text)) {
        return false;
    }
    *ok = false;
    return false;
}

RequestInfo RequestInfo::parse(const HttpRequest &request)
{
    RequestInfo info;
    info.path = request.path;
    info.verb = QString::fromLatin1(request.method).toLower();
    QString trimmed = request.path;
    while (trimmed.startsWith(u'/')) {
        trimmed.remove(0, 1);
    }
    while (trimmed.endsWith(u'/')) {
        trimmed.chop(1);
    }
    QStringList parts = trimmed.split(u'/');
    if (parts.size() < 3) {
        return info;
    }
    if (parts.first() != QLatin1String("api") && parts.first() != QLatin1String("apis")) {
        return info;
    }
    info.apiPrefix = parts.takeFirst();
    if (info.apiPrefix == QLatin1String("apis")) {
        if (parts.size() < 3) {
            return info;
        }
        info.apiGroup = parts.takeFirst();
    }
    info.isResourceRequest = true;
    info.apiVersion = parts.takeFirst();
    if (parts.first() == QLatin1String("watch") || parts.first() == QLatin1String("proxy")) {
        if (parts.size() < 2) {
            info.isResourceRequest = false;
            return info;
        }
        info.verb = parts.takeFirst();
        info.legacyWatchPrefix = info.verb == QLatin1String("watch");
    } else {
        const QByteArray m = request.method;
        if (m == "POST") {
            info.verb = QStringLiteral("create");
        } else if (m == "GET" || m == "HEAD") {
            info.verb = QStringLiteral("get");
        } else if (m == "PUT") {
            info.verb = QStringLiteral("update");
        } else if (m == "PATCH") {
            info.verb = QStringLiteral("patch");
        } else if (m == "DELETE") {
            info.verb = QStringLiteral("delete");
        } else {
            info.verb.clear();
        }
    }
    if (parts.first() == QLatin1String("namespaces")) {
        if (parts.size() > 1) {
            info.ns = parts.at(1);
            if (parts.size() > 2 && parts.at(2) != QLatin1String("status")
                && parts.at(2) != QLatin1String("finalize")) {
                parts = parts.mid(2);
            }
        }
    }
    info.parts = parts;
    if (parts.size() >= 3 && info.verb != QLatin1String("proxy")) {
        info.subresource = parts.at(2);
    }
    if (parts.size() >= 2) {
        info.name = parts.at(1);
    }
    info.resource = parts.value(0);

    if (info.name.isEmpty() && info.verb == QLatin1String("get")) {
        bool ok = false;
        const bool watch = request.hasQuery(u"watch") && parseGoBool(request.queryValue(u"watch"), &ok) && ok;
        info.verb = watch ? QStringLiteral("watch") : QStringLiteral("list");
        QString error;
        if (const auto fs = FieldSelector::parse(request.queryValue(u"fieldSelector"), &error)) {
            if (const auto name = fs->exactValue(QStringLiteral("metadata.name"))) {
                if (!name->isEmpty() && *name != QLatin1String(".") && *name != QLatin1String("..")
                    && !name->contains(u'/') && !name->contains(u'%')) {
                    info.name = *name;
                }
            }
        }
    }
    if (info.name.isEmpty() && info.verb == QLatin1String("delete")) {
        info.verb = QStringLiteral("deletecollection");
    }
    return info;
}

} // namespace Ringside::Sandbox
