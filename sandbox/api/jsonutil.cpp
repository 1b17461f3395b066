#include "jsonutil.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

namespace Ringside::Sandbox::Json {

void setMeta(QJsonObject &o, QLatin1String key, const QJsonValue &value)
{
    QJsonObject m = meta(o);
    m.insert(key, value);
    o.insert(QLatin1String("metadata"), m);
}

void removeMeta(QJsonObject &o, QLatin1String key)
{
    QJsonObject m = meta(o);
    m.remove(key);
    o.insert(QLatin1String("metadata"), m);
}

QJsonValue at(const QJsonObject &o, QStringView dottedPath)
{
    QJsonValue v = o;
    for (const QStringView part : dottedPath.split(u'.')) {
        if (!v.isObject()) {
            return QJsonValue(QJsonValue::Undefined);
        }
        v = v.toObject().value(part);
    }
    return v;
}

static void setAtImpl(QJsonObject &o, const QList<QStringView> &parts, qsizetype i, const QJsonValue &value,
                      bool remove)
{
    const QString key = parts.at(i).toString();
    if (i == parts.size() - 1) {
        if (remove) {
            o.remove(key);
        } else {
            o.insert(key, value);
        }
        return;
    }
    QJsonObject child = o.value(key).toObject();
    if (remove && !o.contains(key)) {
        return;
    }
    setAtImpl(child, parts, i + 1, value, remove);
    o.insert(key, child);
}

void setAt(QJsonObject &o, QStringView dottedPath, const QJsonValue &value)
{
    setAtImpl(o, dottedPath.split(u'.'), 0, value, false);
}

void removeAt(QJsonObject &o, QStringView dottedPath)
{
    setAtImpl(o, dottedPath.split(u'.'), 0, QJsonValue(), true);
}

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString microTimestamp(const QDateTime &time)
{
    const QDateTime t = time.toUTC();
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1String("000Z");
}

QDateTime parseTimestamp(const QString &text)
{
    // Fast path for what the server itself writes: "2024-05-01T10:00:00Z".
    if (text.size() == 20 && text.at(4) == u'-' && text.at(10) == u'T' && text.at(19) == u'Z') {
        const auto num = [&](int from, int length) { return QStringView(text).mid(from, length).toInt(); };
        const QDate date(num(0, 4), num(5, 2), num(8, 2));
        const QTime time(num(11, 2), num(14, 2), num(17, 2));
        if (date.isValid() && time.isValid()) {
            return QDateTime(date, time, QTimeZone::UTC);
        }
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        QString trimmed = text;
        // Go may write nanoseconds; Qt reads at most milliseconds.
        static const QRegularExpression frac(QStringLiteral("\\.(\\d{3})\\d+"));
        trimmed.replace(frac, QStringLiteral(".\\1"));
        t = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    }
    return t.toUTC();
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString randomSuffix()
{
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    QString s;
    for (int i = 0; i < 5; ++i) {
        s += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))]);
    }
    return s;
}

bool equal(const QJsonValue &a, const QJsonValue &b)
{
    return a == b;
}

} // namespace Ringside::Sandbox::Json
