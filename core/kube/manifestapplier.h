#pragma once

#include "kube/discovery.h"
#include "kube/kubeclient.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Ringside {


/*! What happened to one document of a manifest. A cheap value type. \since 0.1 */
struct AppliedObject
{
    enum class Outcome { Created, Configured, Failed };
    int document = 0;        //!< 1-based index of the document in the manifest
    QString apiVersion;
    QString kind;
    QString name;
    QString nameSpace;
    QString resource;        //!< "configmaps", "cassandradatacenters.cassandra.datastax.com"
    Outcome outcome = Outcome::Failed;
    bool dryRun = false;
    QJsonObject object;      //!< the server's answer (the object as it is, or would be, after the apply)
    std::optional<KubeError> error;
    QStringList warnings;

    bool ok() const { return outcome != Outcome::Failed; }
    /*! kubectl's line: "configmap/demo serverside-applied (server dry run)", or the error. */
    QString summary() const;
};

/*! Server-side apply of a YAML or JSON manifest with any number of documents: each document's kind is resolved
    through discovery (refreshed once when unknown, so CRDs installed a moment ago work), namespaced objects
    without a namespace go to the default namespace, and the documents are applied in order. A document that fails
    (bad YAML, no kind, an unknown kind, a conflict, an invalid field) is reported with its index and the rest go
    on, as kubectl does. The GUI's editor and the cluster wizard use it; it never blocks. \since 0.1 */
class ManifestApplier : public QObject
{
    Q_OBJECT
public:
    ManifestApplier(KubeClient *client, Discovery *discovery, QObject *parent = nullptr);
    ~ManifestApplier() override;

    /*! Starts applying \a manifest. A running apply is cancelled first. */
    void apply(const QByteArray &manifest, const QString &defaultNamespace, const ApplyOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }

    /*! The documents of \a manifest as objects, or the YAML error ("document 2, line 3, column 1: ..."). Empty
        documents and `List` kinds are flattened as kubectl does. */
    static QList<QJsonObject> documents(const QByteArray &manifest, QString *error);

Q_SIGNALS:
    void objectApplied(const Ringside::AppliedObject &result);
    /*! All documents were tried; \a ok is true when every one succeeded. \a error is set when the manifest could
        not be read at all. */
    void finished(const QList<Ringside::AppliedObject> &results, bool ok, const QString &error);

private:
    void next();
    void applyResolved(const AppliedObject &base, const ApiResource &resource);
    void record(const AppliedObject &result);

    QPointer<KubeClient> m_client;
    QPointer<Discovery> m_discovery;
    QList<QJsonObject> m_docs;
    QString m_defaultNamespace;
    ApplyOptions m_options;
    QList<AppliedObject> m_results;
    RequestHandle m_request;
    QObject *m_guard = nullptr; //!< context of the running apply's callbacks; replaced to cancel
    int m_index = 0;
    bool m_running = false;
    bool m_refreshed = false;
};

} // namespace Ringside

Q_DECLARE_METATYPE(Ringside::AppliedObject)
