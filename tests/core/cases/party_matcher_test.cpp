// SPDX-License-Identifier: MIT
#include "core/cases/party_matcher.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace fg::core;

namespace {
PartyIncident incident(const char *id, const QString &name, const QString &idNumber = {})
{
    PartyIncident i { QString::fromLatin1(id), name, std::nullopt };
    i.partyIdNumber = idNumber;
    return i;
}
// Check characters computed by hand (GB 11643: Σ digit × weight mod 11 → "10X98765432";
// GB 32100: 31 − Σ value × weight mod 31 in "0123456789ABCDEFGHJKLMNPQRTUWXY").
const QString kResidentA = QStringLiteral("140425198001011235");
const QString kResidentB = QStringLiteral("11010519491231002X");
const QString kCreditCode = QStringLiteral("91140425MA0KXX123X");
} // namespace

TEST_CASE("ID numbers are checked by their check character")
{
    CHECK(PartyMatcher::validIdNumber(kResidentA));
    CHECK(PartyMatcher::validIdNumber(kResidentB));
    CHECK(PartyMatcher::validIdNumber(QStringLiteral("11010519491231002x"))); // lower-case x
    CHECK(PartyMatcher::validIdNumber(kCreditCode));
    CHECK(PartyMatcher::validIdNumber(QStringLiteral("91350100M000100Y43")));
    CHECK_FALSE(PartyMatcher::validIdNumber(QStringLiteral("140425198001011234")));
    CHECK_FALSE(PartyMatcher::validIdNumber(QStringLiteral("91140425MA0KXX1230")));
    CHECK_FALSE(PartyMatcher::validIdNumber(QStringLiteral("1404251980")));
    // Full-width digits and spaces as typed into a form read as the same number.
    CHECK(PartyMatcher::normalizedIdNumber(QStringLiteral("１４０４２５ 198001011235")) == kResidentA);
}

TEST_CASE("one name is one party, an ID number joins different names, different IDs split one name")
{
    const PartyMatching m = PartyMatcher::match({
        incident("I1", QStringLiteral("王二牛")),
        incident("I2", QStringLiteral("王二牛"), kResidentA),
        incident("I3", QStringLiteral("王 二牛"), kResidentA), // typo, same ID: the same party
        incident("I4", QStringLiteral("李明"), kResidentA.left(17) + QLatin1Char('4')), // another ID
        incident("I5", QStringLiteral("李明"), kResidentB),
        incident("I6", QString()),
    });
    CHECK(m.labelOfIncident.value("I1") == QStringLiteral("王二牛"));
    CHECK(m.labelOfIncident.value("I2") == QStringLiteral("王二牛"));
    CHECK(m.labelOfIncident.value("I3") == QStringLiteral("王二牛"));
    // Two people called 李明: told apart by their ID numbers, never added up.
    CHECK(m.labelOfIncident.value("I4") != m.labelOfIncident.value("I5"));
    CHECK(m.labelOfIncident.value("I5") == QStringLiteral("李明（%1）").arg(kResidentB));
    CHECK_FALSE(m.labelOfIncident.contains("I6"));
    CHECK(m.parties.size() == 3);
    CHECK(m.possible.isEmpty());
}

