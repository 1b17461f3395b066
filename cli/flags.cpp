#include "flags.h"

#include "clitr.h"

#include <QRegularExpression>

namespace Ringside::Cli {

CommandFlags::CommandFlags(std::initializer_list<Spec> specs)
    : m_specs(specs)
{
}

bool CommandFlags::parse(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(u'-') || arg == QLatin1String("-")) {
            m_positional.append(arg);
            continue;
        }
        const Spec *spec = nullptr;
        QString value;
        bool inlineValue = false;
        if (arg.startsWith(QLatin1String("--"))) {
            QString name = arg.mid(2);
            const qsizetype eq = name.indexOf(u'=');
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name.truncate(eq);
                inlineValue = true;
            }
            for (const Spec &s : std::as_const(m_specs)) {
                if (name == QLatin1String(s.longName)) {
                    spec = &s;
                }
            }
            if (!spec) {
                m_error = Tr::tr("unknown flag: --%1").arg(name);
                return false;
            }
        } else {
            const QChar c = arg.at(1);
            for (const Spec &s : std::as_const(m_specs)) {
                if (s.shortName && c == QLatin1Char(s.shortName)) {
                    spec = &s;
                }
            }
            if (!spec) {
                m_error = Tr::tr("unknown shorthand flag: '%1' in %2").arg(c).arg(arg);
                return false;
            }
            if (!spec->takesValue && arg.size() > 2 && arg.at(2) != u'=') {
                // Combined booleans: -it is -i -t.
                for (qsizetype k = 1; k < arg.size(); ++k) {
                    if (!parse({QStringLiteral("-") + arg.at(k)})) {
                        return false;
                    }
                }
                continue;
            }
            if (arg.size() > 2) {
                value = arg.mid(2);
                if (value.startsWith(u'=')) {
                    value.remove(0, 1);
                }
                inlineValue = true;
            }
        }
        const QString name = QLatin1String(spec->longName);
        if (spec->takesValue && !inlineValue) {
            if (i + 1 >= args.size()) {
                m_error = Tr::tr("flag needs an argument: %1").arg(arg);
                return false;
            }
            value = args.at(++i);
        } else if (!spec->takesValue) {
            if (!inlineValue) {
                value = QStringLiteral("true");
            } else if (value != QLatin1String("true") && value != QLatin1String("false")) {
                m_error = Tr::tr("invalid argument \"%1\" for \"%2\" flag: strconv.ParseBool: parsing \"%1\": invalid syntax").arg(value, arg.section(u'=', 0, 0));
                return false;
            }
        }
        if (spec->repeatable) {
            m_values[name].append(value);
        } else {
            m_values[name] = QStringList{value};
        }
    }
    return true;
}

QString CommandFlags::value(const char *longName, const QString &fallback) const
{
    const QStringList v = m_values.value(QLatin1String(longName));
    return v.isEmpty() ? fallback : v.constLast();
}

bool CommandFlags::on(const char *longName) const
{
    return value(longName) == QLatin1String("true");
}

std::optional<qint64> parseDurationMs(const QString &text)
{
    static const QRegularExpression part(QStringLiteral("^(\\d+(?:\\.\\d+)?)(ns|us|ms|s|m|h)"));
    if (text == QLatin1String("0")) {
        return 0;
    }
    QString rest = text;
    double total = 0;
    if (rest.isEmpty()) {
        return std::nullopt;
    }
    while (!rest.isEmpty()) {
        const QRegularExpressionMatch m = part.match(rest);
        if (!m.hasMatch()) {
            return std::nullopt;
        }
        const double n = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        double factor = 1;
        if (unit == QLatin1String("ns")) {
            factor = 1e-6;
        } else if (unit == QLatin1String("us")) {
            factor = 1e-3;
        } else if (unit == QLatin1String("s")) {
            factor = 1000;
        } else if (unit == QLatin1String("m")) {
            factor = 60000;
        } else if (unit == QLatin1String("h")) {
            factor = 3600000;
        }
        total += n * factor;
        rest = rest.mid(m.capturedLength());
    }
    return qint64(total);
}

} // namespace Ringside::Cli
