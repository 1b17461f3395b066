#pragma once

// The local operation log: one JSON object per line (JSONL), appended, never rewritten.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Ringside::Cassandra::Ops {

/*! One entry of the operation log. \since 0.1 */
struct HistoryEntry
{
    QDateTime when;
    QString user;    //!< the local user name
    QString context;
    QString operation; //!< operationKindKey()
    QString target;
    QString summary;
    QString result;  //!< "sent", "dry-run", "succeeded", "failed", "refused"
    QString message;

    bool isValid() const { return when.isValid() && !operation.isEmpty(); }
    QJsonObject toJson() const;
    static HistoryEntry fromJson(const QJsonObject &o);
    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

/*! The operation log file. Each append() opens the file in append mode and writes one line (the same file may be
    shared by the app and the CLI). \since 0.1 */
class OperationHistory
{
public:
    /*! \a path empty: GenericDataLocation/ringside/history.jsonl ($XDG_DATA_HOME/ringside/history.jsonl). */
    explicit OperationHistory(const QString &path = {});
    QString path() const { return m_path; }

    /*! Appends \a entry (user and time are filled when empty); false with \a error when the file cannot be written. */
    bool append(HistoryEntry entry, QString *error = nullptr) const;
    /*! Every entry, oldest first; lines that cannot be read are skipped and counted in \a skipped. */
    QList<HistoryEntry> read(int *skipped = nullptr) const;

    /*! The local user name ($USER, else $USERNAME). */
    static QString currentUser();

private:
    QString m_path;
};

} // namespace Ringside::Cassandra::Ops

Q_DECLARE_METATYPE(Ringside::Cassandra::Ops::HistoryEntry)
