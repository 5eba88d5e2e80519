#!/usr/bin/env bash
# Installs govgraph's build and test dependencies from Debian 12's packages.
# Runs apt-get as root, through sudo when needed. Safe to run again.
#
#   scripts/install-deps.sh          # build and run
#   scripts/install-deps.sh --test   # also what the tests need
#   scripts/install-deps.sh --bench  # also the peers the benchmarks compare with
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

packages=(
  g++ cmake ninja-build pkg-config
  libboost-graph-dev libabsl-dev nlohmann-json3-dev libstemmer-dev libexpat1-dev
  libsimdjson-dev  # loading register JSON at hundreds of MB/s (src/io/json.cc)
  python3 python3-dev pybind11-dev python3-pybind11
  python3-matplotlib python3-networkx  # govgraph.plot, govgraph.report, govgraph.to_networkx
  graphviz python3-pygraphviz  # the network map's layout (sfdp)
  python3-openpyxl python3-docx  # Excel workbooks and Word papers, in and out
  python3-numpy python3-pandas jupyter-notebook  # to_pandas() and the example notebook
)
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(
    libbenchmark-dev  # Google Benchmark (benchmarks/*_benchmark.cc)
    python3-scipy python3-igraph  # the overlap search's peers (benchmarks/peer_overlap.py, benchmarks/national.py)
  )
fi
if [[ "${1:-}" == "--test" ]]; then
  packages+=(
    googletest libgtest-dev libgmock-dev libbenchmark-dev
    python3-pytest python3-jsonschema python3-mypy
    flake8  # Python lint (.flake8, tests/python/test_lint.py)
    python3-icalendar python3-hypothesis  # property-based tests of every reader and writer (tests/python/test_fuzz.py)
    chromium poppler-utils  # renders the HTML report and rasterises the PDF one in tests/python/test_report.py
    clang-14 libclang-rt-14-dev  # the asan and fuzz presets: libFuzzer and the sanitizer runtimes
    doxygen  # the C++ API reference (docs/Doxyfile)
    python3-sphinx python3-myst-parser python3-nbsphinx furo pandoc  # the Python guide (docs/sphinx)
    python3-nbclient python3-nbconvert python3-nbformat python3-ipykernel  # running the example notebook
  )
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