TEST_CASE("near-identical names are offered as possibly the same party, never merged, until confirmed")
{
    const QList<PartyIncident> list {
        incident("I1", QStringLiteral("平顺县金峰建材有限公司")),
        incident("I2", QStringLiteral("平顺县金峰建材有限责任公司")),
        incident("I3", QStringLiteral("平顺县金峰建材 有限公司")),
        incident("I4", QStringLiteral("ＡＢＣ商贸（平顺）有限公司")),
        incident("I5", QStringLiteral("ABC商贸(平顺)有限公司")),
    };
    PartyMatching m = PartyMatcher::match(list);
    CHECK(m.parties.size() == 5);
    CHECK(m.possible.size() == 4); // I1–I2, I1–I3, I2–I3, I4–I5
    for (const PossibleSameParty &p : m.possible)
        CHECK_FALSE(p.reason.isEmpty());

    const PartyRef a { QStringLiteral("平顺县金峰建材有限公司"), {} };
    const PartyRef b { QStringLiteral("平顺县金峰建材有限责任公司"), {} };
    const PartyRef c { QStringLiteral("平顺县金峰建材 有限公司"), {} };
    const QList<PartyLink> links { { a, b, true, QStringLiteral("李建国"), {}, {} }, { a, c, false, {}, {}, {} } };
    m = PartyMatcher::match(list, links);
    CHECK(m.labelOfIncident.value("I2") == QStringLiteral("平顺县金峰建材有限公司"));
    CHECK(m.labelOfIncident.value("I3") == QStringLiteral("平顺县金峰建材 有限公司"));
    // Still undecided: I2–I3 (I2 is now with I1, which was said to differ from I3: the pair stays
    // for a person, as nothing decided it) and I4–I5.
    CHECK(m.possible.size() == 2);
    CHECK(m.incidents.at(1).partyId == QStringLiteral("平顺县金峰建材有限公司"));

    // A later decision on the same pair wins.
    m = PartyMatcher::match(list, links + QList<PartyLink> { { b, a, false, {}, {}, {} } });
    CHECK(m.labelOfIncident.value("I2") == QStringLiteral("平顺县金峰建材有限责任公司"));
}

TEST_CASE("a name without an ID beside two different IDs is left alone and offered with each")
{
    const PartyMatching m = PartyMatcher::match({
        incident("I1", QStringLiteral("张伟"), kResidentA),
        incident("I2", QStringLiteral("张伟"), kResidentB),
        incident("I3", QStringLiteral("张伟")),
    });
    CHECK(m.parties.size() == 3);
    CHECK(m.possible.size() == 2);
    QSet<QString> labels;
    for (const MatchedParty &p : m.parties)
        labels.insert(p.label);
    CHECK(labels.size() == 3);
}

TEST_CASE("names and ID numbers lose exactly the white space the old pattern removed, for every code unit")
{
    // The rule before: NFKC, upper case, then QRegularExpression("\\s") removed. Every UTF-16 code
    // unit between two letters (lone surrogates too), and a few pairs beyond the BMP, must give
    // the very same text through both functions.
    const auto before = [](const QString &text, bool name) {
        QString t = text.normalized(QString::NormalizationForm_KC).toUpper();
        t.remove(QRegularExpression(QStringLiteral("\\s")));
        if (name)
            t.replace(QStringLiteral("有限责任公司"), QStringLiteral("有限公司"));
        return t;
    };
    int differ = 0;
    int removed = 0;
    const auto check = [&](const QString &text) {
        const QString id = PartyMatcher::normalizedIdNumber(text);
        differ += id != before(text, false);
        differ += PartyMatcher::comparableName(text) != before(text, true);
        removed += id.size() < text.normalized(QString::NormalizationForm_KC).size();
    };
    for (int unit = 0; unit <= 0xffff; ++unit)
        check(QStringLiteral("a") + QChar(char16_t(unit)) + QStringLiteral("b"));
    for (const char32_t c : { U'\U0001F600', U'\U00020000', U'\U0001D400', U'\U000E0020' })
        check(QStringLiteral("x ") + QString::fromUcs4(&c, 1) + QStringLiteral("\u3000y"));
    CHECK(differ == 0);
    // Tab to carriage return and the space, plus what NFKC turns into a space (U+00A0, U+2000–
    // U+200A, U+3000 and the like): the rule does remove something.
    CHECK(removed >= 6 + 10);
    CHECK(PartyMatcher::comparableName(QStringLiteral(" 山西\t某某 有限责任公司\u3000")) == QStringLiteral("山西某某有限公司"));
}
