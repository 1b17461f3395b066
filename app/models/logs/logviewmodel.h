#pragma once

#include "models/logs/logmodel.h"
#include "models/logs/logquery.h"

#include <QAbstractListModel>
#include <QFuture>
#include <QPointer>

#include <memory>

namespace Ringside::Logs {

/*! What the log view shows: the entries of a LogModel that pass a LogQuery, one row per displayed line segment
    (a folded multi-line entry is one row; unfolded, one per line; with wrapping, long lines take several rows of
    the same height). A new query, wrap width or "expand all" is laid out on a worker thread while the old rows
    stay on screen (latest wins, STYLE rule 3); appended batches are laid out incrementally. \since 0.1 */
class LogViewModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1, //!< qint64
        LineRole,        //!< int: line of the entry (0 = first)
        SegmentRole,     //!< int: wrapped part of the line
        RowTextRole,     //!< QString: this row's text (the message part on the first row)
        LevelRole,       //!< int(Cassandra::LogLevel)
        TimeRole,        //!< qint64 msecs, or LogRecord::NoTime
        TimeTextRole,    //!< "2024-03-12 10:15:32.123"
        PodRole,         //!< QString
        ThreadRole,      //!< QString
        SourceRole,      //!< "File.java:123"
        IsMarkerRole,    //!< bool
        LineCountRole,   //!< int: lines of the entry
        ExpandedRole,    //!< bool: the entry is unfolded
        MatchRole,       //!< bool: the search matches the entry
    };

    explicit LogViewModel(LogModel *source, QObject *parent = nullptr);
    ~LogViewModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    LogModel *sourceModel() const { return m_source; }
    void setQuery(const LogQuery &query);
    const LogQuery &query() const { return m_query; }
    /*! Wrap lines at \a columns characters (0: no wrap). */
    void setWrapColumns(int columns);
    int wrapColumns() const { return m_options.wrapColumns; }
    void setExpandAll(bool expand);
    bool expandAll() const { return m_options.expandAll; }
    /*! Folds or unfolds the entry of \a row; returns false when it has a single line. */
    bool toggleExpanded(int row);
    bool isExpanded(qint64 id) const { return m_options.isExpanded(id); }

    /*! True while a layout runs on the worker (the rows shown are the previous ones). */
    bool isBusy() const { return m_jobRunning; }
    /*! Entries shown (markers included). */
    qint64 entryCount() const { return m_entries; }
    /*! Shown entries the search matches. */
    qint64 matchCount() const { return qint64(m_matches.size()); }
    /*! 1-based position of the match at or before \a row among the matches, 0 when none. */
    qint64 matchOrdinal(int row) const;
    /*! The first row of the next (\a forward) or previous match after \a row (-1: from the start or end); wraps
        around; -1 when nothing matches. */
    int findMatch(int row, bool forward) const;
    /*! The longest shown segment, in characters. */
    int maxColumns() const { return m_maxColumns; }

    qint64 idAt(int row) const { return m_rows[size_t(row)].id; }
    const LogRow &rowAt(int row) const { return m_rows[size_t(row)]; }
    /*! The first row of entry \a id, or -1 when it is not shown. */
    int rowOfEntry(qint64 id) const;
    /*! The first row at or after entry \a id (for keeping the place after a refresh); -1 past the end. */
    int rowAtOrAfter(qint64 id) const;
    /*! This row's text (see RowTextRole). */
    QString rowText(int row) const;
    /*! The entries of \a rows (each once, in order) as logged, prefixed "[pod] " when there are several pods. */
    QString copyText(const QList<int> &rows) const;
    /*! The ids of every shown entry, in order. */
    std::vector<qint64> shownIds() const;

Q_SIGNALS:
    void busyChanged(bool busy);
    /*! A full layout landed (the model was reset). */
    void refreshed();
    /*! Counts changed (shown entries, matches). */
    void countsChanged();

private:
    void scheduleFull();
    void onFull(LayoutResult &result, quint64 generation);
    void catchUp();
    void onSourceRemoved();
    void onSourceReset();
    void insertResult(LayoutResult &result);
    bool searchMatches(qint64 id) const;

    QPointer<LogModel> m_source;
    LogQuery m_query;
    LayoutOptions m_options;
    std::deque<LogRow> m_rows;
    std::deque<qint64> m_matches;
    qint64 m_entries = 0;
    qint64 m_laidOutTo = 0; //!< ids below this are laid out (or were dropped)
    int m_maxColumns = 0;
    quint64 m_generation = 0;
    bool m_jobRunning = false;
    bool m_jobIsAppend = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace Ringside::Logs
