// SPDX-License-Identifier: MIT
#include "core/input_error.h"
#include "core/rules_record.h"

#include <QCryptographicHash>

#include <catch2/catch.hpp>

using namespace fg::core;

TEST_CASE("a project's rules are kept as given with their SHA-256, and a changed text is caught", "[rules]")
{
    const QByteArray json = R"({ "reading": "judicial" })";
    RulesRecord record = RulesRecord::fromText(json, QStringLiteral("/tmp/judicial.json"));
    record.setSource(QStringLiteral("judicial.json"));
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    CHECK(record.sha256() == expected);
    CHECK(record.rules().reading() == Reading::Judicial);
    const QString setting = record.toSetting();
    CHECK(setting.contains(expected)); // the logged setting carries the hash
    const RulesRecord back = RulesRecord::fromSetting(setting, QStringLiteral("P: rules"));
    CHECK(back.text() == json);
    CHECK(back.sha256() == expected);
    CHECK(back.source() == QStringLiteral("judicial.json"));
    CHECK(back.isSet());
    CHECK(back.describe().contains(expected.left(12)));

    QString tampered = setting;
    tampered.replace(QStringLiteral("judicial"), QStringLiteral("notice"));
    CHECK_THROWS_AS(RulesRecord::fromSetting(tampered, QStringLiteral("P: rules")), InputError);

    // Projects from before the envelope hold the bare rules; empty means the notice's defaults.
    const RulesRecord bare = RulesRecord::fromSetting(QString::fromUtf8(json), QStringLiteral("P: rules"));
    CHECK(bare.sha256() == expected);
    CHECK(bare.source().isEmpty());
    const RulesRecord none = RulesRecord::fromSetting(QString(), QStringLiteral("P: rules"));
    CHECK_FALSE(none.isSet());
    CHECK(none.rules().basicFarmlandMu() == 5.0);
    CHECK(none.sha256() == RulesRecord::defaults().sha256());
    CHECK_THROWS_AS(RulesRecord::fromText(R"({ "reading": "literal" })", QStringLiteral("bad.json")), InputError);
}
