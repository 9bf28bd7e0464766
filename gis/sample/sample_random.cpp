// SPDX-License-Identifier: MIT
#include "gis/sample/sample_random.h"

namespace fg::gis::sample {

namespace {

std::uint64_t splitmix64(std::uint64_t &x)
{
    x += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = x;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

SampleRandom::SampleRandom(std::uint64_t seed)
{
    std::uint64_t x = seed;
    for (std::uint64_t &s : m_state)
        s = splitmix64(x);
}

std::uint64_t SampleRandom::next()
{
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double SampleRandom::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double SampleRandom::uniform(double low, double high)
{
    return low + (high - low) * uniform();
}

int SampleRandom::below(int bound)
{
    // Modulo bias is below 2^-40 for the small bounds used here; determinism matters more.
    return static_cast<int>(next() % static_cast<std::uint64_t>(bound));
}

bool SampleRandom::chance(double probability)
{
    return uniform() < probability;
}

SampleRandom SampleRandom::fork(std::uint64_t salt) const
{
    return SampleRandom(m_state[0] ^ rotl(m_state[2], 23) ^ (salt * 0xD1B54A32D192ED03ULL));
}

} // namespace fg::gis::sample
