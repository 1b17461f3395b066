#include "gui/charts/chartview.h"

#include <QAbstractSeries>
#include <QGraphicsLineItem>
#include <QLabel>
#include <QMouseEvent>

#include <optional>

namespace Ringside::Charts {

ChartView::ChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
    , m_overlay(new QLabel(this))
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setRubberBand(QChartView::NoRubberBand);
    m_cursor = new QGraphicsLineItem(chart);
    m_cursor->setZValue(100);
    m_cursor->hide();
    m_overlay->setAlignment(Qt::AlignCenter);
    m_overlay->setAutoFillBackground(false);
    m_overlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_overlay->setStyleSheet(
        QStringLiteral("QLabel { background: rgba(128, 128, 128, 90); border-radius: 6px; padding: 8px 16px; "
                       "font-weight: bold; }"));
    m_overlay->hide();
}

ChartView::~ChartView() = default;

void ChartView::setLoading(bool loading, const QString &text)
{
    m_overlay->setText(text);
    m_overlay->setVisible(loading);
    if (loading) {
        m_overlay->raise();
        placeOverlay();
    }
}

bool ChartView::isLoadingShown() const
{
    return !m_overlay->isHidden();
}

QString ChartView::loadingText() const
{
    return m_overlay->text();
}

std::optional<double> ChartView::timeAt(const QPoint &viewPos) const
{
    QChart *c = chart();
    if (!c || c->series().isEmpty()) {
        return std::nullopt;
    }
    const QPointF scenePos = mapToScene(viewPos);
    const QPointF chartPos = c->mapFromScene(scenePos);
    if (!c->plotArea().contains(chartPos)) {
        return std::nullopt;
    }
    return c->mapToValue(chartPos, c->series().constFirst()).x() / 1000.0;
}

void ChartView::showCursorAt(const QPoint &viewPos)
{
    QChart *c = chart();
    const QPointF chartPos = c->mapFromScene(mapToScene(viewPos));
    const QRectF area = c->plotArea();
    if (!area.contains(chartPos)) {
        m_cursor->hide();
        return;
    }
    QPen pen(palette().color(QPalette::Text));
    pen.setWidthF(1.0);
    pen.setStyle(Qt::DashLine);
    m_cursor->setPen(pen);
    m_cursor->setLine(chartPos.x(), area.top(), chartPos.x(), area.bottom());
    m_cursor->show();
}

void ChartView::hideCursor()
{
    m_cursor->hide();
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QPoint pos = event->position().toPoint();
    const std::optional<double> t = timeAt(pos);
    if (!t) {
        hideCursor();
        Q_EMIT left();
        return;
    }
    showCursorAt(pos);
    Q_EMIT hovered(*t, event->globalPosition().toPoint());
}

void ChartView::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    hideCursor();
    Q_EMIT left();
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    placeOverlay();
    Q_EMIT resized();
}

void ChartView::placeOverlay()
{
    m_overlay->adjustSize();
    const QSize s = m_overlay->size();
    m_overlay->move((width() - s.width()) / 2, (height() - s.height()) / 2);
}

} // namespace Ringside::Charts
