// Kubeconfig loading speed, as a ratio against a baseline run in the same process: parsing the same content as
// JSON with QJsonDocument (the cheapest structured read Qt offers). Printed as "ratio: N.NNx".
#include "kubeconfig/kubeconfigloader.h"
#include "yaml/yamljson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>

namespace {

QByteArray bigKubeconfig(int contexts)
{
    QByteArray y = "apiVersion: v1\nkind: Config\nclusters:\n";
    for (int i = 0; i < contexts; ++i) {
        y += "- name: cluster-" + QByteArray::number(i) + "\n  cluster:\n    server: https://10.0." + QByteArray::number(i % 250)
             + ".1:6443\n    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUIKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=\n";
    }
    y += "users:\n";
    for (int i = 0; i < contexts; ++i) {
        y += "- name: user-" + QByteArray::number(i) + "\n  user:\n    token: token-" + QByteArray::number(i) + "\n";
    }
    y += "contexts:\n";
    for (int i = 0; i < contexts; ++i) {
        y += "- name: ctx-" + QByteArray::number(i) + "\n  context:\n    cluster: cluster-" + QByteArray::number(i) + "\n    user: user-"
             + QByteArray::number(i) + "\n    namespace: ns\n";
    }
    return y + "current-context: ctx-0\n";
}

const QByteArray &yamlText()
{
    static const QByteArray text = bigKubeconfig(500);
    return text;
}

const QByteArray &jsonText()
{
    static const QByteArray text = QJsonDocument(Ringside::Yaml::parse(yamlText()).documents.value(0).toObject()).toJson(QJsonDocument::Compact);
    return text;
}

void BM_Baseline_QJsonDocument(benchmark::State &state)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(QJsonDocument::fromJson(jsonText()));
    }
}
BENCHMARK(BM_Baseline_QJsonDocument)->Unit(benchmark::kMicrosecond);

void BM_KubeconfigLoader(benchmark::State &state)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(Ringside::KubeconfigLoader::loadText(yamlText(), QStringLiteral("/bench/config")));
    }
}
BENCHMARK(BM_KubeconfigLoader)->Unit(benchmark::kMicrosecond);

class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &r : runs) {
            if (r.benchmark_name() == "BM_Baseline_QJsonDocument") {
                m_baseline = r.GetAdjustedRealTime();
            } else if (r.benchmark_name() == "BM_KubeconfigLoader") {
                m_ours = r.GetAdjustedRealTime();
            }
        }
    }
    void Finalize() override
    {
        ConsoleReporter::Finalize();
        if (m_baseline > 0 && m_ours > 0) {
            std::printf("kubeconfig (500 contexts, %lld bytes) load vs QJsonDocument::fromJson of the same content: ratio: %.2fx\n",
                        static_cast<long long>(yamlText().size()), m_ours / m_baseline);
        }
    }

private:
    double m_baseline = 0;
    double m_ours = 0;
};

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
