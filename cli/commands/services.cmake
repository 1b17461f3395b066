# ringsidectl commands of the cluster services (issue 6): Reaper repairs, the Data API, GitOps export, nodetool/cqlsh
# and backup delete. Included by cli/CMakeLists.txt.
target_sources(ringside_cli PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/repaircommands.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dataapicommands.cpp
    ${CMAKE_CURRENT_LIST_DIR}/exportcommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodetoolcommands.cpp
)
