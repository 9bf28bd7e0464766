# SPDX-License-Identifier: MIT
# Warning flags for every FarmGuard target, carried by an INTERFACE target.
add_library(farmguard_warnings INTERFACE)
target_compile_options(farmguard_warnings INTERFACE -Wall -Wextra -Wpedantic)
if(FARMGUARD_WERROR)
  target_compile_options(farmguard_warnings INTERFACE -Werror)
endif()
if(FARMGUARD_SANITIZE)
  target_compile_options(farmguard_warnings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(farmguard_warnings INTERFACE -fsanitize=address,undefined)
endif()
# ThreadSanitizer cannot share a process with ASan: one sanitizer build or the other.
if(FARMGUARD_TSAN)
  if(FARMGUARD_SANITIZE)
    message(FATAL_ERROR "FARMGUARD_TSAN and FARMGUARD_SANITIZE are mutually exclusive")
  endif()
  # -O1 -g: TSan's reports need line numbers; -O0 makes the 5-15x slowdown worse.
  target_compile_options(farmguard_warnings INTERFACE -fsanitize=thread -O1 -g -fno-omit-frame-pointer)
  target_link_options(farmguard_warnings INTERFACE -fsanitize=thread)
endif()
