#include "promfixtures.h"

namespace Ringside::Metrics::Test {

QByteArray vectorBody()
{
    return R"({"status":"success","data":{"resultType":"vector","result":[
        {"metric":{"__name__":"up","job":"cassandra","pod_name":"demo-dc1-r1-sts-0"},"value":[1712345678.123,"0.5"]},
        {"metric":{"job":"cassandra","pod_name":"demo-dc1-r1-sts-1"},"value":[1712345678.123,"NaN"]}]},
        "warnings":["partial response: store eu-1 unavailable"]})";
}

QByteArray matrixBody()
{
    return R"({"status":"success","data":{"resultType":"matrix","result":[
        {"metric":{"le":"+Inf"},"values":[[1712345600,"1"],[1712345615.5,"+Inf"],[1712345631,"-Inf"],[1712345646,"2.5e3"]]}]}})";
}

QByteArray scalarBody()
{
    return R"({"status":"success","data":{"resultType":"scalar","result":[1712345678.5,"42"]}})";
}

QByteArray stringBody()
{
    return R"({"status":"success","data":{"resultType":"string","result":[1712345678,"hello"]}})";
}

QByteArray badDataBody()
{
    return R"({"status":"error","errorType":"bad_data","error":"invalid parameter \"query\": 1:5: parse error: unexpected \")\""})";
}

QByteArray seriesBody()
{
    return R"({"status":"success","data":[
        {"__name__":"org_apache_cassandra_metrics_thread_pools_completed_tasks","cluster":"demo","datacenter":"dc1","pod_name":"demo-dc1-r1-sts-0","pool_name":"GossipStage"},
        {"__name__":"mcac_thread_pools_completed_tasks","cluster":"old","dc":"dc1","instance":"10.0.0.7","pool_name":"gossip_stage"}]})";
}

QByteArray labelValuesBody()
{
    return R"({"status":"success","data":["a","b"]})";
}

QByteArray buildInfoBody()
{
    return R"({"status":"success","data":{"version":"2.53.3","revision":"x","branch":"HEAD","goVersion":"go1.22"}})";
}

QByteArray proxyErrorHtml()
{
    return R"(<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>)";
}

} // namespace Ringside::Metrics::Test
