# The replay tests of the normal build (any compiler, no libFuzzer): fuzzreplay_<name> is
# fuzz/fuzz_<name>.cpp with the main() of fuzz/replay_main.cpp, and ctest (label fuzz) runs it
# over fuzz/corpus/<name> and fuzz/regressions/<name>, so every seed and every reproducer of a
# fixed finding keeps passing (IZDESK_FUZZ_STRICT=1: for fuzz_dispatch a 5xx answer fails it
# too). Included by tests/CMakeLists.txt. A fuzz build (IZDESK_FUZZ=ON)
# replays with the fuzz executables themselves instead: `build/fuzz/bin/fuzz_<name> FILE…`.
if(IZDESK_FUZZ)
    return()
endif()
include(${CMAKE_CURRENT_LIST_DIR}/targets.cmake)
izdesk_fuzz_support()
foreach(name IN LISTS IZDESK_FUZZ_TARGETS)
    add_executable(fuzzreplay_${name} ${IZDESK_FUZZ_DIR}/fuzz_${name}.cpp ${IZDESK_FUZZ_DIR}/replay_main.cpp)
    target_link_libraries(fuzzreplay_${name} PRIVATE ${IZDESK_FUZZ_LIBS_${name}})
    izdesk_set_warnings(fuzzreplay_${name})
    add_test(NAME fuzzreplay_${name}
             COMMAND fuzzreplay_${name} ${IZDESK_FUZZ_DIR}/corpus/${name} ${IZDESK_FUZZ_DIR}/regressions/${name})
    set_tests_properties(fuzzreplay_${name} PROPERTIES
        LABELS fuzz
        TIMEOUT 300
        ENVIRONMENT "QT_HASH_SEED=0;QT_QPA_PLATFORM=offscreen;IZDESK_FUZZ_STRICT=1")
endforeach()
