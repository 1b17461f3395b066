#include "kubeconfig/kubeconfigloader.h"

#include "coretr.h"
#include "logging.h"
#include "yaml/yamlnode_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

namespace Ringside {

KubeconfigLoadingRules KubeconfigLoadingRules::fromEnvironment(const QString &explicitPath, const QProcessEnvironment &env)
{
    KubeconfigLoadingRules rules;
    rules.explicitPath = explicitPath;
    const QString list = env.value(QStringLiteral("KUBECONFIG"));
    QSet<QString> seen;
    const QStringList entries = list.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        if (!seen.contains(entry)) {
            seen.insert(entry);
            rules.envFiles.append(entry);
        }
    }
    QString home = env.value(QStringLiteral("HOME"));
    if (home.isEmpty()) {
        home = QDir::homePath();
    }
    rules.defaultFile = home + QLatin1String("/.kube/config");
    return rules;
}

QStringList KubeconfigLoadingRules::precedence() const
{
    if (!explicitPath.isEmpty()) {
        return {explicitPath};
    }
    if (!envFiles.isEmpty()) {
        return envFiles;
    }
    return {defaultFile};
}

QString KubeconfigLoadingRules::defaultFilename() const
{
    if (!explicitPath.isEmpty()) {
        return explicitPath;
    }
    if (envFiles.size() == 1) {
        return envFiles.constFirst();
    }
    if (!envFiles.isEmpty()) {
        for (const QString &f : envFiles) {
            if (QFileInfo::exists(f)) {
                return f;
            }
        }
        return envFiles.constLast();
    }
    return defaultFile;
}

namespace {

class FileReader
{
public:
    FileReader(const QString &fileName, Kubeconfig *out)
        : m_file(fileName)
        , m_dir(QFileInfo(fileName).absolutePath())
        , m_out(out)
    {
    }

    void read(const QByteArray &text)
    {
        std::vector<YAML::Node> docs;
        try {
            docs = YAML::LoadAll(std::string(text.constData(), size_t(text.size())));
        } catch (const YAML::Exception &e) {
            const Yaml::Mark m = e.mark.is_null() ? Yaml::Mark{} : Yaml::Mark{e.mark.line + 1, e.mark.column + 1};
            error(m, CoreTr::tr("not valid YAML: %1").arg(QString::fromStdString(e.msg)));
            return;
        }
        if (docs.empty() || docs.front().IsNull()) {
            return; // an empty file is an empty config, as for kubectl
        }
        if (docs.size() > 1) {
            warning(Yaml::markOf(docs.at(1)), CoreTr::tr("only the first YAML document of a kubeconfig is read"));
        }
        const YAML::Node &root = docs.front();
        if (!root.IsMap()) {
            error(Yaml::markOf(root), CoreTr::tr("a kubeconfig must be a mapping with clusters, users and contexts"));
            return;
        }
        readList(root, "clusters", "cluster", [this](const QString &name, const YAML::Node &n, const YAML::Node &entry) { readCluster(name, n, entry); });
        readList(root, "users", "user", [this](const QString &name, const YAML::Node &n, const YAML::Node &entry) { readUser(name, n, entry); });
        readList(root, "contexts", "context", [this](const QString &name, const YAML::Node &n, const YAML::Node &entry) { readContext(name, n, entry); });
        const YAML::Node cc = root["current-context"];
        if (cc && cc.IsScalar() && !cc.Scalar().empty() && m_out->currentContext.isEmpty()) {
            m_out->currentContext = QString::fromStdString(cc.Scalar());
            m_out->currentContextSource = m_file;
        } else if (cc && !cc.IsScalar() && !cc.IsNull()) {
            error(Yaml::markOf(cc), CoreTr::tr("current-context must be a string"));
        }
    }

private:
    template<typename F>
    void readList(const YAML::Node &root, const char *key, const char *inner, F handle)
    {
        const YAML::Node list = root[key];
        if (!list || list.IsNull()) {
            return;
        }
        if (!list.IsSequence()) {
            error(Yaml::markOf(list), CoreTr::tr("%1 must be a list").arg(QLatin1String(key)));
            return;
        }
        QSet<QString> namesInFile;
        for (const YAML::Node &entry : list) {
            if (!entry.IsMap()) {
                error(Yaml::markOf(entry), CoreTr::tr("each entry of %1 must be a mapping").arg(QLatin1String(key)));
                continue;
            }
            const QString name = scalar(entry["name"]);
            if (name.isEmpty()) {
                error(Yaml::markOf(entry), CoreTr::tr("an entry of %1 has no name").arg(QLatin1String(key)));
                continue;
            }
            if (namesInFile.contains(name)) {
                error(Yaml::markOf(entry), CoreTr::tr("duplicate name \"%1\" in %2 (kubectl refuses this file); the first is used")
                                               .arg(name, QLatin1String(key)));
                continue;
            }
            namesInFile.insert(name);
            YAML::Node body = entry[inner];
            if (body && !body.IsMap() && !body.IsNull()) {
                error(Yaml::markOf(body), CoreTr::tr("%1 \"%2\": \"%3\" must be a mapping").arg(QLatin1String(key), name, QLatin1String(inner)));
                continue;
            }
            handle(name, body, entry);
        }
    }

