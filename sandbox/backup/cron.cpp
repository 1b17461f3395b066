#include "cron.h"

#include "sandboxtr.h"

#include <QStringList>
#include <QTimeZone>

namespace Ringside::Sandbox::Backup {

namespace {

int nameValue(const QString &text, bool months)
{
    static const char *monthNames[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                       "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    static const char *dayNames[] = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
    const QString upper = text.toUpper();
    if (months) {
        for (int i = 0; i < 12; ++i) {
            if (upper == QLatin1String(monthNames[i])) {
                return i + 1;
            }
        }
    } else {
        for (int i = 0; i < 7; ++i) {
            if (upper == QLatin1String(dayNames[i])) {
                return i;
            }
        }
    }
    return -1;
}

// Parses one field into bits [low, high]; names allowed for months/weekdays. Sets *star for "*" or "?".
template<size_t N>
bool parseField(const QString &field, int low, int high, bool months, bool weekdays, std::bitset<N> *bits,
                bool *star, const QString &fieldName, QString *error)
{
    *star = false;
    for (const QString &part : field.split(u',')) {
        QString range = part;
        int step = 1;
        const qsizetype slash = part.indexOf(u'/');
        if (slash >= 0) {
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step <= 0) {
                *error = SandboxTr::tr("invalid step \"%1\" in the %2 field").arg(part.mid(slash + 1), fieldName);
                return false;
            }
            range = part.left(slash);
        }
        int from = low;
        int to = high;
        if (range == QLatin1String("*") || range == QLatin1String("?")) {
            if (slash < 0) {
                *star = true;
            }
        } else {
            const auto value = [&](const QString &t, int *out) {
                bool ok = false;
                int v = t.toInt(&ok);
                if (!ok) {
                    v = (months || weekdays) ? nameValue(t, months) : -1;
                    ok = v >= 0;
                }
                if (weekdays && v == 7) {
                    v = 0; // 7 is Sunday too
                }
                if (!ok || v < low || v > high) {
                    *error = SandboxTr::tr("value \"%1\" out of range [%2, %3] in the %4 field")
                                 .arg(t)
                                 .arg(low)
                                 .arg(high)
                                 .arg(fieldName);
                    return false;
                }
                *out = v;
                return true;
            };
            const qsizetype dash = range.indexOf(u'-');
            if (dash > 0) {
                if (!value(range.left(dash), &from) || !value(range.mid(dash + 1), &to)) {
                    return false;
                }
                if (from > to) {
                    *error = SandboxTr::tr("range \"%1\" goes backwards in the %2 field").arg(range, fieldName);
                    return false;
                }
            } else {
                if (!value(range, &from)) {
                    return false;
                }
                to = slash >= 0 ? high : from;
            }
        }
        for (int v = from; v <= to; v += step) {
            bits->set(size_t(weekdays && v == 7 ? 0 : v)); // 7 is Sunday too
        }
    }
    return true;
}

qint64 parseDuration(const QString &text, QString *error)
{
    // Go's time.ParseDuration subset: sequences of <number><unit>, units h, m, s, ms.
    qint64 total = 0;
    qsizetype i = 0;
    if (text.isEmpty()) {
        *error = SandboxTr::tr("@every needs a duration, for example @every 1h30m");
        return -1;
    }
    while (i < text.size()) {
        qsizetype j = i;
        while (j < text.size() && (text.at(j).isDigit() || text.at(j) == u'.')) {
            ++j;
        }
        bool ok = false;
        const double number = text.mid(i, j - i).toDouble(&ok);
        qsizetype k = j;
        while (k < text.size() && text.at(k).isLetter()) {
            ++k;
        }
        const QString unit = text.mid(j, k - j);
        double factor = 0;
        if (unit == QLatin1String("h")) {
            factor = 3600000;
        } else if (unit == QLatin1String("m")) {
            factor = 60000;
        } else if (unit == QLatin1String("s")) {
            factor = 1000;
        } else if (unit == QLatin1String("ms")) {
            factor = 1;
        }
        if (!ok || factor == 0) {
            *error = SandboxTr::tr("invalid duration \"%1\" (use units h, m, s or ms, e.g. 1h30m)").arg(text);
            return -1;
        }
        total += qint64(number * factor);
        i = k;
    }
    if (total < 1000) {
        *error = SandboxTr::tr("the @every duration \"%1\" is shorter than one second").arg(text);
        return -1;
    }
    return total;
}

} // namespace

std::optional<CronSchedule> CronSchedule::parse(const QString &input, QString *error)
{
    QString text = input.simplified();
    if (text.startsWith(QLatin1String("TZ=")) || text.startsWith(QLatin1String("CRON_TZ="))) {
        const qsizetype space = text.indexOf(u' ');
        const QString zone = text.mid(text.indexOf(u'=') + 1, space - text.indexOf(u'=') - 1);
        if (zone != QLatin1String("UTC") && zone != QLatin1String("Etc/UTC")) {
            *error = SandboxTr::tr("only UTC schedules are supported, not time zone \"%1\"").arg(zone);
            return std::nullopt;
        }
        text = text.mid(space + 1);
    }
    CronSchedule s;
    if (text.startsWith(u'@')) {
        static const std::pair<const char *, const char *> descriptors[] = {
            {"@yearly", "0 0 1 1 *"},  {"@annually", "0 0 1 1 *"}, {"@monthly", "0 0 1 * *"},
            {"@weekly", "0 0 * * 0"},  {"@daily", "0 0 * * *"},    {"@midnight", "0 0 * * *"},
            {"@hourly", "0 * * * *"},
        };
        for (const auto &[name, expansion] : descriptors) {
            if (text == QLatin1String(name)) {
                return parse(QLatin1String(expansion), error);
            }
        }
        if (text.startsWith(QLatin1String("@every "))) {
            s.m_everyMs = parseDuration(text.mid(7).trimmed(), error);
            if (s.m_everyMs < 0) {
                return std::nullopt;
            }
            return s;
        }
        *error = SandboxTr::tr("unrecognized descriptor \"%1\"").arg(text);
        return std::nullopt;
    }
    const QStringList fields = text.split(u' ', Qt::SkipEmptyParts);
    if (fields.size() != 5) {
        *error = SandboxTr::tr("expected exactly 5 fields (minute hour day-of-month month day-of-week), found %1: \"%2\"")
                     .arg(fields.size())
                     .arg(input);
        return std::nullopt;
    }
    bool star = false;
    if (!parseField(fields[0], 0, 59, false, false, &s.m_minutes, &star, SandboxTr::tr("minute"), error)
        || !parseField(fields[1], 0, 23, false, false, &s.m_hours, &star, SandboxTr::tr("hour"), error)
        || !parseField(fields[2], 1, 31, false, false, &s.m_days, &s.m_dayStar, SandboxTr::tr("day-of-month"),
                       error)
        || !parseField(fields[3], 1, 12, true, false, &s.m_months, &star, SandboxTr::tr("month"), error)
        || !parseField(fields[4], 0, 7, false, true, &s.m_weekdays, &s.m_weekdayStar, SandboxTr::tr("day-of-week"),
                       error)) {
        return std::nullopt;
    }
    return s;
}

bool CronSchedule::matchesDay(const QDate &date) const
{
    if (!m_months.test(size_t(date.month()))) {
        return false;
    }
    const bool dom = m_days.test(size_t(date.day()));
    const bool dow = m_weekdays.test(size_t(date.dayOfWeek() % 7));
    // As robfig/cron (and Vixie cron): when either day field is a star, both must match; else either may.
    if (m_dayStar || m_weekdayStar) {
        return dom && dow;
    }
    return dom || dow;
}

QDateTime CronSchedule::next(const QDateTime &after) const
{
    const QDateTime from = after.toUTC();
    if (m_everyMs > 0) {
        // robfig's ConstantDelaySchedule: rounded down to the second, plus the delay.
        const qint64 seconds = from.toSecsSinceEpoch();
        return QDateTime::fromMSecsSinceEpoch(seconds * 1000 + m_everyMs, QTimeZone::UTC);
    }
    QDateTime t = QDateTime(from.date(), QTime(from.time().hour(), from.time().minute()), QTimeZone::UTC)
                      .addSecs(60);
    const QDate limit = from.date().addYears(5);
    QDate day = t.date();
    int hour = t.time().hour();
    int minute = t.time().minute();
    while (day <= limit) {
        if (matchesDay(day)) {
            for (int h = hour; h < 24; ++h) {
                if (!m_hours.test(size_t(h))) {
                    continue;
                }
                for (int m = (h == hour ? minute : 0); m < 60; ++m) {
                    if (m_minutes.test(size_t(m))) {
                        return QDateTime(day, QTime(h, m), QTimeZone::UTC);
                    }
                }
            }
        }
        day = day.addDays(1);
        hour = 0;
        minute = 0;
    }
    return {};
}

} // namespace Ringside::Sandbox::Backup
