#pragma once

// A Transport for tests: records each request and lets the test answer it (or not).

#include "metrics/promtransport.h"

#include <QList>

#include <map>
#include <memory>

namespace Ringside::Metrics::Test {

class FakeTransport final : public Transport
{
public:
    struct State
    {
        QList<HttpRequest> requests;
        std::map<int, Completion> live; // request index -> completion, while its call exists and is unanswered
        int destroyedUnanswered = 0;    // calls destroyed before an answer: cancellations
    };

    class Call final : public TransportCall
    {
    public:
        Call(std::shared_ptr<State> state, int index)
            : m_state(std::move(state))
            , m_index(index)
        {
        }
        ~Call() override
        {
            if (m_state->live.erase(m_index) > 0) {
                ++m_state->destroyedUnanswered;
            }
        }

    private:
        std::shared_ptr<State> m_state;
        int m_index;
    };

    FakeTransport()
        : m_state(std::make_shared<State>())
    {
    }

    std::unique_ptr<TransportCall> send(const HttpRequest &request, Completion done) override
    {
        const int index = int(m_state->requests.size());
        m_state->requests.append(request);
        m_state->live.emplace(index, std::move(done));
        return std::make_unique<Call>(m_state, index);
    }

    /*! Shared with the test, which keeps it after the client (and this transport) is gone. */
    std::shared_ptr<State> state() const { return m_state; }

    /*! Answers request \a index; returns false when it was cancelled or already answered. */
    static bool respond(const std::shared_ptr<State> &state, int index, const HttpResponse &response)
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

    static HttpResponse json(int status, const QByteArray &body)
    {
        HttpResponse r;
        r.status = status;
        r.body = body;
        r.contentType = "application/json";
        return r;
    }

private:
    std::shared_ptr<State> m_state;
};

} // namespace Ringside::Metrics::Test
