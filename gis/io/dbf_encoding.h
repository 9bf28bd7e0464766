// SPDX-License-Identifier: MIT
#pragma once

#include "gis/io/vector_layer.h"

#include <QByteArray>

#include <vector>

namespace fg::gis {

/// Hints about a text encoding that may be wrong: the .cpg file's text and the DBF language
/// driver byte (LDID).
struct EncodingHints
{
    QString cpg; ///< content of the .cpg file, empty when none
    int ldid = 0; ///< DBF byte 29, 0 when unset or not a DBF
};

/// Decides the encoding of raw text samples (field names and values as stored) by trial-decoding
/// them as UTF-8 and as GB18030 (GBK's superset) and weighing validity and plausibility (share of
/// common Chinese characters) against the hints. Valid multi-byte UTF-8 wins; then valid GB18030;
/// a single-byte code page hinted by the .cpg or LDID is the fallback. A .cpg the bytes contradict
/// is named a lie in the evidence. A non-empty override wins and the evidence says whether the
/// bytes agree with it. Returns the encoding as an iconv name ("UTF-8", "GB18030", "CP1252" ...).
EncodingDecision decideTextEncoding(
    const std::vector<QByteArray> &samples, const EncodingHints &hints, const QString &overrideEncoding);

/// Gathers samples from a DBF (its field names and the text values of up to 20 000 records) and
/// its .cpg, then decides as decideTextEncoding does. Throws core::InputError for a broken DBF.
EncodingDecision detectDbfEncoding(const QString &dbfPath, const QString &overrideEncoding);

/// The same for a delimited text file (CSV): samples are its lines (first 4 MB).
EncodingDecision detectTextFileEncoding(const QString &path, const QString &overrideEncoding);

} // namespace fg::gis
