# The cluster creation wizard (issue 7): the QWizard and its pages over models/wizard, and the main window's hooks.
target_sources(ringside_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/mainwindowwizard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wizardpages.h ${CMAKE_CURRENT_LIST_DIR}/wizardpages.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewpage.h ${CMAKE_CURRENT_LIST_DIR}/reviewpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clusterwizard.h ${CMAKE_CURRENT_LIST_DIR}/clusterwizard.cpp
)
