#include "pki.h"

#include "sandboxlog.h"
#include "sandboxtr.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Ringside::Sandbox {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BigNum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using StoreCtx = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;

QString openSslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char buf[256] = {};
    if (code != 0) {
        ERR_error_string_n(code, buf, sizeof buf);
    }
    ERR_clear_error();
    return SandboxTr::tr("%1: %2").arg(SandboxTr::tr(what), QString::fromLatin1(buf));
}

X509Ptr readCertificate(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

PKey readKey(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return PKey(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, n);
}

QByteArray certificatePem(X509 *cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioContents(bio.get());
}

QByteArray keyPem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey_traditional(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioContents(bio.get());
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext) {
        return false;
    }
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

void addName(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(utf8.constData()),
                               int(utf8.size()), -1, 0);
}

// Builds and signs one certificate. With a null issuer the certificate is self-signed (a CA).
CertifiedKey build(X509 *issuerCert, EVP_PKEY *issuerKey, const CertificateRequest &request, bool isCa, QString *error)
{
    PKey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    X509Ptr cert(X509_new());
    if (!key || !cert) {
        *error = openSslError(QT_TRANSLATE_NOOP("Ringside::Sandbox", "key generation failed"));
        return {};
    }
    X509_set_version(cert.get(), X509_VERSION_3);
    BigNum serial(BN_new());
    BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(request.validDays) * 86400L);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    for (const QString &o : request.organizations) {
        addName(name, "O", o);
    }
    addName(name, "CN", request.commonName);
    X509 *issuer = issuerCert ? issuerCert : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer));

    bool ok = true;
    if (isCa) {
        ok = ok && addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:TRUE");
        ok = ok && addExtension(cert.get(), issuer, NID_key_usage, "critical,digitalSignature,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExtension(cert.get(), issuer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        QByteArrayList usages;
        if (request.serverAuth) {
            usages.append("serverAuth");
        }
        if (request.clientAuth) {
            usages.append("clientAuth");
        }
        if (!usages.isEmpty()) {
            ok = ok && addExtension(cert.get(), issuer, NID_ext_key_usage, usages.join(','));
        }
        QByteArrayList sans;
        for (const QString &dns : request.dnsNames) {
            sans.append("DNS:" + dns.toLatin1());
        }
        for (const QHostAddress &ip : request.ipAddresses) {
            sans.append("IP:" + ip.toString().toLatin1());
        }
        if (!sans.isEmpty()) {
            ok = ok && addExtension(cert.get(), issuer, NID_subject_alt_name, sans.join(','));
        }
    }
    ok = ok && addExtension(cert.get(), issuer, NID_subject_key_identifier, "hash");
    if (issuerCert) {
        ok = ok && addExtension(cert.get(), issuer, NID_authority_key_identifier, "keyid:always");
    }
    if (!ok) {
        *error = openSslError(QT_TRANSLATE_NOOP("Ringside::Sandbox", "adding certificate extensions failed"));
        return {};
    }
    if (X509_sign(cert.get(), issuerKey ? issuerKey : key.get(), EVP_sha256()) == 0) {
        *error = openSslError(QT_TRANSLATE_NOOP("Ringside::Sandbox", "signing the certificate failed"));
        return {};
    }
    return {certificatePem(cert.get()), keyPem(key.get())};
}

} // namespace

CertifiedKey Pki::createCertificateAuthority(const QString &commonName, int validDays, QString *error)
{
    CertificateRequest request;
    request.commonName = commonName;
    request.validDays = validDays;
    return build(nullptr, nullptr, request, true, error);
}

CertifiedKey Pki::issue(const CertifiedKey &ca, const CertificateRequest &request, QString *error)
{
    X509Ptr caCert = readCertificate(ca.certificatePem);
    PKey caKey = readKey(ca.keyPem);
    if (!caCert || !caKey) {
        *error = openSslError(QT_TRANSLATE_NOOP("Ringside::Sandbox", "the CA certificate or key cannot be read"));
        return {};
    }
    return build(caCert.get(), caKey.get(), request, false, error);
}

struct ClientCertificateVerifier::Private
{
    X509Ptr ca;
};

ClientCertificateVerifier::ClientCertificateVerifier(const QByteArray &caPem)
    : d(std::make_unique<Private>())
{
    d->ca = readCertificate(caPem);
}

ClientCertificateVerifier::~ClientCertificateVerifier() = default;

bool ClientCertificateVerifier::isValid() const
{
    return bool(d->ca);
}

