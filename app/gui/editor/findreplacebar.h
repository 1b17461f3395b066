#pragma once

#include <QRegularExpression>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace Ringside::Editor {

/*! A find and replace bar for a QPlainTextEdit: plain text or regular expression, case sensitivity, next and
    previous (wrapping around), replace one, and replace all in one undo step. A regular expression's captures
    go into the replacement as \1 ... \9. Matches are found within a line. \since 0.1 */
class FindReplaceBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindReplaceBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }
    void setRegularExpression(bool on);
    void setCaseSensitive(bool on);
    bool isRegularExpression() const;
    bool isCaseSensitive() const;

    /*! Shows the bar with the editor's selection as the search text; \a replace shows the replace row too. */
    void open(bool replace);

    /*! Selects the next (or previous) match from the cursor, wrapping around; false when there is none. */
    bool findNext();
    bool findPrevious();
    /*! Replaces the selected match and finds the next one; false when nothing was selected. */
    bool replaceCurrent();
    /*! Replaces every match; returns how many. */
    int replaceAll();
    /*! How many matches the document has. */
    int matchCount() const;
    /*! The message shown: "3 of 12", "No match", or why the expression is invalid. */
    QString status() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool backward);
    QRegularExpression expression() const;
    QString replacementFor(const QString &matched) const;
    void updateStatus();

    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_regex;
    QCheckBox *m_case;
    QLabel *m_status;
    QWidget *m_replaceRow;
};

} // namespace Ringside::Editor
