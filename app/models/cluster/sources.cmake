# The cluster, node and fleet pages' models (issue 7; Qt Gui, never Widgets): live watches of a context's cluster
# objects, commands run in pods, and the row builders behind every table. Included by app/CMakeLists.txt.
target_sources(ringside_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/clustertr.h
    ${CMAKE_CURRENT_LIST_DIR}/rowtablemodel.h ${CMAKE_CURRENT_LIST_DIR}/rowtablemodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clusterwatch.h ${CMAKE_CURRENT_LIST_DIR}/clusterwatch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cqlcredentials.h ${CMAKE_CURRENT_LIST_DIR}/cqlcredentials.cpp
    ${CMAKE_CURRENT_LIST_DIR}/podcommand.h ${CMAKE_CURRENT_LIST_DIR}/podcommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodetoolrows.h ${CMAKE_CURRENT_LIST_DIR}/nodetoolrows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clusterrows.h ${CMAKE_CURRENT_LIST_DIR}/clusterrows.cpp ${CMAKE_CURRENT_LIST_DIR}/fleetrows.cpp
)
