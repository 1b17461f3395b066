#include "cassandra/ops/validation.h"

#include "coretr.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace Ringside::Cassandra::Ops {

QString checkDns1123Label(const QString &name, const QString &what)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    if (name.isEmpty()) {
        return CoreTr::tr("%1 must not be empty").arg(what);
    }
    if (name.size() > 63) {
        return CoreTr::tr("%1 \"%2\" is longer than 63 characters").arg(what, name);
    }
    if (!re.match(name).hasMatch()) {
        return CoreTr::tr("%1 \"%2\" is not a valid DNS-1123 label: use lower-case letters, digits and '-', starting "
                          "and ending with a letter or digit")
            .arg(what, name);
    }
    return {};
}

QString checkDns1123Subdomain(const QString &name, const QString &what)
{
    if (name.isEmpty()) {
        return CoreTr::tr("%1 must not be empty").arg(what);
    }
    if (name.size() > 253) {
        return CoreTr::tr("%1 \"%2\" is longer than 253 characters").arg(what, name);
    }
    const QStringList labels = name.split(u'.');
    for (const QString &l : labels) {
        if (!checkDns1123Label(l, what).isEmpty()) {
            return CoreTr::tr("%1 \"%2\" is not a valid DNS-1123 subdomain: use lower-case letters, digits, '-' and '.'")
                .arg(what, name);
        }
    }
    return {};
}

int compareVersions(const QString &a, const QString &b)
{
    const QStringList pa = a.split(u'.');
    const QStringList pb = b.split(u'.');
    for (qsizetype i = 0; i < std::max(pa.size(), pb.size()); ++i) {
        const int x = i < pa.size() ? pa.at(i).toInt() : 0;
        const int y = i < pb.size() ? pb.at(i).toInt() : 0;
        if (x != y) {
            return x < y ? -1 : 1;
        }
    }
    return 0;
}

QString checkServerVersion(const QString &serverType, const QString &version)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\.(\\d+)\\.(\\d+)$"));
    const auto m = re.match(version);
    if (!m.hasMatch()) {
        return CoreTr::tr("version \"%1\" is not of the form MAJOR.MINOR.PATCH (e.g. 4.1.5)").arg(version);
    }
    const QString line = m.captured(1) + u'.' + m.captured(2);
    const int major = m.captured(1).toInt();
    if (serverType == QLatin1String("cassandra")) {
        static const QStringList lines{QStringLiteral("3.11"), QStringLiteral("4.0"), QStringLiteral("4.1"), QStringLiteral("5.0")};
        if (!lines.contains(line)) {
            return CoreTr::tr("Cassandra %1 is not supported: use 3.11.x, 4.0.x, 4.1.x or 5.0.x").arg(version);
        }
    } else if (serverType == QLatin1String("dse")) {
        if (line != QLatin1String("6.8") && line != QLatin1String("6.9") && major != 7) {
            return CoreTr::tr("DSE %1 is not supported: use 6.8.x, 6.9.x or 7.x").arg(version);
        }
    } else if (serverType == QLatin1String("hcd")) {
        if (major != 1) {
            return CoreTr::tr("HCD %1 is not supported: use 1.x (e.g. 1.2.0)").arg(version);
        }
    } else {
        return CoreTr::tr("unknown server type \"%1\": use cassandra, dse or hcd").arg(serverType);
    }
    return {};
}

QString checkUpgrade(const QString &serverType, const QString &current, const QString &version)
{
    const QString invalid = checkServerVersion(serverType, version);
    if (!invalid.isEmpty()) {
        return invalid;
    }
    if (current.isEmpty()) {
        return {};
    }
    const int c = compareVersions(version, current);
    if (c == 0) {
        return CoreTr::tr("the cluster already runs %1").arg(version);
    }
    if (c < 0) {
        return CoreTr::tr("%1 is older than the running %2: downgrades are not supported").arg(version, current);
    }
    return {};
}

QString checkQuantity(const QString &quantity, const QString &what)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$"));
    if (!re.match(quantity).hasMatch()) {
        return CoreTr::tr("%1 \"%2\" is not a quantity (e.g. 10Gi, 512Mi, 2)").arg(what, quantity);
    }
    return {};
}

namespace {

bool parseField(QString field, int min, int max, const QStringList &names, quint64 *bits, bool *restricted, QString *error)
{
    *bits = 0;
    *restricted = field != QLatin1String("*") && field != QLatin1String("?");
    const QStringList parts = field.split(u',');
    for (const QString &partIn : parts) {
        QString part = partIn;
        int step = 1;
        const qsizetype slash = part.indexOf(u'/');
        if (slash >= 0) {
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step <= 0) {
                *error = CoreTr::tr("bad step in \"%1\"").arg(partIn);
                return false;
            }
            part.truncate(slash);
        }
        const auto value = [&](const QString &t, int *out) {
            bool ok = false;
            *out = t.toInt(&ok);
            if (!ok) {
                const qsizetype idx = names.indexOf(t.toUpper());
                if (idx < 0) {
                    return false;
                }
                *out = int(idx) + min;
            }
            return *out >= min && *out <= max;
        };
        int lo = min;
        int hi = max;
        if (part == QLatin1String("*") || part == QLatin1String("?")) {
        } else if (const qsizetype dash = part.indexOf(u'-'); dash > 0) {
            if (!value(part.left(dash), &lo) || !value(part.mid(dash + 1), &hi) || lo > hi) {
                *error = CoreTr::tr("bad range \"%1\" (allowed %2-%3)").arg(partIn).arg(min).arg(max);
                return false;
            }
        } else {
            if (!value(part, &lo)) {
                *error = CoreTr::tr("bad value \"%1\" (allowed %2-%3)").arg(partIn).arg(min).arg(max);
                return false;
            }
            hi = slash >= 0 ? max : lo;
        }
        for (int v = lo; v <= hi; v += step) {
            *bits |= quint64(1) << v;
        }
    }
    return true;
}

} // namespace

