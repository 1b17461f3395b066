// Parsing of the Prometheus HTTP API's JSON, and Prometheus durations.

#include "metrics/duration.h"
#include "metrics/promtypes.h"
#include "promfixtures.h"

#include <QtTest>

#include <cmath>

using namespace Ringside::Metrics;

class TestPromParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::newRow("decimal") << "0.25" << true << 0.25;
        QTest::newRow("exponent") << "1.5e+06" << true << 1.5e6;
        QTest::newRow("negative") << "-3" << true << -3.0;
        QTest::newRow("+Inf") << "+Inf" << true << double(INFINITY);
        QTest::newRow("-Inf") << "-Inf" << true << double(-INFINITY);
        QTest::newRow("garbage") << "abc" << false << 0.0;
        QTest::newRow("empty") << "" << false << 0.0;
    }

    void values()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(double, value);
        bool parsed = false;
        const double v = Json::parseValue(text, &parsed);
        QCOMPARE(parsed, ok);
        if (ok) {
            QCOMPARE(v, value);
        }
    }

    void nanValue()
    {
        bool ok = false;
        QVERIFY(std::isnan(Json::parseValue(QStringLiteral("NaN"), &ok)));
        QVERIFY(ok);
    }

    void matrix()
    {
        QString error;
        const auto r = Json::parseQueryResponse(Test::matrixBody(), &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->type, ResultType::Matrix);
        QCOMPARE(r->series.size(), 1);
        const QList<QPointF> &s = r->series.at(0).samples;
        QCOMPARE(s.size(), 4);
        QCOMPARE(s.at(1).x(), 1712345615.5);
        QVERIFY(std::isinf(s.at(1).y()) && s.at(1).y() > 0);
        QVERIFY(std::isinf(s.at(2).y()) && s.at(2).y() < 0);
        QCOMPARE(s.at(3).y(), 2500.0);
        QCOMPARE(r->series.at(0).labels.value(QStringLiteral("le")), QStringLiteral("+Inf"));
        QVERIFY(!r->isEmpty());
    }

    void scalarAndString()
    {
        QString error;
        const auto sc = Json::parseQueryResponse(Test::scalarBody(), &error);
        QVERIFY2(sc, qPrintable(error));
        QCOMPARE(sc->type, ResultType::Scalar);
        QCOMPARE(sc->scalar, QPointF(1712345678.5, 42));
        const auto st = Json::parseQueryResponse(Test::stringBody(), &error);
        QVERIFY2(st, qPrintable(error));
        QCOMPARE(st->type, ResultType::String);
        QCOMPARE(st->string, QStringLiteral("hello"));
    }

    void emptyVector()
    {
        QString error;
        const auto r = Json::parseQueryResponse("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}", &error);
        QVERIFY(r);
        QVERIFY(r->isEmpty());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expect");
        QTest::newRow("not json") << QByteArray("<html>") << "not JSON";
        QTest::newRow("array") << QByteArray("[1]") << "not a JSON object";
        QTest::newRow("error status") << Test::badDataBody() << "error";
        QTest::newRow("unknown type") << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"tensor\",\"result\":[]}}") << "tensor";
        QTest::newRow("bad sample")
            << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},\"value\":[1,2]}]}}") << "pair";
        QTest::newRow("bad number")
            << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},\"value\":[1,\"x\"]}]}}") << "\u201cx\u201d";
    }

    void malformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expect);
        QString error;
        QVERIFY(!Json::parseQueryResponse(body, &error));
        QVERIFY2(error.contains(expect), qPrintable(error));
    }

    void errorEnvelope()
    {
        QString type, message;
        QStringList warnings;
        QVERIFY(Json::parseErrorEnvelope(Test::badDataBody(), &type, &message, &warnings));
        QCOMPARE(type, QStringLiteral("bad_data"));
        QVERIFY(message.contains(QStringLiteral("parse error")));
        QVERIFY(!Json::parseErrorEnvelope(Test::vectorBody(), &type, &message, &warnings));
    }

    void seriesAndLabels()
    {
        QString error;
        const auto s = Json::parseSeriesResponse(Test::seriesBody(), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->size(), 2);
        QCOMPARE(s->at(0).value(QStringLiteral("pool_name")), QStringLiteral("GossipStage"));
        const auto v = Json::parseStringListResponse(Test::labelValuesBody(), &error);
        QVERIFY(v);
        QCOMPARE(v->size(), 2);
        QVERIFY(!Json::parseStringListResponse(Test::scalarBody(), &error));
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1: invalid
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("seconds") << "90s" << qint64(90000);
        QTest::newRow("minutes") << "5m" << qint64(300000);
        QTest::newRow("ms") << "250ms" << qint64(250);
        QTest::newRow("compound") << "1h30m" << qint64(5400000);
        QTest::newRow("days weeks") << "1w2d" << qint64(9LL * 24 * 3600 * 1000);
        QTest::newRow("minutes then ms") << "1m500ms" << qint64(60500);
        QTest::newRow("wrong order") << "30m1h" << qint64(-1);
        QTest::newRow("no unit") << "15" << qint64(-1);
        QTest::newRow("float") << "1.5m" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("unit twice") << "1m2m" << qint64(-1);
        QTest::newRow("unknown unit") << "3x" << qint64(-1);
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto d = parseDuration(text);
        if (ms < 0) {
            QVERIFY2(!d, qPrintable(text));
        } else {
            QVERIFY2(d, qPrintable(text));
            QCOMPARE(d->count(), ms);
            QCOMPARE(parseDuration(formatDuration(*d))->count(), ms); // round trip
        }
    }

    void formatDurations()
    {
        QCOMPARE(formatDuration(std::chrono::milliseconds(0)), QStringLiteral("0s"));
        QCOMPARE(formatDuration(std::chrono::minutes(90)), QStringLiteral("1h30m"));
        QCOMPARE(formatDuration(std::chrono::seconds(30)), QStringLiteral("30s"));
    }
};

QTEST_GUILESS_MAIN(TestPromParse)
#include "tst_promparse.moc"
