#include "gui/editor/findreplacebar.h"

#include "gui/editor/editortr.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Ringside::Editor {

FindReplaceBar::FindReplaceBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_regex(new QCheckBox(Tr::tr("Regular e&xpression"), this))
    , m_case(new QCheckBox(Tr::tr("Match &case"), this))
    , m_status(new QLabel(this))
    , m_replaceRow(new QWidget(this))
{
    setObjectName(u"findReplaceBar"_s);
    m_find->setObjectName(u"findEdit"_s);
    m_replace->setObjectName(u"replaceEdit"_s);
    m_find->setPlaceholderText(Tr::tr("Find"));
    m_replace->setPlaceholderText(Tr::tr("Replace with (\\1 for a captured group)"));
    m_find->setClearButtonEnabled(true);
    auto *previous = new QPushButton(Tr::tr("&Previous"), this);
    auto *next = new QPushButton(Tr::tr("&Next"), this);
    auto *replaceOne = new QPushButton(Tr::tr("&Replace"), m_replaceRow);
    auto *replaceAllButton = new QPushButton(Tr::tr("Replace &All"), m_replaceRow);
    auto *close = new QToolButton(this);
    close->setText(u"\u2715"_s);
    close->setToolTip(Tr::tr("Close (Esc)"));
    close->setAutoRaise(true);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addWidget(m_regex, 0, 3);
    layout->addWidget(m_case, 0, 4);
    layout->addWidget(m_status, 0, 5);
    layout->addWidget(close, 0, 6);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replaceOne);
    replaceLayout->addWidget(replaceAllButton);
    layout->addWidget(m_replaceRow, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(5, 1);

    connect(next, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(replaceOne, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    connect(m_find, &QLineEdit::returnPressed, this, &FindReplaceBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceCurrent);
    connect(m_find, &QLineEdit::textChanged, this, &FindReplaceBar::updateStatus);
    connect(m_regex, &QCheckBox::toggled, this, &FindReplaceBar::updateStatus);
    connect(m_case, &QCheckBox::toggled, this, &FindReplaceBar::updateStatus);
}

void FindReplaceBar::setRegularExpression(bool on)
{
    m_regex->setChecked(on);
}

void FindReplaceBar::setCaseSensitive(bool on)
{
    m_case->setChecked(on);
}

bool FindReplaceBar::isRegularExpression() const
{
    return m_regex->isChecked();
}

bool FindReplaceBar::isCaseSensitive() const
{
    return m_case->isChecked();
}

void FindReplaceBar::open(bool replace)
{
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator)) {
        m_find->setText(m_regex->isChecked() ? QRegularExpression::escape(selected) : selected);
    }
    m_replaceRow->setVisible(replace);
    show();
    m_find->setFocus();
    m_find->selectAll();
    updateStatus();
}

QRegularExpression FindReplaceBar::expression() const
{
    const QString pattern = m_regex->isChecked() ? m_find->text() : QRegularExpression::escape(m_find->text());
    return QRegularExpression(pattern, m_case->isChecked() ? QRegularExpression::NoPatternOption
                                                           : QRegularExpression::CaseInsensitiveOption);
}

bool FindReplaceBar::find(bool backward)
{
    const QRegularExpression re = expression();
    if (m_find->text().isEmpty() || !re.isValid()) {
        updateStatus();
        return false;
    }
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    QTextCursor found = m_editor->document()->find(re, m_editor->textCursor(), flags);
    if (found.isNull()) { // wrap around
        QTextCursor start(m_editor->document());
        if (backward) {
            start.movePosition(QTextCursor::End);
        }
        found = m_editor->document()->find(re, start, flags);
    }
    // An empty match (a regular expression such as ^) would stall: step over it.
    if (!found.isNull() && !found.hasSelection()) {
        found = QTextCursor();
    }
    if (!found.isNull()) {
        m_editor->setTextCursor(found);
        m_editor->centerCursor();
    }
    updateStatus();
    return !found.isNull();
}

