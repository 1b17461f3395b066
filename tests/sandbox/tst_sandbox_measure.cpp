// Measurements for the report (label "slow"): resident memory of the ringside-sandbox process, the latency of
// listing 10k objects, and of 100 concurrent watches. Asserts only correctness; the numbers are printed and
// written to test-output/sandbox-measure.json.
#include "sandboxfixture.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSslKey>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace Ringside;
using namespace Ringside::Test;

class TestSandboxMeasure : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QSslConfiguration m_tls;
    QJsonObject m_results;

    qint64 rssKiB() const
    {
        QFile f(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
        if (!f.open(QIODevice::ReadOnly)) {
            return -1;
        }
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) {
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
            }
        }
        return -1;
    }

    static double median(QList<double> v)
    {
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0 : v.at(v.size() / 2);
    }

    void record(const QString &key, const QJsonValue &value)
    {
        m_results.insert(key, value);
        qInfo().noquote() << key << "=" << value.toVariant().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_process.start(binPath(QStringLiteral("ringside-sandbox")),
                        {QStringLiteral("--kubeconfig"), m_dir.filePath(QStringLiteral("kc")),
                         QStringLiteral("--state-dir"), m_dir.filePath(QStringLiteral("pki"))});
        QVERIFY(m_process.waitForStarted(5000));
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += m_process.readAllStandardOutput();
                return out.contains('\n');
            },
            15000));
        m_port = quint16(
            QRegularExpression(QStringLiteral(":(\\d+)\n")).match(QString::fromUtf8(out)).captured(1).toUInt());
        QVERIFY(m_port != 0);
        const auto read = [&](const char *name) {
            QFile f(m_dir.filePath(QStringLiteral("pki/")) + QLatin1String(name));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates(QSslCertificate::fromData(read("ca.crt")));
        m_tls.setLocalCertificate(QSslCertificate::fromData(read("admin.crt")).value(0));
        m_tls.setPrivateKey(QSslKey(read("admin.key"), QSsl::Ec));
        QTest::qWait(500);
        record(QStringLiteral("rss_idle_kib"), rssKiB());
    }

    void cleanupTestCase()
    {
        m_process.terminate();
        m_process.waitForFinished(10000);
        QFile f(outputPath(QStringLiteral("sandbox-measure.json")));
        if (f.open(QIODevice::WriteOnly)) {
            f.write(QJsonDocument(m_results).toJson());
        }
    }

    void list10kObjects()
    {
        Connection c(m_port, m_tls);
        QVERIFY(c.waitConnected());
        QElapsedTimer timer;
        timer.start();
        const int total = 10000;
        const int batch = 200;
        for (int start = 0; start < total; start += batch) {
            QByteArray requests;
            for (int i = start; i < start + batch; ++i) {
                const QByteArray body = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"cm-"
                                        + QByteArray::number(i) + "\",\"labels\":{\"bench\":\"yes\",\"shard\":\""
                                        + QByteArray::number(i % 10)
                                        + "\"}},"
                                          "\"data\":{\"cassandra.yaml\":\"num_tokens: 16\\nconcurrent_reads: 32\\n\"}}";
                requests += "POST /api/v1/namespaces/default/configmaps HTTP/1.1\r\nHost: x\r\nContent-Type: "
                            "application/json\r\nContent-Length: "
                            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
            }
            c.write(requests);
            for (int i = 0; i < batch; ++i) {
                const auto r = c.readResponse(30000);
                QVERIFY(r);
                QCOMPARE(r->status, 201);
            }
        }
        record(QStringLiteral("create_10k_ms"), timer.elapsed());
        record(QStringLiteral("rss_10k_objects_kib"), rssKiB());

        const auto timedGet = [&](const QByteArray &target, const QByteArray &accept, qint64 *bytes) {
            QElapsedTimer t;
            t.start();
            c.write("GET " + target + " HTTP/1.1\r\nHost: x\r\nAccept: " + accept + "\r\n\r\n");
            const auto r = c.readResponse(60000);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            *bytes = r ? r->body.size() : -1;
            if (r && r->status == 200 && accept == "application/json") {
                const int items
                    = int(QJsonDocument::fromJson(r->body).object().value(QLatin1String("items")).toArray().size());
                if (items < total) {
                    qWarning() << "listed" << items;
                    *bytes = -1;
                }
            }
            return ms;
        };
        QList<double> json;
        QList<double> table;
        qint64 bytes = 0;
        for (int i = 0; i < 5; ++i) {
            json.append(timedGet("/api/v1/namespaces/default/configmaps", "application/json", &bytes));
            QVERIFY(bytes > 0);
        }
        record(QStringLiteral("list_10k_json_median_ms"), median(json));
        record(QStringLiteral("list_10k_json_bytes"), bytes);
        for (int i = 0; i < 5; ++i) {
            table.append(timedGet("/api/v1/namespaces/default/configmaps",
                                  "application/json;as=Table;v=v1;g=meta.k8s.io", &bytes));
        }
        record(QStringLiteral("list_10k_table_median_ms"), median(table));
        QList<double> selected;
        for (int i = 0; i < 5; ++i) {
            selected.append(
                timedGet("/api/v1/namespaces/default/configmaps?labelSelector=shard%3D3", "application/json", &bytes));
        }
        record(QStringLiteral("list_10k_label_selector_1k_result_median_ms"), median(selected));
        QElapsedTimer paged;
        paged.start();
        QString token;
        int pages = 0;
        do {
            QByteArray target = "/api/v1/namespaces/default/configmaps?limit=500";
            if (!token.isEmpty()) {
                target += "&continue=" + token.toLatin1();
            }
            c.write("GET " + target + " HTTP/1.1\r\nHost: x\r\nAccept: application/json\r\n\r\n");
            const auto r = c.readResponse(60000);
            QVERIFY(r);
            token = r->json().value(QLatin1String("metadata")).toObject().value(QLatin1String("continue")).toString();
            ++pages;
        } while (!token.isEmpty());
        QCOMPARE(pages, 21); // 10000 configmaps + kube-root-ca.crt in pages of 500
        record(QStringLiteral("list_10k_paged_500_total_ms"), paged.elapsed());
    }

    void hundredConcurrentWatches()
    {
        std::vector<std::unique_ptr<Connection>> watches;
        std::vector<std::unique_ptr<StreamReader>> readers;
        Connection control(m_port, m_tls);
        QVERIFY(control.waitConnected());
        control.write("GET /api/v1/namespaces/default/configmaps?limit=1 HTTP/1.1\r\nHost: x\r\nAccept: "
                      "application/json\r\n\r\n");
        const QByteArray rv = control.readResponse(30000)
                                  ->json()
                                  .value(QLatin1String("metadata"))
                                  .toObject()
                                  .value(QLatin1String("resourceVersion"))
                                  .toString()
                                  .toLatin1();
        QElapsedTimer open;
        open.start();
        for (int i = 0; i < 100; ++i) {
            watches.push_back(std::make_unique<Connection>(m_port, m_tls));
            QVERIFY(watches.back()->waitConnected());
            watches.back()->write("GET /api/v1/namespaces/default/configmaps?watch=true&resourceVersion=" + rv
                                  + " HTTP/1.1\r\nHost: x\r\n\r\n");
            readers.push_back(std::make_unique<StreamReader>(watches.back().get()));
        }
        for (auto &r : readers) {
            QVERIFY(r->readHead());
            QCOMPARE(r->head().status, 200);
        }
        record(QStringLiteral("open_100_watches_ms"), open.elapsed());
        record(QStringLiteral("rss_10k_objects_100_watches_kib"), rssKiB());

        QList<double> fanout;
        QList<double> getLatency;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer t;
            t.start();
            const QByteArray body = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"watched-"
                                    + QByteArray::number(round) + "\"}}";
            control.write("POST /api/v1/namespaces/default/configmaps HTTP/1.1\r\nHost: x\r\nContent-Type: "
                          "application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            QCOMPARE(control.readResponse(30000)->status, 201);
            int delivered = 0;
            for (auto &r : readers) {
                delivered += r->events(1, 10000).size();
            }
            fanout.append(double(t.nsecsElapsed()) / 1e6);
            QCOMPARE(delivered, 100);
            QElapsedTimer g;
            g.start();
            control.write("GET /api/v1/namespaces/default/configmaps/cm-1 HTTP/1.1\r\nHost: x\r\nAccept: "
                          "application/json\r\n\r\n");
            QCOMPARE(control.readResponse(30000)->status, 200);
            getLatency.append(double(g.nsecsElapsed()) / 1e6);
        }
        record(QStringLiteral("watch_100_fanout_median_ms"), median(fanout));
        record(QStringLiteral("get_with_100_watches_median_ms"), median(getLatency));
    }
};

QTEST_GUILESS_MAIN(TestSandboxMeasure)
#include "tst_sandbox_measure.moc"
