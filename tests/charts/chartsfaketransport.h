#pragma once

// A Transport for the dashboard tests: records each request and lets the test answer it (or not). Destroying an
// unanswered call counts as a cancellation.

#include "metrics/promtransport.h"

#include <QList>
#include <QUrlQuery>

#include <map>
#include <memory>

namespace Ringside::Charts::Test {

class FakeTransport final : public Metrics::Transport
{
public:
    struct State
    {
        QList<Metrics::HttpRequest> requests;
        std::map<int, Completion> live; // request index -> completion, while its call exists and is unanswered
        int cancelled = 0;              // calls destroyed before an answer
    };

    class Call final : public Metrics::TransportCall
    {
    public:
        Call(std::shared_ptr<State> state, int index)
            : m_state(std::move(state))
            , m_index(index)
        {}
        ~Call() override
        {
            if (m_state->live.erase(m_index) > 0) {
                ++m_state->cancelled;
            }
        }

    private:
        std::shared_ptr<State> m_state;
        int m_index;
    };

    FakeTransport()
        : m_state(std::make_shared<State>())
    {}

    std::unique_ptr<Metrics::TransportCall> send(const Metrics::HttpRequest &request, Completion done) override
    {
        const int index = int(m_state->requests.size());
        m_state->requests.append(request);
        m_state->live.emplace(index, std::move(done));
        return std::make_unique<Call>(m_state, index);
    }

    std::shared_ptr<State> state() const { return m_state; }

    /*! Answers request \a index; false when it was cancelled or already answered. */
    static bool respond(const std::shared_ptr<State> &state, int index, const Metrics::HttpResponse &response)
    {
        auto it = state->live.find(index);
        if (it == state->live.end()) {
            return false;
        }
        Completion done = std::move(it->second);
        state->live.erase(it);
        done(response);
        return true;
    }

    /*! A decoded parameter of request \a index ("query", "start", "step", "match[]"). */
    static QString param(const std::shared_ptr<State> &state, int index, const QString &name)
    {
        const Metrics::HttpRequest &r = state->requests.at(index);
        const QByteArray encoded = r.method == "POST" ? r.body : r.encodedQuery;
        for (const QByteArray &pair : encoded.split('&')) {
            const qsizetype eq = pair.indexOf('=');
            if (QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq))) == name) {
                return QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1)));
            }
        }
        return {};
    }

    static Metrics::HttpResponse json(int status, const QByteArray &body)
    {
        Metrics::HttpResponse r;
        r.status = status;
        r.body = body;
        r.contentType = "application/json";
        return r;
    }

private:
    std::shared_ptr<State> m_state;
};

} // namespace Ringside::Charts::Test
