#include "gui/editor/yamleditor.h"

#include "gui/editor/editorgutter.h"
#include "gui/editor/editortr.h"
#include "gui/editor/yamlcompleter.h"
#include "models/editor/editorlogging.h"
#include "models/editor/yamldocument.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

using namespace Qt::StringLiterals;
using KSyntaxHighlighting::Repository;
using KSyntaxHighlighting::Theme;

namespace Ringside::Editor {

YamlEditor::YamlEditor(KSyntaxHighlighting::Repository *repository, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_repository(repository)
    , m_gutter(new EditorGutter(this))
    , m_completer(new YamlCompleter(this))
{
    setObjectName(u"yamlEditor"_s);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 2);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &YamlEditor::updateGutterGeometry);
    connect(this, &QPlainTextEdit::updateRequest, this, &YamlEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        revealCursor();
        updateExtraSelections();
        m_gutter->update();
    });
    applyTheme();
    updateGutterGeometry();
}

YamlEditor::~YamlEditor() = default;

void YamlEditor::setYamlDocument(YamlDocument *document)
{
    if (m_yamlDocument) {
        disconnect(m_yamlDocument->textDocument(), nullptr, this, nullptr);
    }
    delete m_highlighter;
    m_yamlDocument = document;
    QTextDocument *text = document->textDocument();
    if (!qobject_cast<QPlainTextDocumentLayout *>(text->documentLayout())) {
        text->setDocumentLayout(new QPlainTextDocumentLayout(text));
    }
    setDocument(text);
    text->setDefaultFont(font());
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(text);
    m_highlighter->setDefinition(m_repository->definitionForName(u"YAML"_s));
    if (!m_highlighter->definition().isValid()) {
        qCWarning(lcEditor) << "KSyntaxHighlighting has no YAML definition";
    }
    connect(text, &QTextDocument::contentsChanged, this, &YamlEditor::contentsChanged);
    m_folds.clear();
    m_hasHidden = false;
    m_foldRangesDirty = true;
    applyTheme();
    setProblems({});
}

QString YamlEditor::themeName() const
{
    return m_highlighter ? m_highlighter->theme().name() : QString();
}

void YamlEditor::applyTheme()
{
    if (m_applyingTheme) {
        return;
    }
    m_applyingTheme = true;
    m_dark = palette().color(QPalette::Window).lightness() < 128;
    const Theme theme = m_repository->defaultTheme(m_dark ? Repository::DarkTheme : Repository::LightTheme);
    if (m_highlighter && m_highlighter->theme().name() != theme.name()) {
        m_highlighter->setTheme(theme);
        m_highlighter->rehighlight();
    }
    const auto color = [&theme](Theme::EditorColorRole role) { return QColor::fromRgba(theme.editorColor(role)); };
    QPalette p = palette();
    p.setColor(QPalette::Base, color(Theme::BackgroundColor));
    p.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(Theme::Normal)));
    p.setColor(QPalette::Highlight, color(Theme::TextSelection));
    p.setColor(QPalette::HighlightedText, QColor::fromRgba(theme.textColor(Theme::Normal)));
    setPalette(p);
    m_currentLineColor = color(Theme::CurrentLine);
    m_gutterColors = {color(Theme::IconBorder), color(Theme::LineNumbers), color(Theme::CurrentLineNumber),
                      color(Theme::Separator), color(Theme::CodeFolding)};
    m_foldBoxColor = color(Theme::LineNumbers);
    m_applyingTheme = false;
    updateExtraSelections();
    m_gutter->update();
}

void YamlEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        applyTheme();
    } else if (event->type() == QEvent::FontChange) {
        document()->setDefaultFont(font());
        setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 2);
        updateGutterGeometry();
    }
}

int YamlEditor::gutterWidth() const
{
    return m_gutter->sizeHint().width();
}

QRectF YamlEditor::blockGeometry(const QTextBlock &block) const
{
    return blockBoundingGeometry(block).translated(contentOffset());
}

void YamlEditor::updateGutterGeometry()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void YamlEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0) {
        m_gutter->scroll(0, dy);
    } else {
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    }
    if (rect.contains(viewport()->rect())) {
        updateGutterGeometry();
    }
}

void YamlEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterGeometry();
}

void YamlEditor::setSchemas(const SchemaChain &schemas)
{
    m_completer->setSchemas(schemas);
}

// --- problems -------------------------------------------------------------------------------------------------

void YamlEditor::setProblems(const QList<Problem> &problems)
{
    m_problems = problems;
    m_problemCursors.clear();
    for (const Problem &p : problems) {
        const QTextBlock block = document()->findBlockByNumber(p.line - 1);
        if (!block.isValid()) {
            continue;
        }
        const int length = block.length() - 1;
        const int start = std::clamp(p.column - 1, 0, std::max(0, length - 1));
        const int end = std::clamp(start + std::max(1, p.length), start, length);
        QTextCursor cursor(document());
        cursor.setPosition(block.position() + start);
        cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
        m_problemCursors.append({cursor, p});
    }
    updateExtraSelections();
    m_gutter->update();
}

