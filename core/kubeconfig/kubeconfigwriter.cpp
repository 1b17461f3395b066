#include "kubeconfig/kubeconfigwriter.h"

#include "coretr.h"
#include "logging.h"
#include "yaml/yamljson.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

namespace Ringside {

namespace {

QJsonObject withoutCurrentContext(const QJsonValue &v)
{
    QJsonObject o = v.toObject();
    o.remove(QStringLiteral("current-context"));
    return o;
}

// Replace the value of a top-level "current-context:" line, keeping everything else byte for byte.
std::optional<QByteArray> textualEdit(const QByteArray &text, const QString &context)
{
    static const QRegularExpression line(QStringLiteral("^current-context:[ \\t]*([^\\n#]*?)[ \\t]*(#[^\\n]*)?$"),
                                         QRegularExpression::MultilineOption);
    const QString s = QString::fromUtf8(text);
    auto it = line.globalMatch(s);
    if (!it.hasNext()) {
        return std::nullopt;
    }
    const QRegularExpressionMatch m = it.next();
    if (it.hasNext()) {
        return std::nullopt; // two top-level keys: let the structural path decide
    }
    QString value = context;
    if (!Yaml::resolvePlainScalar(context).isString() || context.contains(u':') || context.contains(u'#') || context.startsWith(u' ')) {
        value = u'"' + QString(context).replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\"")) + u'"';
    }
    QString out = s;
    out.replace(m.capturedStart(1), m.capturedLength(1), value);
    return out.toUtf8();
}

} // namespace

QByteArray KubeconfigWriter::withCurrentContext(const QByteArray &text, const QString &context, QString *error)
{
    const Yaml::ParseResult before = Yaml::parse(text);
    if (!before.ok()) {
        *error = CoreTr::tr("cannot edit: %1").arg(before.error->toString());
        return {};
    }
    const QJsonValue oldDoc = before.documents.value(0);
    if (!oldDoc.isObject() && !oldDoc.isNull()) {
        *error = CoreTr::tr("cannot edit: the file is not a kubeconfig mapping");
        return {};
    }
    // A text edit is kept only when reading it back gives the new current-context and every other key unchanged.
    const auto readsBackRight = [&](const QByteArray &candidate) {
        const Yaml::ParseResult after = Yaml::parse(candidate);
        const QJsonValue doc = after.documents.value(0);
        return after.ok() && doc.toObject().value(QStringLiteral("current-context")).toString() == context
               && withoutCurrentContext(doc) == withoutCurrentContext(oldDoc);
    };
    // First try to change only the one line, so comments and layout survive.
    if (const auto edited = textualEdit(text, context); edited && readsBackRight(*edited)) {
        return *edited;
    }
    QByteArray out = text;
    if (!oldDoc.toObject().contains(QStringLiteral("current-context")) && before.documents.size() <= 1
        && (oldDoc.isNull() || !text.trimmed().startsWith('{'))) {
        // No key yet: append one line (block style).
        if (!out.isEmpty() && !out.endsWith('\n')) {
            out += '\n';
        }
        YAML::Emitter e;
        e << YAML::BeginMap << YAML::Key << "current-context" << YAML::Value << context.toStdString() << YAML::EndMap;
        out += QByteArray(e.c_str()) + '\n';
        if (readsBackRight(out)) {
            return out;
        }
    }
    // Last resort: rewrite the document structurally (comments are lost, keys are kept).
    try {
        YAML::Node root = YAML::Load(std::string(text.constData(), size_t(text.size())));
        if (!root.IsMap()) {
            root = YAML::Node(YAML::NodeType::Map);
        }
        root["current-context"] = context.toStdString();
        YAML::Emitter e;
        e << root;
        return QByteArray(e.c_str()) + '\n';
    } catch (const YAML::Exception &ex) {
        *error = CoreTr::tr("cannot edit: %1").arg(QString::fromStdString(ex.msg));
        return {};
    }
}

bool KubeconfigWriter::writeFile(const QString &fileName, const QByteArray &data, QString *error, int lockTimeoutMs)
{
    QString target = fileName;
    const QFileInfo info(fileName);
    if (info.isSymLink()) {
        target = info.symLinkTarget();
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    QLockFile lock(target + QLatin1String(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(lockTimeoutMs)) {
        *error = CoreTr::tr("%1 is locked by another program (%2.lock)").arg(target, target);
        return false;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = CoreTr::tr("cannot write %1: %2").arg(target, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    if (!file.commit()) {
        *error = CoreTr::tr("cannot write %1: %2").arg(target, file.errorString());
        return false;
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

QString KubeconfigWriter::setCurrentContext(const KubeconfigLoadingRules &rules, const QString &context, QString *error)
{
    QString destination;
    if (!rules.explicitPath.isEmpty() || !context.isEmpty()) {
        destination = rules.defaultFilename();
    } else {
        // Clearing: the first file in the chain that sets it, as kubectl does.
        for (const QString &f : rules.precedence()) {
            const Kubeconfig one = KubeconfigLoader::load({f, {}, {}});
            if (!one.currentContext.isEmpty()) {
                destination = f;
                break;
            }
        }
        if (destination.isEmpty()) {
            *error = CoreTr::tr("no config found to write context");
            return {};
        }
    }
    QByteArray text;
    QFile in(destination);
    if (in.exists()) {
        if (!in.open(QIODevice::ReadOnly)) {
            *error = CoreTr::tr("cannot read %1: %2").arg(destination, in.errorString());
            return {};
        }
        text = in.readAll();
    }
    const QByteArray out = withCurrentContext(text, context, error);
    if (out.isEmpty()) {
        if (error->isEmpty()) {
            *error = CoreTr::tr("cannot edit %1").arg(destination);
        } else {
            *error = destination + QLatin1String(": ") + *error;
        }
        return {};
    }
    if (!writeFile(destination, out, error)) {
        return {};
    }
    qCDebug(lcKubeConfig) << "current-context written to" << destination;
    return destination;
}

} // namespace Ringside
