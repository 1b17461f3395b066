#include "dataapidialog.h"
#include "servicestr.h"

#include "models/ops/clusterloader.h"
#include "models/ops/operationrunner.h"

#include "kube/kubeclient.h"
#include "kube/portforward.h"
#include "kube/resourceref.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Ringside::Services {

using namespace Cassandra::Services;

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

/*! Calls \a then with true when a running, not terminating pod is selected by Service \a service. */
void hasRunningPod(KubeClient *client, const QString &ns, const QString &service, const QObject *context,
                   std::function<void(bool)> then)
{
    client->get(
        ResourceRef::core(QStringLiteral("services"), ns, service), context,
        [client, ns, context, then](const KubeResponse &r) {
            const QJsonObject selector
                = r.object.value(QLatin1String("spec")).toObject().value(QLatin1String("selector")).toObject();
            if (selector.isEmpty()) {
                then(false);
                return;
            }
            QStringList terms;
            for (auto it = selector.begin(); it != selector.end(); ++it) {
                terms.append(it.key() + u'=' + it.value().toString());
            }
            ListOptions options;
            options.labelSelector = terms.join(u',');
            client->list(
                ResourceRef::core(QStringLiteral("pods"), ns), options, context,
                [then](const KubeResponse &pods) {
                    for (const QJsonValue &v : pods.object.value(QLatin1String("items")).toArray()) {
                        const QJsonObject pod = v.toObject();
                        if (pod.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString()
                                == QLatin1String("Running")
                            && !pod.value(QLatin1String("metadata"))
                                    .toObject()
                                    .contains(QLatin1String("deletionTimestamp"))) {
                            then(true);
                            return;
                        }
                    }
                    then(false);
                },
                [then](const KubeError &) { then(false); });
        },
        [then](const KubeError &) { then(false); });
}

} // namespace

