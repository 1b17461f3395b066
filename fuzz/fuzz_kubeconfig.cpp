// Fuzzes the kubeconfig reader and the current-context editor: neither may crash, hang or throw on any input.
#include "kubeconfig/kubeconfigloader.h"
#include "kubeconfig/kubeconfigwriter.h"
#include "yaml/yamljson.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const Ringside::Kubeconfig config = Ringside::KubeconfigLoader::loadText(text, QStringLiteral("/fuzz/config"));
    QString error;
    const QByteArray edited = Ringside::KubeconfigWriter::withCurrentContext(text, QStringLiteral("fuzz"), &error);
    if (!edited.isEmpty()) {
        const Ringside::Yaml::ParseResult again = Ringside::Yaml::parse(edited);
        (void)again;
    }
    (void)Ringside::Yaml::emit(Ringside::Yaml::parse(text).documents.value(0));
    return 0;
}