std::optional<ProblemSeverity> YamlEditor::worstProblemOnLine(int line) const
{
    std::optional<ProblemSeverity> worst;
    for (const auto &[cursor, problem] : m_problemCursors) {
        if (document()->findBlock(cursor.selectionStart()).blockNumber() + 1 == line
            && (!worst || problem.severity < *worst)) {
            worst = problem.severity;
        }
    }
    return worst;
}

QString YamlEditor::problemToolTip(int line, int column) const
{
    QStringList lines;
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    const int position = block.position() + column - 1;
    for (const auto &[cursor, problem] : m_problemCursors) {
        if (document()->findBlock(cursor.selectionStart()).blockNumber() + 1 != line) {
            continue;
        }
        if (column > 0 && (position < cursor.selectionStart() || position > cursor.selectionEnd())) {
            continue;
        }
        QString message = severityName(problem.severity) + u": "_s + problem.message;
        if (!problem.path.isEmpty()) {
            message += u" ("_s + problem.path + u')';
        }
        lines.append(message);
    }
    return lines.join(u'\n');
}

QList<QTextEdit::ExtraSelection> YamlEditor::problemSelections() const
{
    QList<QTextEdit::ExtraSelection> out;
    // Least severe first, so that an error drawn later wins where underlines overlap.
    for (ProblemSeverity severity : {ProblemSeverity::NotChecked, ProblemSeverity::Warning, ProblemSeverity::Error}) {
        for (const auto &[cursor, problem] : m_problemCursors) {
            if (problem.severity != severity || !cursor.hasSelection()) {
                continue;
            }
            QTextEdit::ExtraSelection selection;
            selection.cursor = cursor;
            selection.format.setUnderlineStyle(
                severity == ProblemSeverity::NotChecked ? QTextCharFormat::DotLine : QTextCharFormat::WaveUnderline);
            selection.format.setUnderlineColor(severityColor(severity, m_dark));
            selection.format.setToolTip(problem.message);
            out.append(selection);
        }
    }
    return out;
}

void YamlEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection current;
    current.format.setBackground(m_currentLineColor);
    current.format.setProperty(QTextFormat::FullWidthSelection, true);
    current.cursor = textCursor();
    current.cursor.clearSelection();
    selections.append(current);
    selections.append(problemSelections());
    setExtraSelections(selections);
}

bool YamlEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(help->pos());
        const QString text = problemToolTip(cursor.blockNumber() + 1, cursor.positionInBlock() + 1);
        if (text.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), text, viewport());
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

// --- navigation and typing ------------------------------------------------------------------------------------

void YamlEditor::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid()) {
        return;
    }
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, block.length() - 1));
    setTextCursor(cursor);
    revealCursor();
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void YamlEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->handleKeyPress(event)) {
        return;
    }
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (event->key() == Qt::Key_Space && mods == Qt::ControlModifier) {
        m_completer->complete(true);
        return;
    }
    if (event->key() == Qt::Key_Tab && mods == Qt::NoModifier) {
        // YAML does not allow tabs for indentation: insert spaces to the next even column.
        QTextCursor cursor = textCursor();
        cursor.insertText(QString(2 - cursor.positionInBlock() % 2, u' '));
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && mods == Qt::NoModifier
        && insertNewline()) {
        return;
    }
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier)
        && (event->key() == Qt::Key_BracketLeft || event->key() == Qt::Key_BraceLeft)) {
        fold(textCursor().blockNumber() + 1);
        return;
    }
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier)
        && (event->key() == Qt::Key_BracketRight || event->key() == Qt::Key_BraceRight)) {
        unfold(textCursor().blockNumber() + 1);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    m_completer->afterKeyPress(event);
}

bool YamlEditor::insertNewline()
{
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection()) {
        return false;
    }
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    int indent = 0;
    while (indent < before.size() && before.at(indent) == u' ') {
        ++indent;
    }
    QString content = before.mid(indent);
    if (const qsizetype hash = content.indexOf(" #"_L1); hash >= 0) {
        content.truncate(hash);
    }
    content = content.trimmed();
    while (content.startsWith("- "_L1)) {
        indent += 2; // the item's content column
        content = content.mid(2).trimmed();
    }
    if (content.endsWith(u':') || content.endsWith(u'|') || content.endsWith(u'>')) {
        indent += 2;
    }
    cursor.insertText(u'\n' + QString(indent, u' '));
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

void YamlEditor::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (m_yamlDocument) {
        m_yamlDocument->autosaveNow();
    }
    Q_EMIT focusLost();
}

// --- folding --------------------------------------------------------------------------------------------------

