#!/usr/bin/env bash
# Builds the libFuzzer targets (the "fuzz" preset: clang-14, AddressSanitizer
# + UndefinedBehaviorSanitizer; GOVGRAPH_FUZZ_PRESET=asan uses the sanitizer
# build, which has them too) and runs each for a bounded time, seeded from
# tests/fuzz/corpus/<target>/. Fails when a target finds a crash, a leak,
# undefined behaviour, a timeout or runs out of memory; the input is saved
# under build/<preset>/artifacts/<target>/. See docs/fuzzing.md.
#
#   scripts/fuzz.sh                    # every target, 10 s each
#   scripts/fuzz.sh -t 600 cadence     # one target, ten minutes
#
# The repository's corpus is not changed: each run starts from a copy in a
# scratch directory (build/<preset>/corpus/<target>/, kept between runs).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# 10 s a target keeps scripts/test.sh's fuzzing step (build included) near
# three minutes on two cores.
seconds=${GOVGRAPH_FUZZ_SECONDS:-10}
if [[ "${1:-}" == "-t" ]]; then
  seconds=$2
  shift 2
fi
targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=(csv_reader participants lead cadence json_register table_import moderngov_xml popolo skills_audit action_plan forward_plan)
fi

preset=${GOVGRAPH_FUZZ_PRESET:-fuzz}
fuzzers=()
for t in "${targets[@]}"; do fuzzers+=("${t}_fuzzer"); done
build_preset -q "$preset" -- -j 2 --target "${fuzzers[@]}"

failed=()
for t in "${targets[@]}"; do
  corpus=build/$preset/corpus/$t
  artifacts=build/$preset/artifacts/$t
  mkdir -p "$corpus" "$artifacts"
  for f in tests/fuzz/corpus/"$t"/*; do
    [[ -e "$corpus/${f##*/}" ]] || cp "$f" "$corpus"/
  done
  echo "== fuzz $t for ${seconds} s"
  if ASAN_OPTIONS=detect_leaks=1 \
     UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     build/$preset/tests/fuzz/"${t}"_fuzzer "$corpus" \
       -max_total_time="$seconds" -timeout="${GOVGRAPH_FUZZ_TIMEOUT:-20}" -rss_limit_mb=2048 \
       -artifact_prefix="$artifacts"/ -print_final_stats=1 \
       >build/$preset/"$t".log 2>&1; then
    grep -E '^stat::number_of_executed_units' build/$preset/"$t".log | sed "s/^/  /" || true
  else
    echo "  FAILED: see build/$preset/$t.log and $artifacts/"
    grep -E 'ERROR|SUMMARY|fuzz check failed' build/$preset/"$t".log | head -5 | sed "s/^/  /" || true
    failed+=("$t")
  fi
done

if ((${#failed[@]})); then
  echo "Fuzzing found problems in: ${failed[*]}"
  exit 1
fi
echo "Fuzzing found nothing."
