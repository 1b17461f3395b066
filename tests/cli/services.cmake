# ringsidectl repair, data-api, export, nodetool, cqlsh and backup delete against the in-process sandbox (issue 6).
if(TARGET ringside_sandbox_testsupport)
    ringside_add_test(NAME tst_cli_services SOURCES tst_cli_services.cpp ${CMAKE_SOURCE_DIR}/tests/services/servicesworld.h
        LIBS ringside_cli ringside_sandbox_testsupport LABELS services TIMEOUT 180)
    target_include_directories(tst_cli_services PRIVATE ${CMAKE_SOURCE_DIR}/tests/sandbox ${CMAKE_SOURCE_DIR}/tests/services)
endif()
