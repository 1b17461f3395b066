#pragma once

// Checks made before anything is sent: Kubernetes names, server versions per type, quantities and cron schedules.
// Each returns a translated reason, or an empty string when the value is fine.

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ringside::Cassandra::Ops {

/*! Why \a name is not a DNS-1123 label (lower-case alphanumerics and '-', 1-63, starting and ending alphanumeric),
    named \a what in the message; empty when it is one. \since 0.1 */
QString checkDns1123Label(const QString &name, const QString &what);
/*! Why \a name is not a DNS-1123 subdomain (labels joined by '.', at most 253). \since 0.1 */
QString checkDns1123Subdomain(const QString &name, const QString &what);
/*! Why \a version is not a valid version for \a serverType (cassandra 3.11/4.0/4.1/5.0, dse 6.8/6.9/7.x, hcd 1.x),
    or why the type is unknown. \since 0.1 */
QString checkServerVersion(const QString &serverType, const QString &version);
/*! Why \a version cannot replace \a current (a downgrade, or another major line for Cassandra beyond one step).
    \since 0.1 */
QString checkUpgrade(const QString &serverType, const QString &current, const QString &version);
/*! Why \a quantity is not a Kubernetes quantity (e.g. 10Gi, 500M, 1.5). \since 0.1 */
QString checkQuantity(const QString &quantity, const QString &what);
/*! Compares dotted versions numerically: <0, 0, >0. \since 0.1 */
int compareVersions(const QString &a, const QString &b);

/*! A standard five-field cron schedule (minute hour day-of-month month day-of-week, with lists, ranges, steps, names
    and the @hourly/@daily/@weekly/@monthly/@yearly macros), as Medusa schedules and CronJobs read it. \since 0.1 */
class CronSchedule
{
public:
    /*! Parses \a text; on failure returns nothing and sets \a error. */
    static std::optional<CronSchedule> parse(const QString &text, QString *error);
    /*! The first time strictly after \a after (to the minute, in \a after's time spec) that matches; invalid when
        none within five years. */
    QDateTime next(const QDateTime &after) const;
    bool matches(const QDateTime &t) const;

private:
    quint64 m_minutes = 0;
    quint32 m_hours = 0;
    quint32 m_days = 0;
    quint32 m_months = 0;
    quint32 m_weekdays = 0;
    bool m_dayRestricted = false;
    bool m_weekdayRestricted = false;
};

} // namespace Ringside::Cassandra::Ops
