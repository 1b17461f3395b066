#include "screenshot.h"

#include "guitr.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace Ringside {

QString saveWidgetPng(QWidget *widget, const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull()) {
        return GuiTr::tr("the window could not be captured");
    }
    if (!pixmap.save(path, "PNG")) {
        return GuiTr::tr("cannot write %1").arg(path);
    }
    return {};
}

FirstPaintScreenshot::FirstPaintScreenshot(QWidget *widget, const QString &path, QObject *parent)
    : QObject(parent)
    , m_widget(widget)
    , m_path(path)
{
    m_widget->installEventFilter(this);
}

bool FirstPaintScreenshot::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Paint && !m_scheduled) {
        m_scheduled = true;
        // Let the rest of the first frame (docks, status bar) paint, then grab.
        QTimer::singleShot(250, this, &FirstPaintScreenshot::grab);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintScreenshot::grab()
{
    m_widget->removeEventFilter(this);
    const QString error = saveWidgetPng(m_widget, m_path);
    if (error.isEmpty()) {
        Q_EMIT saved(m_path);
    } else {
        Q_EMIT failed(error);
    }
}

} // namespace Ringside
