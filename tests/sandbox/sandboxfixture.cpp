#include "sandboxfixture.h"

#include "testsupport.h"
#include "tls/pki.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSslKey>
#include <QtEndian>
#include <QtTest>

namespace Ringside::Test {

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0) {
            return v;
        }
    }
    return {};
}

QList<QByteArray> HttpResponse::headerValues(QByteArrayView name) const
{
    QList<QByteArray> out;
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0) {
            out.append(v);
        }
    }
    return out;
}

bool parseResponse(QByteArray &buffer, HttpResponse *response, bool closed)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        return false;
    }
    HttpResponse r;
    const QList<QByteArray> lines = buffer.first(headEnd).split('\n');
    r.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            r.headers.append({line.first(colon).trimmed(), line.sliced(colon + 1).trimmed()});
        }
    }
    qsizetype pos = headEnd + 4;
    if (r.status == 101) {
        buffer.remove(0, pos);
        *response = r;
        return true;
    }
    if (r.header("transfer-encoding") == "chunked") {
        QByteArray body;
        for (;;) {
            const qsizetype eol = buffer.indexOf("\r\n", pos);
            if (eol < 0) {
                return false;
            }
            const qlonglong size = buffer.mid(pos, eol - pos).toLongLong(nullptr, 16);
            if (buffer.size() < eol + 2 + size + 2) {
                return false;
            }
            body += buffer.mid(eol + 2, size);
            pos = eol + 2 + size + 2;
            if (size == 0) {
                break;
            }
        }
        r.body = body;
    } else if (!r.header("content-length").isEmpty()) {
        const qsizetype length = r.header("content-length").toLongLong();
        if (buffer.size() < pos + length) {
            return false;
        }
        r.body = buffer.mid(pos, length);
        pos += length;
    } else {
        if (!closed) {
            return false;
        }
        r.body = buffer.mid(pos);
        pos = buffer.size();
    }
    buffer.remove(0, pos);
    *response = r;
    return true;
}

Connection::Connection(quint16 port, const QSslConfiguration &tls)
{
    m_socket.setSslConfiguration(tls);
    connect(&m_socket, &QSslSocket::readyRead, this, [this] { m_buffer += m_socket.readAll(); });
    connect(&m_socket, &QSslSocket::disconnected, this, [this] { m_closed = true; });
    connect(&m_socket, &QSslSocket::errorOccurred, this, [this] { m_closed = true; });
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
}

bool Connection::waitFor(const std::function<bool()> &condition, int ms)
{
    return QTest::qWaitFor(condition, ms);
}

bool Connection::waitConnected(int ms)
{
    return waitFor([this] { return m_socket.isEncrypted() || m_closed; }, ms) && m_socket.isEncrypted();
}

std::optional<HttpResponse> Connection::readResponse(int ms)
{
    HttpResponse r;
    bool done = false;
    waitFor(
        [&] {
            done = parseResponse(m_buffer, &r, m_closed);
            return done || (m_closed && m_buffer.isEmpty());
        },
        ms);
    if (!done) {
        return std::nullopt;
    }
    return r;
}

void Connection::sendFrame(quint8 opcode, const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    const qsizetype n = payload.size();
    if (n < 126) {
        frame.append(char(0x80 | n));
    } else if (n <= 0xFFFF) {
        frame.append(char(0x80 | 126));
        char len[2];
        qToBigEndian<quint16>(quint16(n), len);
        frame.append(len, 2);
    } else {
        frame.append(char(0x80 | 127));
        char len[8];
        qToBigEndian<quint64>(quint64(n), len);
        frame.append(len, 8);
    }
    char mask[4];
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(mask), 1);
    frame.append(mask, 4);
    for (qsizetype i = 0; i < n; ++i) {
        frame.append(char(payload.at(i) ^ mask[i % 4]));
    }
    m_socket.write(frame);
}

std::optional<std::pair<quint8, QByteArray>> Connection::readFrame(int ms)
{
    std::optional<std::pair<quint8, QByteArray>> result;
    waitFor(
        [&] {
            if (m_buffer.size() < 2) {
                return m_closed;
            }
            const quint8 opcode = quint8(m_buffer.at(0)) & 0x0F;
            quint64 length = quint8(m_buffer.at(1)) & 0x7F;
            qsizetype offset = 2;
            if (length == 126) {
                if (m_buffer.size() < 4) {
                    return false;
                }
                length = qFromBigEndian<quint16>(m_buffer.constData() + 2);
                offset = 4;
            } else if (length == 127) {
                if (m_buffer.size() < 10) {
                    return false;
                }
                length = qFromBigEndian<quint64>(m_buffer.constData() + 2);
                offset = 10;
            }
            if (m_buffer.size() < offset + qsizetype(length)) {
                return m_closed;
            }
            result = std::make_pair(opcode, m_buffer.mid(offset, qsizetype(length)));
            m_buffer.remove(0, offset + qsizetype(length));
            return true;
        },
        ms);
    return result;
}

