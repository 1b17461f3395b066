# The operation models (issue 7; Qt Gui, never Widgets): running an operation of the core with its guard, dry run,
# writes and per-node progress, the progress model, alerts and the command palette. Included by app/CMakeLists.txt.
target_sources(ringside_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/opstr.h ${CMAKE_CURRENT_LIST_DIR}/opslogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/operationplan.h ${CMAKE_CURRENT_LIST_DIR}/operationplan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clusterloader.h ${CMAKE_CURRENT_LIST_DIR}/clusterloader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/operationrunner.h ${CMAKE_CURRENT_LIST_DIR}/operationrunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodeprogressmodel.h ${CMAKE_CURRENT_LIST_DIR}/nodeprogressmodel.cpp
)
target_sources(ringside_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/alertsmodel.h ${CMAKE_CURRENT_LIST_DIR}/alertsmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/palettemodel.h ${CMAKE_CURRENT_LIST_DIR}/palettemodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/repairschedules.h ${CMAKE_CURRENT_LIST_DIR}/repairschedules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodemetrics.h
)
