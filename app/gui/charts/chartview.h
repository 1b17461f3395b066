#pragma once

#include <QChartView>

#include <optional>

class QGraphicsLineItem;
class QLabel;

namespace Ringside::Charts {

/*! A QChartView that reports the hovered time (for tooltips), draws a vertical cursor line there, and shows a
    "loading" overlay on top of the chart while data is being fetched (the previous lines stay visible under it).
    \since 0.1 */
class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QChart *chart, QWidget *parent = nullptr);
    ~ChartView() override;

    void setLoading(bool loading, const QString &text = QString());
    bool isLoadingShown() const;
    QString loadingText() const;
    /*! The time (Unix seconds) under \a viewPos, when it is inside the plot area and the chart has a series. */
    std::optional<double> timeAt(const QPoint &viewPos) const;
    /*! Moves the cursor line to \a viewPos (hidden when it is outside the plot area). */
    void showCursorAt(const QPoint &viewPos);
    void hideCursor();

Q_SIGNALS:
    void hovered(double time, const QPoint &globalPos);
    void left();
    void resized();

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeOverlay();

    QGraphicsLineItem *m_cursor = nullptr;
    QLabel *m_overlay;
};

} // namespace Ringside::Charts