QList<QJsonObject> takeWatchEvents(QByteArray &buffer)
{
    QList<QJsonObject> events;
    for (;;) {
        const qsizetype nl = buffer.indexOf('\n');
        if (nl < 0) {
            return events;
        }
        const QByteArray line = buffer.first(nl).trimmed();
        buffer.remove(0, nl + 1);
        if (!line.isEmpty()) {
            events.append(QJsonDocument::fromJson(line).object());
        }
    }
}

bool StreamReader::readHead(int ms)
{
    return m_connection->waitFor(
        [this] {
            QByteArray &b = m_connection->buffer();
            const qsizetype end = b.indexOf("\r\n\r\n");
            if (end < 0) {
                return false;
            }
            const QList<QByteArray> lines = b.first(end).split('\n');
            m_head.status = lines.first().split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0) {
                    m_head.headers.append({line.first(colon).trimmed(), line.sliced(colon + 1).trimmed()});
                }
            }
            b.remove(0, end + 4);
            return true;
        },
        ms);
}

void StreamReader::pump()
{
    QByteArray &b = m_connection->buffer();
    if (m_head.header("transfer-encoding") != "chunked") {
        m_body += b;
        m_text += b;
        b.clear();
        m_ended = m_ended || m_connection->isClosed();
        return;
    }
    while (!m_ended) {
        const qsizetype eol = b.indexOf("\r\n");
        if (eol < 0) {
            return;
        }
        const qlonglong size = b.first(eol).toLongLong(nullptr, 16);
        if (b.size() < eol + 2 + size + 2) {
            return;
        }
        const QByteArray chunk = b.mid(eol + 2, size);
        m_body += chunk;
        m_text += chunk;
        b.remove(0, eol + 2 + size + 2);
        if (size == 0) {
            m_ended = true;
        }
    }
}

QByteArray StreamReader::take()
{
    pump();
    return std::exchange(m_body, {});
}

QList<QJsonObject> StreamReader::events(int count, int ms)
{
    QList<QJsonObject> out;
    m_connection->waitFor(
        [&] {
            pump();
            out += takeWatchEvents(m_body);
            return out.size() >= count || m_ended;
        },
        ms);
    return out;
}

bool StreamReader::waitForText(const QByteArray &text, int ms)
{
    return m_connection->waitFor(
        [&] {
            pump();
            return m_text.contains(text);
        },
        ms);
}

QString KubectlResult::describe() const
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
        .arg(exitCode)
        .arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

SandboxFixture::SandboxFixture() = default;

SandboxFixture::~SandboxFixture()
{
    m_connections.clear();
    if (m_sandbox) {
        QString error;
        m_sandbox->stop(&error);
    }
}

bool SandboxFixture::start(QString *error, const std::function<void(Sandbox::Sandbox::Options &)> &adjust)
{
    Sandbox::Sandbox::Options options;
    options.stateDirectory = m_dir.filePath(QStringLiteral("state"));
    if (adjust) {
        adjust(options);
    }
    m_sandbox = std::make_unique<Sandbox::Sandbox>();
    if (!m_sandbox->start(options, error)) {
        return false;
    }
    m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
    if (!m_sandbox->writeKubeconfig(m_kubeconfig, error)) {
        return false;
    }
    const Sandbox::CertifiedKey foreignCa
        = Sandbox::Pki::createCertificateAuthority(QStringLiteral("foreign-ca"), 30, error);
    Sandbox::CertificateRequest request;
    request.commonName = QStringLiteral("admin");
    request.organizations = {QStringLiteral("system:masters")};
    request.clientAuth = true;
    m_foreignClient = Sandbox::Pki::issue(foreignCa, request, error);
    return m_foreignClient.isValid();
}

QSslConfiguration SandboxFixture::tls(Auth auth) const
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setCaCertificates(QSslCertificate::fromData(m_sandbox->credentials().ca.certificatePem));
    c.setPeerVerifyMode(QSslSocket::VerifyPeer);
    c.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    const Sandbox::CertifiedKey *client = nullptr;
    if (auth == Auth::AdminCert) {
        client = &m_sandbox->credentials().adminClient;
    } else if (auth == Auth::ForeignCert) {
        client = &m_foreignClient;
    }
    if (client) {
        c.setLocalCertificate(QSslCertificate::fromData(client->certificatePem).value(0));
        c.setPrivateKey(QSslKey(client->keyPem, QSsl::Ec));
    }
    return c;
}

