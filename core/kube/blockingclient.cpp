#include "kube/blockingclient.h"

#include "coretr.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace Ringside {

BlockingClient::BlockingClient(KubeClient *client)
    : m_client(client)
{
}

bool BlockingClient::allowed(KubeError *error)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (app && app->inherits("QGuiApplication")) {
        *error = KubeError::make(KubeError::Kind::Config,
                                 CoreTr::tr("BlockingClient is for the command-line tool only; the GUI must use KubeClient's asynchronous API"));
        return false;
    }
    return true;
}

BlockingClient::Result BlockingClient::wait(const std::function<RequestHandle(const QObject *, ResponseHandler, ErrorHandler)> &start) const
{
    Result result;
    KubeError refusal;
    if (!allowed(&refusal)) {
        result.error = refusal;
        return result;
    }
    QEventLoop loop;
    bool done = false;
    start(
        &loop,
        [&](const KubeResponse &r) {
            result.response = r;
            done = true;
            loop.quit();
        },
        [&](const KubeError &e) {
            result.error = e;
            done = true;
            loop.quit();
        });
    if (!done) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return result;
}

BlockingClient::Result BlockingClient::send(const KubeRequest &request) const
{
    return wait([&](const QObject *c, ResponseHandler ok, ErrorHandler err) { return m_client->send(request, c, ok, err); });
}

BlockingClient::Result BlockingClient::get(const ResourceRef &ref) const
{
    return wait([&](const QObject *c, ResponseHandler ok, ErrorHandler err) { return m_client->get(ref, c, ok, err); });
}

BlockingClient::Result BlockingClient::list(const ResourceRef &ref, const ListOptions &options) const
{
    return wait([&](const QObject *c, ResponseHandler ok, ErrorHandler err) { return m_client->list(ref, options, c, ok, err); });
}

BlockingClient::Result BlockingClient::listAll(const ResourceRef &ref, const ListOptions &options) const
{
    return wait([&](const QObject *c, ResponseHandler ok, ErrorHandler err) { return m_client->listAll(ref, options, c, ok, err); });
}

BlockingClient::Result BlockingClient::create(const ResourceRef &ref, const QJsonObject &object, const WriteOptions &options) const
{
    return wait([&](const QObject *c, ResponseHandler ok, ErrorHandler err) { return m_client->create(ref, object, options, c, ok, err); });
}

BlockingClient::Result BlockingClient::update(const ResourceRef &ref, const QJsonObject &object, const WriteOptions &options) const
{
    return wait([&](const QObject *c, ResponseHandler ok, ErrorHandler err) { return m_client->update(ref, object, options, c, ok, err); });
}

BlockingClient::Result BlockingClient::remove(const ResourceRef &ref, const DeleteOptions &options) const
{
    return wait([&](const QObject *c, ResponseHandler ok, ErrorHandler err) { return m_client->remove(ref, options, c, ok, err); });
}

BlockingClient::Result BlockingClient::patch(const ResourceRef &ref, PatchType type, const QByteArray &patch, const WriteOptions &options) const
{
    return wait([&](const QObject *c, ResponseHandler ok, ErrorHandler err) { return m_client->patch(ref, type, patch, options, c, ok, err); });
}

BlockingClient::Result BlockingClient::apply(const ResourceRef &ref, const QByteArray &manifest, const ApplyOptions &options) const
{
    return wait([&](const QObject *c, ResponseHandler ok, ErrorHandler err) { return m_client->apply(ref, manifest, options, c, ok, err); });
}

std::optional<ApiResource> BlockingClient::resolve(Discovery *discovery, const QString &name, KubeError *error) const
{
    if (!allowed(error)) {
        return std::nullopt;
    }
    QEventLoop loop;
    std::optional<ApiResource> out;
    bool done = false;
    discovery->resolve(
        name, &loop,
        [&](const ApiResource &r) {
            out = r;
            done = true;
            loop.quit();
        },
        [&](const KubeError &e) {
            *error = e;
            done = true;
            loop.quit();
        });
    if (!done) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return out;
}

} // namespace Ringside
