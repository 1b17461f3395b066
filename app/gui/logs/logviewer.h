#pragma once

#include "models/logs/logfollower.h"
#include "models/logs/logrecord.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QToolButton;

namespace Ringside {
class KubeClient;
}

namespace Ringside::Logs {

class LogFileLoader;
class LogModel;
class LogRowDelegate;
class LogViewModel;

/*! The log viewer: the `server-system-logger` logs of one pod or many (merged by time), or local files, with
    follow mode that survives restarts, level, pod, regex and time-range filters (debounced, laid out off the GUI
    thread), search with highlight and next/previous, folding of stack traces, wrap, copy and export. The buffer is
    bounded (1,000,000 entries by default) and the status line says whether the log is complete or how much the
    limit dropped. \since 0.1 */
class LogViewer : public QWidget
{
    Q_OBJECT
public:
    /*! Which entries an export writes. */
    enum class ExportScope { Visible, All };

    explicit LogViewer(QWidget *parent = nullptr);
    ~LogViewer() override;

    /*! Reads (and with follow on, keeps reading) the logs of \a sources through \a client, which must outlive
        the viewer or the next setSources(); replaces what is shown. */
    void setSources(KubeClient *client, const QList<LogSource> &sources);
    /*! setSources() with explicit stream options (poll interval, pod wait, tail). */
    void setSources(KubeClient *client, const QList<LogSource> &sources, const LogFollower::Options &options);
    /*! The `server-system-logger` container of each of \a pods in \a nameSpace (a Cassandra datacenter). */
    static QList<LogSource> systemLoggerSources(const QString &nameSpace, const QStringList &pods);
    /*! Adds the streams of \a sources read through \a client (a datacenter in another context) to what
        setSources() shows, merged by time with the others; setSources() and openFiles() drop them again. */
    void addSources(KubeClient *client, const QList<LogSource> &sources);
    /*! Follow on: keep streaming and keep the view at the end; off: stop the streams, keep what was read. */
    void setFollow(bool follow);
    bool isFollowing() const;
    /*! Opens local log files (offline); several are merged by time. Replaces what is shown. */
    void openFiles(const QStringList &paths);
    /*! Stops streams and file reading; what was read stays. */
    void stop();

    /*! The buffer size in entries (Settings: log buffer size). */
    void setBufferSize(qint64 entries);
    qint64 bufferSize() const;

    // Filters, as the user sets them; applied after a ~300 ms debounce (applyFiltersNow() skips the wait).
    void setLevelsShown(quint8 levels);
    quint8 levelsShown() const;
    void setSearchText(const QString &pattern);
    void setSearchCaseSensitive(bool sensitive);
    void setOnlyMatching(bool only);
    void setInvertMatch(bool invert);
    /*! Only entries in [from, to) (UTC); invalid dates: no limit on that side. */
    void setTimeRange(const QDateTime &from, const QDateTime &to);
    void clearTimeRange();
    void setPodShown(const QString &pod, bool shown);
    void applyFiltersNow();
    /*! The error of the search pattern, empty when it is valid. */
    QString searchError() const { return m_searchError; }

    void setWrap(bool wrap);
    bool wrap() const;
    void setExpandAll(bool expand);
    /*! Selects the next (or previous) entry the search matches; false when nothing matches. */
    bool findNext();
    bool findPrevious();
    /*! Copies the selected entries (whole, as logged) to the clipboard; returns the text. */
    QString copySelection();
    /*! Writes the visible entries (filters applied) or all of the buffer to \a path on a worker thread;
        exported() tells the result. */
    void exportToFile(const QString &path, ExportScope scope);

    LogModel *logModel() const { return m_model; }
    LogViewModel *viewModel() const { return m_view; }
    LogFollower *follower() const { return m_follower; }
    LogFileLoader *fileLoader() const { return m_loader; }
    QListView *listView() const { return m_list; }
    LogRowDelegate *delegate() const { return m_delegate; }
    /*! "Complete: …" or what the buffer limit dropped. */
    QString completenessText() const;
    /*! "Showing 1,234 of 5,678 entries · 3 of 12 matches". */
    QString statusText() const;

Q_SIGNALS:
    void exported(const QString &path, qint64 entries, const QString &error);
    /*! The stream said something (re-attached after a restart, ended). */
    void notice(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    QWidget *buildFilterBar();
    QWidget *buildSearchBar();
    void scheduleFilters();
    void updateStatus();
    void updateLevelButtons();
    void rebuildPodMenu();
    void updateWrapColumns();
    void onRowsInserted();
    void onRefreshed();
    void selectRow(int row);
    void promptOpen();
    void promptExport(ExportScope scope);
    void resetForNewInput();

    LogModel *m_model;
    LogViewModel *m_view;
    LogFollower *m_follower;
    QList<LogFollower *> m_extraFollowers; //!< addSources(): one per other client, into the same model
    LogFileLoader *m_loader;
    LogRowDelegate *m_delegate;
    QListView *m_list = nullptr;
    QToolButton *m_followButton = nullptr;
    QList<QToolButton *> m_levelButtons;
    QToolButton *m_podsButton = nullptr;
    QMenu *m_podsMenu = nullptr;
    QCheckBox *m_timeBox = nullptr;
    QDateTimeEdit *m_fromEdit = nullptr;
    QDateTimeEdit *m_toEdit = nullptr;
    QToolButton *m_wrapButton = nullptr;
    QToolButton *m_expandButton = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QToolButton *m_caseButton = nullptr;
    QCheckBox *m_onlyMatchingBox = nullptr;
    QCheckBox *m_invertBox = nullptr;
    QLabel *m_matchLabel = nullptr;
    QLabel *m_completeLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QSet<QString> m_hiddenPods;
    QString m_searchError;
    QTimer m_filterDebounce;
    QTimer m_wrapDebounce;
    QTimer m_statusTimer;
    qint64 m_anchorId = -1;
};

} // namespace Ringside::Logs
