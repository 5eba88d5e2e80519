# shellcheck shell=bash
# What the scripts in this folder share; each sources it first:
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# It stops the script at the first failure and works from the repository root.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The interpreter the Python module is built for (CMakeLists.txt takes the
# same one): Debian's, which imports Debian's python3-* packages.
GOVGRAPH_PYTHON=/usr/bin/python3

# Runs a command as root, through sudo when not root already.
as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages to build (install_deps) or also to test
# (install_deps --test); see scripts/install-deps.sh.
install_deps() {
  bash scripts/install-deps.sh "$@"
}

# build_preset [-q] PRESET [CONFIGURE_ARG...] [-- BUILD_ARG...]
# Configures the CMake preset (-q: without its status messages) and builds it
# in build/PRESET.
build_preset() {
  local quiet=
  if [[ "$1" == "-q" ]]; then quiet=1; shift; fi
  local preset=$1 configure=() build=()
  shift
  while (($#)) && [[ "$1" != "--" ]]; do configure+=("$1"); shift; done
  if (($#)); then shift; build=("$@"); fi
  if [[ -n "$quiet" ]]; then
    cmake --preset "$preset" "${configure[@]}" >/dev/null
  else
    cmake --preset "$preset" "${configure[@]}"
  fi
  cmake --build --preset "$preset" "${build[@]}"
}

# Installs the build of PRESET (build/PRESET) under its install prefix.
install_preset() {
  as_root cmake --install "build/$1" >/dev/null
}
