#include "tables.h"

#include "jsonutil.h"
#include "resourceservice.h"

#include <QRegularExpression>

namespace Ringside::Sandbox {

static const QString NameDescription = QStringLiteral(
    "Name must be unique within a namespace. Is required when creating resources, although some resources may allow "
    "a client to request the generation of an appropriate name automatically. Name is primarily intended for creation "
    "idempotence and configuration definition. Cannot be updated. More info: "
    "https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names");

QString humanAge(const QString &timestamp)
{
    if (timestamp.isEmpty()) {
        return QStringLiteral("<unknown>");
    }
    const QDateTime t = Json::parseTimestamp(timestamp);
    if (!t.isValid()) {
        return QStringLiteral("<unknown>");
    }
    const qint64 seconds = t.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < -1) {
        return QStringLiteral("<invalid>");
    }
    if (seconds < 0) {
        return QStringLiteral("0s");
    }
    if (seconds < 60 * 2) {
        return QStringLiteral("%1s").arg(seconds);
    }
    const qint64 minutes = seconds / 60;
    if (minutes < 10) {
        const qint64 s = seconds % 60;
        return s == 0 ? QStringLiteral("%1m").arg(minutes) : QStringLiteral("%1m%2s").arg(minutes).arg(s);
    }
    if (minutes < 60 * 3) {
        return QStringLiteral("%1m").arg(minutes);
    }
    const qint64 hours = minutes / 60;
    if (hours < 8) {
        const qint64 m = minutes % 60;
        return m == 0 ? QStringLiteral("%1h").arg(hours) : QStringLiteral("%1h%2m").arg(hours).arg(m);
    }
    if (hours < 48) {
        return QStringLiteral("%1h").arg(hours);
    }
    if (hours < 24 * 8) {
        const qint64 h = hours % 24;
        return h == 0 ? QStringLiteral("%1d").arg(hours / 24) : QStringLiteral("%1d%2h").arg(hours / 24).arg(h);
    }
    if (hours < 24 * 365 * 2) {
        return QStringLiteral("%1d").arg(hours / 24);
    }
    if (hours < 24 * 365 * 8) {
        const qint64 dy = (hours / 24) % 365;
        return dy == 0 ? QStringLiteral("%1y").arg(hours / 24 / 365)
                       : QStringLiteral("%1y%2d").arg(hours / 24 / 365).arg(dy);
    }
    return QStringLiteral("%1y").arg(hours / 24 / 365);
}

QJsonValue evaluateJsonPath(const QJsonValue &root, const QString &pathIn, bool *found)
{
    *found = false;
    QString path = pathIn.trimmed();
    if (path.startsWith(u'{') && path.endsWith(u'}')) {
        path = path.mid(1, path.size() - 2);
    }
    if (path.startsWith(u'$')) {
        path.remove(0, 1);
    }
    static const QRegularExpression token(
        QStringLiteral(R"(\.([^.\[]+)|\[(\d+)\]|\[\?\(@\.([\w.]+)\s*==\s*["']([^"']*)["']\)\])"));
    QJsonValue v = root;
    qsizetype pos = 0;
    while (pos < path.size()) {
        const QRegularExpressionMatch m
            = token.match(path, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch()) {
            return {};
        }
        pos = m.capturedEnd();
        if (m.capturedLength(1) > 0) {
            if (!v.isObject() || !v.toObject().contains(m.captured(1))) {
                return {};
            }
            v = v.toObject().value(m.captured(1));
        } else if (m.capturedLength(2) > 0) {
            const qsizetype i = m.captured(2).toLongLong();
            if (!v.isArray() || i >= v.toArray().size()) {
                return {};
            }
            v = v.toArray().at(i);
        } else {
            if (!v.isArray()) {
                return {};
            }
            QJsonValue hit;
            bool any = false;
            for (const QJsonValue &item : v.toArray()) {
                bool f = false;
                const QJsonValue field = evaluateJsonPath(item, u'.' + m.captured(3), &f);
                if (f
                    && (field.toString() == m.captured(4)
                        || (field.isDouble() && QString::number(field.toDouble()) == m.captured(4)))) {
                    hit = item;
                    any = true;
                    break;
                }
            }
            if (!any) {
                return {};
            }
            v = hit;
        }
    }
    *found = true;
    return v;
}

TableConverter::TableConverter(const ResourceService *service)
    : m_service(service)
{}

static QJsonObject column(const QString &name, const QString &type, const QString &format, const QString &description,
                          int priority)
{
    return {{QLatin1String("name"), name},
            {QLatin1String("type"), type},
            {QLatin1String("format"), format},
            {QLatin1String("description"), description},
            {QLatin1String("priority"), priority}};
}

