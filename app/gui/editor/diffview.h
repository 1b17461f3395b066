#pragma once

#include "models/editor/linediff.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace Ringside::Editor {

class DiffPane;

/*! Shows the difference between two texts (for example the live object and the edited YAML), side by side or
    unified, with line numbers and removed, added and changed lines coloured. The diff is our own line diff
    (diffLines(), Myers): no packaged Qt diff library exists. \since 0.1 */
class DiffView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { SideBySide, Unified };
    explicit DiffView(QWidget *parent = nullptr);

    /*! Compares \a before (named \a beforeLabel, e.g. "live") with \a after. */
    void setTexts(const QString &before, const QString &after, const QString &beforeLabel, const QString &afterLabel);
    void setMode(Mode mode);
    Mode mode() const;
    /*! The lines added and removed. */
    int addedCount() const { return m_added; }
    int removedCount() const { return m_removed; }
    /*! The text shown by each pane (the left one is the unified view's only pane in unified mode). */
    QString leftText() const;
    QString rightText() const;
    QString unifiedText() const;

private:
    void rebuild();

    QComboBox *m_modeBox;
    QLabel *m_summary;
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QStackedWidget *m_stack;
    DiffPane *m_left;
    DiffPane *m_right;
    DiffPane *m_unified;
    QString m_before;
    QString m_after;
    QString m_beforeLabel;
    QString m_afterLabel;
    int m_added = 0;
    int m_removed = 0;
};

} // namespace Ringside::Editor