DataApiDialog::DataApiDialog(const Options &options, ClientResolver clients, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
    , m_clients(std::move(clients))
    , m_poll(new QTimer(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_enable(new QPushButton(ServicesTr::tr("&Enable"), this))
    , m_disable(new QPushButton(ServicesTr::tr("&Disable"), this))
    , m_tokenButton(new QPushButton(ServicesTr::tr("Get &Token"), this))
    , m_tokenEdit(new QLineEdit(this))
    , m_showToken(new QCheckBox(ServicesTr::tr("&Show"), this))
    , m_copy(new QPushButton(ServicesTr::tr("&Copy"), this))
    , m_forward(new QPushButton(this))
    , m_url(new QLabel(this))
    , m_keyspace(new QLineEdit(this))
    , m_createKeyspace(new QPushButton(ServicesTr::tr("Create &Keyspace"), this))
    , m_response(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("dataApiDialog"));
    setWindowTitle(ServicesTr::tr("Data API: %1").arg(m_options.cluster));
    m_nam.setProxy(QNetworkProxy::NoProxy); // the forward listens on the loopback only
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_enable->setObjectName(QStringLiteral("enable"));
    m_disable->setObjectName(QStringLiteral("disable"));
    m_tokenButton->setObjectName(QStringLiteral("getToken"));
    m_tokenEdit->setObjectName(QStringLiteral("token"));
    m_tokenEdit->setReadOnly(true);
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(ServicesTr::tr("read from the superuser secret when asked"));
    m_showToken->setObjectName(QStringLiteral("showToken"));
    m_copy->setObjectName(QStringLiteral("copyToken"));
    m_forward->setObjectName(QStringLiteral("forward"));
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setOpenExternalLinks(true);
    m_url->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_keyspace->setObjectName(QStringLiteral("keyspace"));
    m_keyspace->setPlaceholderText(ServicesTr::tr("keyspace name, e.g. demo"));
    m_createKeyspace->setObjectName(QStringLiteral("createKeyspace"));
    m_response->setObjectName(QStringLiteral("response"));
    m_response->setReadOnly(true);
    m_response->setMaximumBlockCount(400);
    m_response->setPlaceholderText(ServicesTr::tr("The Data API's answer appears here."));

    auto *serviceBox = new QGroupBox(ServicesTr::tr("Service"), this);
    auto *serviceLayout = new QVBoxLayout(serviceBox);
    serviceLayout->addWidget(m_status);
    auto *enableRow = new QHBoxLayout;
    enableRow->addWidget(m_enable);
    enableRow->addWidget(m_disable);
    enableRow->addStretch();
    serviceLayout->addLayout(enableRow);

    auto *tokenBox = new QGroupBox(ServicesTr::tr("Token (superuser)"), this);
    auto *tokenLayout = new QHBoxLayout(tokenBox);
    tokenLayout->addWidget(m_tokenButton);
    tokenLayout->addWidget(m_tokenEdit, 1);
    tokenLayout->addWidget(m_showToken);
    tokenLayout->addWidget(m_copy);

    auto *forwardBox = new QGroupBox(ServicesTr::tr("Port-forward"), this);
    auto *forwardLayout = new QHBoxLayout(forwardBox);
    forwardLayout->addWidget(m_forward);
    forwardLayout->addWidget(m_url, 1);

    auto *keyspaceBox = new QGroupBox(ServicesTr::tr("Create a keyspace"), this);
    auto *keyspaceLayout = new QVBoxLayout(keyspaceBox);
    auto *keyspaceRow = new QHBoxLayout;
    keyspaceRow->addWidget(m_keyspace, 1);
    keyspaceRow->addWidget(m_createKeyspace);
    keyspaceLayout->addLayout(keyspaceRow);
    keyspaceLayout->addWidget(m_response);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(ServicesTr::tr("The Data API (Stargate's JSON API) of cluster %1 in %2, context %3.")
                                  .arg(m_options.cluster, m_options.nameSpace, m_options.context),
                              this));
    layout->addWidget(serviceBox);
    layout->addWidget(tokenBox);
    layout->addWidget(forwardBox);
    layout->addWidget(keyspaceBox, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(680, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_enable, &QPushButton::clicked, this, [this] { setDataApiEnabled(true); });
    connect(m_disable, &QPushButton::clicked, this, [this] { setDataApiEnabled(false); });
    connect(m_tokenButton, &QPushButton::clicked, this, [this] { readToken(); });
    connect(m_showToken, &QCheckBox::toggled, this,
            [this](bool on) { m_tokenEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_token.isValid()) {
            QGuiApplication::clipboard()->setText(m_token.token);
            showMessage(ServicesTr::tr("The token was copied to the clipboard."), false);
        }
    });
    connect(m_forward, &QPushButton::clicked, this, &DataApiDialog::toggleForward);
    connect(m_keyspace, &QLineEdit::textChanged, this, &DataApiDialog::updateUi);
    connect(m_keyspace, &QLineEdit::returnPressed, this, &DataApiDialog::createKeyspace);
    connect(m_createKeyspace, &QPushButton::clicked, this, &DataApiDialog::createKeyspace);
    m_poll->setInterval(m_options.pollMs);
    connect(m_poll, &QTimer::timeout, this, &DataApiDialog::refresh);
    updateUi();
    refresh();
}

DataApiDialog::~DataApiDialog()
{
    if (m_reply) {
        disconnect(m_reply.get(), nullptr, this, nullptr);
        m_reply->abort();
    }
    if (m_forwarder) {
        m_forwarder->disconnect(this);
        m_forwarder->stop();
    }
}

bool DataApiDialog::isForwarding() const
{
    return m_forwarder && m_forwarder->isRunning();
}

quint16 DataApiDialog::localPort() const
{
    return isForwarding() ? m_forwarder->localPort() : 0;
}

QString DataApiDialog::localUrl() const
{
    return isForwarding() ? QStringLiteral("http://127.0.0.1:%1/v1").arg(localPort()) : QString();
}

void DataApiDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // Rich text (the links) and the message's colour are made from the palette: redo them with the new theme.
        m_url->setText(QString());
        updateUi();
        showMessage(m_message->text(), m_messageIsError);
    }
}

void DataApiDialog::showMessage(const QString &text, bool error)
{
    m_messageIsError = error;
    m_message->setText(text);
    QPalette p = palette();
    if (error) {
        p.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    }
    m_message->setPalette(p);
}

