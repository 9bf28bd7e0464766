// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace fg::gis::sample {

/// xoshiro256** seeded through splitmix64, written out here (not std:: engines or distributions)
/// so that a seed gives the same sample county on every compiler and standard library.
/// Not thread-safe; cheap to copy (a copy continues the same stream independently).
class SampleRandom
{
public:
    explicit SampleRandom(std::uint64_t seed);

    /// Next raw 64-bit value.
    std::uint64_t next();
    /// Uniform in [0, 1) with 53 random bits.
    double uniform();
    /// Uniform in [low, high).
    double uniform(double low, double high);
    /// Uniform integer in [0, bound); bound must be > 0.
    int below(int bound);
    /// True with the given probability.
    bool chance(double probability);
    /// A child stream for one sub-task: independent of how many values the parent drew later.
    SampleRandom fork(std::uint64_t salt) const;

private:
    std::uint64_t m_state[4];
};

} // namespace fg::gis::sample
