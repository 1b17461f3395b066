#pragma once

#include <QFont>
#include <QStyledItemDelegate>

namespace Ringside::Logs {

class LogViewModel;

/*! Paints one row of the log view: on an entry's first row the fold arrow, time, level, pod, thread and source
    columns and the message; on its other rows the continuation text under the message. Search matches are
    highlighted. Every row has the same height (the view uses uniform item sizes), and nothing is a widget.
    \since 0.1 */
class LogRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit LogRowDelegate(LogViewModel *model, QObject *parent = nullptr);

    /*! The font rows are painted with, measured on \a device (the view's viewport) when given. */
    void setFont(const QFont &font, const QPaintDevice *device = nullptr);
    QFont font() const { return m_font; }
    /*! Width in characters given to the pod column. */
    void setPodColumns(int columns) { m_podColumns = std::clamp(columns, 3, 32); }
    /*! Where the message starts, in pixels from the row's left edge. */
    int messageX() const;
    int characterWidth() const { return m_charWidth; }
    int rowHeight() const { return m_lineHeight + 2; }
    /*! The rectangle of the fold arrow in a row at \a rowRect. */
    QRect foldRect(const QRect &rowRect) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    /*! The colour of a level's name on a light or dark base. */
    static QColor levelColor(int level, bool dark, const QColor &text);

private:
    void drawText(QPainter *painter, int x, int y, int width, const QString &text, const QColor &color,
                  const QList<std::pair<int, int>> &highlights, const QColor &highlight) const;

    LogViewModel *m_model;
    QFont m_font;
    int m_charWidth = 8;
    int m_lineHeight = 16;
    int m_ascent = 12;
    int m_podColumns = 14;
};

} // namespace Ringside::Logs
