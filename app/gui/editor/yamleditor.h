#pragma once

#include "models/editor/schemasource.h"
#include "models/editor/yamldocument.h"
#include "models/editor/yamloutline.h"
#include "models/editor/yamlvalidation.h"

#include <QPlainTextEdit>
#include <QPointer>
#include <QTextBlock>
#include <QTextCursor>

#include <optional>

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace Ringside::Editor {

class EditorGutter;
class YamlCompleter;

/*! The YAML text editor: KSyntaxHighlighting's YAML definition with a theme that follows the palette (dark when the
    window colour is dark), a gutter with line numbers, problem markers and fold markers, folding of blocks by
    indentation, the current line highlighted, problems underlined at their line and column (wavy for errors and
    warnings, dotted for "not checked") with tooltips, and completion of keys and values from the schema.

    Why QPlainTextEdit and not KTextEditor: KTextEditor (Kate's editor part) is not in the build root and pulls in
    KParts, KIO and KXmlGui; QPlainTextEdit with KSyntaxHighlighting's SyntaxHighlighter (the adapter made for it)
    gives the same highlighting with plain Qt, and folding is done here with QTextBlock::setVisible as Qt Creator does.
    \since 0.1 */
class YamlEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    /*! \a repository (shared, not owned) provides the YAML definition and the themes. */
    explicit YamlEditor(KSyntaxHighlighting::Repository *repository, QWidget *parent = nullptr);
    ~YamlEditor() override;

    /*! Edits \a document's text (not owned); gives it a plain-text layout and the highlighter. */
    void setYamlDocument(YamlDocument *document);
    YamlDocument *yamlDocument() const { return m_yamlDocument; }

    /*! Shows \a problems as underlines and gutter markers; they follow later edits until replaced. */
    void setProblems(const QList<Problem> &problems);
    QList<Problem> problems() const { return m_problems; }
    /*! The most severe problem on \a line (1-based), if any. */
    std::optional<ProblemSeverity> worstProblemOnLine(int line) const;
    /*! The messages of the problems at \a line and \a column (1-based; -1: the whole line), one per line. */
    QString problemToolTip(int line, int column) const;
    /*! The extra selections that underline problems (for tests and screenshots). */
    QList<QTextEdit::ExtraSelection> problemSelections() const;

    /*! The schema sources used for completion. */
    void setSchemas(const SchemaChain &schemas);
    YamlCompleter *completer() const { return m_completer; }

    /*! Moves the cursor to \a line and \a column (1-based), unfolding what hides it, and centres it. */
    void goTo(int line, int column = 1);

    // Folding by indentation. Lines are 1-based.
    QList<FoldRange> foldRanges() const;
    bool isFoldable(int line) const;
    bool isFolded(int line) const;
    bool fold(int line);
    bool unfold(int line);
    void toggleFold(int line);
    void unfoldAll();
    /*! The number of lines hidden by folds. */
    int hiddenLineCount() const;

    /*! True when the dark theme is in use (the palette's window colour is dark). */
    bool isDarkTheme() const { return m_dark; }
    QString themeName() const;

    struct GutterColors
    {
        QColor background, number, currentNumber, separator, fold;
    };
    GutterColors gutterColors() const { return m_gutterColors; }
    /*! Public access for the gutter: where \a block is drawn, in viewport coordinates. */
    QRectF blockGeometry(const QTextBlock &block) const;
    QTextBlock firstVisibleBlock() const { return QPlainTextEdit::firstVisibleBlock(); }
    int gutterWidth() const;

Q_SIGNALS:
    /*! The editor lost the keyboard focus (the document autosaves then). */
    void focusLost();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyTheme();
    void updateGutterGeometry();
    void updateGutter(const QRect &rect, int dy);
    void updateExtraSelections();
    void contentsChanged();
    void applyFolds();
    void revealCursor();
    bool insertNewline();

    KSyntaxHighlighting::Repository *m_repository;
    QPointer<KSyntaxHighlighting::SyntaxHighlighter> m_highlighter;
    QPointer<YamlDocument> m_yamlDocument;
    EditorGutter *m_gutter;
    YamlCompleter *m_completer;
    QList<Problem> m_problems;
    QList<std::pair<QTextCursor, Problem>> m_problemCursors; // cursors follow edits until the next result
    mutable QList<FoldRange> m_foldRanges;
    mutable bool m_foldRangesDirty = true;
    QList<QTextCursor> m_folds; // at the start of each folded header line
    bool m_hasHidden = false;
    bool m_applyingTheme = false;
    bool m_dark = false;
    GutterColors m_gutterColors;
    QColor m_currentLineColor;
    QColor m_foldBoxColor;
};

} // namespace Ringside::Editor
