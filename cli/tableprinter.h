#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace Ringside::Cli {

/*! Prints meta.k8s.io Tables as `kubectl get` does: the server's columns (priority 0, or all with -o wide), an
    optional NAMESPACE column first and LABELS last, names prefixed with their kind when several kinds are shown,
    and columns aligned like kubectl's tabwriter, which remembers column widths across flushes (so rows printed
    by a watch stay aligned with what came before, widening when needed). \since 0.1 */
class TablePrinter
{
public:
    struct Options
    {
        bool wide = false;
        bool withNamespace = false;
        bool withKind = false;
        bool showLabels = false;
        bool noHeaders = false;
    };

    TablePrinter(QTextStream &out, const Options &options);

    /*! Starts the table of another resource type: forgets widths, separates from the previous one by a blank
        line (as kubectl does when headers are printed), and remembers the columns of \a table. \a kindName is
        "configmap" or "deployment.apps". */
    void beginGroup(const QJsonObject &table, const QString &kindName);
    /*! Prints the rows of \a table (and the header row first when \a headers) and flushes them. */
    void print(const QJsonObject &table, bool headers);
    /*! True once any line was written. */
    bool wroteAnything() const { return m_written; }

    /*! A table cell as kubectl prints it: strings cut at the first line break (with "..."), numbers and booleans as
        Go prints them, null as nothing. */
    static QString cellText(const QJsonValue &cell);
    /*! kubectl's label list: "a=1,b=2" sorted by key, or "<none>". */
    static QString formatLabels(const QJsonObject &labels);

private:
    void flush(const QList<QStringList> &lines);

    QTextStream &m_out;
    Options m_options;
    QJsonArray m_columns;
    QList<int> m_visible;
    QString m_kindName;
    QList<int> m_maxWidths;
    bool m_written = false;
    bool m_writtenInGroup = false;
    bool m_firstGroup = true;
};

} // namespace Ringside::Cli
