#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Ringside::Cli {

/*! The global flags every ringsidectl command takes, kubectl-style: anywhere on the line, as `--flag value`,
    `--flag=value`, `-n value` or `-nvalue`. Everything else is a positional argument; `--` ends flag parsing. */
struct Options
{
    QString kubeconfig;
    QString context;
    QString nameSpace;
    bool allNamespaces = false;
    QString output;
    bool yes = false;
    bool noHeaders = false;
    std::optional<bool> wait;
    QString timeout;
    int verbosity = 0;
    bool help = false;
    QStringList positional; //!< command words and arguments
    QStringList afterDashDash;

    /*! Parses \a args (without the program name). On a bad flag returns false and sets \a error. */
    bool parse(const QStringList &args, QString *error);
};

} // namespace Ringside::Cli
