#pragma once

#include "kube/informer.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Ringside {

/*! Shared, reference-counted informers: one per (context, resource, namespace, label and field selectors),
    however many views ask for it. The informer starts with the first std::shared_ptr handed out and stops (its
    watch closes) when the last one is released. Not a singleton: the application owns one. \since 0.1 */
class SharedInformers : public QObject
{
    Q_OBJECT
public:
    explicit SharedInformers(QObject *parent = nullptr);
    ~SharedInformers() override;

    /*! The running informer for \a options on \a client's context, created and started when none exists.
        Keep the pointer as long as the informer is needed. */
    std::shared_ptr<Informer> acquire(KubeClient *client, const InformerOptions &options);

    /*! How many informers are alive. */
    int count() const { return int(m_informers.size()); }

private:
    QHash<QString, std::weak_ptr<Informer>> m_informers;
};

} // namespace Ringside