std::optional<CronSchedule> CronSchedule::parse(const QString &textIn, QString *error)
{
    QString text = textIn.simplified();
    static const QList<std::pair<const char *, const char *>> macros{{"@yearly", "0 0 1 1 *"}, {"@annually", "0 0 1 1 *"},
                                                                     {"@monthly", "0 0 1 * *"}, {"@weekly", "0 0 * * 0"},
                                                                     {"@daily", "0 0 * * *"},   {"@midnight", "0 0 * * *"},
                                                                     {"@hourly", "0 * * * *"}};
    for (const auto &[macro, expansion] : macros) {
        if (text == QLatin1String(macro)) {
            text = QLatin1String(expansion);
        }
    }
    const QStringList fields = text.split(u' ', Qt::SkipEmptyParts);
    if (fields.size() != 5) {
        *error = CoreTr::tr("cron schedule \"%1\" must have 5 fields (minute hour day-of-month month day-of-week)").arg(textIn);
        return std::nullopt;
    }
    static const QStringList months{QStringLiteral("JAN"), QStringLiteral("FEB"), QStringLiteral("MAR"), QStringLiteral("APR"),
                                    QStringLiteral("MAY"), QStringLiteral("JUN"), QStringLiteral("JUL"), QStringLiteral("AUG"),
                                    QStringLiteral("SEP"), QStringLiteral("OCT"), QStringLiteral("NOV"), QStringLiteral("DEC")};
    static const QStringList days{QStringLiteral("SUN"), QStringLiteral("MON"), QStringLiteral("TUE"), QStringLiteral("WED"),
                                  QStringLiteral("THU"), QStringLiteral("FRI"), QStringLiteral("SAT")};
    CronSchedule s;
    quint64 bits = 0;
    bool restricted = false;
    QString e;
    const char *names[] = {"minute", "hour", "day of month", "month", "day of week"};
    const int mins[] = {0, 0, 1, 1, 0};
    const int maxs[] = {59, 23, 31, 12, 7};
    for (int i = 0; i < 5; ++i) {
        if (!parseField(fields.at(i), mins[i], maxs[i], i == 3 ? months : i == 4 ? days : QStringList(), &bits, &restricted, &e)) {
            *error = CoreTr::tr("cron schedule \"%1\": %2: %3").arg(textIn, QLatin1String(names[i]), e);
            return std::nullopt;
        }
        switch (i) {
        case 0:
            s.m_minutes = bits;
            break;
        case 1:
            s.m_hours = quint32(bits);
            break;
        case 2:
            s.m_days = quint32(bits);
            s.m_dayRestricted = restricted;
            break;
        case 3:
            s.m_months = quint32(bits);
            break;
        default:
            s.m_weekdays = quint32(bits | ((bits >> 7) & 1)); // 7 is Sunday too
            s.m_weekdayRestricted = restricted;
            break;
        }
    }
    return s;
}

bool CronSchedule::matches(const QDateTime &t) const
{
    const QDate d = t.date();
    const QTime tm = t.time();
    if (!(m_minutes & (quint64(1) << tm.minute())) || !(m_hours & (1u << tm.hour())) || !(m_months & (1u << d.month()))) {
        return false;
    }
    const bool dayOk = m_days & (1u << d.day());
    const bool weekdayOk = m_weekdays & (1u << (d.dayOfWeek() % 7));
    if (m_dayRestricted && m_weekdayRestricted) {
        return dayOk || weekdayOk; // cron: either matches when both are restricted
    }
    return dayOk && weekdayOk;
}

QDateTime CronSchedule::next(const QDateTime &after) const
{
    QDateTime t = after;
    t.setTime(QTime(t.time().hour(), t.time().minute()));
    t = t.addSecs(60);
    const QDateTime limit = after.addYears(5);
    while (t < limit) {
        if (!(m_months & (1u << t.date().month()))) {
            t = QDateTime(QDate(t.date().year(), t.date().month(), 1).addMonths(1), QTime(0, 0), t.timeZone());
            continue;
        }
        const bool dayOk = m_days & (1u << t.date().day());
        const bool weekdayOk = m_weekdays & (1u << (t.date().dayOfWeek() % 7));
        const bool dateOk = (m_dayRestricted && m_weekdayRestricted) ? (dayOk || weekdayOk) : (dayOk && weekdayOk);
        if (!dateOk) {
            t = QDateTime(t.date().addDays(1), QTime(0, 0), t.timeZone());
            continue;
        }
        if (!(m_hours & (1u << t.time().hour()))) {
            t = t.addSecs(3600 - t.time().minute() * 60);
            continue;
        }
        if (!(m_minutes & (quint64(1) << t.time().minute()))) {
            t = t.addSecs(60);
            continue;
        }
        return t;
    }
    return {};
}

} // namespace Ringside::Cassandra::Ops
