#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <memory>

namespace Ringside::Sandbox {

/*! A certificate and its private key, both PEM. \since 0.1 */
struct CertifiedKey
{
    QByteArray certificatePem;
    QByteArray keyPem;
    bool isValid() const { return !certificatePem.isEmpty() && !keyPem.isEmpty(); }
};

/*! What a new certificate is for. \since 0.1 */
struct CertificateRequest
{
    QString commonName;
    QStringList organizations; //!< Kubernetes reads these as the user's groups
    QStringList dnsNames;
    QList<QHostAddress> ipAddresses;
    bool serverAuth = false;
    bool clientAuth = false;
    int validDays = 365;
};

/*! Key and certificate generation with the OpenSSL 3 EVP API (ECDSA P-256, SHA-256). \since 0.1 */
namespace Pki {
/*! A new self-signed CA. Returns an invalid pair and sets \a error on failure. */
CertifiedKey createCertificateAuthority(const QString &commonName, int validDays, QString *error);
/*! A new key and a certificate for it signed by \a ca. */
CertifiedKey issue(const CertifiedKey &ca, const CertificateRequest &request, QString *error);
} // namespace Pki

/*! Verifies client certificates against one CA, as the kube-apiserver's x509 authenticator does: the chain must
    lead to the CA, be within its validity and allow client authentication. \since 0.1 */
class ClientCertificateVerifier
{
public:
    explicit ClientCertificateVerifier(const QByteArray &caPem);
    ~ClientCertificateVerifier();
    ClientCertificateVerifier(const ClientCertificateVerifier &) = delete;
    ClientCertificateVerifier &operator=(const ClientCertificateVerifier &) = delete;

    bool isValid() const;
    /*! True when \a chain (leaf first) verifies; \a reason says why not otherwise. */
    bool verify(const QList<QSslCertificate> &chain, QString *reason) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/*! The sandbox's credentials in its state directory: CA, server certificate (127.0.0.1, ::1, localhost),
    an "admin" client certificate (group system:masters), and bearer tokens for "admin" and a read-only
    "viewer". Missing pieces are generated on first start. \since 0.1 */
struct SandboxCredentials
{
    CertifiedKey ca;
    CertifiedKey server;
    CertifiedKey adminClient;
    QString adminToken;
    QString viewerToken;

    /*! Loads from \a directory, creating it (mode 0700) and whatever is missing. */
    static std::optional<SandboxCredentials> loadOrCreate(const QString &directory, QString *error);
};

} // namespace Ringside::Sandbox
