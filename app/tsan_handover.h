// SPDX-License-Identifier: MIT
#pragma once

// Hand-overs ThreadSanitizer cannot see (docs/design/thread-safety.md): Qt orders its thread
// pool's tasks, futures and posted events with futexes inside libQt6Core, which is not
// instrumented. release(token) on one thread and acquire(token) on another tell TSan that what
// the first wrote before it is visible to the second after it. Nothing outside the TSan build.
#if defined(FARMGUARD_TSAN)
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#endif

namespace fg::app::tsan {

#if defined(FARMGUARD_TSAN)
inline void release(const void *token) { __tsan_release(const_cast<void *>(token)); }
inline void acquire(const void *token) { __tsan_acquire(const_cast<void *>(token)); }
#else
inline void release(const void *) {}
inline void acquire(const void *) {}
#endif

} // namespace fg::app::tsan
