#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Ringside::Editor {

/*! A node that starts on a line of block-style YAML: a mapping key, or a sequence item (`- `).
    Its path is the Kubernetes field path that Ringside::Schema::validate() uses: `spec.racks[0].name`.
    \since 0.1 */
struct OutlineNode
{
    QString path;
    QString key;         //!< empty for a sequence item
    QString inlineValue; //!< the scalar text after `key: ` on the same line (no comment), as written
    int line = 0;        //!< 1-based
    int column = 0;      //!< 1-based column of the key, or of the dash of a sequence item
    int length = 0;      //!< characters from column to the end of the node's text on its line (no trailing comment)
    int keyLength = 0;   //!< characters of the key as written (1 for the dash of a sequence item)
    bool isSequenceItem = false;
};

/*! One document of a YAML stream: the lines from its `---` (if any) up to the next document.
    \since 0.1 */
struct OutlineDocument
{
    int number = 0;    //!< 1-based, counting only documents with content (kubectl skips empty ones)
    int firstLine = 0; //!< 1-based, inclusive
    int lastLine = 0;  //!< 1-based, inclusive
    QList<OutlineNode> nodes;

    /*! The inline value of a top-level key, such as `kind` or `apiVersion`, unquoted; empty when absent. */
    QString topLevelValue(const QString &key) const;
};

/*! A place in the text for a field path. \since 0.1 */
struct OutlineLocation
{
    int line = 0;   //!< 1-based; 0 when not found
    int column = 0; //!< 1-based
    int length = 0;
    bool exact = false; //!< false when the path itself is not written and this is its closest written ancestor
    bool isValid() const { return line > 0; }
};

/*! What is being typed at a cursor, for completion. \since 0.1 */
struct CursorContext
{
    enum class Mode {
        None,  //!< in a comment, a block scalar, a flow collection or otherwise nothing to complete
        Key,   //!< a mapping key: offer the properties of parentPath
        Value, //!< the value after `key: `: offer the enum values of path
    };
    Mode mode = Mode::None;
    int document = 0;        //!< number of the document at the cursor
    QString parentPath;      //!< Key: the object whose keys are typed
    QString path;            //!< Value: the field whose value is typed
    QString prefix;          //!< what is typed so far
    int prefixColumn = 0;    //!< 0-based column where the prefix starts
    int indent = 0;          //!< Key: the column of the key being typed
    QStringList siblingKeys; //!< Key: keys the object already has
};

/*! A foldable block: the header line and the last line of its content, 1-based, inclusive. \since 0.1 */
struct FoldRange
{
    int startLine = 0;
    int endLine = 0;
    bool operator==(const FoldRange &other) const = default;
};

/*! The structure of a YAML text read line by line from its indentation, without parsing it: documents, the
    field path of every key and sequence item, and what is being typed at a cursor. It tolerates half-typed
    text (which the YAML parser rejects) and is what maps validation findings (field paths) to lines and
    columns, so the editor can keep showing findings while a document does not parse.
    Flow collections (`{a: 1}`) are not descended into; a path inside one locates to the key that holds it.
    A cheap value type. \since 0.1 */
class YamlOutline
{
public:
    YamlOutline() = default;
    static YamlOutline build(const QString &text);

    QStringList lines() const { return m_lines; }
    QList<OutlineDocument> documents() const { return m_documents; }
    /*! The document that holds \a line (1-based), or nullptr between documents. */
    const OutlineDocument *documentAtLine(int line) const;
    const OutlineDocument *document(int number) const;
    /*! The text of document \a number alone: its line L is line `firstLine + L - 1` of the whole text. */
    QString documentText(int number) const;

    /*! The place of \a path in document \a number: its key or dash, else its closest written ancestor
        (exact is then false), else the document's first line. */
    OutlineLocation locate(int number, const QString &path) const;

    /*! What is being typed with the cursor at \a line (1-based) and \a column (0-based, characters before it). */
    CursorContext contextAt(int line, int column) const;

private:
    QStringList m_lines;
    QList<OutlineDocument> m_documents;
};

/*! The foldable blocks of YAML \a lines by indentation: a line followed by more indented lines (and a key
    followed by a sequence at its own indentation, kubectl style). Blank and comment lines do not end a block;
    a document marker ends every block. Sorted by start line. \since 0.1 */
QList<FoldRange> foldRanges(const QStringList &lines);

/*! The parent of a field path: `spec.racks[0]` for `spec.racks[0].name`, `spec.racks` for `spec.racks[0]`,
    empty for a top-level field. \since 0.1 */
QString parentPath(const QString &path);

} // namespace Ringside::Editor
