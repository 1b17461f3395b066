#include "gui/editor/diffview.h"

#include "gui/editor/editortr.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace Ringside::Editor {

/*! A read-only text pane with a line-number margin (one label per row) and coloured rows. */
class DiffPane : public QPlainTextEdit
{
public:
    enum class Row { Plain, Removed, Added, Changed, Filler, Header };

    explicit DiffPane(QWidget *parent)
        : QPlainTextEdit(parent)
        , m_margin(new QWidget(this))
    {
        setReadOnly(true);
        setLineWrapMode(QPlainTextEdit::NoWrap);
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_margin->installEventFilter(this);
        connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
            if (dy != 0) {
                m_margin->scroll(0, dy);
            } else {
                m_margin->update(0, rect.y(), m_margin->width(), rect.height());
            }
        });
    }

    void setRows(const QStringList &lines, const QStringList &numbers, const QList<Row> &kinds)
    {
        m_numbers = numbers;
        setPlainText(lines.join(u'\n'));
        int widest = 2;
        for (const QString &n : numbers) {
            widest = std::max(widest, int(n.size()));
        }
        m_marginWidth = fontMetrics().horizontalAdvance(u'9') * widest + 12;
        setViewportMargins(m_marginWidth, 0, 0, 0);
        resizeEvent(nullptr);
        QList<QTextEdit::ExtraSelection> selections;
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        QTextBlock block = document()->begin();
        for (qsizetype i = 0; i < kinds.size() && block.isValid(); ++i, block = block.next()) {
            const QColor color = rowColor(kinds.at(i), dark);
            if (!color.isValid()) {
                continue;
            }
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(block);
            selection.format.setBackground(color);
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            selections.append(selection);
        }
        setExtraSelections(selections);
    }

    static QColor rowColor(Row kind, bool dark)
    {
        switch (kind) {
        case Row::Removed: return dark ? QColor(0x5a, 0x22, 0x26) : QColor(0xff, 0xdc, 0xe0);
        case Row::Added: return dark ? QColor(0x1f, 0x4a, 0x2c) : QColor(0xd6, 0xf5, 0xdc);
        case Row::Changed: return dark ? QColor(0x4d, 0x42, 0x1a) : QColor(0xff, 0xf1, 0xc2);
        case Row::Filler: return dark ? QColor(0x2b, 0x2b, 0x2b) : QColor(0xee, 0xee, 0xee);
        case Row::Header: return dark ? QColor(0x1e, 0x35, 0x50) : QColor(0xdd, 0xea, 0xfb);
        case Row::Plain: break;
        }
        return {};
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        if (event) {
            QPlainTextEdit::resizeEvent(event);
        }
        const QRect cr = contentsRect();
        m_margin->setGeometry(QRect(cr.left(), cr.top(), m_marginWidth, cr.height()));
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_margin && event->type() == QEvent::Paint) {
            QPainter painter(m_margin);
            painter.fillRect(m_margin->rect(), palette().color(QPalette::AlternateBase));
            QColor text = palette().color(QPalette::Text);
            text.setAlphaF(0.6f);
            painter.setPen(text);
            for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
                const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
                if (r.top() > m_margin->height()) {
                    break;
                }
                painter.drawText(QRectF(0, r.top(), m_marginWidth - 6, r.height()), Qt::AlignRight | Qt::AlignVCenter,
                                 m_numbers.value(block.blockNumber()));
            }
            return true;
        }
        return QPlainTextEdit::eventFilter(watched, event);
    }

