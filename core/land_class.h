// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace fg::core {

/// The one definition of land classes (DOMAIN.md §4): GB/T 21010-2017 as the Third National
/// Land Survey (三调, TD/T 1055-2019 工作分类) codes them in a DLTB layer's DLBM field. Every
/// place that decides what is cultivated land, farmland for patrol coverage, or a class's name
/// calls these functions; Rules keeps a configurable list that defaults to
/// cultivatedLandClasses(). Pure and thread-safe.
///
/// How a DLBM value is read (normalizedLandClass):
///  - white space around it is dropped (ASCII, no-break and the ideographic space U+3000);
///  - full-width ASCII (U+FF01–U+FF5E, e.g. "０１０３" typed with a Chinese input method) is read
///    as ASCII, and letters are upper-cased ("05h1" → "05H1");
///  - nothing else: no suffix is cut and no digit is added. "103" (a numeric DBF field that lost
///    its leading zero, or a 二调 GB/T 21010-2007 code: 103 街巷用地) is not 0103.
///
/// Which codes are cultivated land (耕地, isCultivatedLandClass): exactly 0101 水田, 0102 水浇地,
/// 0103 旱地. 三调 has no sub-codes of these: its cultivated-land details (梯田/坡地, 种植属性,
/// 图斑细化 such as 林区耕地) live in fields of their own, not in DLBM. A code with a suffix
/// ("0103K", "0101A") is therefore not a GB/T 21010-2017 cultivated code and does not count: a
/// 'K' marks 可调整/即可恢复 land (0201K 果园, 1104K 坑塘 …) that is *not* cultivated now. A county
/// whose data differs says so in its rules file (cultivated_classes, see landClassMatches()).
///
/// Class lists (landClassMatches): an entry of exactly two digits is a first-level class
/// (一级类: "01" 耕地, "05" 商服用地, "08" 公共管理与公共服务用地) and matches every code that
/// begins with it ("05H1", "0508", "08H2A"); any other entry matches the code exactly.

/// The cultivated classes (耕地) of GB/T 21010-2017: "0101", "0102", "0103".
const QStringList &cultivatedLandClasses();

/// A DLBM value as the rules compare it (see above); empty for an empty or blank value.
QString normalizedLandClass(const QString &code);

/// True when @p code, normalised, is one of cultivatedLandClasses() exactly.
bool isCultivatedLandClass(const QString &code);

/// True when @p code, normalised, matches an entry of @p classes (each normalised): a two-digit
/// entry by prefix (a first-level class), any other entry exactly. False for an empty code.
bool landClassMatches(const QString &code, const QStringList &classes);

/// The second-level class a code belongs to, for colours and names only (never for the legal
/// classes): the first four characters of a normalised code of four or more ("0201K" → "0201",
/// "08H2A" → "08H2"); the normalised code itself when shorter.
QString baseLandClass(const QString &code);

/// The GB/T 21010-2017 (三调 工作分类) name of a land-use class code, e.g. "0103" → "旱地"
/// (normalised first: " ０１０３" → "旱地"); empty for a code not in the table, suffixed codes
/// included. Used where a layer carries codes (DLBM) but no names (DLMC).
QString landClassName(const QString &code);

} // namespace fg::core
