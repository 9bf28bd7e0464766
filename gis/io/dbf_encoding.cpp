// SPDX-License-Identifier: MIT
#include "gis/io/dbf_encoding.h"

#include "gis/io/dbf_file.h"
#include "gis/io/text_codec.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <utility>

namespace fg::gis {

namespace {

constexpr qint64 kMaxSampleRecords = 20000;
constexpr qint64 kMaxSampleBytes = 4 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("fg::gis", text);
}

/// The code page an Esri/dBASE language driver id stands for; empty when unset or unknown.
QString ldidEncoding(int ldid)
{
    switch (ldid) {
    case 0x4D:
    case 0x7A:
        return QStringLiteral("GB18030");
    case 0x4F:
        return QStringLiteral("BIG5");
    case 0x4E:
        return QStringLiteral("CP949");
    case 0x13:
    case 0x7B:
        return QStringLiteral("CP932");
    case 0x01:
        return QStringLiteral("CP437");
    case 0x02:
        return QStringLiteral("CP850");
    case 0x03:
    case 0x57:
    case 0x58:
    case 0x59:
        return QStringLiteral("CP1252");
    case 0xC8:
        return QStringLiteral("CP1250");
    case 0xC9:
        return QStringLiteral("CP1251");
    default:
        return {};
    }
}

bool hasHighByte(const QByteArray &bytes)
{
    for (char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    return false;
}

/// GB18030 four-byte sequences (byte 2 and 4 are ASCII digits): characters GBK does not have.
int fourByteSequences(const std::vector<QByteArray> &samples)
{
    int count = 0;
    for (const QByteArray &s : samples) {
        const auto *p = reinterpret_cast<const unsigned char *>(s.constData());
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (p[i] < 0x81)
                continue;
            if (i + 3 < s.size() && p[i + 1] >= 0x30 && p[i + 1] <= 0x39 && p[i + 2] >= 0x81
                && p[i + 3] >= 0x30 && p[i + 3] <= 0x39) {
                ++count;
                i += 3;
            } else {
                ++i;
            }
        }
    }
    return count;
}

struct Trial
{
    QString encoding;
    int invalid = 0; ///< invalid sequences over all samples
    int badValues = 0; ///< samples with at least one
    double plausible = 0; ///< share of non-ASCII characters that are Chinese text characters
    bool valid() const { return invalid == 0; }
};

bool isChineseTextChar(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2EBEF)
        || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || c == 0x00B7 || c == 0x2014
        || (c >= 0x2018 && c <= 0x201D) || c == 0x2026;
}

/// The samples' distinct values with how often each occurs: every trial figure is a sum over the
/// samples of what one value gives, so each distinct value is decoded once and counted that often
/// (a land-use layer repeats a few dozen class names over thousands of records).
using DistinctSamples = std::vector<std::pair<QByteArray, int>>;

DistinctSamples distinctSamples(const std::vector<QByteArray> &samples)
{
    QHash<QByteArray, int> index;
    DistinctSamples distinct;
    for (const QByteArray &s : samples) {
        const auto it = index.constFind(s);
        if (it != index.constEnd()) {
            ++distinct[size_t(*it)].second;
            continue;
        }
        index.insert(s, int(distinct.size()));
        distinct.emplace_back(s, 1);
    }
    return distinct;
}

Trial trialDecode(const QString &encoding, const DistinctSamples &samples, int values)
{
    Trial t { encoding, 0, 0, 0 };
    TextCodec codec(encoding);
    if (!codec.isValid()) {
        t.invalid = t.badValues = values;
        return t;
    }
    qint64 nonAscii = 0, chinese = 0;
    for (const auto &[s, times] : samples) {
        const TextCodec::Result r = codec.decode(s);
        t.invalid += r.invalid * times;
        t.badValues += r.invalid > 0 ? times : 0;
        for (char32_t c : r.text.toUcs4()) {
            if (c < 0x80)
                continue;
            nonAscii += times;
            chinese += isChineseTextChar(c) ? times : 0;
        }
    }
    t.plausible = nonAscii ? double(chinese) / double(nonAscii) : 0.0;
    return t;
}

QString describeTrial(const Trial &t, int values)
{
    return tr("as %1: %2 of %3 strings invalid, %4% Chinese characters")
        .arg(t.encoding)
        .arg(t.badValues)
        .arg(values)
        .arg(qRound(t.plausible * 100));
}

QString describeHints(const EncodingHints &hints)
{
    QString text
        = hints.cpg.trimmed().isEmpty() ? tr("no .cpg") : tr(".cpg says \"%1\"").arg(hints.cpg.trimmed());
    if (hints.ldid)
        text += QStringLiteral("; ")
            + tr("LDID 0x%1 (%2)")
                  .arg(hints.ldid, 2, 16, QLatin1Char('0'))
                  .arg(ldidEncoding(hints.ldid).isEmpty() ? tr("unknown") : ldidEncoding(hints.ldid));
    else
        text += QStringLiteral("; ") + tr("LDID unset");
    return text;
}

