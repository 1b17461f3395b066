#pragma once

#include "models/charts/timewindow.h"

#include <QWidget>

#include <chrono>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QToolButton;

namespace Ringside::Charts {

/*! The time and refresh controls of a dashboard or a single panel: the window (15m, 1h, 6h, 24h, 7d, or a custom
    range picked with two date-time editors and applied with a button), the auto-refresh interval, and "refresh
    now". A custom range is validated before it is emitted; a bad one is explained next to the editors.
    \since 0.1 */
class TimeRangeBar : public QWidget
{
    Q_OBJECT
public:
    explicit TimeRangeBar(QWidget *parent = nullptr);
    ~TimeRangeBar() override;

    TimeWindow timeWindow() const { return m_current; }
    /*! Shows \a window without emitting timeWindowChanged(). */
    void setTimeWindow(const TimeWindow &window);
    std::chrono::seconds autoRefresh() const;
    /*! Selects \a interval (the nearest offered one) without emitting autoRefreshChanged(). */
    void setAutoRefresh(std::chrono::seconds interval);

    QComboBox *windowCombo() const { return m_window; }
    QComboBox *refreshCombo() const { return m_refresh; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QPushButton *applyButton() const { return m_apply; }
    QToolButton *refreshButton() const { return m_refreshNow; }
    /*! Why the custom range was refused, or empty. */
    QString problem() const;

Q_SIGNALS:
    void timeWindowChanged(const Ringside::Charts::TimeWindow &window);
    void autoRefreshChanged(int seconds);
    void refreshRequested();

private:
    void onWindowActivated(int index);
    void onApply();
    void showCustomEditors(bool show);

    TimeWindow m_current = TimeWindow::last(WindowPreset::Last1h);
    QComboBox *m_window;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QPushButton *m_apply;
    QLabel *m_problem;
    QComboBox *m_refresh;
    QToolButton *m_refreshNow;
};

} // namespace Ringside::Charts
