#pragma once

#include <QDateTime>
#include <QString>

#include <bitset>
#include <optional>

namespace Ringside::Sandbox::Backup {

/*! A cron schedule as MedusaBackupSchedule takes it (robfig/cron's standard parser): five fields
    (minute hour day-of-month month day-of-week) with `*`, `?`, lists, ranges, steps and names (JAN, MON), the
    descriptors @yearly/@annually, @monthly, @weekly, @daily/@midnight, @hourly and `@every <duration>`
    (e.g. `@every 1h30m`, `@every 2s`). Times are UTC. \since 0.1 */
class CronSchedule
{
public:
    /*! Parses \a text; on failure returns nullopt and sets \a error to a specific message. */
    static std::optional<CronSchedule> parse(const QString &text, QString *error);

    /*! The first activation strictly after \a after (UTC); invalid if none within five years. */
    QDateTime next(const QDateTime &after) const;

private:
    bool matchesDay(const QDate &date) const;

    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_days;   // 1..31
    std::bitset<13> m_months; // 1..12
    std::bitset<7> m_weekdays; // 0 = Sunday
    bool m_dayStar = false;
    bool m_weekdayStar = false;
    qint64 m_everyMs = 0;
};

} // namespace Ringside::Sandbox::Backup