void DataApiDialog::refresh()
{
    if (m_refreshing) {
        return;
    }
    QString why;
    KubeClient *client = m_clients(m_options.context, &why);
    if (!client) {
        showMessage(why, true);
        return;
    }
    m_refreshing = true;
    const auto done = [this](State state) {
        m_refreshing = false;
        m_state = state;
        if (m_goal != State::Unknown && (state == m_goal || QDateTime::currentMSecsSinceEpoch() > m_goalDeadline)) {
            if (state != m_goal) {
                showMessage(
                    ServicesTr::tr("The Data API did not reach the expected state in time; it may still be coming up."),
                    true);
            }
            m_goal = State::Unknown;
            m_poll->stop();
        }
        updateUi();
        Q_EMIT refreshed();
    };
    const auto failed = [this](const KubeError &e) {
        m_refreshing = false;
        showMessage(ServicesTr::tr("The Data API service could not be read: %1").arg(e.toString()), true);
        updateUi();
        Q_EMIT refreshed();
    };
    findDataApi(
        client, m_options.nameSpace, m_options.cluster, this,
        [this, client, done](const QList<DataApiEndpoint> &endpoints) {
            if (endpoints.isEmpty()) {
                m_endpoint = {};
                m_backend = {};
                done(State::NotDeployed);
                return;
            }
            m_endpoint = endpoints.constFirst();
            // findServiceBackend() crashes when no pod runs yet (its error handler is moved from before it is
            // captured: core/cassandra/services/dataapi.cpp), so look for a running pod first.
            hasRunningPod(client, m_options.nameSpace, m_endpoint.service, this, [this, client, done](bool running) {
                if (!running) {
                    m_backend = {};
                    done(State::Starting);
                    return;
                }
                findServiceBackend(
                    client, m_options.nameSpace, m_endpoint.service, m_endpoint.portName, this,
                    [this, done](const ServiceBackend &backend) {
                        m_backend = backend;
                        done(State::Running);
                    },
                    [this, done](const KubeError &) {
                        m_backend = {};
                        done(State::Starting);
                    });
            });
        },
        failed);
}

void DataApiDialog::setDataApiEnabled(bool enable)
{
    if (m_busy) {
        return;
    }
    QString why;
    KubeClient *client = m_clients(m_options.context, &why);
    if (!client) {
        showMessage(why, true);
        return;
    }
    m_busy = true;
    updateUi();
    showMessage(ServicesTr::tr("Reading cluster %1…").arg(m_options.cluster), false);
    auto *loader = new Operations::ClusterLoader(client, m_options.context, this);
    loader->load(
        m_options.nameSpace,
        [this, loader, enable](const Operations::ClusterSnapshot &snapshot) {
            loader->deleteLater();
            const Cassandra::Domain::Cluster *c = snapshot.topology.find(m_options.cluster, m_options.nameSpace);
            if (!c) {
                m_busy = false;
                showMessage(ServicesTr::tr("cluster %1 not found in %2 (context %3)")
                                .arg(m_options.cluster, m_options.nameSpace, m_options.context),
                            true);
                updateUi();
                Q_EMIT enableFinished(false, m_message->text());
                return;
            }
            // The same operation as `ringsidectl data-api enable`: a merge patch of spec.dataApi, guarded and recorded.
            Operations::OperationPlan plan;
            Cassandra::Ops::Operation &op = plan.operation;
            op.kind = Cassandra::Ops::OperationKind::DataApi;
            op.target = {m_options.context, c->nameSpace, c->name, {}, {}};
            op.summary = enable ? ServicesTr::tr("Enable the Data API of cluster %1").arg(c->name)
                                : ServicesTr::tr("Disable the Data API of cluster %1").arg(c->name);
            if (c->kind != Cassandra::Domain::ClusterKind::MissionControlCluster) {
                op.errors << ServicesTr::tr("%1 is a %2: the Data API comes with Mission Control (a "
                                            "MissionControlCluster's spec.dataApi)")
                                 .arg(c->name, c->kindName());
            }
            Cassandra::Ops::ObjectChange change;
            change.action = Cassandra::Ops::ObjectChange::Action::MergePatch;
            change.context = m_options.context;
            change.apiVersion = c->apiVersion;
            change.kind = QStringLiteral("MissionControlCluster");
            change.nameSpace = c->nameSpace;
            change.name = c->name;
            change.manifest = QJsonDocument::fromJson(dataApiPatch(enable)).object();
            change.before = c->object.value(QLatin1String("spec")).toObject();
            QJsonObject after = change.before;
            QJsonObject dataApi = after.value(QLatin1String("dataApi")).toObject();
            dataApi.insert(QStringLiteral("enabled"), enable);
            after.insert(QStringLiteral("dataApi"), dataApi);
            change.after = after;
            op.changes.append(change);
            plan.follow.mode = Operations::FollowPlan::Mode::None;

            auto *runner = new Operations::OperationRunner(m_clients, this);
            m_runner = runner;
            runner->setWriteGuard(m_options.guard);
            runner->setHistory(m_options.history);
            connect(runner, &Operations::OperationRunner::phaseChanged, this,
                    [this](Operations::OperationRunner::Phase phase, const QString &message) {
                        showMessage(message.isEmpty() ? Operations::OperationRunner::phaseText(phase) : message, false);
                    });
            connect(runner, &Operations::OperationRunner::finished, this,
                    [this, runner, enable](bool ok, const QString &message) {
                        m_busy = false;
                        runner->deleteLater();
                        if (ok) {
                            showMessage(enable ? ServicesTr::tr("The Data API was enabled; waiting for its pod…")
                                               : ServicesTr::tr("The Data API was disabled."),
                                        false);
                            m_goal = enable ? State::Running : State::NotDeployed;
                            m_goalDeadline = QDateTime::currentMSecsSinceEpoch() + 120000;
                            m_poll->start();
                            refresh();
                        } else {
                            showMessage(message, true);
                        }
                        updateUi();
                        Q_EMIT enableFinished(ok, message);
                    });
            runner->start(plan);
        },
        [this, loader](const QString &error) {
            loader->deleteLater();
            m_busy = false;
            showMessage(error, true);
            updateUi();
            Q_EMIT enableFinished(false, error);
        });
}

