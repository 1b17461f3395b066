# The operation dialogs, alerts dock, settings dialog and command palette (issue 7). Included by app/CMakeLists.txt.
target_sources(ringside_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/mainwindowops.cpp
    ${CMAKE_CURRENT_LIST_DIR}/opstr.h
    ${CMAKE_CURRENT_LIST_DIR}/opforms.h ${CMAKE_CURRENT_LIST_DIR}/opforms_p.h ${CMAKE_CURRENT_LIST_DIR}/opforms.cpp
    ${CMAKE_CURRENT_LIST_DIR}/opformsobjects.cpp
    ${CMAKE_CURRENT_LIST_DIR}/operationdialog.h ${CMAKE_CURRENT_LIST_DIR}/operationdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/commandpalette.h ${CMAKE_CURRENT_LIST_DIR}/commandpalette.cpp
    ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.h ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/repairdialog.h ${CMAKE_CURRENT_LIST_DIR}/repairdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/repairschedulespanel.h ${CMAKE_CURRENT_LIST_DIR}/repairschedulespanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/opscontroller.h ${CMAKE_CURRENT_LIST_DIR}/opscontroller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/opsalerts.cpp
)
