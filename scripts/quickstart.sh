#!/usr/bin/env bash
# Sets up govgraph on a fresh Debian 12 machine and summarises the bundled
# example register: installs the packages it needs, builds the release preset,
# installs the library, the Python package and the `govgraph` command under
# /usr/local, then runs `govgraph summary` on the Avon and Somerset register.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
as_root cmake --install build/release >/dev/null
echo
govgraph summary examples/registers/avon-and-somerset-2016.json