QByteArray SandboxFixture::authHeader(Auth auth) const
{
    switch (auth) {
    case Auth::AdminToken: return "Bearer " + m_sandbox->credentials().adminToken.toLatin1();
    case Auth::ViewerToken: return "Bearer " + m_sandbox->credentials().viewerToken.toLatin1();
    case Auth::BadToken: return "Bearer not-a-valid-token";
    default: return {};
    }
}

static QByteArray requestBytes(const QByteArray &method, const QString &target, const QByteArray &body,
                               const QByteArray &contentType, const QByteArray &authorization,
                               const QList<std::pair<QByteArray, QByteArray>> &headers, bool close)
{
    QByteArray out = method + ' ' + target.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: tst_sandbox/1.0\r\n";
    if (!authorization.isEmpty()) {
        out += "Authorization: " + authorization + "\r\n";
    }
    bool hasAccept = false;
    for (const auto &[k, v] : headers) {
        out += k + ": " + v + "\r\n";
        hasAccept = hasAccept || k.compare("accept", Qt::CaseInsensitive) == 0;
    }
    if (!hasAccept) {
        out += "Accept: application/json\r\n";
    }
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH") {
        if (!contentType.isEmpty()) {
            out += "Content-Type: " + contentType + "\r\n";
        }
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    if (close) {
        out += "Connection: close\r\n";
    }
    return out + "\r\n" + body;
}

HttpResponse SandboxFixture::request(const QByteArray &method, const QString &target, const QByteArray &body,
                                     const QByteArray &contentType, Auth auth,
                                     const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::unique_ptr<Connection> &c = m_connections[auth];
        if (!c || c->isClosed() || !c->isEncrypted()) {
            c = std::make_unique<Connection>(port(), tls(auth));
            if (!c->waitConnected()) {
                // A refused client certificate may end the connection: fall back to one request per connection.
                Connection single(port(), tls(auth));
                if (!single.waitConnected()) {
                    return {};
                }
                single.write(requestBytes(method, target, body, contentType, authHeader(auth), headers, true));
                return single.readResponse(10000).value_or(HttpResponse());
            }
        }
        c->write(requestBytes(method, target, body, contentType, authHeader(auth), headers, false));
        if (auto r = c->readResponse(10000)) {
            if (r->header("connection").compare("close", Qt::CaseInsensitive) == 0) {
                c.reset();
            }
            return *r;
        }
        c.reset();
    }
    return {};
}

std::unique_ptr<Connection> SandboxFixture::open(const QByteArray &method, const QString &target, Auth auth,
                                                 const QList<std::pair<QByteArray, QByteArray>> &headers,
                                                 const QByteArray &body)
{
    auto c = std::make_unique<Connection>(port(), tls(auth));
    if (!c->waitConnected()) {
        return nullptr;
    }
    c->write(requestBytes(method, target, body, body.isEmpty() ? QByteArray() : QByteArray("application/json"),
                          authHeader(auth), headers, false));
    return c;
}

std::unique_ptr<Connection> SandboxFixture::openWebSocket(const QString &target, const QStringList &protocols,
                                                          HttpResponse *response)
{
    const QByteArray key = QByteArray::number(QRandomGenerator::global()->generate64()).toBase64();
    QList<std::pair<QByteArray, QByteArray>> headers = {{"Upgrade", "websocket"},
                                                        {"Connection", "Upgrade"},
                                                        {"Sec-WebSocket-Version", "13"},
                                                        {"Sec-WebSocket-Key", key}};
    if (!protocols.isEmpty()) {
        headers.append({"Sec-WebSocket-Protocol", protocols.join(QLatin1String(", ")).toLatin1()});
    }
    auto c = open("GET", target, Auth::AdminCert, headers);
    if (!c) {
        return nullptr;
    }
    *response = c->readResponse().value_or(HttpResponse());
    const QByteArray expected
        = QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
              .toBase64();
    if (response->status == 101 && response->header("sec-websocket-accept") != expected) {
        response->status = -1; // a wrong accept key fails the handshake
    }
    return c;
}

KubectlResult SandboxFixture::kubectl(const QStringList &args, const QByteArray &input, int timeoutMs,
                                      const QStringList &extraEnvironment) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), m_kubeconfig);
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("KUBECACHEDIR"), m_dir.filePath(QStringLiteral("kubecache")));
    for (const QString &e : extraEnvironment) {
        env.insert(e.section(u'=', 0, 0), e.section(u'=', 1));
    }
    process.setProcessEnvironment(env);
    process.start(Test::kubectl(), args);
    KubectlResult r;
    if (!process.waitForStarted(5000)) {
        r.err = "kubectl did not start";
        return r;
    }
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    // The sandbox runs on this thread: keep the event loop turning while kubectl talks to it.
    const bool finished = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(2000);
        r.err = "kubectl timed out\n";
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err += process.readAllStandardError();
    return r;
}

} // namespace Ringside::Test