void DataApiDialog::readToken(std::function<void()> then)
{
    QString why;
    KubeClient *client = m_clients(m_options.context, &why);
    if (!client) {
        showMessage(why, true);
        Q_EMIT tokenRead(false, why);
        return;
    }
    readDataApiToken(
        client, m_options.nameSpace, m_options.cluster, this,
        [this, then](const DataApiToken &token) {
            m_token = token;
            m_tokenEdit->setText(token.token); // shown as dots until "Show" is ticked
            m_tokenEdit->setToolTip(
                ServicesTr::tr("The Data API token of %1, from secret %2").arg(token.username, token.secretName));
            updateUi();
            Q_EMIT tokenRead(true, {});
            if (then) {
                then();
            }
        },
        [this](const KubeError &e) {
            const QString text = ServicesTr::tr("The token could not be read: %1").arg(e.toString());
            showMessage(text, true);
            Q_EMIT tokenRead(false, text);
        });
}

void DataApiDialog::toggleForward()
{
    if (isForwarding()) {
        m_forwarder->disconnect(this);
        m_forwarder->stop();
        m_forwarder.reset();
        showMessage(ServicesTr::tr("The port-forward was stopped."), false);
        updateUi();
        Q_EMIT forwardChanged(false, {});
        return;
    }
    QString why;
    KubeClient *client = m_clients(m_options.context, &why);
    if (!client || m_backend.pod.isEmpty()) {
        const QString text = client ? ServicesTr::tr("The Data API has no running pod to forward to.") : why;
        showMessage(text, true);
        Q_EMIT forwardChanged(false, text);
        return;
    }
    m_forwarder
        = std::make_unique<PortForwarder>(client, m_options.nameSpace, m_backend.pod, quint16(m_backend.targetPort));
    if (!m_forwarder->start(0, &why)) {
        m_forwarder.reset();
        showMessage(ServicesTr::tr("The port-forward could not start: %1").arg(why), true);
        updateUi();
        Q_EMIT forwardChanged(false, why);
        return;
    }
    connect(m_forwarder.get(), &PortForwarder::ended, this, [this](const QString &reason) {
        showMessage(ServicesTr::tr("The port-forward ended: %1").arg(reason), true);
        updateUi();
        Q_EMIT forwardChanged(false, reason);
    });
    showMessage(ServicesTr::tr("Forwarding 127.0.0.1:%1 to pod %2 port %3.")
                    .arg(m_forwarder->localPort())
                    .arg(m_backend.pod)
                    .arg(m_backend.targetPort),
                false);
    updateUi();
    Q_EMIT forwardChanged(true, localUrl());
}

