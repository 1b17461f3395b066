#pragma once

#include <QWidget>

namespace Ringside::Editor {

class YamlEditor;

/*! The left margin of YamlEditor: problem markers, line numbers and fold markers (click to fold or unfold). */
class EditorGutter : public QWidget
{
    Q_OBJECT
public:
    explicit EditorGutter(YamlEditor *editor);
    QSize sizeHint() const override;
    /*! The x range of the fold markers, for hit tests. */
    int foldAreaLeft() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    int lineAt(int y) const;

    YamlEditor *m_editor;
};

} // namespace Ringside::Editor
