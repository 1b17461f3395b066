#include "testpki.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <stdexcept>

namespace Ringside::Test {

namespace {

struct BioDeleter { void operator()(BIO *b) const { BIO_free(b); } };
struct KeyDeleter { void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); } };
struct CertDeleter { void operator()(X509 *c) const { X509_free(c); } };
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyDeleter>;
using CertPtr = std::unique_ptr<X509, CertDeleter>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(len));
}

KeyPtr newKey(bool ec)
{
    EVP_PKEY *k = ec ? EVP_EC_gen("P-256") : EVP_RSA_gen(2048);
    if (!k) {
        throw std::runtime_error("key generation failed");
    }
    return KeyPtr(k);
}

TestKey keyPem(EVP_PKEY *key)
{
    TestKey out;
    BioPtr a(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey_traditional(a.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    out.traditional = bioBytes(a.get());
    BioPtr b(BIO_new(BIO_s_mem()));
    PEM_write_bio_PKCS8PrivateKey(b.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    out.pkcs8 = bioBytes(b.get());
    return out;
}

QByteArray certPem(X509 *cert)
{
    BioPtr b(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(b.get(), cert);
    return bioBytes(b.get());
}

void addExt(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext) {
        throw std::runtime_error("bad extension");
    }
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

enum class Kind { Ca, Server, Client, NamedServer };

// Issues a certificate for \a key. \a issuerCert/\a issuerKey null: self-signed.
CertPtr issue(EVP_PKEY *key, const char *cn, const char *org, Kind kind, X509 *issuerCert, EVP_PKEY *issuerKey)
{
    static long serial = 1000;
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), ++serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3600L * 24 * 30);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    if (org) {
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(org), -1, -1, 0);
    }
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(cn), -1, -1, 0);
    X509 *issuerForExt = issuerCert ? issuerCert : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerForExt));
    switch (kind) {
    case Kind::Ca:
        addExt(cert.get(), issuerForExt, NID_basic_constraints, "critical,CA:TRUE");
        addExt(cert.get(), issuerForExt, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature");
        addExt(cert.get(), issuerForExt, NID_subject_key_identifier, "hash");
        break;
    case Kind::Server:
        addExt(cert.get(), issuerForExt, NID_basic_constraints, "critical,CA:FALSE");
        addExt(cert.get(), issuerForExt, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        addExt(cert.get(), issuerForExt, NID_ext_key_usage, "serverAuth");
        addExt(cert.get(), issuerForExt, NID_subject_alt_name, "DNS:localhost,DNS:kube.test,IP:127.0.0.1,IP:::1");
        break;
    case Kind::NamedServer:
        addExt(cert.get(), issuerForExt, NID_basic_constraints, "critical,CA:FALSE");
        addExt(cert.get(), issuerForExt, NID_ext_key_usage, "serverAuth");
        addExt(cert.get(), issuerForExt, NID_subject_alt_name, "DNS:kube.test");
        break;
    case Kind::Client:
        addExt(cert.get(), issuerForExt, NID_basic_constraints, "critical,CA:FALSE");
        addExt(cert.get(), issuerForExt, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        addExt(cert.get(), issuerForExt, NID_ext_key_usage, "clientAuth");
        break;
    }
    if (!X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256())) {
        throw std::runtime_error("signing failed");
    }
    return cert;
}

CertPtr readCert(const QByteArray &pem)
{
    BioPtr b(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return CertPtr(PEM_read_bio_X509(b.get(), nullptr, nullptr, nullptr));
}

KeyPtr readKey(const QByteArray &pem)
{
    BioPtr b(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return KeyPtr(PEM_read_bio_PrivateKey(b.get(), nullptr, nullptr, nullptr));
}

TestCert make(bool ec, const char *cn, const char *org, Kind kind, const TestCert *issuer)
{
    KeyPtr key = newKey(ec);
    CertPtr issuerCert;
    KeyPtr issuerKey;
    if (issuer) {
        issuerCert = readCert(issuer->certPem);
        issuerKey = readKey(issuer->key.pkcs8);
    }
    CertPtr cert = issue(key.get(), cn, org, kind, issuerCert.get(), issuerKey.get());
    return {certPem(cert.get()), keyPem(key.get())};
}

} // namespace

const TestPki &TestPki::get()
{
    static const TestPki pki = [] {
        TestPki p;
        p.ca = make(false, "ringside-test-ca", nullptr, Kind::Ca, nullptr);
        p.server = make(true, "kube-apiserver", nullptr, Kind::Server, &p.ca);
        p.clientRsa = make(false, "ringside-rsa", "system:masters", Kind::Client, &p.ca);
        p.clientEc = make(true, "ringside-ec", "system:masters", Kind::Client, &p.ca);
        p.otherCa = make(true, "some-other-ca", nullptr, Kind::Ca, nullptr);
        p.serverByOtherCa = make(true, "impostor", nullptr, Kind::Server, &p.otherCa);
        p.serverNamed = make(true, "kube.test", nullptr, Kind::NamedServer, &p.ca);
        return p;
    }();
    return pki;
}

TestCert TestPki::issueClient(const TestCert &issuer, const QString &commonName, bool ec)
{
    const QByteArray cn = commonName.toUtf8();
    return make(ec, cn.constData(), nullptr, Kind::Client, &issuer);
}

} // namespace Ringside::Test
