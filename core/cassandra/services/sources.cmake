# Clients of a cluster's services (Reaper, Data API) and the GitOps export (issue 6). Included by core/CMakeLists.txt.
target_sources(ringside_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/serviceslogging.h ${CMAKE_CURRENT_LIST_DIR}/serviceslogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reaperclient.h ${CMAKE_CURRENT_LIST_DIR}/reaperclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reapertypes.cpp ${CMAKE_CURRENT_LIST_DIR}/reaperlookup.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dataapi.h ${CMAKE_CURRENT_LIST_DIR}/dataapi.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gitopsexport.h ${CMAKE_CURRENT_LIST_DIR}/gitopsexport.cpp
)
