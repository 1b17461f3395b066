#include "kube/ratelimiter.h"

#include <cmath>

namespace Ringside {

RateLimiter::RateLimiter(double qps, int burst, QObject *parent)
    : QObject(parent)
    , m_qps(qps)
    , m_burst(std::max(1, burst))
    , m_tokens(std::max(1, burst))
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RateLimiter::drain);
}

void RateLimiter::refill()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_tokens = std::min<double>(m_burst, m_tokens + double(now - m_lastNs) * m_qps / 1e9);
    m_lastNs = now;
}

void RateLimiter::acquire(const QObject *context, std::function<void()> go)
{
    if (m_qps <= 0) {
        go();
        return;
    }
    refill();
    if (m_queue.empty() && m_tokens >= 1.0) {
        m_tokens -= 1.0;
        go();
        return;
    }
    m_queue.push_back({context, std::move(go)});
    if (!m_timer.isActive()) {
        drain();
    }
}

void RateLimiter::drain()
{
    refill();
    while (!m_queue.empty()) {
        if (!m_queue.front().context) {
            m_queue.pop_front(); // cancelled while waiting: costs no token
            continue;
        }
        if (m_tokens < 1.0) {
            break;
        }
        m_tokens -= 1.0;
        Waiter w = std::move(m_queue.front());
        m_queue.pop_front();
        w.go();
    }
    if (!m_queue.empty()) {
        const double missing = 1.0 - m_tokens;
        m_timer.start(std::max(1, int(std::ceil(missing * 1000.0 / m_qps))));
    }
}

} // namespace Ringside