void DataApiDialog::createKeyspace()
{
    const QString name = m_keyspace->text().trimmed();
    if (name.isEmpty() || !isForwarding() || m_reply) {
        return;
    }
    const QByteArray body
        = QJsonDocument(QJsonObject{{QStringLiteral("createKeyspace"), QJsonObject{{QStringLiteral("name"), name}}}})
              .toJson(QJsonDocument::Compact);
    if (!m_token.isValid()) {
        readToken([this, body] { post(body); });
        return;
    }
    post(body);
}

void DataApiDialog::post(const QByteArray &body)
{
    if (!isForwarding() || m_reply) {
        return;
    }
    QNetworkRequest request{QUrl(localUrl())};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Token", m_token.token.toUtf8());
    request.setTransferTimeout(30000);
    m_response->setPlainText(ServicesTr::tr("POST %1\n%2").arg(localUrl(), QString::fromUtf8(body)));
    m_reply.reset(m_nam.post(request, body));
    connect(m_reply.get(), &QNetworkReply::finished, this, &DataApiDialog::onReplyFinished);
    updateUi();
}

void DataApiDialog::onReplyFinished()
{
    QNetworkReply *reply = m_reply.release();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray raw = reply->readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(raw);
    const QString body = doc.isNull() ? QString::fromUtf8(raw) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    const bool ok = reply->error() == QNetworkReply::NoError && !doc.object().contains(QLatin1String("errors"));
    QString text = m_response->toPlainText() + QLatin1String("\n\n");
    if (status > 0) {
        text += ServicesTr::tr("HTTP %1").arg(status) + u'\n' + body;
    } else {
        text += ServicesTr::tr("no answer: %1").arg(reply->errorString());
    }
    m_response->setPlainText(text);
    showMessage(ok ? ServicesTr::tr("The Data API accepted the request.")
                   : ServicesTr::tr("The Data API refused the request (see its answer)."),
                !ok);
    updateUi();
    Q_EMIT requestFinished(ok, body);
}

void DataApiDialog::updateUi()
{
    QString status;
    switch (m_state) {
    case State::Unknown: status = ServicesTr::tr("Looking for the Data API service…"); break;
    case State::NotDeployed:
        status = ServicesTr::tr("Not enabled: cluster %1 has no Data API service.").arg(m_options.cluster);
        break;
    case State::Starting:
        status = ServicesTr::tr("Starting: service %1 (datacenter %2) has no running pod yet.")
                     .arg(m_endpoint.service, m_endpoint.datacenter);
        break;
    case State::Running:
        status = ServicesTr::tr("Running: service %1 port %2 (datacenter %3), pod %4.")
                     .arg(m_endpoint.service)
                     .arg(m_endpoint.port)
                     .arg(m_endpoint.datacenter, m_backend.pod);
        break;
    }
    m_status->setText(status);
    const bool readOnly = m_options.guard.isReadOnly(m_options.context);
    const QString readOnlyTip = readOnly ? ServicesTr::tr("context %1 is read-only").arg(m_options.context) : QString();
    m_enable->setEnabled(!m_busy && !readOnly && m_state == State::NotDeployed);
    m_disable->setEnabled(!m_busy && !readOnly && (m_state == State::Running || m_state == State::Starting));
    m_enable->setToolTip(readOnlyTip);
    m_disable->setToolTip(readOnlyTip);
    m_copy->setEnabled(m_token.isValid());
    m_showToken->setEnabled(m_token.isValid());
    const bool forwarding = isForwarding();
    m_forward->setText(forwarding ? ServicesTr::tr("&Stop Port-forward") : ServicesTr::tr("Start &Port-forward"));
    m_forward->setEnabled(forwarding || m_state == State::Running);
    if (forwarding) {
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(localPort());
        m_url->setText(
            ServicesTr::tr("<a href=\"%1/v1\">%1/v1</a> · <a href=\"%1/swagger-ui/\">Swagger UI</a>").arg(base));
    } else {
        m_url->setText(ServicesTr::tr("not forwarding"));
    }
    const bool canPost = forwarding && !m_reply && !m_keyspace->text().trimmed().isEmpty();
    m_createKeyspace->setEnabled(canPost);
    m_createKeyspace->setToolTip(forwarding ? QString() : ServicesTr::tr("Start the port-forward first"));
}

} // namespace Ringside::Services
