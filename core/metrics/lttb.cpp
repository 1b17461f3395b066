#include "metrics/lttb.h"

#include <algorithm>
#include <cmath>

namespace Ringside::Metrics {

namespace {

struct Run
{
    qsizetype begin;
    qsizetype end; // exclusive
    bool gap;
    qsizetype size() const { return end - begin; }
};

// Classic LTTB of points[begin, end) to k points (2 <= k < end - begin).
void lttbRun(const QPointF *data, qsizetype begin, qsizetype end, qsizetype k, QList<QPointF> &out)
{
    const qsizetype n = end - begin;
    if (k >= n) {
        for (qsizetype i = begin; i < end; ++i) {
            out.append(data[i]);
        }
        return;
    }
    if (k == 1) {
        out.append(data[begin]);
        return;
    }
    out.append(data[begin]);
    if (k == 2) {
        out.append(data[end - 1]);
        return;
    }
    const double every = double(n - 2) / double(k - 2);
    qsizetype a = begin;
    for (qsizetype i = 0; i < k - 2; ++i) {
        // The average of the next bucket (the last point for the last bucket).
        qsizetype avgStart = begin + qsizetype(std::floor(double(i + 1) * every)) + 1;
        qsizetype avgEnd = std::min<qsizetype>(begin + qsizetype(std::floor(double(i + 2) * every)) + 1, end);
        if (avgStart >= avgEnd) {
            avgStart = end - 1;
            avgEnd = end;
        }
        double avgX = 0;
        double avgY = 0;
        for (qsizetype j = avgStart; j < avgEnd; ++j) {
            avgX += data[j].x();
            avgY += data[j].y();
        }
        const double count = double(avgEnd - avgStart);
        avgX /= count;
        avgY /= count;

        // The point of this bucket forming the largest triangle with the previous pick and the next average.
        const qsizetype from = begin + qsizetype(std::floor(double(i) * every)) + 1;
        const qsizetype to = std::min<qsizetype>(begin + qsizetype(std::floor(double(i + 1) * every)) + 1, end - 1);
        const double ax = data[a].x();
        const double ay = data[a].y();
        double maxArea = -1;
        qsizetype pick = from;
        for (qsizetype j = from; j < to; ++j) {
            const double area = std::fabs((ax - avgX) * (data[j].y() - ay) - (ax - data[j].x()) * (avgY - ay));
            if (area > maxArea) {
                maxArea = area;
                pick = j;
            }
        }
        out.append(data[pick]);
        a = pick;
    }
    out.append(data[end - 1]);
}

// Too fragmented for per-run budgets: one point per equal-sized bucket of indices.
QList<QPointF> coarse(const QList<QPointF> &points, int threshold)
{
    const qsizetype n = points.size();
    QList<QPointF> out;
    out.reserve(threshold);
    double lastY = std::nan("");
    for (int b = 0; b < threshold; ++b) {
        const qsizetype from = qsizetype(double(b) * double(n) / threshold);
        const qsizetype to = qsizetype(double(b + 1) * double(n) / threshold);
        if (b == 0 || b == threshold - 1) {
            const QPointF p = b == 0 ? points.constFirst() : points.constLast();
            out.append(p);
            lastY = std::isfinite(p.y()) ? p.y() : lastY;
            continue;
        }
        qsizetype pick = -1;
        double best = -1;
        for (qsizetype j = from; j < to; ++j) {
            const double y = points.at(j).y();
            if (!std::isfinite(y)) {
                continue;
            }
            const double d = std::isfinite(lastY) ? std::fabs(y - lastY) : 0.0;
            if (d > best) {
                best = d;
                pick = j;
            }
        }
        if (pick < 0) {
            out.append(points.at(from)); // a gap marker
        } else {
            out.append(points.at(pick));
            lastY = points.at(pick).y();
        }
    }
    return out;
}

} // namespace

QList<QPointF> downsampleLttb(const QList<QPointF> &points, int threshold)
{
    const qsizetype n = points.size();
    if (threshold <= 0 || n <= threshold) {
        return points;
    }
    threshold = std::max(threshold, 3);
    if (n <= threshold) {
        return points;
    }

    QList<Run> runs;
    qsizetype gaps = 0;
    qsizetype minimum = 0;
    for (qsizetype i = 0; i < n;) {
        const bool gap = !std::isfinite(points.at(i).y());
        qsizetype j = i + 1;
        while (j < n && !std::isfinite(points.at(j).y()) == gap) {
            ++j;
        }
        runs.append({i, j, gap});
        if (gap) {
            ++gaps;
        } else {
            minimum += std::min<qsizetype>(j - i, 2);
        }
        i = j;
    }

    const QPointF *data = points.constData();
    QList<QPointF> out;
    out.reserve(threshold);
    if (gaps == 0) {
        lttbRun(data, 0, n, threshold, out);
        return out;
    }
    const qsizetype budget = threshold - gaps;
    if (budget < minimum) {
        return coarse(points, threshold);
    }

    // Each run of finite points gets its minimum (1 or 2: first and last) plus a share of the rest.
    QList<qsizetype> alloc;
    qsizetype spare = budget - minimum;
    qsizetype rest = 0; // finite points beyond the minimums
    for (const Run &r : runs) {
        if (!r.gap) {
            rest += r.size() - std::min<qsizetype>(r.size(), 2);
        }
    }
    qsizetype given = 0;
    for (const Run &r : runs) {
        if (r.gap) {
            alloc.append(1);
            continue;
        }
        const qsizetype base = std::min<qsizetype>(r.size(), 2);
        const qsizetype share = rest > 0 ? qsizetype(double(spare) * double(r.size() - base) / double(rest)) : 0;
        const qsizetype k = std::min(r.size(), base + share);
        alloc.append(k);
        given += k - base;
    }
    // Hand out what flooring left over, one point at a time, to runs that can still use one.
    qsizetype left = spare - given;
    for (qsizetype i = 0; left > 0 && i < runs.size(); ++i) {
        if (!runs.at(i).gap && alloc.at(i) < runs.at(i).size()) {
            const qsizetype add = std::min(left, runs.at(i).size() - alloc.at(i));
            alloc[i] += add;
            left -= add;
        }
    }
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const Run &r = runs.at(i);
        if (r.gap) {
            out.append(points.at(r.begin));
        } else {
            lttbRun(data, r.begin, r.end, alloc.at(i), out);
        }
    }
    return out;
}

} // namespace Ringside::Metrics
