#pragma once

#include <QNetworkReply>
#include <QPointer>

#include <memory>

namespace Ringside {

/*! Deletes a QNetworkReply the way STYLE rule 5 asks: disconnects its owner (only the owner: Qt's own connections,
    such as the one that carries abort() to the HTTP thread, must stay), aborts it if it is still running, and hands
    it to deleteLater (it may be inside one of its own signals). \since 0.1 */
struct ReplyDeleter
{
    QPointer<QObject> owner;
    void operator()(QNetworkReply *reply) const
    {
        if (!reply) {
            return;
        }
        if (owner) {
            reply->disconnect(owner.data());
        }
        if (reply->isRunning()) {
            reply->abort();
        }
        reply->deleteLater();
    }
};

/*! The single owner of one QNetworkReply. Construct it with the owning object:
    `ReplyPtr m_reply{nullptr, ReplyDeleter{this}}`. \since 0.1 */
using ReplyPtr = std::unique_ptr<QNetworkReply, ReplyDeleter>;

} // namespace Ringside
