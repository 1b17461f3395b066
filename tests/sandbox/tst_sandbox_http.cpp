// The HTTPS layer, authentication, authorization, routing errors, discovery and OpenAPI of ringside-sandbox,
// pinned against what a kube-apiserver 1.32 answers.
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace Ringside;
using namespace Ringside::Test;

class TestSandboxHttp : public QObject
{
    Q_OBJECT
private:
    SandboxFixture m_fixture;

    static QByteArray statusJson(const QByteArray &message, const QByteArray &reason, const QByteArray &details,
                                 int code)
    {
        QByteArray s
            = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\""
              + message + "\",\"reason\":\"" + reason + "\"";
        if (!details.isNull()) {
            s += ",\"details\":" + details;
        }
        return s + ",\"code\":" + QByteArray::number(code) + "}\n";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
    }

    void versionAndHealthArePublic()
    {
        const HttpResponse v = m_fixture.get(QStringLiteral("/version"), Auth::Anonymous);
        QCOMPARE(v.status, 200);
        QCOMPARE(v.json().value(QLatin1String("gitVersion")).toString(), QStringLiteral("v1.32.0"));
        QCOMPARE(v.json().value(QLatin1String("major")).toString(), QStringLiteral("1"));
        for (const char *path : {"/healthz", "/livez", "/readyz"}) {
            const HttpResponse h = m_fixture.get(QLatin1String(path), Auth::Anonymous);
            QCOMPARE(h.status, 200);
            QCOMPARE(h.body, QByteArray("ok"));
        }
        const HttpResponse verbose = m_fixture.get(QStringLiteral("/readyz?verbose"), Auth::Anonymous);
        QVERIFY(verbose.body.contains("readyz check passed"));
    }

