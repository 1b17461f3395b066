# Services in the GUI (issue 7): projects (namespaces with Mission Control's project labels), the Data API
# (enable, token, port-forward) and port-forwards, with the main window's hooks.
target_sources(ringside_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/servicestr.h
    ${CMAKE_CURRENT_LIST_DIR}/projectdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/projectdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dataapidialog.h
    ${CMAKE_CURRENT_LIST_DIR}/dataapidialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gitopsdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/gitopsdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mainwindowservices.cpp
)
