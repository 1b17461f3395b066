# The YAML editor's widgets (issue 7): editor, gutter, completion, find/replace, diff view, recovery dialog, pane.
# Included by app/CMakeLists.txt. The models they show are in app/models/editor.
target_sources(ringside_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/editortr.h
    ${CMAKE_CURRENT_LIST_DIR}/yamleditor.h ${CMAKE_CURRENT_LIST_DIR}/yamleditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/editorgutter.h ${CMAKE_CURRENT_LIST_DIR}/editorgutter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamlcompleter.h ${CMAKE_CURRENT_LIST_DIR}/yamlcompleter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/findreplacebar.h ${CMAKE_CURRENT_LIST_DIR}/findreplacebar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diffview.h ${CMAKE_CURRENT_LIST_DIR}/diffview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recoverydialog.h ${CMAKE_CURRENT_LIST_DIR}/recoverydialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamleditorpane.h ${CMAKE_CURRENT_LIST_DIR}/yamleditorpane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/applybar.h ${CMAKE_CURRENT_LIST_DIR}/applybar.cpp
)
