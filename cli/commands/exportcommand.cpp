// ringsidectl export: a cluster's objects as clean YAML for GitOps (one file per object plus kustomization.yaml;
// Secrets referenced, never their data). Without --dir, the objects are printed as one multi-document YAML stream.
#include "clitr.h"
#include "command.h"
#include "flags.h"
#include "kubesession.h"

#include "cassandra/services/gitopsexport.h"
#include "yaml/yamljson.h"

#include <QDir>
#include <QEventLoop>

namespace Ringside::Cli {

using namespace Cassandra::Services;

int exportCommand(Invocation &inv)
{
    CommandFlags flags({{"dir", 'd', true}});
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << '\n';
        return ExitUsage;
    }
    if (flags.positional().size() != 1) {
        inv.err << "error: " << Tr::tr("expected %n argument(s)", nullptr, 1) << '\n';
        return ExitUsage;
    }
    if (!inv.options.output.isEmpty() && inv.options.output != QLatin1String("yaml")) {
        return inv.fail(Tr::tr("export writes YAML only; -o %1 is not supported").arg(inv.options.output));
    }
    KubeSession session(inv);
    if (!session.open()) {
        return ExitError;
    }
    QEventLoop loop;
    QObject context;
    std::optional<GitOpsExport> result;
    std::optional<KubeError> error;
    collectGitOpsExport(session.client(), session.nameSpace(), flags.positional().at(0), &context,
                        [&](const GitOpsExport &e) {
                            result = e;
                            loop.quit();
                        },
                        [&](const KubeError &e) {
                            error = e;
                            loop.quit();
                        });
    if (!result && !error) {
        loop.exec();
    }
    if (error) {
        return session.report(*error);
    }
    for (const QString &note : std::as_const(result->notes)) {
        inv.err << Tr::tr("note: %1").arg(note) << '\n';
    }
    const QString dir = flags.value("dir");
    if (dir.isEmpty()) {
        QList<QJsonValue> docs;
        for (const ExportedObject &o : std::as_const(result->objects)) {
            docs.append(o.object);
        }
        inv.out << QString::fromUtf8(Yaml::emitAll(docs));
        for (const SecretReference &s : std::as_const(result->secrets)) {
            inv.err << Tr::tr("note: Secret %1 is referenced (keys: %2); its data is not exported").arg(s.name, s.keys.join(QLatin1String(", "))) << '\n';
        }
        return ExitOk;
    }
    QString problem;
    const QStringList written = result->write(dir, &problem);
    if (written.isEmpty()) {
        return inv.fail(problem);
    }
    for (const QString &f : written) {
        inv.out << Tr::tr("wrote %1").arg(QDir(dir).filePath(f)) << '\n';
    }
    if (!result->secrets.isEmpty()) {
        inv.out << Tr::tr("%n Secret(s) referenced but not exported (see secrets.yaml): create them before applying", nullptr,
                          int(result->secrets.size()))
                << '\n';
    }
    return ExitOk;
}

} // namespace Ringside::Cli