    void anonymousIsForbiddenOnResources()
    {
        const HttpResponse r = m_fixture.get(QStringLiteral("/api/v1/namespaces/default/pods"), Auth::Anonymous);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body,
                 statusJson("pods is forbidden: User \\\"system:anonymous\\\" cannot list resource \\\"pods\\\" in API "
                            "group \\\"\\\" in the namespace \\\"default\\\"",
                            "Forbidden", "{\"kind\":\"pods\"}", 403));
        const HttpResponse named
            = m_fixture.get(QStringLiteral("/apis/apps/v1/namespaces/default/deployments/web"), Auth::Anonymous);
        QCOMPARE(named.status, 403);
        QCOMPARE(named.json().value(QLatin1String("message")).toString(),
                 QStringLiteral("deployments.apps \"web\" is forbidden: User \"system:anonymous\" cannot get resource "
                                "\"deployments\" in API group \"apps\" in the namespace \"default\""));
        QCOMPARE(named.json().value(QLatin1String("details")).toObject(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("web")},
                              {QStringLiteral("group"), QStringLiteral("apps")},
                              {QStringLiteral("kind"), QStringLiteral("deployments")}}));
        const HttpResponse nodes = m_fixture.get(QStringLiteral("/api/v1/nodes"), Auth::Anonymous);
        QCOMPARE(nodes.json().value(QLatin1String("message")).toString(),
                 QStringLiteral("nodes is forbidden: User \"system:anonymous\" cannot list resource \"nodes\" in API "
                                "group \"\" at the cluster scope"));
    }

    void anonymousIsForbiddenOnDiscovery()
    {
        const HttpResponse r = m_fixture.get(QStringLiteral("/apis"), Auth::Anonymous);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body, statusJson("forbidden: User \\\"system:anonymous\\\" cannot get path \\\"/apis\\\"",
                                    "Forbidden", "{}", 403));
    }

    void badCredentialsAreUnauthorized()
    {
        const QByteArray expected = statusJson("Unauthorized", "Unauthorized", QByteArray(), 401);
        const HttpResponse token = m_fixture.get(QStringLiteral("/api/v1/namespaces"), Auth::BadToken);
        QCOMPARE(token.status, 401);
        QCOMPARE(token.body, expected);
        const HttpResponse cert = m_fixture.get(QStringLiteral("/api/v1/namespaces"), Auth::ForeignCert);
        QCOMPARE(cert.status, 401);
        QCOMPARE(cert.body, expected);
        // Even public paths refuse a bad credential, as the authentication filter runs first.
        QCOMPARE(m_fixture.get(QStringLiteral("/version"), Auth::BadToken).status, 401);
    }

    void certificatesAndTokensAuthenticate()
    {
        QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces"), Auth::AdminCert).status, 200);
        QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces"), Auth::AdminToken).status, 200);
        QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces"), Auth::ViewerToken).status, 200);
    }

    void viewerIsReadOnly()
    {
        const QJsonObject cm{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                             {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
                             {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("v")}}}};
        const HttpResponse r
            = m_fixture.post(QStringLiteral("/api/v1/namespaces/default/configmaps"), cm, Auth::ViewerToken);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(QLatin1String("message")).toString(),
                 QStringLiteral("configmaps is forbidden: User \"viewer\" cannot create resource \"configmaps\" in API "
                                "group \"\" in the namespace \"default\""));
        QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces/default/secrets"), Auth::ViewerToken).status, 403);
        QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces/default/configmaps"), Auth::ViewerToken).status, 200);
        // SelfSubjectAccessReview answers truthfully for the viewer.
        const QJsonObject review{
            {QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
            {QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview")},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("resourceAttributes"),
                          QJsonObject{{QStringLiteral("verb"), QStringLiteral("delete")},
                                      {QStringLiteral("resource"), QStringLiteral("pods")},
                                      {QStringLiteral("namespace"), QStringLiteral("default")}}}}}};
        const HttpResponse denied = m_fixture.post(
            QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"), review, Auth::ViewerToken);
        QCOMPARE(denied.status, 201);
        QCOMPARE(denied.json().value(QLatin1String("status")).toObject().value(QLatin1String("allowed")).toBool(),
                 false);
        QJsonObject listReview = review;
        listReview[QStringLiteral("spec")] = QJsonObject{
            {QStringLiteral("resourceAttributes"), QJsonObject{{QStringLiteral("verb"), QStringLiteral("list")},
                                                               {QStringLiteral("resource"), QStringLiteral("pods")}}}};
        const HttpResponse allowed = m_fixture.post(
            QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"), listReview, Auth::ViewerToken);
        QCOMPARE(allowed.json().value(QLatin1String("status")).toObject().value(QLatin1String("allowed")).toBool(),
                 true);
    }

    void unknownPathsAnswerLikeTheRealServer()
    {
        const HttpResponse plain = m_fixture.get(QStringLiteral("/no/such/path"));
        QCOMPARE(plain.status, 404);
        QCOMPARE(plain.body, QByteArray("404 page not found\n"));
        QVERIFY(plain.header("content-type").startsWith("text/plain"));
        QCOMPARE(m_fixture.get(QStringLiteral("/apis/unknown.example.com/v1/things")).body,
                 QByteArray("404 page not found\n"));
        // A CRD group without that resource falls through to the same handler.
        QCOMPARE(m_fixture.get(QStringLiteral("/apis/cassandra.datastax.com/v1beta1/things")).body,
                 QByteArray("404 page not found\n"));
        // A built-in group version answers through go-restful with a Status.
        const HttpResponse restful = m_fixture.get(QStringLiteral("/api/v1/namespaces/default/things"));
        QCOMPARE(restful.status, 404);
        QCOMPARE(
            restful.body,
            statusJson("the server could not find the requested resource", "NotFound",
                       "{\"causes\":[{\"reason\":\"UnexpectedServerResponse\",\"message\":\"404: Page Not Found\"}]}",
                       404));
    }

    void methodsWithoutARouteAreNotAllowed()
    {
        const HttpResponse r = m_fixture.request("PUT", QStringLiteral("/api/v1/namespaces/default/configmaps"), "{}");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.body,
                 statusJson(
                     "the server does not allow this method on the requested resource", "MethodNotAllowed",
                     "{\"causes\":[{\"reason\":\"UnexpectedServerResponse\",\"message\":\"405: Method Not Allowed\"}]}",
                     405));
        QCOMPARE(m_fixture.request("POST", QStringLiteral("/api/v1/namespaces/default/configmaps/x"), "{}").status,
                 405);
        QCOMPARE(m_fixture.get(QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews")).status, 405);
    }

    void keepAliveAndPipelining()
    {
        Connection c(m_fixture.port(), m_fixture.tls(Auth::AdminCert));
        QVERIFY(c.waitConnected());
        QCOMPARE(c.socket().sslConfiguration().nextNegotiatedProtocol(), QByteArray("http/1.1"));
        const QByteArray one = "GET /version HTTP/1.1\r\nHost: x\r\n\r\n";
        const QByteArray two = "GET /api/v1/namespaces/default HTTP/1.1\r\nHost: x\r\nAccept: application/json\r\n\r\n";
        c.write(one + two);
        const auto first = c.readResponse();
        const auto second = c.readResponse();
        QVERIFY(first && second);
        QCOMPARE(first->status, 200);
        QCOMPARE(second->json().value(QLatin1String("kind")).toString(), QStringLiteral("Namespace"));
        QVERIFY(!c.isClosed());
        c.write(one);
        QCOMPARE(c.readResponse()->status, 200);
    }

    void chunkedAndContinuedRequestBodies()
    {
        Connection c(m_fixture.port(), m_fixture.tls(Auth::AdminCert));
        QVERIFY(c.waitConnected());
        const QByteArray body = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"chunked\"}}";
        QByteArray chunked;
        for (qsizetype i = 0; i < body.size(); i += 10) {
            const QByteArray piece = body.mid(i, 10);
            chunked += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        }
        chunked += "0\r\n\r\n";
        c.write("POST /api/v1/namespaces/default/configmaps HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                "Transfer-Encoding: chunked\r\n\r\n"
                + chunked);
        const auto created = c.readResponse();
        QVERIFY(created);
        QCOMPARE(created->status, 201);
        QCOMPARE(created->json().value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("chunked"));

        const QByteArray next = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"continued\"}}";
        c.write("POST /api/v1/namespaces/default/configmaps HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                "Expect: 100-continue\r\nContent-Length: "
                + QByteArray::number(next.size()) + "\r\n\r\n");
        QVERIFY(c.waitFor([&] { return c.buffer().startsWith("HTTP/1.1 100 Continue\r\n\r\n"); }));
        c.buffer().remove(0, 25);
        c.write(next);
        const auto continued = c.readResponse();
        QVERIFY(continued);
        QCOMPARE(continued->status, 201);
    }

    void oversizedBodiesAreRejected()
    {
        Connection c(m_fixture.port(), m_fixture.tls(Auth::AdminCert));
        QVERIFY(c.waitConnected());
        c.write("POST /api/v1/namespaces/default/configmaps HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                "Content-Length: 4000000\r\n\r\n");
        const auto r = c.readResponse();
        QVERIFY(r);
        QCOMPARE(r->status, 413);
        QCOMPARE(r->json().value(QLatin1String("message")).toString(),
                 QStringLiteral("Request entity too large: limit is 3145728"));
        QCOMPARE(r->json().value(QLatin1String("reason")).toString(), QStringLiteral("RequestEntityTooLarge"));
    }

    void legacyDiscovery()
    {
        const QJsonObject api = m_fixture.get(QStringLiteral("/api")).json();
        QCOMPARE(api.value(QLatin1String("kind")).toString(), QStringLiteral("APIVersions"));
        QCOMPARE(api.value(QLatin1String("versions")).toArray(), QJsonArray{QStringLiteral("v1")});
        const QJsonObject groups = m_fixture.get(QStringLiteral("/apis")).json();
        QStringList names;
        for (const QJsonValue &g : groups.value(QLatin1String("groups")).toArray()) {
            names.append(g.toObject().value(QLatin1String("name")).toString());
        }
        for (const char *g :
             {"apps", "authorization.k8s.io", "events.k8s.io", "storage.k8s.io", "apiextensions.k8s.io",
              "cassandra.datastax.com", "k8ssandra.io", "missioncontrol.datastax.com", "medusa.k8ssandra.io"}) {
            QVERIFY2(names.contains(QLatin1String(g)), g);
        }
        const QJsonObject core = m_fixture.get(QStringLiteral("/api/v1")).json();
        QCOMPARE(core.value(QLatin1String("groupVersion")).toString(), QStringLiteral("v1"));
        bool sawPods = false;
        bool sawExec = false;
        for (const QJsonValue &rv : core.value(QLatin1String("resources")).toArray()) {
            const QJsonObject r = rv.toObject();
            if (r.value(QLatin1String("name")) == QLatin1String("pods")) {
                sawPods = true;
                QCOMPARE(r.value(QLatin1String("shortNames")).toArray(), QJsonArray{QStringLiteral("po")});
                QVERIFY(r.value(QLatin1String("verbs")).toArray().contains(QStringLiteral("deletecollection")));
            }
            if (r.value(QLatin1String("name")) == QLatin1String("pods/exec")) {
                sawExec = true;
                QCOMPARE(r.value(QLatin1String("kind")).toString(), QStringLiteral("PodExecOptions"));
            }
        }
        QVERIFY(sawPods && sawExec);
        const QJsonObject apps = m_fixture.get(QStringLiteral("/apis/apps")).json();
        QCOMPARE(
            apps.value(QLatin1String("preferredVersion")).toObject().value(QLatin1String("groupVersion")).toString(),
            QStringLiteral("apps/v1"));
        QCOMPARE(m_fixture.get(QStringLiteral("/apis/apps/v2")).status, 404);
    }

    void aggregatedDiscoveryFollowsTheAcceptHeader()
    {
        for (const char *version : {"v2", "v2beta1"}) {
            const QByteArray accept = "application/json;g=apidiscovery.k8s.io;v=" + QByteArray(version)
                                      + ";as=APIGroupDiscoveryList,application/json";
            const HttpResponse r = m_fixture.get(QStringLiteral("/apis"), Auth::AdminCert, {{"Accept", accept}});
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("content-type"),
                     "application/json;g=apidiscovery.k8s.io;v=" + QByteArray(version) + ";as=APIGroupDiscoveryList");
            const QJsonObject doc = r.json();
            QCOMPARE(doc.value(QLatin1String("apiVersion")).toString(),
                     QLatin1String("apidiscovery.k8s.io/") + QLatin1String(version));
            bool sawScale = false;
            for (const QJsonValue &item : doc.value(QLatin1String("items")).toArray()) {
                if (item.toObject().value(QLatin1String("metadata")).toObject().value(QLatin1String("name"))
                    != QLatin1String("apps")) {
                    continue;
                }
                for (const QJsonValue &res : item.toObject()
                                                 .value(QLatin1String("versions"))
                                                 .toArray()
                                                 .first()
                                                 .toObject()
                                                 .value(QLatin1String("resources"))
                                                 .toArray()) {
                    for (const QJsonValue &sub : res.toObject().value(QLatin1String("subresources")).toArray()) {
                        if (sub.toObject().value(QLatin1String("subresource")) == QLatin1String("scale")) {
                            sawScale = sub.toObject()
                                           .value(QLatin1String("responseKind"))
                                           .toObject()
                                           .value(QLatin1String("group"))
                                       == QLatin1String("autoscaling");
                        }
                    }
                }
            }
            QVERIFY(sawScale);
        }
        const HttpResponse legacy
            = m_fixture.get(QStringLiteral("/api"), Auth::AdminCert, {{"Accept", "application/json"}});
        QCOMPARE(legacy.json().value(QLatin1String("kind")).toString(), QStringLiteral("APIVersions"));
    }

    void openApiServesEverything()
    {
        const QJsonObject index = m_fixture.get(QStringLiteral("/openapi/v3")).json();
        const QJsonObject paths = index.value(QLatin1String("paths")).toObject();
        QVERIFY(paths.contains(QLatin1String("api/v1")));
        QVERIFY(paths.contains(QLatin1String("apis/cassandra.datastax.com/v1beta1")));
        const QString url = paths.value(QLatin1String("apis/apps/v1"))
                                .toObject()
                                .value(QLatin1String("serverRelativeURL"))
                                .toString();
        QVERIFY(url.startsWith(QLatin1String("/openapi/v3/apis/apps/v1?hash=")));
        const QJsonObject doc = m_fixture.get(url).json();
        const QJsonObject deployment = doc.value(QLatin1String("components"))
                                           .toObject()
                                           .value(QLatin1String("schemas"))
                                           .toObject()
                                           .value(QLatin1String("io.k8s.api.apps.v1.Deployment"))
                                           .toObject();
        QCOMPARE(deployment.value(QLatin1String("x-kubernetes-group-version-kind"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
                 QStringLiteral("Deployment"));
        // kubectl decides on server-side field validation by this parameter of the PATCH operation.
        const QJsonObject patch = doc.value(QLatin1String("paths"))
                                      .toObject()
                                      .value(QLatin1String("/apis/apps/v1/namespaces/{namespace}/deployments/{name}"))
                                      .toObject()
                                      .value(QLatin1String("patch"))
                                      .toObject();
        bool hasFieldValidation = false;
        for (const QJsonValue &p : patch.value(QLatin1String("parameters")).toArray()) {
            hasFieldValidation
                = hasFieldValidation || p.toObject().value(QLatin1String("name")) == QLatin1String("fieldValidation");
        }
        QVERIFY(hasFieldValidation);
        QVERIFY(m_fixture.get(QStringLiteral("/openapi/v3/apis/apps/v1?hash=stale")).status == 301);
        const QJsonObject v2 = m_fixture.get(QStringLiteral("/openapi/v2")).json();
        QCOMPARE(v2.value(QLatin1String("swagger")).toString(), QStringLiteral("2.0"));
        QVERIFY(v2.value(QLatin1String("definitions")).toObject().contains(QLatin1String("io.k8s.api.core.v1.Pod")));
        QVERIFY(v2.value(QLatin1String("definitions"))
                    .toObject()
                    .contains(QLatin1String("com.datastax.cassandra.v1beta1.CassandraDatacenter")));
        QCOMPARE(m_fixture
                     .get(QStringLiteral("/openapi/v2"), Auth::AdminCert,
                          {{"Accept", "application/com.github.proto-openapi.spec.v2@v1.0+protobuf"}})
                     .status,
                 406);
    }

    void webSocketSubprotocolIsNegotiated()
    {
        // A websocket to exec of a missing pod is refused before the upgrade.
        HttpResponse response;
        auto c = m_fixture.openWebSocket(
            QStringLiteral("/api/v1/namespaces/default/pods/none/exec?command=true&stdout=true"),
            {QStringLiteral("v5.channel.k8s.io")}, &response);
        QVERIFY(c);
        QCOMPARE(response.status, 404);
        QCOMPARE(response.json().value(QLatin1String("message")).toString(), QStringLiteral("pods \"none\" not found"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandbox_http.moc"
