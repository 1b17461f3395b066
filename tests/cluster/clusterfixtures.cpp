// Fixture texts of tst_cluster_models (raw strings live here: moc cannot read them in a Q_OBJECT file).
#include "clusterfixtures.h"

const char *fixture(int n)
{
    static const char *const texts[] = {
        R"({"apiVersion":"cassandra.datastax.com/v1beta1","kind":"CassandraDatacenter",
 "metadata":{"name":"dc1","namespace":"ns","generation":1},
 "spec":{"clusterName":"shop","size":2,"serverType":"cassandra","serverVersion":"4.1.5","racks":[{"name":"r1"},{"name":"r2"}]},
 "status":{"cassandraOperatorProgress":"Ready","observedGeneration":1,
  "conditions":[{"type":"Ready","status":"True","lastTransitionTime":"2024-05-03T10:00:00Z"},{"type":"Updating","status":"False"}],
  "nodeStatuses":{"shop-dc1-r1-sts-0":{"hostID":"11111111-1111-1111-1111-111111111111"},"shop-dc1-r2-sts-0":{"hostID":"22222222-2222-2222-2222-222222222222"}}}})",
        R"({"metadata":{"name":"e1","namespace":"ns","uid":"u1"},"involvedObject":{"kind":"Pod","name":"shop-dc1-r1-sts-0","namespace":"ns"},
                     "type":"Normal","reason":"StartedCassandra","message":"Started","lastTimestamp":"2024-05-03T10:00:00Z","count":1})",
        R"({"metadata":{"name":"e2","namespace":"ns","uid":"u2"},"involvedObject":{"kind":"CassandraDatacenter","name":"dc1","namespace":"ns"},
                     "type":"Warning","reason":"Killing","message":"x","lastTimestamp":"2024-05-03T11:00:00Z","count":3})",
        R"({"metadata":{"name":"e3","namespace":"ns","uid":"u3"},"involvedObject":{"kind":"Pod","name":"other-dc9-r1-sts-0","namespace":"ns"},
                     "type":"Normal","reason":"Pulled","lastTimestamp":"2024-05-03T12:00:00Z"})",
        R"({"metadata":{"name":"e4","namespace":"elsewhere","uid":"u4"},"involvedObject":{"kind":"Pod","name":"shop-dc1-r1-sts-0","namespace":"elsewhere"},
                     "type":"Normal","reason":"Pulled","lastTimestamp":"2024-05-03T12:00:00Z"})",
        R"({"metadata":{"name":"b1","namespace":"ns"},"spec":{"cassandraDatacenter":"dc1","backupType":"full"},
                     "status":{"startTime":"2024-05-03T10:00:00Z","finishTime":"2024-05-03T10:05:00Z","totalNodes":2,"finishedNodes":2,
                               "totalFiles":96,"totalSize":"1.2 GiB","status":"SUCCESS"}})",
        R"({"metadata":{"name":"b0","namespace":"ns"},"spec":{"cassandraDatacenter":"dc1","backupType":"differential"},
                     "status":{"startTime":"2024-05-02T10:00:00Z","finishTime":"2024-05-02T10:05:00Z","totalNodes":2,"finishedNodes":1,"status":"FAILED"}})",
        R"({"metadata":{"name":"x","namespace":"ns"},"spec":{"cassandraDatacenter":"dc9"},"status":{"status":"SUCCESS"}})",
        R"({"metadata":{"name":"b2","namespace":"ns","creationTimestamp":"2024-05-04T10:00:00Z"},
                                              "spec":{"cassandraDatacenter":"dc1","backupType":"differential"},
                                              "status":{"startTime":"2024-05-04T10:00:00Z","inProgress":["shop-dc1-r1-sts-0"],"finished":["shop-dc1-r2-sts-0"]}})",
        R"({"metadata":{"name":"nightly","namespace":"ns"},
            "spec":{"cronSchedule":"0 2 * * *","backupSpec":{"cassandraDatacenter":"dc1","backupType":"differential"},"concurrencyPolicy":"Forbid"},
            "status":{"nextSchedule":"2024-05-04T02:00:00Z","lastExecution":"2024-05-03T02:00:00Z"}})",
    };
    return texts[n];
}
