#include "gui/editor/editorgutter.h"

#include "gui/editor/yamleditor.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace Ringside::Editor {

namespace {
constexpr int kMarkerWidth = 12;
constexpr int kFoldWidth = 14;
constexpr int kPadding = 6;
} // namespace

EditorGutter::EditorGutter(YamlEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("editorGutter"));
    setMouseTracking(true);
}

QSize EditorGutter::sizeHint() const
{
    const int digits = std::max(3, int(QString::number(std::max(1, m_editor->blockCount())).size()));
    const int numbers = m_editor->fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
    return {kMarkerWidth + numbers + kPadding + kFoldWidth, 0};
}

int EditorGutter::foldAreaLeft() const
{
    return width() - kFoldWidth;
}

int EditorGutter::lineAt(int y) const
{
    QTextBlock block = m_editor->firstVisibleBlock();
    while (block.isValid()) {
        if (block.isVisible()) {
            const QRectF r = m_editor->blockGeometry(block);
            if (y >= r.top() && y < r.bottom()) {
                return block.blockNumber() + 1;
            }
            if (r.top() > height()) {
                break;
            }
        }
        block = block.next();
    }
    return 0;
}

void EditorGutter::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const YamlEditor::GutterColors colors = m_editor->gutterColors();
    painter.fillRect(event->rect(), colors.background);
    painter.setPen(colors.separator);
    painter.drawLine(width() - 1, event->rect().top(), width() - 1, event->rect().bottom());
    const int currentLine = m_editor->textCursor().blockNumber() + 1;
    const QFontMetrics fm = m_editor->fontMetrics();
    QTextBlock block = m_editor->firstVisibleBlock();
    painter.setRenderHint(QPainter::Antialiasing);
    while (block.isValid()) {
        if (!block.isVisible()) {
            block = block.next();
            continue;
        }
        const QRectF r = m_editor->blockGeometry(block);
        if (r.top() > event->rect().bottom()) {
            break;
        }
        const int line = block.blockNumber() + 1;
        const int top = int(r.top());
        const int lineHeight = fm.height();
        // Problem marker: the most severe problem of the line.
        if (const std::optional<ProblemSeverity> severity = m_editor->worstProblemOnLine(line)) {
            const QColor color = severityColor(*severity, m_editor->isDarkTheme());
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            const QRectF dot(3, top + (lineHeight - 7) / 2.0, 7, 7);
            if (*severity == ProblemSeverity::Warning) {
                painter.drawPolygon(
                    QPolygonF({QPointF(dot.center().x(), dot.top()), dot.bottomRight(), dot.bottomLeft()}));
            } else if (*severity == ProblemSeverity::NotChecked) {
                painter.setPen(QPen(color, 1.5));
                painter.setBrush(Qt::NoBrush);
                painter.drawEllipse(dot.adjusted(0.5, 0.5, -0.5, -0.5));
            } else {
                painter.drawEllipse(dot);
            }
        }
        painter.setPen(line == currentLine ? colors.currentNumber : colors.number);
        painter.drawText(QRect(kMarkerWidth, top, foldAreaLeft() - kMarkerWidth - kPadding / 2, lineHeight),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
        if (m_editor->isFoldable(line)) {
            const bool folded = m_editor->isFolded(line);
            const QPointF c(foldAreaLeft() + kFoldWidth / 2.0 - 1, top + lineHeight / 2.0);
            painter.setPen(Qt::NoPen);
            painter.setBrush(folded || line == currentLine ? colors.currentNumber : colors.number);
            const qreal s = 3.5;
            if (folded) {
                painter.drawPolygon(QPolygonF({c + QPointF(-s / 2, -s), c + QPointF(s, 0), c + QPointF(-s / 2, s)}));
            } else {
                painter.drawPolygon(QPolygonF({c + QPointF(-s, -s / 2), c + QPointF(s, -s / 2), c + QPointF(0, s)}));
            }
        }
        block = block.next();
    }
}

void EditorGutter::mousePressEvent(QMouseEvent *event)
{
    const int line = lineAt(int(event->position().y()));
    if (line > 0 && event->button() == Qt::LeftButton && event->position().x() >= foldAreaLeft()
        && m_editor->isFoldable(line)) {
        m_editor->toggleFold(line);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void EditorGutter::mouseReleaseEvent(QMouseEvent *event)
{
    event->setAccepted(event->position().x() >= foldAreaLeft()); // the press toggled the fold
}

bool EditorGutter::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int line = lineAt(help->pos().y());
        const QString text = line > 0 ? m_editor->problemToolTip(line, -1) : QString();
        if (text.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace Ringside::Editor
