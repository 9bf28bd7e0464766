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
