# SPDX-License-Identifier: MIT
# shellcheck shell=bash
# Sourced (not run) by scripts/test.sh and scripts/tsan-tests.sh: the sanitizers write their
# reports to files (log_path), so that a finding in a child process whose exit status no test
# judges (farmguard-cli started by a test) still fails the run.
# fail_on_reports DIR PREFIX WHO: prints every file DIR/PREFIX* (WHO names the caller) and
# returns 1 if there is any, 0 if none.
fail_on_reports() {
  local dir="$1" prefix="$2" who="$3" f
  local found=("$dir/$prefix"*)
  [ -e "${found[0]}" ] || return 0
  for f in "${found[@]}"; do
    echo "$who: sanitizer report $f:" >&2
    cat "$f" >&2
  done
  echo "$who: the sanitizers found ${#found[@]} report file(s), above" >&2
  return 1
}
