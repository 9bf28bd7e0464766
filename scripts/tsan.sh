# SPDX-License-Identifier: MIT
# shellcheck shell=bash
# Sourced (not run) by scripts/build-sanitized.sh, scripts/tsan-tests.sh and scripts/test.sh: the ThreadSanitizer runtime
# options of the TSan build (build-tsan/). Every unsuppressed report fails its process with exit
# status 66 (no FarmGuard command uses it), so that a test judging a farmguard-cli status fails
# too; halt_on_error=0 lets a test print all its reports first. Suppressions (uninstrumented
# third-party libraries only, each with its reason) are in tests/tsan.supp.
# To run one test under TSan by hand: source scripts/tsan.sh, then build-tsan/tests/... .
_fg_tsan="$(cd "$(dirname "${BASH_SOURCE[0]}")/../tests" && pwd)"
export TSAN_OPTIONS="suppressions=$_fg_tsan/tsan.supp:halt_on_error=0:exitcode=66:second_deadlock_stack=1:history_size=4"
unset _fg_tsan
