#include "options.h"

#include "clitr.h"

namespace Ringside::Cli {

namespace {
struct FlagSpec
{
    const char *longName;
    char shortName;
    bool takesValue;
};

constexpr FlagSpec flags[] = {
    {"kubeconfig", 0, true}, {"context", 0, true},  {"namespace", 'n', true},  {"all-namespaces", 'A', false},
    {"output", 'o', true},   {"yes", 'y', false},   {"no-headers", 0, false},  {"wait", 0, false},
    {"no-wait", 0, false},   {"timeout", 0, true},  {"v", 'v', true},          {"help", 'h', false},
};
} // namespace

bool Options::parse(const QStringList &args, QString *error)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--")) {
            afterDashDash = args.mid(i + 1);
            return true;
        }
        if (!arg.startsWith(u'-') || arg == QLatin1String("-")) {
            positional.append(arg);
            continue;
        }
        const FlagSpec *spec = nullptr;
        QString value;
        bool hasInlineValue = false;
        if (arg.startsWith(QLatin1String("--"))) {
            QString name = arg.mid(2);
            const qsizetype eq = name.indexOf(u'=');
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name.truncate(eq);
                hasInlineValue = true;
            }
            for (const FlagSpec &f : flags) {
                if (name == QLatin1String(f.longName)) {
                    spec = &f;
                }
            }
        } else {
            const QChar c = arg.at(1);
            for (const FlagSpec &f : flags) {
                if (f.shortName && c == QLatin1Char(f.shortName)) {
                    spec = &f;
                }
            }
            if (arg.size() > 2) {
                value = arg.mid(2);
                if (value.startsWith(u'=')) {
                    value.remove(0, 1);
                }
                hasInlineValue = true;
            }
        }
        if (!spec) {
            positional.append(arg); // a command-specific flag: the command reads it
            continue;
        }
        if (spec->takesValue && !hasInlineValue) {
            if (i + 1 >= args.size()) {
                *error = Tr::tr("flag needs an argument: %1").arg(arg);
                return false;
            }
            value = args.at(++i);
        } else if (!spec->takesValue && hasInlineValue && arg.startsWith(QLatin1String("--"))) {
            if (value != QLatin1String("true") && value != QLatin1String("false")) {
                *error = Tr::tr("invalid argument \"%1\" for \"%2\": expected true or false").arg(value, arg);
                return false;
            }
        }
        const QLatin1String name(spec->longName);
        const bool on = !hasInlineValue || value != QLatin1String("false");
        if (name == QLatin1String("kubeconfig")) {
            kubeconfig = value;
        } else if (name == QLatin1String("context")) {
            context = value;
        } else if (name == QLatin1String("namespace")) {
            nameSpace = value;
        } else if (name == QLatin1String("all-namespaces")) {
            allNamespaces = on;
        } else if (name == QLatin1String("output")) {
            output = value;
        } else if (name == QLatin1String("yes")) {
            yes = on;
        } else if (name == QLatin1String("no-headers")) {
            noHeaders = on;
        } else if (name == QLatin1String("wait")) {
            wait = on;
        } else if (name == QLatin1String("no-wait")) {
            wait = !on;
        } else if (name == QLatin1String("timeout")) {
            timeout = value;
        } else if (name == QLatin1String("v")) {
            bool ok = false;
            verbosity = value.toInt(&ok);
            if (!ok) {
                *error = Tr::tr("invalid argument \"%1\" for \"-v\": expected a number").arg(value);
                return false;
            }
        } else if (name == QLatin1String("help")) {
            help = true;
        }
    }
    return true;
}

} // namespace Ringside::Cli
