#include "gui/editor/yamlcompleter.h"

#include "gui/editor/yamleditor.h"
#include "yaml/yamljson.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QCompleter>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace Ringside::Editor {

namespace {

/*! Draws the item with its type right-aligned and dimmed. */
class CompletionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QString detail = index.data(CompletionModel::DetailRole).toString();
        if (detail.isEmpty()) {
            return;
        }
        painter->save();
        QColor color
            = option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
        color.setAlphaF(0.55f);
        painter->setPen(color);
        painter->drawText(option.rect.adjusted(0, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter, detail);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const QString detail = index.data(CompletionModel::DetailRole).toString();
        size.rwidth() += option.fontMetrics.horizontalAdvance(detail) + 24;
        return size;
    }
};

} // namespace

YamlCompleter::YamlCompleter(YamlEditor *editor)
    : QObject(editor)
    , m_editor(editor)
    , m_completer(new QCompleter(this))
    , m_model(new CompletionModel(this))
{
    m_completer->setModel(m_model);
    m_completer->setWidget(editor);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setModelSorting(QCompleter::UnsortedModel);
    m_completer->setMaxVisibleItems(12);
    m_completer->popup()->setItemDelegate(new CompletionDelegate(m_completer->popup()));
    m_completer->popup()->setObjectName(u"completionPopup"_s);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &YamlCompleter::activated);
}

bool YamlCompleter::isPopupVisible() const
{
    return m_completer->popup()->isVisible();
}

void YamlCompleter::hidePopup()
{
    m_completer->popup()->hide();
}

int YamlCompleter::complete(bool explicitRequest)
{
    const QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection()) {
        hidePopup();
        return 0;
    }
    const YamlOutline outline = YamlOutline::build(m_editor->toPlainText());
    m_last = completeAt(outline, cursor.blockNumber() + 1, cursor.positionInBlock(), m_schemas);
    const CursorContext &context = m_last.context;
    const bool emptyKey = context.mode == CursorContext::Mode::Key && context.prefix.isEmpty();
    if (m_last.items.isEmpty() || (emptyKey && !explicitRequest)) {
        hidePopup();
        return 0;
    }
    m_model->setItems(m_last.items);
    m_completer->setCompletionPrefix(context.prefix);
    const int count = m_completer->completionCount();
    // Nothing left to offer, or exactly what is typed already.
    if (count == 0 || (count == 1 && m_completer->currentCompletion() == context.prefix && !explicitRequest)) {
        hidePopup();
        return 0;
    }
    QAbstractItemView *popup = m_completer->popup();
    QRect rect = m_editor->cursorRect();
    rect.translate(m_editor->viewport()->pos()); // cursorRect() is in viewport coordinates
    rect.setWidth(std::min(520, popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width() + 8));
    m_completer->complete(rect);
    popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    return count;
}

void YamlCompleter::activated(const QModelIndex &index)
{
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model());
    const QModelIndex source = proxy ? proxy->mapToSource(index) : index;
    insert(m_model->item(source.row()));
}

void YamlCompleter::insert(const CompletionItem &item)
{
    const CursorContext &context = m_last.context;
    QTextCursor cursor = m_editor->textCursor();
    const int end = cursor.position();
    const QTextBlock block = cursor.block();
    cursor.setPosition(block.position() + std::min(context.prefixColumn, int(end - block.position())));
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    QString text = item.text;
    if (item.kind == CompletionItem::Kind::Key) {
        if (item.schemaType == "object"_L1) {
            text += u":\n"_s + QString(context.indent + 2, u' ');
        } else if (item.schemaType == "array"_L1) {
            text += u":\n"_s + QString(context.indent, u' ') + u"- "_s; // sequences at their key's indentation
        } else {
            text += u": "_s;
        }
    } else {
        if (item.schemaType == "string"_L1 && !Yaml::resolvePlainScalar(text).isString()) {
            text = u'"' + text + u'"';
        }
        const QString line = block.text();
        if (context.prefixColumn > 0 && line.at(context.prefixColumn - 1) == u':') {
            text.prepend(u' ');
        }
    }
    cursor.insertText(text);
    m_editor->setTextCursor(cursor);
    hidePopup();
}

bool YamlCompleter::handleKeyPress(QKeyEvent *event)
{
    if (!isPopupVisible()) {
        return false;
    }
    switch (event->key()) {
    case Qt::Key_Enter:
    case Qt::Key_Return:
    case Qt::Key_Escape:
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        event->ignore(); // the completer's popup handles these
        return true;
    default: return false;
    }
}

void YamlCompleter::afterKeyPress(QKeyEvent *event)
{
    const QString text = event->text();
    const bool edit = event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete;
    if (text.isEmpty() && !edit) {
        return; // navigation and modifiers
    }
    const QChar last = text.isEmpty() ? QChar() : text.back();
    if (isPopupVisible() || edit) {
        if (isPopupVisible()) {
            complete(false);
        }
        return;
    }
    if (last.isLetterOrNumber() || last == u'_' || last == u'-') {
        complete(false);
    } else if (last == u' ') {
        const QTextCursor cursor = m_editor->textCursor();
        const QString before = cursor.block().text().left(cursor.positionInBlock());
        if (before.endsWith(": "_L1)) {
            complete(false); // values after "key: "
        }
    }
}

} // namespace Ringside::Editor