QJsonArray TableConverter::columnDefinitions(const ResourceType &type) const
{
    if (type.isCustom()) {
        QJsonArray columns{
            column(QStringLiteral("Name"), QStringLiteral("string"), QStringLiteral("name"), NameDescription, 0)};
        QList<PrinterColumn> extra = type.columns;
        if (extra.isEmpty()) {
            extra.append({QStringLiteral("Age"), QStringLiteral("date"), QString(), QString(),
                          QStringLiteral(".metadata.creationTimestamp"), 0});
        }
        for (const PrinterColumn &c : std::as_const(extra)) {
            const QString description
                = c.description.isEmpty()
                      ? QLatin1String("Custom resource definition column (in JSONPath format): ") + c.jsonPath
                      : c.description;
            columns.append(column(c.name, c.type, c.format, description, c.priority));
        }
        return columns;
    }
    if (const BuiltinPrinter *p = builtinPrinter(type.storageKey())) {
        return p->columns;
    }
    return {column(QStringLiteral("Name"), QStringLiteral("string"), QStringLiteral("name"), NameDescription, 0),
            column(QStringLiteral("Created At"), QStringLiteral("date"), QString(),
                   QStringLiteral(
                       "CreationTimestamp is a timestamp representing the server time when this object was "
                       "created. It is not guaranteed to be set in happens-before order across separate "
                       "operations. Clients may not set this value. It is represented in RFC3339 form and is "
                       "in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: "
                       "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"),
                   0)};
}

static QJsonValue customCell(const PrinterColumn &c, const QJsonObject &object)
{
    bool found = false;
    const QJsonValue v = evaluateJsonPath(object, c.jsonPath, &found);
    if (!found || v.isNull()) {
        return QJsonValue();
    }
    if (c.type == QLatin1String("date")) {
        return v.isString() ? QJsonValue(humanAge(v.toString())) : QJsonValue(QStringLiteral("<invalid>"));
    }
    if (c.type == QLatin1String("integer")) {
        return v.isDouble() ? QJsonValue(v.toInteger()) : QJsonValue();
    }
    if (c.type == QLatin1String("number")) {
        return v.isDouble() ? v : QJsonValue();
    }
    if (c.type == QLatin1String("boolean")) {
        return v.isBool() ? v : QJsonValue();
    }
    if (v.isString()) {
        return v;
    }
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    return QString::fromUtf8(toJsonBytes(v));
}

QJsonObject TableConverter::partial(const QJsonObject &stored, const OutputFormat &format) const
{
    return {{QLatin1String("kind"), QLatin1String("PartialObjectMetadata")},
            {QLatin1String("apiVersion"), QString(QLatin1String("meta.k8s.io/") + format.metaVersion)},
            {QLatin1String("metadata"), Json::meta(stored)}};
}

QJsonObject TableConverter::row(const ResourceType &type, const QJsonObject &stored, const OutputFormat &format) const
{
    QJsonArray cells;
    QJsonArray conditions;
    if (type.isCustom()) {
        const QJsonObject served = m_service->toServed(type, stored);
        cells.append(Json::name(stored));
        QList<PrinterColumn> extra = type.columns;
        if (extra.isEmpty()) {
            extra.append({QStringLiteral("Age"), QStringLiteral("date"), QString(), QString(),
                          QStringLiteral(".metadata.creationTimestamp"), 0});
        }
        for (const PrinterColumn &c : std::as_const(extra)) {
            cells.append(customCell(c, served));
        }
    } else if (const BuiltinPrinter *p = builtinPrinter(type.storageKey())) {
        cells = p->cells(stored, &conditions);
    } else {
        cells = {Json::name(stored), Json::metaString(stored, QLatin1String("creationTimestamp"))};
    }
    QJsonObject r{{QLatin1String("cells"), cells}};
    if (!conditions.isEmpty()) {
        r.insert(QLatin1String("conditions"), conditions);
    }
    switch (format.includeObject) {
    case OutputFormat::IncludeObject::None: break;
    case OutputFormat::IncludeObject::Metadata: r.insert(QLatin1String("object"), partial(stored, format)); break;
    case OutputFormat::IncludeObject::Object:
        r.insert(QLatin1String("object"), m_service->toServed(type, stored));
        break;
    }
    return r;
}

QJsonObject TableConverter::table(const ResourceType &type, const QJsonArray &rows, bool headers,
                                  const QJsonObject &listMeta, const OutputFormat &format) const
{
    QJsonObject t{{QLatin1String("kind"), QLatin1String("Table")},
                  {QLatin1String("apiVersion"), QString(QLatin1String("meta.k8s.io/") + format.metaVersion)},
                  {QLatin1String("metadata"), listMeta},
                  {QLatin1String("rows"), rows}};
    t.insert(QLatin1String("columnDefinitions"), headers ? QJsonValue(columnDefinitions(type)) : QJsonValue());
    return t;
}

} // namespace Ringside::Sandbox
