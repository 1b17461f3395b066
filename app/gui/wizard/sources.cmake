target_sources(ringside_gui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/mainwindowwizard.cpp)
