#pragma once

// A one-line progress bar for ringsidectl's waits on a terminal (`[#####.....] 2/3 nodes  running c1-dc1-r1-sts-0
// 0:42`), redrawn in place with \r. Pipes, files and dumb terminals keep the plain progress lines.

#include <QProcessEnvironment>
#include <QString>
#include <QTextStream>

namespace Ringside::Cassandra::Ops {
struct Progress;
}

namespace Ringside::Cli {

/*! What one redraw of the bar shows. \since 0.1 */
struct ProgressBarState
{
    int done = 0;
    int total = 0;    //!< 0: unknown (no counts, an empty bar)
    QString unit;     //!< "nodes", "segments"
    QString activity; //!< what happens now: "running c1-dc1-r1-sts-0"
    qint64 elapsedMs = 0;
};

/*! The bar as one line of at most \a columns - 1 characters (the last column is left free so that the terminal does
    not wrap): the bar shrinks from 20 to 5 cells, then the activity is cut (ending in "..."), then the elapsed time
    and the counts go. Counts beyond the total are clamped. \since 0.1 */
QString renderProgressBar(const ProgressBarState &state, int columns);

/*! "m:ss", or "h:mm:ss" from an hour on. \since 0.1 */
QString formatElapsed(qint64 ms);

/*! The bar's state for an operation's progress: its counts in nodes, and as the activity the first node still at work
    ("running c1-dc1-r1-sts-0"), else the progress message. \since 0.1 */
ProgressBarState progressBarState(const Cassandra::Ops::Progress &progress, qint64 elapsedMs);

/*! The width of the terminal on \a fd (TIOCGWINSZ), else $COLUMNS, else 80. \since 0.1 */
int terminalColumns(int fd, const QProcessEnvironment &env);

/*! The file descriptor under \a stream when it writes to a terminal and $TERM is set and not "dumb", else -1. \since
 * 0.1 */
int progressTerminal(const QTextStream &stream, const QProcessEnvironment &env);

/*! Draws the bar on a terminal: each update() rewrites the line (\r, text, clear to the end of the line), finish()
    ends it with a newline. Nothing is written when the text did not change. \since 0.1 */
class ProgressLine
{
public:
    ProgressLine(QTextStream &out, int fd, const QProcessEnvironment &env);
    ~ProgressLine();

    void update(const ProgressBarState &state);
    void finish();

private:
    QTextStream &m_out;
    int m_fd;
    QProcessEnvironment m_env;
    QString m_last;
    bool m_open = false;
};

} // namespace Ringside::Cli
