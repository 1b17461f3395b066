#include "progressbar.h"

#include "clitr.h"

#include "cassandra/ops/progress.h"

#include <QFile>

#include <sys/ioctl.h>
#include <unistd.h>

namespace Ringside::Cli {

namespace {

QString bar(int done, int total, int width)
{
    const int filled = total > 0 ? int(qint64(qBound(0, done, total)) * width / total) : 0;
    return u'[' + QString(filled, u'#') + QString(width - filled, u'.') + u']';
}

QString cut(const QString &text, int width)
{
    if (text.size() <= width) {
        return text;
    }
    if (width <= 3) {
        return text.left(qMax(0, width));
    }
    return text.left(width - 3) + QLatin1String("...");
}

} // namespace

QString formatElapsed(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, ms / 1000);
    if (s >= 3600) {
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s % 3600) / 60, 2, 10, QChar(u'0'))
            .arg(s % 60, 2, 10, QChar(u'0'));
    }
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
}

QString renderProgressBar(const ProgressBarState &state, int columns)
{
    const int room = qMax(1, columns - 1);
    const int done = state.total > 0 ? qBound(0, state.done, state.total) : qMax(0, state.done);
    QString counts;
    if (state.total > 0) {
        counts = QStringLiteral("%1/%2").arg(done).arg(state.total);
        if (!state.unit.isEmpty()) {
            counts += u' ' + state.unit;
        }
    }
    const QString elapsed = formatElapsed(state.elapsedMs);
    const QString activity = state.activity.simplified();
    const QLatin1String gap("  ");
    // The parts that are kept as long as possible: bar, counts, elapsed.
    const auto fixedWidth = [&](int barWidth, bool withElapsed, bool withCounts) {
        qsizetype w = barWidth + 2;
        if (withCounts && !counts.isEmpty()) {
            w += 1 + counts.size();
        }
        if (withElapsed) {
            w += gap.size() + elapsed.size();
        }
        return w;
    };
    int barWidth = 20;
    while (barWidth > 5
           && fixedWidth(barWidth, true, true) + (activity.isEmpty() ? 0 : gap.size() + activity.size()) > room) {
        --barWidth;
    }
    bool withElapsed = true;
    bool withCounts = true;
    if (fixedWidth(barWidth, true, true) > room) {
        withElapsed = false;
    }
    if (fixedWidth(barWidth, withElapsed, true) > room) {
        withCounts = false;
    }
    QString line = bar(done, state.total, barWidth);
    if (withCounts && !counts.isEmpty()) {
        line += u' ' + counts;
    }
    const qsizetype activityRoom = room - fixedWidth(barWidth, withElapsed, withCounts) - gap.size();
    if (!activity.isEmpty() && activityRoom >= 4) {
        line += gap + cut(activity, int(activityRoom));
    }
    if (withElapsed) {
        line += gap + elapsed;
    }
    return line.left(room);
}

ProgressBarState progressBarState(const Cassandra::Ops::Progress &progress, qint64 elapsedMs)
{
    ProgressBarState s;
    s.done = progress.done;
    s.total = progress.total;
    s.unit = Tr::tr("nodes");
    s.elapsedMs = elapsedMs;
    const Cassandra::Ops::NodeProgress *current = nullptr;
    for (const Cassandra::Ops::NodeProgress &n : progress.nodes) {
        if (n.done) {
            continue;
        }
        // A node at work wins over one still waiting.
        if (!current
            || (current->state.compare(QLatin1String("WAITING"), Qt::CaseInsensitive) == 0
                && n.state.compare(QLatin1String("WAITING"), Qt::CaseInsensitive) != 0)) {
            current = &n;
        }
    }
    if (current) {
        const QString state = current->state == current->state.toUpper() ? current->state.toLower() : current->state;
        s.activity = state.isEmpty() ? current->node : state + u' ' + current->node;
    } else if (progress.isFinished()) {
        s.activity = progress.stateName().toLower();
        if (!progress.message.isEmpty()) {
            s.activity += QLatin1String(": ") + progress.message;
        }
    } else {
        s.activity = progress.message;
    }
    return s;
}

int terminalColumns(int fd, const QProcessEnvironment &env)
{
    winsize size = {};
    if (fd >= 0 && ::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        return size.ws_col;
    }
    bool ok = false;
    const int columns = env.value(QStringLiteral("COLUMNS")).toInt(&ok);
    return ok && columns > 0 ? columns : 80;
}

int progressTerminal(const QTextStream &stream, const QProcessEnvironment &env)
{
    const QString term = env.value(QStringLiteral("TERM"));
    if (term.isEmpty() || term == QLatin1String("dumb")) {
        return -1;
    }
    const auto *file = qobject_cast<const QFile *>(stream.device());
    if (!file) {
        return -1; // a string or a buffer: tests and in-process callers
    }
    const int fd = file->handle();
    return fd >= 0 && ::isatty(fd) == 1 ? fd : -1;
}

ProgressLine::ProgressLine(QTextStream &out, int fd, const QProcessEnvironment &env)
    : m_out(out)
    , m_fd(fd)
    , m_env(env)
{}

ProgressLine::~ProgressLine()
{
    finish();
}

void ProgressLine::update(const ProgressBarState &state)
{
    // The width is read at every redraw: the user may resize the terminal while waiting.
    const QString line = renderProgressBar(state, terminalColumns(m_fd, m_env));
    if (m_open && line == m_last) {
        return;
    }
    m_out << '\r' << line << "\x1b[K";
    m_out.flush();
    m_last = line;
    m_open = true;
}

void ProgressLine::finish()
{
    if (m_open) {
        m_out << '\n';
        m_out.flush();
        m_open = false;
    }
}

} // namespace Ringside::Cli
