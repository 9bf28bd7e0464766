// SPDX-License-Identifier: MIT
// FarmGuard benchmarks: prints figures, asserts nothing. See README "Benchmarks".
#include <cstdio>

int main()
{
    std::printf("farmguard bench: no benchmarks registered yet\n");
    return 0;
}
