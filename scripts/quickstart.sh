#!/usr/bin/env bash
# Sets up govgraph on a fresh Debian 12 machine and summarises the bundled
# example register: installs the packages it needs, builds the release preset,
# installs the library, the Python package and the `govgraph` command under
# /usr/local, then runs `govgraph summary` on the Avon and Somerset register.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

install_deps
build_preset -q release
install_preset release
echo
govgraph summary examples/registers/avon-and-somerset-2016.json
