#pragma once

#include "kube/kubeclient.h"
#include "kubeconfig/kubeconfigloader.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

namespace Ringside::Test {

/*! What one request produced. */
struct Outcome
{
    bool done = false;
    std::optional<KubeResponse> ok;
    std::optional<KubeError> err;
    ResponseHandler onOk()
    {
        return [this](const KubeResponse &r) {
            ok = r;
            done = true;
        };
    }
    ErrorHandler onErr()
    {
        return [this](const KubeError &e) {
            err = e;
            done = true;
        };
    }
    QString errorText() const { return err ? err->toString() : QString(); }
};

inline QByteArray b64(const QByteArray &data)
{
    return data.toBase64();
}

inline bool writeFile(const QString &path, const QByteArray &data, bool executable = false)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    f.write(data);
    f.close();
    if (executable) {
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
    }
    return true;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/*! A one-context kubeconfig text: \a cluster and \a user are YAML mapping bodies (indented by 4). */
inline QByteArray kubeconfigText(const QByteArray &cluster, const QByteArray &user, const QByteArray &ns = "default")
{
    return "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n" + cluster + "users:\n- name: u\n  user:\n" + user
           + "contexts:\n- name: ctx\n  context:\n    cluster: c\n    user: u\n    namespace: " + ns + "\ncurrent-context: ctx\n";
}

/*! Resolves a kubeconfig text (saved as \a fileName so relative paths work) to a RestConfig; fails the test on error. */
inline std::optional<RestConfig> restConfig(const QByteArray &text, const QString &fileName, QString *error = nullptr)
{
    writeFile(fileName, text);
    const Kubeconfig kc = KubeconfigLoader::loadText(text, fileName);
    QString e;
    auto rc = RestConfig::fromKubeconfig(kc, {}, &e);
    if (error) {
        *error = e;
    }
    return rc;
}

} // namespace Ringside::Test
