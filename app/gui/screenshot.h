#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace Ringside {

/*! Saves a PNG of a widget once it has painted for the first time (used by `ringside --screenshot` and by
    `./ringside.sh run` without a display). Emits saved() or failed() exactly once. */
class FirstPaintScreenshot : public QObject
{
    Q_OBJECT
public:
    FirstPaintScreenshot(QWidget *widget, const QString &path, QObject *parent = nullptr);

Q_SIGNALS:
    void saved(const QString &path);
    void failed(const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void grab();

    QWidget *m_widget;
    QString m_path;
    bool m_scheduled = false;
};

/*! Saves \a widget as a PNG now; returns an empty string or the error. */
QString saveWidgetPng(QWidget *widget, const QString &path);

} // namespace Ringside
