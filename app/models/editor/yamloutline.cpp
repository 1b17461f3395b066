#include "models/editor/yamloutline.h"
#include "models/editor/yamlscan_p.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Ringside::Editor {

using namespace Detail;

namespace {

/*! The change of flow-collection depth ([ ] { }) over s[from, to), outside quotes. */
int flowDepthChange(const QString &s, int from, int to)
{
    int depth = 0;
    for (int i = from; i < to; ++i) {
        const QChar c = s.at(i);
        if (c == u'"' || c == u'\'') {
            const int close = closingQuote(s, i, c);
            if (close < 0) {
                break;
            }
            i = close;
        } else if (c == u'[' || c == u'{') {
            ++depth;
        } else if (c == u']' || c == u'}') {
            --depth;
        }
    }
    return depth;
}

QString unquote(const QString &text)
{
    if (text.size() >= 2 && text.front() == u'"' && text.back() == u'"') {
        QString out;
        for (qsizetype i = 1; i + 1 < text.size(); ++i) {
            if (text.at(i) == u'\\' && i + 2 < text.size()) {
                ++i;
            }
            out += text.at(i);
        }
        return out;
    }
    if (text.size() >= 2 && text.front() == u'\'' && text.back() == u'\'') {
        QString out = text.mid(1, text.size() - 2);
        out.replace("''"_L1, "'"_L1);
        return out;
    }
    return text;
}

struct Key
{
    QString text;
    int length = 0;     // as written
    int afterColon = 0; // index after the ':'
};

/*! Reads a block mapping key starting at s[p]. */
std::optional<Key> parseKey(const QString &s, int p)
{
    const int n = int(s.size());
    if (p >= n) {
        return std::nullopt;
    }
    const QChar c = s.at(p);
    if (c == u'"' || c == u'\'') {
        const int close = closingQuote(s, p, c);
        if (close < 0) {
            return std::nullopt;
        }
        int k = close + 1;
        while (k < n && isSpace(s.at(k))) {
            ++k;
        }
        if (k < n && s.at(k) == u':' && (k + 1 == n || isSpace(s.at(k + 1)))) {
            return Key{unquote(s.mid(p, close - p + 1)), close - p + 1, k + 1};
        }
        return std::nullopt;
    }
    if (u"[{#&*!|>%@`,]}"_s.contains(c) || (c == u'-' && (p + 1 == n || isSpace(s.at(p + 1))))
        || (c == u'?' && (p + 1 == n || isSpace(s.at(p + 1))))) {
        return std::nullopt;
    }
    for (int i = p; i < n; ++i) {
        if (s.at(i) == u'#' && isSpace(s.at(i - 1))) {
            return std::nullopt;
        }
        if (s.at(i) == u':' && (i + 1 == n || isSpace(s.at(i + 1)))) {
            const int end = trimmedEnd(s, i);
            return Key{s.mid(p, end - p), end - p, i + 1};
        }
    }
    return std::nullopt;
}

enum class ValueKind { Empty, Scalar, BlockScalar, OpenQuote, OpenFlow };

struct Value
{
    ValueKind kind = ValueKind::Empty;
    QString text;
    int end = 0; // index after the value text (no comment, no trailing space)
    QChar quote;
    int flowDepth = 0;
};

Value parseValue(const QString &s, int from)
{
    Value v;
    int p = from;
    while (p < s.size() && isSpace(s.at(p))) {
        ++p;
    }
    v.end = trimmedEnd(s, from);
    if (p >= s.size() || s.at(p) == u'#') {
        return v;
    }
    const QChar c = s.at(p);
    if ((c == u'"' || c == u'\'') && closingQuote(s, p, c) < 0) {
        v.kind = ValueKind::OpenQuote;
        v.quote = c;
        v.text = s.mid(p);
        v.end = int(s.size());
        return v;
    }
    v.end = trimmedEnd(s, commentStart(s, p));
    v.text = s.mid(p, v.end - p);
    if (c == u'|' || c == u'>') {
        v.kind = ValueKind::BlockScalar;
    } else if ((c == u'[' || c == u'{') && (v.flowDepth = flowDepthChange(s, p, v.end)) > 0) {
        v.kind = ValueKind::OpenFlow;
    } else {
        v.kind = ValueKind::Scalar;
    }
    return v;
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

/*! Reads the lines of one document and tracks where each key and sequence item sits in the tree. */
class Scanner
{
public:
    struct Frame
    {
        int column = -1;
        bool sequence = false;
        QString path;
        QString lastKey;
        int index = -1;
        QStringList keys;
    };

    QList<Frame> stack{Frame{}};
    QList<OutlineNode> nodes;
    int blockOwner = -2; // while >= -1, lines indented more than this are block scalar content
    QChar quote;         // inside a quoted scalar that spans lines
    int flowDepth = 0;   // inside a flow collection that spans lines
    int flowOwner = -2;  // the column of the node owning the open quote or flow collection

    /*! True when the line is content of a scalar or flow collection that started on an earlier line. */
    bool continues(const QString &s)
    {
        if (blockOwner >= -1) {
            if (isBlank(s) || indentOf(s) > blockOwner) {
                return true;
            }
            blockOwner = -2;
        }
        if ((!quote.isNull() || flowDepth > 0) && !isBlank(s) && indentOf(s) <= flowOwner) {
            // Continuation lines must be indented more than their node: this one is not, so the quote or the
            // flow collection was never closed (half-typed text). Read on as if it had been.
            quote = QChar();
            flowDepth = 0;
        }
        if (!quote.isNull()) {
            const int close = closingQuote(s, -1, quote);
            if (close >= 0) {
                quote = QChar();
            }
            return true;
        }
        if (flowDepth > 0) {
            flowDepth = std::max(0, flowDepth + flowDepthChange(s, 0, int(s.size())));
            return true;
        }
        return false;
    }

    void feed(const QString &s, int lineNumber)
    {
        if (continues(s) || isBlank(s) || s.at(indentOf(s)) == u'#' || isDocumentStart(s) || isDocumentEnd(s)
            || s.startsWith(u'%')) {
            return;
        }
        int p = indentOf(s);
        int lastDash = -1;
        while (isDash(s, p)) {
            lastDash = p;
            const QString itemPath = dash(p);
            OutlineNode node;
            node.path = itemPath;
            node.line = lineNumber;
            node.column = p + 1;
            node.keyLength = 1;
            node.isSequenceItem = true;
            node.length = trimmedEnd(s, commentStart(s, p + 1)) - p;
            ++p;
            while (p < s.size() && isSpace(s.at(p))) {
                ++p;
            }
            if (!isDash(s, p) && !parseKey(s, p)) {
                const Value v = parseValue(s, p);
                node.inlineValue = v.text;
                start(v, lastDash);
            }
            nodes.append(node);
        }
        if (const std::optional<Key> k = parseKey(s, p)) {
            OutlineNode node;
            node.path = key(p, k->text);
            node.key = k->text;
            node.line = lineNumber;
            node.column = p + 1;
            node.keyLength = k->length;
            const Value v = parseValue(s, k->afterColon);
            node.inlineValue = v.kind == ValueKind::Scalar ? v.text : QString();
            node.length = std::max(v.end, p + k->length) - p;
            nodes.append(node);
            start(v, p);
        } else if (lastDash < 0 && p < s.size()) {
            // A continuation of a multi-line scalar, or text being typed: no change to the tree.
            const Value v = parseValue(s, p);
            if (v.kind == ValueKind::OpenQuote || v.kind == ValueKind::OpenFlow) {
                start(v, indentOf(s) - 1);
            }
        }
    }

    static bool isDash(const QString &s, int p) { return Detail::isDash(s, p); }

    void popDeeper(int column)
    {
        while (stack.size() > 1 && stack.last().column > column) {
            stack.removeLast();
        }
    }

    static QString valuePath(const Frame &f)
    {
        if (f.sequence) {
            return f.path + u'[' + QString::number(f.index) + u']';
        }
        return f.lastKey.isEmpty() ? f.path : join(f.path, f.lastKey);
    }

    QString dash(int column)
    {
        popDeeper(column);
        Frame &top = stack.last();
        if (top.sequence && top.column == column) {
            ++top.index;
        } else {
            stack.append(Frame{column, true, valuePath(top), QString(), 0, {}});
        }
        return valuePath(stack.last());
    }

    /*! The frame a key at \a column belongs to, after closing deeper blocks; nullptr when it starts a new map. */
    Frame *mapAt(int column)
    {
        popDeeper(column);
        if (stack.size() > 1 && stack.last().sequence && stack.last().column == column) {
            stack.removeLast(); // a key at a sequence's own column ends the sequence (kubectl style)
        }
        Frame &top = stack.last();
        return !top.sequence && top.column == column ? &top : nullptr;
    }

    QString key(int column, const QString &name)
    {
        if (Frame *map = mapAt(column)) {
            map->lastKey = name;
            map->keys.append(name);
            return join(map->path, name);
        }
        const QString parent = valuePath(stack.last());
        stack.append(Frame{column, false, parent, name, -1, {name}});
        return join(parent, name);
    }

    void start(const Value &v, int owner)
    {
        if (v.kind == ValueKind::BlockScalar) {
            blockOwner = owner;
        } else if (v.kind == ValueKind::OpenQuote) {
            quote = v.quote;
            flowOwner = owner;
        } else if (v.kind == ValueKind::OpenFlow) {
            flowDepth = v.flowDepth;
            flowOwner = owner;
        }
    }
};

bool hasContent(const QString &s)
{
    if (isBlank(s) || s.startsWith(u'%')) {
        return false;
    }
    if (isDocumentStart(s) || isDocumentEnd(s)) {
        const QString rest = s.mid(3).trimmed();
        return !rest.isEmpty() && !rest.startsWith(u'#');
    }
    return s.at(indentOf(s)) != u'#';
}

} // namespace

QString OutlineDocument::topLevelValue(const QString &key) const
{
    for (const OutlineNode &node : nodes) {
        if (node.path == key) {
            return unquote(node.inlineValue);
        }
    }
    return {};
}

YamlOutline YamlOutline::build(const QString &text)
{
    YamlOutline outline;
    outline.m_lines = text.split(u'\n');
    for (QString &line : outline.m_lines) {
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
    }
    const QStringList &lines = outline.m_lines;
    int chunkStart = 0;
    int number = 0;
    auto closeChunk = [&](int lastIndex) {
        if (lastIndex < chunkStart) {
            return;
        }
        bool content = false;
        for (int i = chunkStart; i <= lastIndex && !content; ++i) {
            content = hasContent(lines.at(i));
        }
        if (content) {
            OutlineDocument doc;
            doc.number = ++number;
            doc.firstLine = chunkStart + 1;
            doc.lastLine = lastIndex + 1;
            Scanner scanner;
            for (int i = chunkStart; i <= lastIndex; ++i) {
                scanner.feed(lines.at(i), i + 1);
            }
            doc.nodes = std::move(scanner.nodes);
            outline.m_documents.append(std::move(doc));
        }
        chunkStart = lastIndex + 1;
    };
    for (int i = 0; i < lines.size(); ++i) {
        if (isDocumentStart(lines.at(i)) && i > chunkStart) {
            closeChunk(i - 1);
        } else if (isDocumentEnd(lines.at(i))) {
            closeChunk(i);
        }
    }
    closeChunk(int(lines.size()) - 1);
    return outline;
}

const OutlineDocument *YamlOutline::documentAtLine(int line) const
{
    for (const OutlineDocument &doc : m_documents) {
        if (line >= doc.firstLine && line <= doc.lastLine) {
            return &doc;
        }
    }
    return nullptr;
}

const OutlineDocument *YamlOutline::document(int number) const
{
    if (number < 1 || number > m_documents.size()) {
        return nullptr;
    }
    return &m_documents.at(number - 1);
}

QString YamlOutline::documentText(int number) const
{
    const OutlineDocument *doc = document(number);
    if (!doc) {
        return {};
    }
    return m_lines.mid(doc->firstLine - 1, doc->lastLine - doc->firstLine + 1).join(u'\n') + u'\n';
}

QString parentPath(const QString &path)
{
    const qsizetype cut = std::max(path.lastIndexOf(u'.'), path.lastIndexOf(u'['));
    return cut < 0 ? QString() : path.left(cut);
}

OutlineLocation YamlOutline::locate(int number, const QString &path) const
{
    const OutlineDocument *doc = document(number);
    if (!doc) {
        return {};
    }
    QString wanted = path;
    bool exact = true;
    while (!wanted.isEmpty()) {
        for (const OutlineNode &node : doc->nodes) {
            if (node.path == wanted) {
                // An ancestor is pointed at by its key only; the field itself by its whole line.
                return {node.line, node.column, exact ? node.length : node.keyLength, exact};
            }
        }
        wanted = parentPath(wanted);
        exact = false;
    }
    if (!doc->nodes.isEmpty()) {
        const OutlineNode &first = doc->nodes.constFirst();
        return {first.line, first.column, first.keyLength, path.isEmpty()};
    }
    for (int line = doc->firstLine; line <= doc->lastLine; ++line) {
        const QString &text = m_lines.at(line - 1);
        if (hasContent(text)) {
            const int start = indentOf(text);
            return {line, start + 1, std::max(1, trimmedEnd(text, int(text.size())) - start), path.isEmpty()};
        }
    }
    return {doc->firstLine, 1, 1, false};
}

CursorContext YamlOutline::contextAt(int line, int column) const
{
    CursorContext context;
    const OutlineDocument *doc = documentAtLine(line);
    if (line < 1 || line > m_lines.size()) {
        return context;
    }
    const QString partial = m_lines.at(line - 1).left(column);
    if (isDocumentStart(partial) || isDocumentEnd(partial) || partial.startsWith(u'%')) {
        return context;
    }
    Scanner scanner;
    if (doc) {
        context.document = doc->number;
        for (int i = doc->firstLine; i < line; ++i) {
            scanner.feed(m_lines.at(i - 1), i);
        }
    }
    if (scanner.continues(partial) && (!isBlank(partial) || indentOf(partial) > scanner.blockOwner)) {
        return context;
    }
    if (!scanner.quote.isNull() || scanner.flowDepth > 0 || commentStart(partial, 0) < partial.size()) {
        return context;
    }
    int p = indentOf(partial);
    bool dashed = false;
    while (Scanner::isDash(partial, p) && p + 1 < partial.size()) {
        scanner.dash(p);
        dashed = true;
        p += 2;
        while (p < partial.size() && isSpace(partial.at(p))) {
            ++p;
        }
    }
    const QString rest = partial.mid(p);
    if (const std::optional<Key> k = parseKey(partial, p)) {
        int v = k->afterColon;
        while (v < partial.size() && isSpace(partial.at(v))) {
            ++v;
        }
        QString prefix = partial.mid(v);
        if (!prefix.isEmpty() && u"|>[{&*!"_s.contains(prefix.front())) {
            return context;
        }
        if (!prefix.isEmpty() && (prefix.front() == u'"' || prefix.front() == u'\'')) {
            prefix.remove(0, 1);
            ++v;
        }
        context.mode = CursorContext::Mode::Value;
        context.path = scanner.key(p, k->text);
        context.parentPath = Editor::parentPath(context.path);
        context.prefix = prefix;
        context.prefixColumn = v;
        return context;
    }
    static const QRegularExpression keyPrefix(u"^[A-Za-z0-9_./-]*$"_s);
    if (!keyPrefix.match(rest).hasMatch() || (rest == u"-"_s)) {
        return context;
    }
    Scanner::Frame *map = dashed ? nullptr : scanner.mapAt(p);
    context.mode = CursorContext::Mode::Key;
    context.parentPath = map ? map->path : Scanner::valuePath(scanner.stack.last());
    context.prefix = rest;
    context.prefixColumn = p;
    context.indent = p;
    if (doc) {
        for (const OutlineNode &node : doc->nodes) {
            if (!node.key.isEmpty() && node.line != line && node.path == join(context.parentPath, node.key)
                && !context.siblingKeys.contains(node.key)) {
                context.siblingKeys.append(node.key);
            }
        }
    }
    return context;
}

} // namespace Ringside::Editor