    static QString scalar(const YAML::Node &n)
    {
        return n && n.IsScalar() ? QString::fromStdString(n.Scalar()) : QString();
    }

    // A field kubectl reads as a string: a plain scalar that YAML 1.1 reads as a boolean or number is refused by
    // kubectl ("cannot unmarshal bool into ... of type string"), so say so here, with the place and the fix.
    QString text(const YAML::Node &n, const char *field, bool secret = false)
    {
        if (!n || n.IsNull()) {
            return {};
        }
        if (!n.IsScalar()) {
            error(Yaml::markOf(n), CoreTr::tr("\"%1\" must be a string").arg(QLatin1String(field)));
            return {};
        }
        const QString s = QString::fromStdString(n.Scalar());
        if (n.Tag() == "?") {
            const QJsonValue v = Yaml::resolvePlainScalar(s);
            if ((v.isBool() || v.isDouble()) && secret) {
                error(Yaml::markOf(n), CoreTr::tr("\"%1\" is read as a %2, not a string, and kubectl refuses it: quote it")
                                           .arg(QLatin1String(field), v.isBool() ? CoreTr::tr("boolean") : CoreTr::tr("number")));
            } else if (v.isBool() || v.isDouble()) {
                error(Yaml::markOf(n), CoreTr::tr("\"%1: %2\" is read as a %3, not a string, and kubectl refuses it: quote it (\"%2\")")
                                           .arg(QLatin1String(field), s, v.isBool() ? CoreTr::tr("boolean") : CoreTr::tr("number")));
            }
        }
        return s;
    }

    QString path(const YAML::Node &n) const
    {
        const QString p = scalar(n);
        if (p.isEmpty() || QDir::isAbsolutePath(p)) {
            return p;
        }
        return QDir::cleanPath(m_dir + u'/' + p);
    }

    bool boolean(const YAML::Node &n, const QString &what)
    {
        if (!n || n.IsNull()) {
            return false;
        }
        const QJsonValue v = n.IsScalar() && n.Tag() != "!" ? Yaml::resolvePlainScalar(QString::fromStdString(n.Scalar())) : QJsonValue();
        if (!v.isBool()) {
            error(Yaml::markOf(n), CoreTr::tr("%1 must be true or false").arg(what));
            return false;
        }
        return v.toBool();
    }

    QByteArray base64(const YAML::Node &n, const QString &what)
    {
        const QString s = scalar(n);
        if (s.isEmpty()) {
            return {};
        }
        auto decoded = QByteArray::fromBase64Encoding(s.toLatin1().trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            error(Yaml::markOf(n), CoreTr::tr("%1 is not valid base64").arg(what));
            return {};
        }
        return *decoded;
    }

    void readCluster(const QString &name, const YAML::Node &n, const YAML::Node &entry)
    {
        KubeCluster c;
        c.name = name;
        c.sourceFile = m_file;
        if (n && n.IsMap()) {
            c.server = text(n["server"], "server");
            c.certificateAuthority = path(n["certificate-authority"]);
            c.certificateAuthorityData = base64(n["certificate-authority-data"], QStringLiteral("certificate-authority-data"));
            c.insecureSkipTlsVerify = boolean(n["insecure-skip-tls-verify"], QStringLiteral("insecure-skip-tls-verify"));
            c.tlsServerName = text(n["tls-server-name"], "tls-server-name");
            c.proxyUrl = scalar(n["proxy-url"]);
            c.disableCompression = boolean(n["disable-compression"], QStringLiteral("disable-compression"));
            c.raw = Yaml::nodeToJson(n).toObject();
        } else {
            warning(Yaml::markOf(entry), CoreTr::tr("cluster \"%1\" has no cluster settings").arg(name));
        }
        if (!contains(m_out->clusters, name)) {
            m_out->clusters.append(c);
        }
    }

    void readUser(const QString &name, const YAML::Node &n, const YAML::Node &)
    {
        KubeUser u;
        u.name = name;
        u.sourceFile = m_file;
        if (n && n.IsMap()) {
            u.clientCertificate = path(n["client-certificate"]);
            u.clientCertificateData = base64(n["client-certificate-data"], QStringLiteral("client-certificate-data"));
            u.clientKey = path(n["client-key"]);
            u.clientKeyData = base64(n["client-key-data"], QStringLiteral("client-key-data"));
            u.token = text(n["token"], "token", true);
            u.tokenFile = path(n["tokenFile"]);
            u.username = text(n["username"], "username");
            u.password = text(n["password"], "password", true);
            u.impersonate = scalar(n["as"]);
            if (const YAML::Node groups = n["as-groups"]; groups && groups.IsSequence()) {
                for (const YAML::Node &g : groups) {
                    u.impersonateGroups.append(scalar(g));
                }
            }
            readExec(n["exec"], &u.exec);
            if (const YAML::Node ap = n["auth-provider"]; ap && ap.IsMap()) {
                u.authProvider.name = scalar(ap["name"]);
                if (const YAML::Node cfg = ap["config"]; cfg && cfg.IsMap()) {
                    for (const auto &kv : cfg) {
                        u.authProvider.config.insert(QString::fromStdString(kv.first.Scalar()), scalar(kv.second));
                    }
                }
            }
            u.raw = Yaml::nodeToJson(n).toObject();
        }
        if (!contains(m_out->users, name)) {
            m_out->users.append(u);
        }
    }

