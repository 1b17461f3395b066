#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Ringside::Test {

/*! A key pair in the PEM forms the tests need. */
struct TestKey
{
    QByteArray traditional; //!< PKCS#1 ("RSA PRIVATE KEY") or SEC1 ("EC PRIVATE KEY")
    QByteArray pkcs8;       //!< "PRIVATE KEY"
};

/*! A certificate with its key. */
struct TestCert
{
    QByteArray certPem;
    TestKey key;
};

/*! Test certificates generated at run time with OpenSSL (nothing secret is checked in): a CA, a server
    certificate for 127.0.0.1/::1/localhost/kube.test, RSA and EC client certificates, and an unrelated CA. */
struct TestPki
{
    TestCert ca;
    TestCert server;
    TestCert clientRsa; //!< CN=ringside-rsa, O=system:masters
    TestCert clientEc;  //!< CN=ringside-ec
    TestCert otherCa;   //!< a CA that signed nothing here (the "wrong CA")
    TestCert serverByOtherCa; //!< a server certificate signed by otherCa
    TestCert serverNamed;     //!< signed by ca, valid only for DNS:kube.test (no IP): needs tls-server-name

    /*! The process-wide set (generated once: RSA key generation takes a moment). */
    static const TestPki &get();

    /*! A new client certificate for \a commonName signed by \a issuer; \a ec picks an EC P-256 key. */
    static TestCert issueClient(const TestCert &issuer, const QString &commonName, bool ec);
};

} // namespace Ringside::Test
