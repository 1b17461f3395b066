#include "models/editor/yamloutline.h"
#include "models/editor/yamlscan_p.h"

#include <QList>

#include <algorithm>

namespace Ringside::Editor {

using namespace Detail;

QList<FoldRange> foldRanges(const QStringList &lines)
{
    struct Open
    {
        int line;
        int indent;
        bool emptyKey;
    };
    QList<FoldRange> ranges;
    QList<Open> stack;
    int lastContent = 0;
    auto closeWhile = [&](auto &&keepOpen) {
        while (!stack.isEmpty() && !keepOpen(stack.last())) {
            if (lastContent > stack.last().line) {
                ranges.append({stack.last().line, lastContent});
            }
            stack.removeLast();
        }
    };
    for (int i = 0; i < lines.size(); ++i) {
        QString s = lines.at(i);
        if (s.endsWith(u'\r')) {
            s.chop(1);
        }
        if (isDocumentStart(s) || isDocumentEnd(s)) {
            closeWhile([](const Open &) { return false; });
            lastContent = i + 1;
            continue;
        }
        if (isBlank(s) || s.at(indentOf(s)) == u'#') {
            continue;
        }
        const int indent = indentOf(s);
        const bool dash = isDash(s, indent);
        closeWhile([&](const Open &o) { return indent > o.indent || (indent == o.indent && o.emptyKey && dash); });
        const int end = trimmedEnd(s, commentStart(s, indent));
        const bool emptyKey = !dash && end > indent && s.at(end - 1) == u':';
        stack.append({i + 1, indent, emptyKey});
        lastContent = i + 1;
    }
    closeWhile([](const Open &) { return false; });
    std::sort(ranges.begin(), ranges.end(),
              [](const FoldRange &a, const FoldRange &b) { return a.startLine < b.startLine; });
    return ranges;
}

} // namespace Ringside::Editor