    void readExec(const YAML::Node &n, ExecConfig *exec)
    {
        if (!n || n.IsNull()) {
            return;
        }
        if (!n.IsMap()) {
            error(Yaml::markOf(n), CoreTr::tr("exec must be a mapping"));
            return;
        }
        exec->command = scalar(n["command"]);
        if (exec->command.contains(u'/') && !QDir::isAbsolutePath(exec->command)) {
            exec->command = QDir::cleanPath(m_dir + u'/' + exec->command);
        }
        if (exec->command.isEmpty()) {
            error(Yaml::markOf(n), CoreTr::tr("exec has no command"));
        }
        if (const YAML::Node args = n["args"]; args && args.IsSequence()) {
            for (const YAML::Node &a : args) {
                exec->args.append(scalar(a));
            }
        }
        if (const YAML::Node env = n["env"]; env && env.IsSequence()) {
            for (const YAML::Node &e : env) {
                exec->env.append({scalar(e["name"]), scalar(e["value"])});
            }
        }
        exec->apiVersion = scalar(n["apiVersion"]);
        exec->installHint = scalar(n["installHint"]);
        exec->provideClusterInfo = boolean(n["provideClusterInfo"], QStringLiteral("provideClusterInfo"));
        exec->interactiveMode = scalar(n["interactiveMode"]);
    }

    void readContext(const QString &name, const YAML::Node &n, const YAML::Node &entry)
    {
        KubeContext c;
        c.name = name;
        c.sourceFile = m_file;
        if (n && n.IsMap()) {
            c.cluster = text(n["cluster"], "cluster");
            c.user = text(n["user"], "user");
            c.nameSpace = text(n["namespace"], "namespace");
        } else {
            warning(Yaml::markOf(entry), CoreTr::tr("context \"%1\" has no context settings").arg(name));
        }
        if (!contains(m_out->contexts, name)) {
            m_out->contexts.append(c);
        }
    }

    template<typename T>
    static bool contains(const QList<T> &list, const QString &name)
    {
        return std::any_of(list.cbegin(), list.cend(), [&](const T &t) { return t.name == name; });
    }

    void error(const Yaml::Mark &m, const QString &message) { issue(KubeconfigIssue::Severity::Error, m, message); }
    void warning(const Yaml::Mark &m, const QString &message) { issue(KubeconfigIssue::Severity::Warning, m, message); }
    void issue(KubeconfigIssue::Severity s, const Yaml::Mark &m, const QString &message)
    {
        m_out->issues.append({s, m_file, m.line, m.column, message});
        qCDebug(lcKubeConfig) << m_out->issues.constLast().toString();
    }

    QString m_file;
    QString m_dir;
    Kubeconfig *m_out;
};

void sortByName(Kubeconfig *config)
{
    const auto byName = [](const auto &a, const auto &b) { return a.name < b.name; };
    std::sort(config->contexts.begin(), config->contexts.end(), byName);
    std::sort(config->clusters.begin(), config->clusters.end(), byName);
    std::sort(config->users.begin(), config->users.end(), byName);
}

} // namespace

Kubeconfig KubeconfigLoader::load(const KubeconfigLoadingRules &rules)
{
    Kubeconfig config;
    const QStringList files = rules.precedence();
    for (const QString &fileName : files) {
        QFile file(fileName);
        if (!file.exists()) {
            config.missingFiles.append(fileName);
            if (fileName == rules.explicitPath) {
                config.issues.append({KubeconfigIssue::Severity::Error, fileName, 0, 0, CoreTr::tr("the kubeconfig file does not exist")});
            }
            continue;
        }
        if (QFileInfo(fileName).isDir()) {
            config.issues.append({KubeconfigIssue::Severity::Error, fileName, 0, 0, CoreTr::tr("is a directory, not a kubeconfig file")});
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            config.issues.append({KubeconfigIssue::Severity::Error, fileName, 0, 0, CoreTr::tr("cannot be read: %1").arg(file.errorString())});
            continue;
        }
        config.files.append(fileName);
        FileReader(fileName, &config).read(file.readAll());
    }
    sortByName(&config);
    return config;
}

Kubeconfig KubeconfigLoader::loadText(const QByteArray &text, const QString &fileName)
{
    Kubeconfig config;
    config.files.append(fileName);
    FileReader(fileName, &config).read(text);
    sortByName(&config);
    return config;
}

} // namespace Ringside
