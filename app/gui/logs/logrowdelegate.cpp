#include "gui/logs/logrowdelegate.h"

#include "models/logs/logviewmodel.h"

#include <QFontDatabase>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

using Ringside::Cassandra::LogLevel;

namespace Ringside::Logs {

namespace {

constexpr int foldColumns = 2;
constexpr int timeColumns = 23;
constexpr int levelColumns = 5;
constexpr int threadColumns = 22;
constexpr int sourceColumns = 28;
constexpr int margin = 4;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor podColor(const QString &pod, bool dark)
{
    static constexpr int hues[] = {210, 140, 30, 280, 0, 180, 60, 320};
    const int hue = hues[qHash(pod) % std::size(hues)];
    return QColor::fromHsl(hue, dark ? 150 : 170, dark ? 170 : 85);
}

QString elide(const QString &text, int columns)
{
    if (text.size() <= columns) {
        return text;
    }
    return text.left(std::max(0, columns - 1)) + QChar(0x2026);
}

} // namespace

LogRowDelegate::LogRowDelegate(LogViewModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void LogRowDelegate::setFont(const QFont &font, const QPaintDevice *device)
{
    // Fully resolved, so that a painter does not resolve what is unset against the widget's (proportional) font.
    m_font = font.resolve(QFont());
    m_font.setResolveMask(QFont::AllPropertiesResolved);
    const QFontMetricsF fm = device ? QFontMetricsF(m_font, device) : QFontMetricsF(m_font);
    m_charWidth = std::max(1, int(std::ceil(fm.horizontalAdvance(QStringLiteral("MMMMMMMMMM")) / 10)));
    m_lineHeight = int(std::ceil(fm.height()));
    m_ascent = int(std::ceil(fm.ascent()));
}

int LogRowDelegate::messageX() const
{
    return margin + m_charWidth * (foldColumns + timeColumns + 1 + levelColumns + 1 + m_podColumns + 1 + threadColumns
                                   + 1 + sourceColumns + 1);
}

QRect LogRowDelegate::foldRect(const QRect &rowRect) const
{
    return QRect(rowRect.left() + margin, rowRect.top(), m_charWidth * foldColumns, rowRect.height());
}

QColor LogRowDelegate::levelColor(int level, bool dark, const QColor &text)
{
    switch (LogLevel(level)) {
    case LogLevel::Fatal:
    case LogLevel::Error: return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case LogLevel::Warn: return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa8, 0x5f, 0x00);
    case LogLevel::Debug: return dark ? QColor(0x90, 0xa4, 0xae) : QColor(0x54, 0x6e, 0x7a);
    case LogLevel::Trace: return dark ? QColor(0x78, 0x78, 0x78) : QColor(0x9e, 0x9e, 0x9e);
    case LogLevel::Info:
    case LogLevel::Unknown: break;
    }
    return text;
}

void LogRowDelegate::drawText(QPainter *painter, int x, int y, int width, const QString &text, const QColor &color,
                              const QList<std::pair<int, int>> &highlights, const QColor &highlight) const
{
    const QFontMetrics fm = painter->fontMetrics(); // the font as resolved for this device
    for (const auto &[start, length] : highlights) {
        const int hx = x + fm.horizontalAdvance(text.left(start));
        const int hw = fm.horizontalAdvance(text.mid(start, length));
        painter->fillRect(QRect(hx, y, std::max(hw, 2), m_lineHeight + 2), highlight);
    }
    painter->setPen(color);
    painter->drawText(QRect(x, y + 1, width, m_lineHeight), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      text);
}

void LogRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    const bool dark = isDark(pal);
    const bool selected = option.state & QStyle::State_Selected;
    const QRect r = option.rect;
    const bool marker = index.data(LogViewModel::IsMarkerRole).toBool();
    const bool first = index.data(LogViewModel::LineRole).toInt() == 0
                       && index.data(LogViewModel::SegmentRole).toInt() == 0;
    painter->save();
    painter->setFont(m_font);
    if (selected) {
        painter->fillRect(r, pal.color(QPalette::Highlight));
    } else if (marker) {
        painter->fillRect(r, dark ? QColor(0x1e, 0x3a, 0x5f) : QColor(0xe3, 0xf2, 0xfd));
    } else if (index.data(LogViewModel::LevelRole).toInt() == int(LogLevel::Error)) {
        painter->fillRect(r, dark ? QColor(0x3a, 0x1f, 0x22) : QColor(0xfd, 0xec, 0xec));
    }
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    if (!selected) {
        dim.setAlphaF(0.62f);
    }
    const QColor highlight = dark ? QColor(0x8d, 0x6e, 0x00) : QColor(0xff, 0xeb, 0x3b);
    const QString rowText = index.data(LogViewModel::RowTextRole).toString();
    QList<std::pair<int, int>> hits;
    if (m_model && m_model->query().hasSearch() && !marker) {
        QRegularExpressionMatchIterator it = m_model->query().search.globalMatchView(rowText);
        while (it.hasNext() && hits.size() < 64) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0) {
                hits.append({int(m.capturedStart()), int(m.capturedLength())});
            }
        }
    }
    const int y = r.top();
    const int cw = m_charWidth;
    const int mx = r.left() + messageX();
    const int messageWidth = std::max(0, r.right() - mx);
    if (first) {
        int x = r.left() + margin;
        const int lineCount = index.data(LogViewModel::LineCountRole).toInt();
        if (lineCount > 1) {
            const bool expanded = index.data(LogViewModel::ExpandedRole).toBool();
            drawText(painter, x, y, cw * foldColumns, QString(expanded ? QChar(0x25be) : QChar(0x25b8)), dim, {}, {});
        }
        x += cw * foldColumns;
        drawText(painter, x, y, cw * timeColumns, index.data(LogViewModel::TimeTextRole).toString(), dim, {}, {});
        x += cw * (timeColumns + 1);
        if (marker) {
            QFont bold = m_font;
            bold.setItalic(true);
            painter->setFont(bold);
            const QColor markerText = selected ? text : (dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x0d, 0x47, 0xa1));
            drawText(painter, x, y, r.right() - x, QString(QChar(0x27f3)) + u' ' + rowText, markerText, {}, {});
            painter->restore();
            return;
        }
        const int level = index.data(LogViewModel::LevelRole).toInt();
        QFont bold = m_font;
        bold.setBold(true);
        painter->setFont(bold);
        drawText(painter, x, y, cw * levelColumns, Cassandra::logLevelName(LogLevel(level)),
                 selected ? text : levelColor(level, dark, text), {}, {});
        painter->setFont(m_font);
        x += cw * (levelColumns + 1);
        const QString pod = index.data(LogViewModel::PodRole).toString();
        drawText(painter, x, y, cw * m_podColumns, elide(pod, m_podColumns), selected ? text : podColor(pod, dark), {},
                 {});
        x += cw * (m_podColumns + 1);
        drawText(painter, x, y, cw * threadColumns, elide(index.data(LogViewModel::ThreadRole).toString(), threadColumns),
                 dim, {}, {});
        x += cw * (threadColumns + 1);
        drawText(painter, x, y, cw * sourceColumns, elide(index.data(LogViewModel::SourceRole).toString(), sourceColumns),
                 dim, {}, {});
        const QColor messageColor = level == int(LogLevel::Error) || level == int(LogLevel::Fatal)
                                        ? (selected ? text : levelColor(level, dark, text))
                                        : text;
        drawText(painter, mx, y, messageWidth, rowText, messageColor, hits, highlight);
    } else {
        drawText(painter, mx, y, messageWidth, rowText, dim, hits, highlight);
    }
    painter->restore();
}

QSize LogRowDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    const int columns = m_model ? std::max(m_model->maxColumns(), 40) : 80;
    return QSize(messageX() + columns * m_charWidth + margin, rowHeight());
}

bool LogRowDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonPress && m_model && model == m_model) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && foldRect(option.rect).contains(mouse->position().toPoint())
            && index.data(LogViewModel::LineCountRole).toInt() > 1) {
            return m_model->toggleExpanded(index.row());
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace Ringside::Logs