/// The decision among trials: valid UTF-8, then valid GB18030 (unless a single-byte hint fits
/// and the Chinese reading is implausible), then the hint, then the least damage.
const Trial &choose(const Trial &utf8, const Trial &gb, const Trial *hinted)
{
    if (utf8.valid() && !(gb.valid() && gb.plausible > utf8.plausible + 0.3))
        return utf8;
    if (gb.valid() && (!hinted || !hinted->valid() || gb.plausible >= 0.9))
        return gb;
    if (hinted && hinted->valid())
        return *hinted;
    const Trial *best = &utf8;
    for (const Trial *t : { &gb, hinted })
        if (t && t->invalid < best->invalid)
            best = t;
    return *best;
}

} // namespace

EncodingDecision decideTextEncoding(
    const std::vector<QByteArray> &allSamples, const EncodingHints &hints, const QString &overrideEncoding)
{
    std::vector<QByteArray> samples;
    for (const QByteArray &s : allSamples)
        if (hasHighByte(s))
            samples.push_back(s);
    const int values = static_cast<int>(samples.size());
    const QString cpgEncoding = normalizedEncodingName(hints.cpg);
    const QString hinted = !cpgEncoding.isEmpty() ? cpgEncoding : ldidEncoding(hints.ldid);
    EncodingDecision d;
    const DistinctSamples distinct = distinctSamples(samples);
    if (!overrideEncoding.trimmed().isEmpty()) {
        d.encoding = normalizedEncodingName(overrideEncoding);
        d.overridden = true;
        const Trial t = trialDecode(d.encoding, distinct, values);
        d.evidence = tr("given with --encoding (%1); %2").arg(describeHints(hints), describeTrial(t, values));
        return d;
    }
    if (samples.empty()) {
        d.encoding = hinted.isEmpty() ? QStringLiteral("UTF-8") : hinted;
        d.evidence = tr("all text is ASCII, so every encoding reads it alike (%1)").arg(describeHints(hints));
        return d;
    }
    const Trial utf8 = trialDecode(QStringLiteral("UTF-8"), distinct, values);
    const Trial gb = trialDecode(QStringLiteral("GB18030"), distinct, values);
    std::unique_ptr<Trial> other;
    if (!hinted.isEmpty() && hinted != utf8.encoding && hinted != gb.encoding)
        other = std::make_unique<Trial>(trialDecode(hinted, distinct, values));
    const Trial &chosen = choose(utf8, gb, other.get());
    d.encoding = chosen.encoding;
    QStringList parts { describeHints(hints),
        tr("%1 strings (values, field names) with non-ASCII bytes").arg(values), describeTrial(utf8, values),
        describeTrial(gb, values) };
    if (other)
        parts << describeTrial(*other, values);
    if (chosen.encoding == gb.encoding) {
        const int fourByte = fourByteSequences(samples);
        parts << (fourByte ? tr("%1 four-byte GB18030 sequences (characters beyond GBK)").arg(fourByte)
                           : tr("GBK-compatible: no four-byte GB18030 sequences"));
    }
    if (!cpgEncoding.isEmpty() && cpgEncoding != chosen.encoding)
        parts << tr("the .cpg says %1 but the bytes are %2: the .cpg is wrong")
                     .arg(cpgEncoding, chosen.encoding);
    if (!chosen.valid())
        parts << tr("%1 byte sequences are invalid in every candidate and show as replacement characters")
                     .arg(chosen.invalid);
    d.evidence = parts.join(QStringLiteral("; "));
    return d;
}

EncodingDecision detectDbfEncoding(const QString &dbfPath, const QString &overrideEncoding)
{
    const DbfFile dbf(dbfPath);
    std::vector<QByteArray> samples = dbf.textSamples(kMaxSampleRecords, kMaxSampleBytes);
    for (const DbfFile::Field &f : dbf.fields())
        samples.push_back(f.rawName);
    EncodingHints hints;
    hints.ldid = dbf.languageDriverId();
    const QString cpgPath = siblingFile(dbfPath, QStringLiteral("cpg"));
    QFile cpg(cpgPath);
    if (!cpgPath.isEmpty() && cpg.open(QIODevice::ReadOnly))
        hints.cpg = QString::fromLatin1(cpg.read(64)).trimmed();
    return decideTextEncoding(samples, hints, overrideEncoding);
}

EncodingDecision detectTextFileEncoding(const QString &path, const QString &overrideEncoding)
{
    QFile file(path);
    std::vector<QByteArray> samples;
    if (file.open(QIODevice::ReadOnly)) {
        QByteArray head = file.read(kMaxSampleBytes);
        if (head.startsWith("\xEF\xBB\xBF"))
            head.remove(0, 3);
        QList<QByteArray> lines = head.split('\n');
        // A cut at the sample's end may split a character: leave the partial last line out.
        if (!file.atEnd() && lines.size() > 1)
            lines.removeLast();
        samples.assign(lines.begin(), lines.end());
    }
    return decideTextEncoding(samples, {}, overrideEncoding);
}

} // namespace fg::gis
