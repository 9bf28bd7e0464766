# SPDX-License-Identifier: MIT
# The process-wide allocator: gperftools' tcmalloc (Debian's libtcmalloc-minimal4), linked into
# every FarmGuard executable through farmguard_core. GEOS, GDAL and Qt make millions of small
# allocations, many freed on another thread than the one that made them; glibc's malloc took
# ≈ 12 % of the import's and of `analyze --project`'s CPU, and with tcmalloc both ran 8–12 %
# faster (docs/design/allocator.md). Sanitizer builds keep their own allocator.
option(FARMGUARD_TCMALLOC "Link tcmalloc (libtcmalloc-minimal4) as the allocator" ON)
add_library(farmguard_allocator INTERFACE)
if(FARMGUARD_TCMALLOC AND NOT FARMGUARD_SANITIZE AND NOT FARMGUARD_TSAN)
  # The runtime package alone has no libtcmalloc_minimal.so link: find the versioned file.
  find_library(FARMGUARD_TCMALLOC_LIBRARY NAMES tcmalloc_minimal libtcmalloc_minimal.so.4)
  if(NOT FARMGUARD_TCMALLOC_LIBRARY)
    message(FATAL_ERROR "tcmalloc not found: install libtcmalloc-minimal4 (scripts/install-deps.sh) "
                        "or configure with -DFARMGUARD_TCMALLOC=OFF")
  endif()
  # Nothing calls it by name, so --as-needed would drop it: keep it, ahead of libc in the
  # executable's list, so its malloc is the one every library finds.
  target_link_libraries(farmguard_allocator INTERFACE
    "-Wl,--push-state,--no-as-needed" "${FARMGUARD_TCMALLOC_LIBRARY}" "-Wl,--pop-state")
  message(STATUS "Allocator: ${FARMGUARD_TCMALLOC_LIBRARY}")
else()
  message(STATUS "Allocator: the C library's")
endif()
