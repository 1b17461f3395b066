# ringsidectl's cluster verbs: parity with kubectl against an in-process ringside-sandbox.
if(TARGET ringside_sandbox_testsupport)
    ringside_add_test(NAME tst_cli_verbs SOURCES tst_cli_verbs.cpp LIBS ringside_cli ringside_sandbox_testsupport
        LABELS parity TIMEOUT 120)
    target_include_directories(tst_cli_verbs PRIVATE ${CMAKE_SOURCE_DIR}/tests/sandbox)
    add_dependencies(tst_cli_verbs ringsidectl ringside-sandbox)
endif()
# ringsidectl sandbox fail-node|fill-disk|slow-node|heal against an in-process sandbox with the simulated operators.
if(TARGET ringside_sandbox_testsupport)
    ringside_add_test(NAME tst_cli_sandbox SOURCES tst_cli_sandbox.cpp LIBS ringside_cli ringside_sandbox_testsupport
        TIMEOUT 120)
    target_include_directories(tst_cli_sandbox PRIVATE ${CMAKE_SOURCE_DIR}/tests/sandbox)
    add_dependencies(tst_cli_sandbox ringsidectl)
endif()
