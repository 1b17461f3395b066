#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;

namespace Ringside::Cluster {

class RowTableModel;

/*! A titled table over a RowTableModel: sortable (numbers as numbers), with a status line that says why it is empty
    (the model's placeholder, or an error set with setMessage()). \since 0.1 */
class TablePanel : public QWidget
{
    Q_OBJECT
public:
    TablePanel(const QString &title, RowTableModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    RowTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    /*! Shows \a text above the table (an error, "Loading…"); empty: the placeholder while there are no rows. */
    void setMessage(const QString &text, bool error = false);
    QString message() const;
    /*! Adds \a widget (a Refresh button) to the title row. */
    void addHeaderWidget(QWidget *widget);
    /*! Sizes columns to their contents (at most \a maxWidth pixels each), the last one stretched. */
    void fitColumns(int maxWidth = 300);

Q_SIGNALS:
    /*! A row was double-clicked or activated: its key. */
    void activated(const QString &key);

private:
    void updateMessage();

    RowTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_title;
    QLabel *m_message;
    QVBoxLayout *m_layout;
    QWidget *m_header;
    QString m_text;
    bool m_error = false;
    bool m_fitted = false;
};

} // namespace Ringside::Cluster
