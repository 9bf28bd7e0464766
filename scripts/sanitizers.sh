# SPDX-License-Identifier: MIT
# shellcheck shell=bash
# Sourced (not run) by scripts/build-sanitized.sh and scripts/test.sh: the sanitizer runtime options of
# the ASan + UBSan build (build-asan/). Every finding is an error: ASan stops at the first one, LSan
# reports the leaks left at exit, UBSan prints a stack and stops; the process then exits 86, a
# status no FarmGuard command uses, so that a test judging a farmguard-cli exit status fails too.
# Suppressions (third-party libraries only, each with its reason) are in tests/sanitizers/.
# To run one sanitized test by hand: source scripts/sanitizers.sh, then build-asan/tests/... .
_fg_san="$(cd "$(dirname "${BASH_SOURCE[0]}")/../tests/sanitizers" && pwd)"
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:check_initialization_order=1:abort_on_error=0:exitcode=86:symbolize=1"
export LSAN_OPTIONS="suppressions=$_fg_san/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:exitcode=86:suppressions=$_fg_san/ubsan.supp"
unset _fg_san
