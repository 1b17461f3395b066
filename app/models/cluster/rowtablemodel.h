#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QMetaType>
#include <QStringList>
#include <QVariant>

namespace Ringside::Cluster {

/*! How a row or a cell should be marked: neutral, good (up, succeeded), busy (joining, running), bad (down,
    failed) or a warning. \since 0.1 */
enum class Tone { Neutral, Good, Busy, Warning, Bad };

/*! One row of a RowTableModel: a stable key (what identifies the row across updates), the cells as shown,
    optional tooltips per cell (where each value came from) and sort values (numbers sort as numbers). \since 0.1 */
struct TableRow
{
    QString key;
    QStringList cells;
    QStringList toolTips;   //!< per cell; empty entries: no tooltip
    QVariantList sortValues; //!< per cell; invalid entries: the cell text
    Tone tone = Tone::Neutral;
    int toneColumn = -1;    //!< the cell that carries the tone (-1: none)

    QString cell(int column) const { return cells.value(column); }
    friend bool operator==(const TableRow &, const TableRow &) = default;
};

/*! A table of keyed rows that are replaced as a whole by setRows(), but applied to views incrementally: rows that
    kept their key and content stay untouched, changed rows emit dataChanged, new rows are inserted and gone rows
    removed in place, so selection and scrolling survive live updates (STYLE rule 4). All the cluster pages' tables
    (nodes, events, backups, tasks, keyspaces, nodetool reports, the fleet) are RowTableModels fed by pure row
    builders (clusterrows.h, nodetoolrows.h). \since 0.1 */
class RowTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        KeyRole = Qt::UserRole + 1, //!< the row's key
        SortRole,                   //!< a number for numeric cells, else the text
        ToneRole,                   //!< Tone of the row (as int) on its tone column
    };

    explicit RowTableModel(const QStringList &headers, QObject *parent = nullptr);

    /*! Replaces the rows with \a rows (keys must be unique), changing only what differs. */
    void setRows(const QList<TableRow> &rows);
    const QList<TableRow> &rows() const { return m_rows; }
    /*! The row with \a key, or -1. */
    int rowOf(const QString &key) const;
    /*! The text of \a column in the row with \a key ("" when absent). */
    QString cellText(const QString &key, int column) const;
    /*! The column whose header is \a header, or -1. */
    int column(const QString &header) const { return int(m_headers.indexOf(header)); }
    /*! A one-line text shown by views when there are no rows ("No backups yet"). */
    void setPlaceholder(const QString &text)
    {
        if (text != m_placeholder) {
            m_placeholder = text;
            Q_EMIT placeholderChanged();
        }
    }
    QString placeholder() const { return m_placeholder; }
    /*! How many setRows() calls changed something, and how many reset the model (diagnostics, tests). */
    int updateCount() const { return m_updates; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /*! The placeholder text changed (views showing it while there are no rows update). */
    void placeholderChanged();

private:
    QStringList m_headers;
    QList<TableRow> m_rows;
    QString m_placeholder;
    int m_updates = 0;
};

} // namespace Ringside::Cluster

Q_DECLARE_METATYPE(Ringside::Cluster::TableRow)