bool ClientCertificateVerifier::verify(const QList<QSslCertificate> &chain, QString *reason) const
{
    if (chain.isEmpty() || !d->ca) {
        *reason = QStringLiteral("no certificate");
        return false;
    }
    X509Ptr leaf = readCertificate(chain.first().toPem());
    if (!leaf) {
        *reason = QStringLiteral("unreadable certificate");
        return false;
    }
    Store store(X509_STORE_new());
    X509_STORE_add_cert(store.get(), d->ca.get());
    STACK_OF(X509) *intermediates = sk_X509_new_null();
    std::vector<X509Ptr> owned;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        owned.push_back(readCertificate(chain.at(i).toPem()));
        if (owned.back()) {
            sk_X509_push(intermediates, owned.back().get());
        }
    }
    StoreCtx ctx(X509_STORE_CTX_new());
    X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), intermediates);
    X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_CLIENT);
    const bool ok = X509_verify_cert(ctx.get()) == 1;
    if (!ok) {
        *reason = QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
    }
    sk_X509_free(intermediates);
    return ok;
}

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writePrivateFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = SandboxTr::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(data);
    if (!f.commit()) {
        *error = SandboxTr::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QString newToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

} // namespace

std::optional<SandboxCredentials> SandboxCredentials::loadOrCreate(const QString &directory, QString *error)
{
    QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory)) {
        *error = SandboxTr::tr("cannot create the state directory %1").arg(directory);
        return std::nullopt;
    }
    QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const auto path = [&](const char *name) { return dir.filePath(QLatin1String(name)); };

    SandboxCredentials c;
    c.ca = {readFile(path("ca.crt")), readFile(path("ca.key"))};
    bool fresh = false;
    if (!c.ca.isValid() || !readCertificate(c.ca.certificatePem) || !readKey(c.ca.keyPem)) {
        qCInfo(lcSandboxTls) << "generating a new CA in" << directory;
        c.ca = Pki::createCertificateAuthority(QStringLiteral("ringside-sandbox-ca"), 3650, error);
        if (!c.ca.isValid() || !writePrivateFile(path("ca.crt"), c.ca.certificatePem, error)
            || !writePrivateFile(path("ca.key"), c.ca.keyPem, error)) {
            return std::nullopt;
        }
        fresh = true;
    }
    c.server = {readFile(path("apiserver.crt")), readFile(path("apiserver.key"))};
    const QList<QSslCertificate> serverCerts = QSslCertificate::fromData(c.server.certificatePem);
    const bool serverExpired
        = serverCerts.isEmpty() || serverCerts.first().expiryDate() < QDateTime::currentDateTime().addDays(1);
    if (fresh || !c.server.isValid() || serverExpired) {
        CertificateRequest r;
        r.commonName = QStringLiteral("ringside-sandbox-apiserver");
        r.dnsNames = {QStringLiteral("localhost"), QStringLiteral("kubernetes"), QStringLiteral("kubernetes.default")};
        r.ipAddresses = {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)};
        r.serverAuth = true;
        c.server = Pki::issue(c.ca, r, error);
        if (!c.server.isValid() || !writePrivateFile(path("apiserver.crt"), c.server.certificatePem, error)
            || !writePrivateFile(path("apiserver.key"), c.server.keyPem, error)) {
            return std::nullopt;
        }
    }
    c.adminClient = {readFile(path("admin.crt")), readFile(path("admin.key"))};
    if (fresh || !c.adminClient.isValid()) {
        CertificateRequest r;
        r.commonName = QStringLiteral("admin");
        r.organizations = {QStringLiteral("system:masters")};
        r.clientAuth = true;
        c.adminClient = Pki::issue(c.ca, r, error);
        if (!c.adminClient.isValid() || !writePrivateFile(path("admin.crt"), c.adminClient.certificatePem, error)
            || !writePrivateFile(path("admin.key"), c.adminClient.keyPem, error)) {
            return std::nullopt;
        }
    }
    // tokens.csv in the kube-apiserver's static token file format: token,user,uid,"group1,group2"
    const QList<QByteArray> lines = readFile(path("tokens.csv")).split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.trimmed().split(',');
        if (fields.size() >= 2 && fields.at(1) == "admin") {
            c.adminToken = QString::fromLatin1(fields.at(0));
        } else if (fields.size() >= 2 && fields.at(1) == "viewer") {
            c.viewerToken = QString::fromLatin1(fields.at(0));
        }
    }
    if (fresh || c.adminToken.isEmpty() || c.viewerToken.isEmpty()) {
        c.adminToken = newToken();
        c.viewerToken = newToken();
        const QByteArray csv = c.adminToken.toLatin1() + ",admin,admin-uid,\"system:masters\"\n"
                               + c.viewerToken.toLatin1() + ",viewer,viewer-uid,\"ringside:viewers\"\n";
        if (!writePrivateFile(path("tokens.csv"), csv, error)) {
            return std::nullopt;
        }
    }
    return c;
}

} // namespace Ringside::Sandbox
