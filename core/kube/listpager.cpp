#include "kube/listpager.h"

#include "kube/kubelogging.h"

using namespace Qt::StringLiterals;

namespace Ringside {

ListPager::ListPager(KubeClient *client, const ResourceRef &ref, const ListOptions &options, const QObject *context, ResponseHandler ok,
                     ErrorHandler err)
    : KubeJob(client)
    , m_client(client)
    , m_ref(ref)
    , m_options(options)
    , m_context(context)
    , m_ok(std::move(ok))
    , m_err(std::move(err))
{
    connect(context, &QObject::destroyed, this, &ListPager::cancel);
}

void ListPager::start()
{
    fetch();
}

void ListPager::cancel()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_current.cancel();
    deleteLater();
}

void ListPager::fetch()
{
    m_current = m_client->list(
        m_ref, m_options, this, [this](const KubeResponse &r) { onPage(r); }, [this](const KubeError &e) { onError(e); });
}

void ListPager::onPage(const KubeResponse &page)
{
    const QJsonArray items = page.object.value(u"items"_s).toArray();
    for (const QJsonValue &v : items) {
        m_items.append(v);
    }
    m_warnings += page.warnings;
    const QString next = page.object.value(u"metadata"_s).toObject().value(u"continue"_s).toString();
    if (!next.isEmpty() && m_options.limit > 0) {
        m_options.continueToken = next;
        fetch();
        return;
    }
    KubeResponse all = page;
    all.object.insert(u"items"_s, m_items);
    QJsonObject meta = all.object.value(u"metadata"_s).toObject();
    meta.remove(u"continue"_s);
    meta.remove(u"remainingItemCount"_s);
    all.object.insert(u"metadata"_s, meta);
    all.body.clear();
    all.warnings = m_warnings;
    m_finished = true;
    deleteLater();
    if (m_context) {
        m_ok(all);
    }
}

void ListPager::onError(const KubeError &error)
{
    if (error.httpStatus == 410 && !m_options.continueToken.isEmpty() && !m_restarted) {
        qCDebug(lcKubeHttp) << "continue token expired: listing" << m_ref.path() << "again without paging";
        m_restarted = true;
        m_items = {};
        m_options.continueToken.clear();
        m_options.limit = 0;
        fetch();
        return;
    }
    m_finished = true;
    deleteLater();
    if (m_context) {
        m_err(error);
    }
}

} // namespace Ringside
