// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace fg::core {

/// Measures the county takes against (or for) a township (DOMAIN.md §8: 通报批评, 暂停用地审批,
/// 挂牌督办, 约谈; 通报表扬 for a township that did well).
enum class MeasureKind {
    Interview, ///< 约谈
    Supervision, ///< 挂牌督办
    SuspendApprovals, ///< 暂停用地审批
    Criticism, ///< 通报批评
    Commendation, ///< 通报表扬
};

/// Every kind in the notice's order of severity (commendation last).
QList<MeasureKind> allMeasureKinds();
/// Stable storage code ("interview" …). Never translated.
QString measureKindCode(MeasureKind kind);
/// The Chinese term of the notice (约谈 …), the same in every language: it is the document's name.
QString measureKindTerm(MeasureKind kind);
/// Display name through tr() (context fg::core::MeasureKind).
QString measureKindName(MeasureKind kind);
/// Reads a code, the Chinese term or the English name; false for anything else.
bool parseMeasureKind(const QString &text, MeasureKind *kind);

/// One measure as recorded: append-only (a wrong record is corrected by a new one with a note).
struct TownshipMeasure
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::TownshipMeasure)

public:
    qint64 id = 0; ///< the store's row id (0 before storing)
    QString township;
    MeasureKind kind = MeasureKind::Interview;
    QDate date; ///< the day the measure was taken
    QString issuedBy; ///< the issuing body, e.g. 县人民政府, 县自然资源局
    QString documentNo; ///< 文号
    QString note;
    QDateTime recordedAt; ///< UTC, the store fills it
    QString recordedBy; ///< the store fills it

    /// Throws InputError naming @p source when the township, date or issuing body is missing.
    void validate(const QString &source) const;
};

} // namespace fg::core
