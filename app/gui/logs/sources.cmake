# The log viewer's widgets (issue 7): the viewer with its bars and the row delegate. Included by app/CMakeLists.txt.
# The models it shows are in app/models/logs.
target_sources(ringside_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/logrowdelegate.h ${CMAKE_CURRENT_LIST_DIR}/logrowdelegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logviewer.h ${CMAKE_CURRENT_LIST_DIR}/logviewer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logviewerbars.cpp
)
target_link_libraries(ringside_gui PRIVATE Qt6::Concurrent)
