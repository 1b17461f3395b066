# Scenario tests of the simulated operators (issue 5): through the API only, at a fast pace, seeded.
foreach(name create changes tasks faults services kubectl)
    if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandbox_op_${name}.cpp)
        ringside_add_test(NAME tst_sandbox_op_${name} SOURCES tst_sandbox_op_${name}.cpp tst_sandbox_op_support.h
            LIBS ringside_sandbox_testsupport TIMEOUT 120)
    endif()
endforeach()
