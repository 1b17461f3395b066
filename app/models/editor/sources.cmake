# The YAML editor's models (Qt Gui, never Widgets): structure, schema sources, validation, problems, completion,
# documents with autosave and recovery, line diff, templates. Included by app/CMakeLists.txt.
find_package(Qt6 REQUIRED COMPONENTS Concurrent)
target_sources(ringside_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/editortr.h
    ${CMAKE_CURRENT_LIST_DIR}/editorlogging.h ${CMAKE_CURRENT_LIST_DIR}/editorlogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamloutline.h ${CMAKE_CURRENT_LIST_DIR}/yamloutline.cpp ${CMAKE_CURRENT_LIST_DIR}/yamlfolding.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamlscan_p.h
    ${CMAKE_CURRENT_LIST_DIR}/schemasource.h ${CMAKE_CURRENT_LIST_DIR}/schemasource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamlvalidation.h ${CMAKE_CURRENT_LIST_DIR}/yamlvalidation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/problemsmodel.h ${CMAKE_CURRENT_LIST_DIR}/problemsmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/validationcontroller.h ${CMAKE_CURRENT_LIST_DIR}/validationcontroller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/schemacompletion.h ${CMAKE_CURRENT_LIST_DIR}/schemacompletion.cpp
    ${CMAKE_CURRENT_LIST_DIR}/linediff.h ${CMAKE_CURRENT_LIST_DIR}/linediff.cpp
    ${CMAKE_CURRENT_LIST_DIR}/autosavestore.h ${CMAKE_CURRENT_LIST_DIR}/autosavestore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamldocument.h ${CMAKE_CURRENT_LIST_DIR}/yamldocument.cpp
    ${CMAKE_CURRENT_LIST_DIR}/liveobject.h ${CMAKE_CURRENT_LIST_DIR}/liveobject.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recoverymodel.h ${CMAKE_CURRENT_LIST_DIR}/recoverymodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/templatecatalog.h ${CMAKE_CURRENT_LIST_DIR}/templatecatalog.cpp
)
target_link_libraries(ringside_models PRIVATE Qt6::Concurrent)

# The templates per kind (resources/templates), as :/templates/<id>.yaml.
file(GLOB ringside_editor_templates CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/resources/templates/*.yaml)
qt_add_resources(ringside_models "editor_templates" PREFIX "/templates" BASE ${CMAKE_SOURCE_DIR}/resources/templates
    FILES ${ringside_editor_templates})