QList<FoldRange> YamlEditor::foldRanges() const
{
    if (m_foldRangesDirty) {
        QStringList lines;
        lines.reserve(document()->blockCount());
        for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
            lines.append(block.text());
        }
        m_foldRanges = Editor::foldRanges(lines);
        m_foldRangesDirty = false;
    }
    return m_foldRanges;
}

bool YamlEditor::isFoldable(int line) const
{
    const QList<FoldRange> ranges = foldRanges();
    const auto it = std::lower_bound(ranges.begin(), ranges.end(), line,
                                     [](const FoldRange &r, int l) { return r.startLine < l; });
    return it != ranges.end() && it->startLine == line;
}

bool YamlEditor::isFolded(int line) const
{
    return std::any_of(m_folds.begin(), m_folds.end(),
                       [line](const QTextCursor &c) { return c.blockNumber() + 1 == line; });
}

bool YamlEditor::fold(int line)
{
    if (!isFoldable(line) || isFolded(line)) {
        return false;
    }
    m_folds.append(QTextCursor(document()->findBlockByNumber(line - 1)));
    applyFolds();
    return true;
}

bool YamlEditor::unfold(int line)
{
    const qsizetype before = m_folds.size();
    m_folds.removeIf([line](const QTextCursor &c) { return c.blockNumber() + 1 == line; });
    if (m_folds.size() == before) {
        return false;
    }
    applyFolds();
    return true;
}

void YamlEditor::toggleFold(int line)
{
    if (!unfold(line)) {
        fold(line);
    }
}

void YamlEditor::unfoldAll()
{
    m_folds.clear();
    applyFolds();
}

int YamlEditor::hiddenLineCount() const
{
    int hidden = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        hidden += !block.isVisible();
    }
    return hidden;
}

void YamlEditor::contentsChanged()
{
    m_foldRangesDirty = true;
    if (!m_folds.isEmpty() || m_hasHidden) {
        // Not inside the edit: block visibility must not change while the document is in a change.
        QTimer::singleShot(0, this, &YamlEditor::applyFolds);
    }
}

void YamlEditor::applyFolds()
{
    const QList<FoldRange> ranges = foldRanges();
    QList<bool> hidden(document()->blockCount(), false);
    QList<QTextCursor> kept;
    for (const QTextCursor &fold : std::as_const(m_folds)) {
        const int line = fold.blockNumber() + 1;
        const auto it
            = std::find_if(ranges.begin(), ranges.end(), [line](const FoldRange &r) { return r.startLine == line; });
        if (it == ranges.end() || std::any_of(kept.begin(), kept.end(), [line](const QTextCursor &c) {
                return c.blockNumber() + 1 == line;
            })) {
            continue; // the block is not foldable any more (edited), or folded twice
        }
        kept.append(fold);
        for (int l = it->startLine + 1; l <= it->endLine && l <= hidden.size(); ++l) {
            hidden[l - 1] = true;
        }
    }
    m_folds = kept;
    int from = -1;
    int to = -1;
    bool any = false;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const bool visible = !hidden.value(block.blockNumber());
        any = any || !visible;
        if (block.isVisible() != visible) {
            block.setVisible(visible);
            from = from < 0 ? block.position() : from;
            to = block.position() + block.length();
        }
    }
    m_hasHidden = any;
    if (from >= 0) {
        document()->markContentsDirty(from, to - from);
        viewport()->update();
        m_gutter->update();
        ensureCursorVisible();
    }
}

void YamlEditor::revealCursor()
{
    const int line = textCursor().blockNumber() + 1;
    if (textCursor().block().isVisible()) {
        return;
    }
    const QList<FoldRange> ranges = foldRanges();
    m_folds.removeIf([&ranges, line](const QTextCursor &c) {
        const int start = c.blockNumber() + 1;
        return std::any_of(ranges.begin(), ranges.end(), [start, line](const FoldRange &r) {
            return r.startLine == start && line > r.startLine && line <= r.endLine;
        });
    });
    applyFolds();
}

void YamlEditor::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (m_folds.isEmpty()) {
        return;
    }
    // A box after each folded line tells that lines are hidden there.
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        if (!block.isVisible()) {
            continue;
        }
        const QRectF r = blockGeometry(block);
        if (r.top() > event->rect().bottom()) {
            break;
        }
        if (!isFolded(block.blockNumber() + 1) || !block.layout() || block.layout()->lineCount() == 0) {
            continue;
        }
        const qreal x = r.left() + document()->documentMargin() + block.layout()->lineAt(0).naturalTextWidth()
                        + fm.horizontalAdvance(u' ');
        const QString dots = QStringLiteral("\u2026");
        const QRectF box(x, r.top() + 1.5, fm.horizontalAdvance(dots) + 14, fm.height() - 3);
        QColor fill = m_foldBoxColor;
        fill.setAlphaF(0.18f);
        painter.setPen(QPen(m_foldBoxColor, 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(box.adjusted(0, -fm.descent() / 2.0, 0, 0), Qt::AlignCenter, dots);
    }
}

} // namespace Ringside::Editor