private:
    QWidget *m_margin;
    QStringList m_numbers;
    int m_marginWidth = 24;
};

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_modeBox(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_leftTitle(new QLabel(this))
    , m_rightTitle(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_left(new DiffPane(this))
    , m_right(new DiffPane(this))
    , m_unified(new DiffPane(this))
{
    setObjectName(u"diffView"_s);
    m_modeBox->addItem(Tr::tr("Side by side"));
    m_modeBox->addItem(Tr::tr("Unified"));
    auto *sides = new QWidget(this);
    auto *sidesLayout = new QGridLayout(sides);
    sidesLayout->setContentsMargins(0, 0, 0, 0);
    sidesLayout->setSpacing(2);
    sidesLayout->addWidget(m_leftTitle, 0, 0);
    sidesLayout->addWidget(m_rightTitle, 0, 1);
    sidesLayout->addWidget(m_left, 1, 0);
    sidesLayout->addWidget(m_right, 1, 1);
    m_stack->addWidget(sides);
    m_stack->addWidget(m_unified);
    auto *top = new QHBoxLayout;
    top->addWidget(m_modeBox);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    connect(m_modeBox, &QComboBox::currentIndexChanged, m_stack, &QStackedWidget::setCurrentIndex);
    // The two sides scroll together.
    for (auto [a, b] : {std::pair{m_left, m_right}, std::pair{m_right, m_left}}) {
        connect(a->verticalScrollBar(), &QScrollBar::valueChanged, b->verticalScrollBar(), &QScrollBar::setValue);
        connect(a->horizontalScrollBar(), &QScrollBar::valueChanged, b->horizontalScrollBar(), &QScrollBar::setValue);
    }
}

void DiffView::setTexts(const QString &before, const QString &after, const QString &beforeLabel,
                        const QString &afterLabel)
{
    m_before = before;
    m_after = after;
    m_beforeLabel = beforeLabel;
    m_afterLabel = afterLabel;
    m_leftTitle->setText(beforeLabel);
    m_rightTitle->setText(afterLabel);
    rebuild();
}

void DiffView::setMode(Mode mode)
{
    m_modeBox->setCurrentIndex(mode == Mode::SideBySide ? 0 : 1);
}

DiffView::Mode DiffView::mode() const
{
    return m_modeBox->currentIndex() == 0 ? Mode::SideBySide : Mode::Unified;
}

QString DiffView::leftText() const
{
    return m_left->toPlainText();
}

QString DiffView::rightText() const
{
    return m_right->toPlainText();
}

QString DiffView::unifiedText() const
{
    return m_unified->toPlainText();
}

void DiffView::rebuild()
{
    const QList<DiffLine> diff = diffLines(diffSplit(m_before), diffSplit(m_after));
    m_added = int(
        std::count_if(diff.begin(), diff.end(), [](const DiffLine &l) { return l.kind == DiffLine::Kind::Added; }));
    m_removed = int(
        std::count_if(diff.begin(), diff.end(), [](const DiffLine &l) { return l.kind == DiffLine::Kind::Removed; }));
    m_summary->setText(
        m_added + m_removed == 0
            ? Tr::tr("%1 and %2 are the same").arg(m_beforeLabel, m_afterLabel)
            : Tr::tr("%1 \u2192 %2: +%3 \u2212%4").arg(m_beforeLabel, m_afterLabel).arg(m_added).arg(m_removed));

    QStringList leftLines, leftNumbers, rightLines, rightNumbers;
    QList<DiffPane::Row> leftKinds, rightKinds;
    const QList<SideBySideRow> rows = sideBySide(diff);
    for (const SideBySideRow &row : rows) {
        leftLines.append(row.oldText);
        rightLines.append(row.newText);
        leftNumbers.append(row.oldLine ? QString::number(row.oldLine) : QString());
        rightNumbers.append(row.newLine ? QString::number(row.newLine) : QString());
        switch (row.kind) {
        case SideBySideRow::Kind::Equal:
            leftKinds.append(DiffPane::Row::Plain);
            rightKinds.append(DiffPane::Row::Plain);
            break;
        case SideBySideRow::Kind::Changed:
            leftKinds.append(DiffPane::Row::Changed);
            rightKinds.append(DiffPane::Row::Changed);
            break;
        case SideBySideRow::Kind::Removed:
            leftKinds.append(DiffPane::Row::Removed);
            rightKinds.append(DiffPane::Row::Filler);
            break;
        case SideBySideRow::Kind::Added:
            leftKinds.append(DiffPane::Row::Filler);
            rightKinds.append(DiffPane::Row::Added);
            break;
        }
    }
    m_left->setRows(leftLines, leftNumbers, leftKinds);
    m_right->setRows(rightLines, rightNumbers, rightKinds);

    QStringList lines, numbers;
    QList<DiffPane::Row> kinds;
    const QList<DiffHunk> hunks = diffHunks(diff, 3);
    for (const DiffHunk &hunk : hunks) {
        lines.append(
            u"@@ -%1,%2 +%3,%4 @@"_s.arg(hunk.oldStart).arg(hunk.oldCount).arg(hunk.newStart).arg(hunk.newCount));
        numbers.append(QString());
        kinds.append(DiffPane::Row::Header);
        for (const DiffLine &line : hunk.lines) {
            const QString old = line.oldLine ? QString::number(line.oldLine) : QString();
            const QString now = line.newLine ? QString::number(line.newLine) : QString();
            numbers.append(old.rightJustified(4) + u' ' + now.rightJustified(4));
            switch (line.kind) {
            case DiffLine::Kind::Equal:
                lines.append(u' ' + line.text);
                kinds.append(DiffPane::Row::Plain);
                break;
            case DiffLine::Kind::Removed:
                lines.append(u'-' + line.text);
                kinds.append(DiffPane::Row::Removed);
                break;
            case DiffLine::Kind::Added:
                lines.append(u'+' + line.text);
                kinds.append(DiffPane::Row::Added);
                break;
            }
        }
    }
    m_unified->setRows(lines, numbers, kinds);
}

} // namespace Ringside::Editor
