// A child process for tst_editor_autosave: opens the YAML editor, types a document, waits for the autosave,
// reports it on stdout ("AUTOSAVED <path>") and keeps running until the test kills it with SIGKILL.
// Usage: editor_crash_helper --autosave-dir DIR --text TEXT
#include "gui/editor/yamleditor.h"
#include "gui/editor/yamleditorpane.h"
#include "models/editor/yamldocument.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QCommandLineParser>
#include <QTest>

#include <cstdio>

using namespace Ringside::Editor;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dirOption(QStringLiteral("autosave-dir"), QStringLiteral("autosave directory"),
                                       QStringLiteral("dir"));
    const QCommandLineOption textOption(QStringLiteral("text"), QStringLiteral("text to type"), QStringLiteral("text"));
    parser.addOptions({dirOption, textOption});
    parser.process(app);
    if (!parser.isSet(dirOption) || !parser.isSet(textOption)) {
        std::fprintf(stderr, "usage: editor_crash_helper --autosave-dir DIR --text TEXT\n");
        return 2;
    }
    KSyntaxHighlighting::Repository repository;
    // No schema sources: completion then offers only the four top-level basics, so typing is deterministic.
    YamlEditorPane pane(&repository, SchemaChain(), AutosaveStore(parser.value(dirOption)));
    pane.resize(800, 600);
    pane.show();
    QObject::connect(pane.document(), &YamlDocument::autosaved, &app, [](const QString &path) {
        std::printf("AUTOSAVED %s\n", qPrintable(path));
        std::fflush(stdout);
    });
    QObject::connect(pane.document(), &YamlDocument::autosaveFailed, &app, [](const QString &error) {
        std::printf("FAILED %s\n", qPrintable(error));
        std::fflush(stdout);
    });
    pane.editor()->setFocus();
    // Typed as a person would, through key events (QTest::keyClicks cannot type a line break).
    const QString text = parser.value(textOption);
    for (const QChar c : text) {
        if (c == u'\n') {
            QTest::keyClick(pane.editor(), Qt::Key_Return);
        } else {
            QTest::keyClicks(pane.editor(), QString(c));
        }
    }
    std::printf("TYPED\n");
    std::fflush(stdout);
    return app.exec(); // runs until killed
}
