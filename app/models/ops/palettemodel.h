#pragma once

#include <QAbstractListModel>
#include <QIcon>

namespace Ringside::Operations {

/*! The command palette's list: every command (menu actions, "open cluster X") filtered by what was typed: each
    typed word must appear in the text (case-insensitive), prefix and word-start matches first. \since 0.1 */
class PaletteModel : public QAbstractListModel
{
    Q_OBJECT
public:
    struct Entry
    {
        QString id;     //!< what the caller triggers
        QString text;   //!< "Cluster › Upgrade…"
        QString detail; //!< shortcut or a hint
        QIcon icon;
        bool enabled = true;
    };
    enum Roles { IdRole = Qt::UserRole + 1, DetailRole, EnabledRole };

    explicit PaletteModel(QObject *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    const Entry &entryAt(int row) const { return m_entries.at(m_visible.at(row)); }

    /*! 0: no match; higher is better. */
    static int score(const QString &text, const QString &filter);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void refilter();

    QList<Entry> m_entries;
    QList<int> m_visible;
    QString m_filter;
};

} // namespace Ringside::Operations
