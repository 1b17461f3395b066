#include "kube/sharedinformers.h"

#include "kube/kubeclient.h"
#include "kube/kubelogging.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace Ringside {

SharedInformers::SharedInformers(QObject *parent)
    : QObject(parent)
{
}

SharedInformers::~SharedInformers() = default;

std::shared_ptr<Informer> SharedInformers::acquire(KubeClient *client, const InformerOptions &options)
{
    // The client's address is part of the key: two clients of one context (a reloaded kubeconfig) do not share.
    const QString key = client->config().contextName + u'|' + QString::number(quintptr(client), 16) + u'|' + options.key();
    if (auto existing = m_informers.value(key).lock()) {
        return existing;
    }
    QPointer<SharedInformers> self(this);
    auto *informer = new Informer(client, options);
    std::shared_ptr<Informer> shared(informer, [self, key](Informer *i) {
        qCDebug(lcKubeWatch).noquote() << "last user of informer" << key << "gone: stopping it";
        i->stop();
        i->deleteLater();
        if (self) {
            const auto it = self->m_informers.constFind(key);
            if (it != self->m_informers.cend() && it->expired()) {
                self->m_informers.erase(it);
            }
        }
    });
    // Stop with the client, whichever goes first.
    connect(client, &QObject::destroyed, informer, &Informer::stop);
    m_informers.insert(key, shared);
    informer->start();
    return shared;
}

} // namespace Ringside
