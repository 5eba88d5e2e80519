#!/usr/bin/env bash
# Runs every test from a clean clone on Debian 12: installs the packages the
# build and tests need; builds the default preset and runs its tests (Python,
# the docs, the installed-package consumer and the command line; the C++
# tests are left to the sanitizer build, where they check more); installs the
# library, Python package and `govgraph` command under /usr/local and checks
# the installed command; then builds the C++ tests, the Python module and the
# libFuzzer targets with clang under AddressSanitizer and
# UndefinedBehaviorSanitizer, runs the C++ tests and the Python bindings'
# lifetime and threading stress test (tests/python/test_binding_lifetime.py,
# with the ASan runtime preloaded into the interpreter), and fuzzes each
# target for a bounded time (GOVGRAPH_FUZZ_SECONDS).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

install_deps --test

echo "== default build and tests (the C++ tests run in the sanitizer build below, so are not built twice)"
build_preset default -DGOVGRAPH_BUILD_CPP_TESTS=OFF
ctest --preset default

echo "== install and run the installed command"
install_preset default
(cd /tmp && govgraph summary "$OLDPWD/examples/registers/avon-and-somerset-2016.json" >/dev/null)
(cd /tmp && "$GOVGRAPH_PYTHON" -c "import govgraph, sys; sys.exit(0 if govgraph.__file__.startswith('/usr/local') else 1)")

echo "== sanitizer build (clang): C++ tests and the Python binding stress test, then the fuzz targets for a bounded time each"
cmake --workflow --preset asan
# One second a target here (after its corpus) keeps the whole command within a quarter
# of an hour; scripts/fuzz.sh alone runs ten, and longer with -t (docs/fuzzing.md).
GOVGRAPH_FUZZ_SECONDS=${GOVGRAPH_FUZZ_SECONDS:-1} GOVGRAPH_FUZZ_PRESET=asan scripts/fuzz.sh

echo "All tests passed."
