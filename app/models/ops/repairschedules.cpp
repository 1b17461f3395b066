#include "models/ops/repairschedules.h"

#include "models/ops/opstr.h"

#include "kube/kubeclient.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <memory>

namespace Ringside::Operations {

using namespace Cassandra;
using Services::RepairSchedule;

namespace {

/*! The first moment at \a hour:\a minute (UTC) strictly after \a now, on \a weekday (1 Monday .. 7 Sunday) if set. */
QDateTime nextAt(const QDateTime &now, int hour, int minute, int weekday = 0)
{
    const QDateTime utc = now.toTimeZone(QTimeZone::UTC);
    QDateTime t(utc.date(), QTime(hour, minute), QTimeZone::UTC);
    while (t <= utc || (weekday > 0 && t.date().dayOfWeek() != weekday)) {
        t = t.addDays(1);
    }
    return t;
}

bool parseTimeOfDay(const QString &text, int *hour, int *minute)
{
    static const QRegularExpression re(QStringLiteral("^([01]?\\d|2[0-3]):([0-5]\\d)$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) {
        return false;
    }
    *hour = m.captured(1).toInt();
    *minute = m.captured(2).toInt();
    return true;
}

/*! A cron field that must be one number in [lo, hi]. */
std::optional<int> cronNumber(const QString &field, int lo, int hi)
{
    bool ok = false;
    const int v = field.toInt(&ok);
    if (!ok || v < lo || v > hi) {
        return std::nullopt;
    }
    return v;
}

std::optional<RepairCadence> parseCron(const QStringList &fields, const QString &text, const QDateTime &now, QString *error)
{
    const auto refuse = [&](const QString &why) -> std::optional<RepairCadence> {
        *error = OpsTr::tr("“%1”: %2. Reaper repeats a schedule every N days from a first run, so only “M H * * *”, "
                           "“M H */N * *” and “M H * * D” (UTC) can be used.")
                     .arg(text, why);
        return std::nullopt;
    };
    const std::optional<int> minute = cronNumber(fields.at(0), 0, 59);
    if (!minute) {
        return refuse(OpsTr::tr("the minute must be one number from 0 to 59, not “%1”").arg(fields.at(0)));
    }
    const std::optional<int> hour = cronNumber(fields.at(1), 0, 23);
    if (!hour) {
        return refuse(OpsTr::tr("the hour must be one number from 0 to 23, not “%1”").arg(fields.at(1)));
    }
    if (fields.at(3) != QLatin1String("*")) {
        return refuse(OpsTr::tr("the month must be “*”"));
    }
    const QString dom = fields.at(2);
    const QString dow = fields.at(4);
    RepairCadence c;
    if (dow != QLatin1String("*")) {
        if (dom != QLatin1String("*")) {
            return refuse(OpsTr::tr("a day of the month and a day of the week cannot both be set"));
        }
        const std::optional<int> day = cronNumber(dow, 0, 7);
        if (!day) {
            return refuse(OpsTr::tr("the day of the week must be one number from 0 (Sunday) to 7, not “%1”").arg(dow));
        }
        c.daysBetween = 7;
        c.firstRun = nextAt(now, *hour, *minute, *day == 0 ? 7 : *day);
        return c;
    }
    if (dom == QLatin1String("*")) {
        c.daysBetween = 1;
    } else if (dom.startsWith(QLatin1String("*/"))) {
        const std::optional<int> n = cronNumber(dom.mid(2), 1, 31);
        if (!n) {
            return refuse(OpsTr::tr("the step in “%1” must be a number of days from 1 to 31").arg(dom));
        }
        c.daysBetween = *n;
    } else {
        return refuse(OpsTr::tr("the day of the month must be “*” or “*/N”, not “%1”").arg(dom));
    }
    c.firstRun = nextAt(now, *hour, *minute);
    return c;
}

} // namespace

QString RepairCadence::describe() const
{
    const QString first = firstRun.toTimeZone(QTimeZone::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return daysBetween == 1 ? OpsTr::tr("every day, first run %1 UTC").arg(first)
                            : OpsTr::tr("every %1 days, first run %2 UTC").arg(daysBetween).arg(first);
}

std::optional<RepairCadence> parseRepairCadence(const QString &input, const QDateTime &now, QString *error)
{
    QString text = input.simplified();
    if (text.isEmpty()) {
        *error = OpsTr::tr("say when the repair runs, e.g. “every 7 days at 02:00” or a cron expression “0 2 * * 0”");
        return std::nullopt;
    }
    if (text.startsWith(u'@')) {
        const QString macro = text.toLower();
        if (macro == QLatin1String("@daily") || macro == QLatin1String("@midnight")) {
            text = QStringLiteral("0 0 * * *");
        } else if (macro == QLatin1String("@weekly")) {
            text = QStringLiteral("0 0 * * 0");
        } else {
            *error = OpsTr::tr("“%1”: only @daily, @midnight and @weekly can be used for a Reaper schedule").arg(input.trimmed());
            return std::nullopt;
        }
    }
    const QStringList fields = text.split(u' ');
    static const QRegularExpression cronish(QStringLiteral("^[0-9*/,\\-]+$"));
    if (fields.size() == 5 && std::all_of(fields.begin(), fields.end(), [](const QString &f) { return cronish.match(f).hasMatch(); })) {
        return parseCron(fields, input.trimmed(), now, error);
    }

    // Intervals: "every N days [at HH:MM]", "every day", "daily", "weekly", "Nd".
    static const QRegularExpression interval(QStringLiteral("^(?:every\\s+(?:(\\d+)\\s+)?(day|days|week|weeks)|(daily)|(weekly)|(\\d+)\\s*d)"
                                                            "(?:\\s+at\\s+(\\S+))?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = interval.match(text);
    if (!m.hasMatch()) {
        *error = OpsTr::tr("“%1” is neither an interval (“every 7 days at 02:00”, “daily”, “3d”) nor a "
                           "cron expression of five fields (“0 2 * * 0”)")
                     .arg(input.trimmed());
        return std::nullopt;
    }
    int days = 0;
    if (!m.captured(2).isEmpty()) {
        const int n = m.captured(1).isEmpty() ? 1 : m.captured(1).toInt();
        days = m.captured(2).startsWith(QLatin1String("week"), Qt::CaseInsensitive) ? n * 7 : n;
    } else if (!m.captured(3).isEmpty()) {
        days = 1;
    } else if (!m.captured(4).isEmpty()) {
        days = 7;
    } else {
        days = m.captured(5).toInt();
    }
    if (days < 1 || days > 365) {
        *error = OpsTr::tr("“%1”: the interval must be 1 to 365 days").arg(input.trimmed());
        return std::nullopt;
    }
    int hour = 0;
    int minute = 0;
    if (!m.captured(6).isEmpty() && !parseTimeOfDay(m.captured(6), &hour, &minute)) {
        *error = OpsTr::tr("“%1”: “%2” is not a time of day such as 02:00 (UTC)").arg(input.trimmed(), m.captured(6));
        return std::nullopt;
    }
    RepairCadence c;
    c.daysBetween = days;
    c.firstRun = nextAt(now, hour, minute);
    return c;
}

RepairSchedulesModel::RepairSchedulesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RepairSchedulesModel::setSchedules(const QList<RepairSchedule> &schedules)
{
    QList<RepairSchedule> sorted = schedules;
    std::stable_sort(sorted.begin(), sorted.end(), [](const RepairSchedule &a, const RepairSchedule &b) {
        if (a.nextActivation != b.nextActivation) {
            return a.nextActivation.isValid() && (!b.nextActivation.isValid() || a.nextActivation < b.nextActivation);
        }
        return a.id < b.id;
    });
    beginResetModel();
    m_schedules = sorted;
    endResetModel();
}

int RepairSchedulesModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_schedules.size(); ++i) {
        if (m_schedules.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

int RepairSchedulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_schedules.size());
}

int RepairSchedulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RepairSchedulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RepairSchedule &s = m_schedules.at(index.row());
    switch (role) {
    case IdRole:
        return s.id;
    case ActiveRole:
        return s.isActive();
    case OwnerRole:
        return s.owner;
    case NextRunRole:
        return s.nextActivation;
    case Qt::ToolTipRole:
        if (index.column() == TablesColumn) {
            return s.tables.isEmpty() ? OpsTr::tr("Every table of the keyspace") : s.tables.join(QLatin1String(", "));
        }
        if (index.column() == StateColumn && !s.isActive() && s.pauseTime.isValid()) {
            return OpsTr::tr("Paused since %1 UTC").arg(s.pauseTime.toTimeZone(QTimeZone::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IntensityColumn || index.column() == SegmentsColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case KeyspaceColumn:
        return s.keyspace;
    case TablesColumn:
        return s.tables.isEmpty() ? OpsTr::tr("all") : s.tables.join(QLatin1String(", "));
    case StateColumn:
        return s.state;
    case NextRunColumn:
        return s.nextActivation.isValid() ? s.nextActivation.toTimeZone(QTimeZone::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                          : QString();
    case EveryColumn:
        return s.daysBetween == 1 ? OpsTr::tr("1 day") : OpsTr::tr("%1 days").arg(s.daysBetween);
    case IntensityColumn:
        return QLocale().toString(s.intensity, 'g', 3);
    case ParallelismColumn:
        return Services::parallelismName(s.parallelism);
    case SegmentsColumn:
        return s.segmentCountPerNode > 0 ? QString::number(s.segmentCountPerNode) : OpsTr::tr("default");
    case IncrementalColumn:
        return s.incremental ? OpsTr::tr("yes") : OpsTr::tr("no");
    case OwnerColumn:
        return s.owner;
    case IdColumn:
        return s.id;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RepairSchedulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case KeyspaceColumn:
        return OpsTr::tr("Keyspace");
    case TablesColumn:
        return OpsTr::tr("Tables");
    case StateColumn:
        return OpsTr::tr("State");
    case NextRunColumn:
        return OpsTr::tr("Next run");
    case EveryColumn:
        return OpsTr::tr("Every");
    case IntensityColumn:
        return OpsTr::tr("Intensity");
    case ParallelismColumn:
        return OpsTr::tr("Parallelism");
    case SegmentsColumn:
        return OpsTr::tr("Segments/node");
    case IncrementalColumn:
        return OpsTr::tr("Incremental");
    case OwnerColumn:
        return OpsTr::tr("Owner");
    case IdColumn:
        return OpsTr::tr("Id");
    case ColumnCount:
        break;
    }
    return {};
}

void checkReaperWrite(KubeClient *client, const Services::ReaperEndpoint &endpoint, const QByteArray &method, const Ops::WriteGuard &guard,
                      const Ops::Operation &op, const QObject *context, std::function<void(const QString &refusal)> done)
{
    const QString readOnly = guard.refusal(op);
    if (!readOnly.isEmpty()) {
        done(readOnly);
        return;
    }
    if (!client) {
        done(OpsTr::tr("%1 is not connected").arg(op.target.context));
        return;
    }
    const QString verb = Services::proxyVerb(method);
    const auto review = [client, context](const QJsonObject &body, std::function<void(bool allowed, const QString &reason)> answer) {
        KubeRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews");
        request.contentType = "application/json";
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        client->send(
            request, context,
            [answer](const KubeResponse &r) {
                const Ops::AccessDecision d = Ops::AccessDecision::fromReview(r.object);
                answer(d.allowed, d.reason);
            },
            [answer](const KubeError &e) { answer(false, OpsTr::tr("cannot check permissions: %1").arg(e.toString())); });
    };
    const QString ns = endpoint.nameSpace;
    review(Services::subresourceAccessReview(verb, QStringLiteral("services"), QStringLiteral("proxy"), ns, endpoint.service),
           [review, verb, ns, done](bool allowed, const QString &reason) {
               if (allowed) {
                   done(QString());
                   return;
               }
               review(Services::subresourceAccessReview(QStringLiteral("create"), QStringLiteral("pods"), QStringLiteral("portforward"), ns),
                      [verb, ns, reason, done](bool forwardAllowed, const QString &) {
                          if (forwardAllowed) {
                              done(QString());
                              return;
                          }
                          done(OpsTr::tr("you may not %1 services/proxy (%2) nor create pods/portforward in namespace %3, which reaching "
                                         "Reaper needs; nothing was sent")
                                   .arg(verb, reason.isEmpty() ? OpsTr::tr("denied") : reason, ns));
                      });
           });
}

} // namespace Ringside::Operations
