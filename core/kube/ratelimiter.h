#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace Ringside {

/*! A client-side token bucket like client-go's: \a qps tokens per second, at most \a burst saved up. Requests
    acquire one token each; when none is left they wait, in order, without blocking. \since 0.1 */
class RateLimiter : public QObject
{
    Q_OBJECT
public:
    RateLimiter(double qps, int burst, QObject *parent = nullptr);

    /*! Calls \a go when a token is available: at once (before returning) when one is, else later in FIFO order.
        Dropped if \a context is destroyed while waiting. A qps <= 0 disables limiting. */
    void acquire(const QObject *context, std::function<void()> go);

    /*! How many callers are waiting. */
    int waiting() const { return int(m_queue.size()); }

    double qps() const { return m_qps; }
    int burst() const { return m_burst; }

private:
    struct Waiter
    {
        QPointer<const QObject> context;
        std::function<void()> go;
    };
    void refill();
    void drain();

    double m_qps;
    int m_burst;
    double m_tokens;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    std::deque<Waiter> m_queue;
    QTimer m_timer;
};

} // namespace Ringside
