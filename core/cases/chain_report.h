// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace fg::core {

/// The verdict of HashChain::verify(): intact, or the first broken event and what broke.
struct ChainReport
{
    enum class Problem {
        None,
        Edited, ///< an event's content no longer matches its hash
        Deleted, ///< events are missing (a gap in the sequence numbers)
        Reordered, ///< an event stands out of its place
        BrokenLink, ///< an event does not chain to the one before it (one was replaced and re-hashed)
        Truncated, ///< the log ends before an event known from an anchor
        KeyNeeded, ///< the log is keyed (HMAC) and no key was given: its hashes cannot be checked
        WrongKey, ///< the log is keyed with another key than the one given
        NotKeyed, ///< a keyed log was expected (a key or a receipt says so) but the log is plain
    };

    Problem problem = Problem::None;
    qsizetype index = -1; ///< position of the first broken event in the list given (-1 when intact)
    qint64 seq = 0; ///< its sequence number (for Truncated: the anchored one missing)
    QString message; ///< translated, names the event
    QString keyId; ///< the key id the log is keyed with (LogKey::id()); empty for a plain SHA-256 chain

    bool intact() const { return problem == Problem::None; }
};

/// A chain head remembered outside the log (a printed report, a second copy): verify() then
/// also detects events deleted from the end, which a chain alone cannot.
struct ChainAnchor
{
    qint64 seq = 0;
    QString hash;
};

} // namespace fg::core
