# The fleet overview, cluster and node pages (issue 7). Included by app/CMakeLists.txt.
find_package(Qt6 REQUIRED COMPONENTS Concurrent)
target_sources(ringside_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/mainwindowcluster.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tablepanel.h ${CMAKE_CURRENT_LIST_DIR}/tablepanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clusterpage.h ${CMAKE_CURRENT_LIST_DIR}/clusterpage.cpp ${CMAKE_CURRENT_LIST_DIR}/clusterpagetabs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/repairstab.h ${CMAKE_CURRENT_LIST_DIR}/repairstab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodepage.h ${CMAKE_CURRENT_LIST_DIR}/nodepage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fleetpage.h ${CMAKE_CURRENT_LIST_DIR}/fleetpage.cpp
)
target_link_libraries(ringside_gui PRIVATE Qt6::Concurrent)