bool FindReplaceBar::findNext()
{
    return find(false);
}

bool FindReplaceBar::findPrevious()
{
    return find(true);
}

QString FindReplaceBar::replacementFor(const QString &matched) const
{
    if (!m_regex->isChecked()) {
        return m_replace->text();
    }
    const QRegularExpressionMatch match = expression().match(matched);
    QString out;
    const QString pattern = m_replace->text();
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\' && i + 1 < pattern.size()) {
            const QChar n = pattern.at(++i);
            if (n.isDigit()) {
                out += match.captured(n.digitValue());
            } else if (n == u'n') {
                out += u'\n';
            } else if (n == u't') {
                out += u'\t';
            } else {
                out += n;
            }
        } else {
            out += c;
        }
    }
    return out;
}

bool FindReplaceBar::replaceCurrent()
{
    QTextCursor cursor = m_editor->textCursor();
    const QRegularExpression re = expression();
    if (!cursor.hasSelection() || !re.isValid() || m_find->text().isEmpty()) {
        findNext();
        return false;
    }
    // Only a selection that is a whole match is replaced.
    const QRegularExpressionMatch match
        = QRegularExpression(u"\\A(?:"_s + re.pattern() + u")\\z"_s, re.patternOptions()).match(cursor.selectedText());
    if (!match.hasMatch()) {
        findNext();
        return false;
    }
    cursor.insertText(replacementFor(cursor.selectedText()));
    m_editor->setTextCursor(cursor);
    findNext();
    return true;
}

int FindReplaceBar::replaceAll()
{
    const QRegularExpression re = expression();
    if (m_find->text().isEmpty() || !re.isValid()) {
        return 0;
    }
    QTextDocument *doc = m_editor->document();
    QTextCursor edit(doc);
    edit.beginEditBlock(); // one undo step
    int count = 0;
    QTextCursor found = doc->find(re, 0);
    while (!found.isNull() && found.hasSelection()) {
        found.insertText(replacementFor(found.selectedText()));
        ++count;
        found = doc->find(re, found.position());
    }
    edit.endEditBlock();
    m_status->setText(Tr::tr("Replaced: %1").arg(count));
    return count;
}

int FindReplaceBar::matchCount() const
{
    const QRegularExpression re = expression();
    if (m_find->text().isEmpty() || !re.isValid()) {
        return 0;
    }
    int count = 0;
    for (QTextBlock block = m_editor->document()->begin(); block.isValid(); block = block.next()) {
        QRegularExpressionMatchIterator it = re.globalMatch(block.text());
        while (it.hasNext()) {
            count += it.next().capturedLength() > 0;
        }
    }
    return count;
}

QString FindReplaceBar::status() const
{
    return m_status->text();
}

void FindReplaceBar::updateStatus()
{
    const QRegularExpression re = expression();
    if (m_find->text().isEmpty()) {
        m_status->clear();
        return;
    }
    if (!re.isValid()) {
        m_status->setText(Tr::tr("Invalid expression: %1").arg(re.errorString()));
        return;
    }
    const int total = matchCount();
    if (total == 0) {
        m_status->setText(Tr::tr("No match"));
        return;
    }
    // Which match is selected: count the matches that start before the selection.
    const QTextCursor cursor = m_editor->textCursor();
    int index = 0;
    if (cursor.hasSelection()) {
        for (QTextBlock block = m_editor->document()->begin();
             block.isValid() && block.position() <= cursor.selectionStart(); block = block.next()) {
            QRegularExpressionMatchIterator it = re.globalMatch(block.text());
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                if (m.capturedLength() > 0 && block.position() + m.capturedStart() <= cursor.selectionStart()) {
                    ++index;
                }
            }
        }
    }
    m_status->setText(index > 0 ? Tr::tr("%1 of %2").arg(index).arg(total) : Tr::tr("Matches: %1").arg(total));
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    if (event->key() == Qt::Key_Return && event->modifiers() & Qt::ShiftModifier) {
        findPrevious();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Ringside::Editor
