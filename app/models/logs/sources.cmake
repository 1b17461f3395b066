# The log viewer's models (issue 7; Qt Gui, never Widgets): the bounded buffer, the filtered and folded view, the
# readers of pod logs and local files, export. Included by app/CMakeLists.txt.
find_package(Qt6 REQUIRED COMPONENTS Concurrent)
target_sources(ringside_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/logstr.h
    ${CMAKE_CURRENT_LIST_DIR}/logslogging.h ${CMAKE_CURRENT_LIST_DIR}/logslogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logrecord.h ${CMAKE_CURRENT_LIST_DIR}/logrecord.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logstore.h ${CMAKE_CURRENT_LIST_DIR}/logstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logmodel.h ${CMAKE_CURRENT_LIST_DIR}/logmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logquery.h ${CMAKE_CURRENT_LIST_DIR}/logquery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logviewmodel.h ${CMAKE_CURRENT_LIST_DIR}/logviewmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logfollower.h ${CMAKE_CURRENT_LIST_DIR}/logfollower.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logfiles.h ${CMAKE_CURRENT_LIST_DIR}/logfiles.cpp
)
target_link_libraries(ringside_models PRIVATE Qt6::Concurrent)
