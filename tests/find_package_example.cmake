# Installs the built library into a scratch prefix, then configures, builds and
# runs examples/cpp against it with find_package(govgraph).
set(prefix "${BUILD_DIR}/find-package-test/prefix")
set(example_build "${BUILD_DIR}/find-package-test/build")
file(REMOVE_RECURSE "${BUILD_DIR}/find-package-test")

function(run)
  execute_process(COMMAND ${ARGV} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGV}")
  endif()
endfunction()

run(${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${prefix}" --component Unspecified)
run(${CMAKE_COMMAND} -S "${SOURCE_DIR}/examples/cpp" -B "${example_build}" -G "${GENERATOR}"
    "-DCMAKE_PREFIX_PATH=${prefix}" "-DCMAKE_BUILD_TYPE=${CONFIG}")
run(${CMAKE_COMMAND} --build "${example_build}")
run("${example_build}/summarise_register" "${SOURCE_DIR}/examples/registers/avon-and-somerset-2016.json")
