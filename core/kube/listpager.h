#pragma once

#include "kube/kubeclient.h"

#include <QJsonArray>

namespace Ringside {

/*! Lists a collection page by page, following `continue` tokens, and delivers one list with every item.
    If a continue token expires (410 Gone) the list starts over once without paging, like client-go's pager.
    Internal to KubeClient::listAll. \since 0.1 */
class ListPager : public KubeJob
{
    Q_OBJECT
public:
    ListPager(KubeClient *client, const ResourceRef &ref, const ListOptions &options, const QObject *context, ResponseHandler ok,
              ErrorHandler err);
    void start();
    void cancel() override;

private:
    void fetch();
    void onPage(const KubeResponse &page);
    void onError(const KubeError &error);

    QPointer<KubeClient> m_client;
    ResourceRef m_ref;
    ListOptions m_options;
    QPointer<const QObject> m_context;
    ResponseHandler m_ok;
    ErrorHandler m_err;
    RequestHandle m_current;
    QJsonArray m_items;
    QStringList m_warnings;
    bool m_restarted = false;
};

} // namespace Ringside
