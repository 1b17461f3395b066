# Medusa and Reaper, simulated (issue 5): see backupcontrollers.h.
target_sources(ringside_sandbox_lib PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/backupkit.h ${CMAKE_CURRENT_LIST_DIR}/backupkit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cron.h ${CMAKE_CURRENT_LIST_DIR}/cron.cpp
    ${CMAKE_CURRENT_LIST_DIR}/medusastorage.h ${CMAKE_CURRENT_LIST_DIR}/medusastorage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/medusacontroller.h ${CMAKE_CURRENT_LIST_DIR}/medusacontroller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/medusarestore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reapermodel.h ${CMAKE_CURRENT_LIST_DIR}/reapermodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reapercontroller.h ${CMAKE_CURRENT_LIST_DIR}/reapercontroller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reaperapi.cpp
    ${CMAKE_CURRENT_LIST_DIR}/backupcontrollers.h ${CMAKE_CURRENT_LIST_DIR}/backupcontrollers.cpp
)
