// THE PROOF for informers: a seeded, randomised schedule of >= 1000 steps of changes and faults (split and
// coalesced writes, drops mid-event, stalls, 410s as HTTP and as ERROR events, restarts with state loss, 429s)
// against the fake API server. Afterwards the informer's cache equals a fresh list, and the changes it emitted,
// replayed, give the same state. Prints its seed; RINGSIDE_SEED=N replays a schedule.
#include "fakeapi.h"
#include "kube/informer.h"
#include "kube/kubeclient.h"
#include "kubetest.h"

#include <QJsonArray>

using namespace Ringside;
using namespace Ringside::Test;
using namespace Qt::StringLiterals;

class TestKubeInformerFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomisedFaultSchedule()
    {
        bool seeded = false;
        const quint32 seed = qEnvironmentVariable("RINGSIDE_SEED").toUInt(&seeded);
        const quint32 actualSeed = seeded ? seed : QRandomGenerator::global()->generate();
        qInfo("informer fault schedule: RINGSIDE_SEED=%u", actualSeed);
        QRandomGenerator rng(actualSeed);
        QRandomGenerator splitRng(actualSeed ^ 0x9e3779b9u);
        const int steps = qEnvironmentVariableIntValue("RINGSIDE_FAULT_STEPS") > 0 ? qEnvironmentVariableIntValue("RINGSIDE_FAULT_STEPS") : 1200;

        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeApi api(&server);
        api.setSplitting(&splitRng);
        api.setBookmarkInterval(150);
        RestConfig rc;
        rc.server = server.url();
        ClientOptions co;
        co.qps = 0;
        co.retryBaseDelay = std::chrono::milliseconds(5);
        co.retryMaxDelay = std::chrono::milliseconds(40);
        KubeClient client(rc, nullptr, co);

        InformerOptions o;
        o.resource = ResourceRef::core(u"configmaps"_s); // all namespaces
        o.pageSize = 7;
        o.coalesce = std::chrono::milliseconds(15);
        o.minWatchTimeout = std::chrono::seconds(1);
        o.idleTimeout = std::chrono::milliseconds(450);
        o.backoffBase = std::chrono::milliseconds(10);
        o.backoffMax = std::chrono::milliseconds(150);
        Informer informer(&client, o);

        // The consumer's view, built only from emitted changes; every change must make sense against it.
        QHash<QString, QJsonObject> mirror;
        QStringList violations;
        connect(&informer, &Informer::changed, this, [&](const QList<ObjectChange> &changes) {
            for (const ObjectChange &c : changes) {
                const auto it = mirror.constFind(c.key);
                switch (c.type) {
                case ObjectChange::Type::Added:
                    if (it != mirror.cend()) {
                        violations << u"Added for a known key "_s + c.key;
                    }
                    mirror.insert(c.key, c.object);
                    break;
                case ObjectChange::Type::Modified:
                    if (it == mirror.cend() || ObjectCache::uidOf(*it) != ObjectCache::uidOf(c.object) || c.previous != *it) {
                        violations << u"bad Modified for "_s + c.key;
                    }
                    mirror.insert(c.key, c.object);
                    break;
                case ObjectChange::Type::Deleted:
                    if (it == mirror.cend() || ObjectCache::uidOf(*it) != ObjectCache::uidOf(c.object)) {
                        violations << u"bad Deleted for "_s + c.key;
                    }
                    mirror.remove(c.key);
                    break;
                }
            }
        });

        const QStringList namespaces{u"cass"_s, u"ops"_s, u"default"_s};
        int revision = 0;
        auto randomName = [&] { return u"cm-%1"_s.arg(rng.bounded(25)); };
        auto randomNs = [&] { return namespaces.at(rng.bounded(int(namespaces.size()))); };
        auto mutate = [&] {
            const QString ns = randomNs();
            const QString name = randomName();
            const QJsonObject obj{{u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, ns}}},
                                  {u"data"_s, QJsonObject{{u"rev"_s, QString::number(++revision)}, {u"pad"_s, QString(rng.bounded(300), u'p')}}}};
            const auto existing = api.object({}, u"configmaps"_s, ns, name);
            const int dice = rng.bounded(10);
            if (!existing) {
                api.create({}, u"configmaps"_s, obj);
            } else if (dice < 5) {
                api.update({}, u"configmaps"_s, obj);
            } else if (dice < 8) {
                api.remove({}, u"configmaps"_s, ns, name);
            } else {
                api.remove({}, u"configmaps"_s, ns, name); // recreated at once: a new uid under the same name
                api.create({}, u"configmaps"_s, obj);
            }
        };
        for (int i = 0; i < 40; ++i) {
            mutate();
        }
        informer.start();
        QTRY_VERIFY(informer.hasSynced());

        QMap<QString, int> faults;
        for (int step = 0; step < steps; ++step) {
            const int r = rng.bounded(100);
            if (r < 60) {
                const int burst = 1 + rng.bounded(4);
                for (int b = 0; b < burst; ++b) {
                    mutate();
                }
            } else if (r < 64) {
                api.dropWatches(rng.bounded(2) == 0);
                ++faults[u"drop"_s];
            } else if (r < 66) {
                api.stallWatches(100 + rng.bounded(700)); // some outlast the idle timeout, some do not
                ++faults[u"stall"_s];
            } else if (r < 68) {
                api.setGoneAsEvent(rng.bounded(2) == 0);
                api.compact();
                if (rng.bounded(2) == 0) {
                    api.dropWatches(false);
                }
                ++faults[u"410"_s];
            } else if (r < 69) {
                api.restartWithStateLoss(20 + rng.bounded(200), [&] {
                    for (int i = 0; i < 1 + rng.bounded(6); ++i) {
                        mutate();
                    }
                });
                ++faults[u"restart"_s];
            } else if (r < 72) {
                api.throttleNext(1 + rng.bounded(3), rng.bounded(4) == 0 ? 1 : 0);
                ++faults[u"429"_s];
            }
            QTest::qWait(rng.bounded(16));
        }
        // Calm down: no more faults; let it converge.
        api.stallWatches(0);
        api.throttleNext(0, 0);
        api.setSplitting(nullptr);
        mutate(); // one last change, so that the end state is known to have been watched
        qInfo("faults injected: %s; informer stats: lists %d, relists %d, watches %d, events %d, bookmarks %d, watch failures %d",
              qPrintable([&] {
                  QStringList s;
                  for (auto it = faults.cbegin(); it != faults.cend(); ++it) {
                      s << it.key() + u'=' + QString::number(it.value());
                  }
                  return s.join(u", "_s);
              }()),
              informer.stats().lists, informer.stats().relists, informer.stats().watches, informer.stats().events, informer.stats().bookmarks,
              informer.stats().watchFailures);

        // A fresh list through the client, and the informer's cache, must agree.
        auto freshList = [&]() -> std::optional<QHash<QString, QJsonObject>> {
            Outcome out;
            client.listAll(ResourceRef::core(u"configmaps"_s), {}, this, out.onOk(), out.onErr());
            if (!QTest::qWaitFor([&out] { return out.done; }, 10000) || !out.ok) {
                return std::nullopt;
            }
            QHash<QString, QJsonObject> map;
            for (const QJsonValue &v : out.ok->object.value(u"items"_s).toArray()) {
                map.insert(ObjectCache::keyOf(v.toObject()), v.toObject());
            }
            return map;
        };
        std::optional<QHash<QString, QJsonObject>> fresh;
        const bool converged = QTest::qWaitFor(
            [&] {
                fresh = freshList();
                return fresh && *fresh == informer.cache().objects() && !informer.cache().hasPendingChanges();
            },
            30000);
        QVERIFY2(converged, qPrintable(u"the informer did not converge (seed %1): cache %2 objects, server %3"_s.arg(actualSeed)
                                           .arg(informer.cache().size())
                                           .arg(fresh ? fresh->size() : -1)));
        QTRY_COMPARE(mirror, informer.cache().objects());
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u"\n"_s)));

        // Then, with the faults over, changes must arrive through watch events alone (no relist to repair them).
        const Informer::Stats before = informer.stats();
        for (int i = 0; i < 60; ++i) {
            mutate();
        }
        // Ending with every object deleted, then a few new ones: a lost event cannot be healed by a later one.
        for (const QJsonObject &o : api.objects({}, u"configmaps"_s)) {
            const QJsonObject m = o.value(u"metadata"_s).toObject();
            api.remove({}, u"configmaps"_s, m.value(u"namespace"_s).toString(), m.value(u"name"_s).toString());
        }
        for (int i = 0; i < 10; ++i) {
            api.create({}, u"configmaps"_s, QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"final-%1"_s.arg(i)}, {u"namespace"_s, u"cass"_s}}}});
        }
        const bool followed = QTest::qWaitFor(
            [&] {
                fresh = freshList();
                return fresh && *fresh == informer.cache().objects() && !informer.cache().hasPendingChanges();
            },
            15000);
        QVERIFY2(followed, qPrintable(u"the informer did not follow the last changes (seed %1)"_s.arg(actualSeed)));
        QCOMPARE(informer.stats().relists, before.relists);
        QCOMPARE(informer.stats().lists, before.lists);
        QVERIFY(informer.stats().events >= before.events + 70);
        QTRY_COMPARE(mirror, informer.cache().objects());
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u"\n"_s)));
        QVERIFY(informer.stats().relists > 0);
        QVERIFY(informer.stats().watchFailures > 0);
        QVERIFY(informer.stats().bookmarks > 0);
        QVERIFY(faults.value(u"restart"_s) > 0 && faults.value(u"429"_s) > 0 && faults.value(u"stall"_s) > 0);
    }
};

QTEST_GUILESS_MAIN(TestKubeInformerFaults)
#include "tst_kube_informer_faults.moc"
