// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace fg::core {

/// Who decided an accountability measure (问责机关): the discipline commission for officials'
/// misconduct (党纪政务处分), the Party's organisation department for cadres (组织处理), or the
/// natural resources bureau itself (its own staff, or the administrative side of the case).
enum class AccountabilityOrgan {
    Unstated, ///< recorded before the organ was asked for (schema < 7); new records must name one
    DisciplineInspection, ///< 县纪委监委
    Organization, ///< 县委组织部
    Bureau, ///< 县自然资源局
};

/// Every organ a new record may name, in display order (Unstated excluded).
QList<AccountabilityOrgan> accountabilityOrgans();
/// Stable storage code: "" (unstated), "discipline_inspection", "organization", "natural_resources".
QString accountabilityOrganCode(AccountabilityOrgan organ);
/// Inverse of accountabilityOrganCode(); throws InputError on an unknown code.
AccountabilityOrgan accountabilityOrganFromCode(const QString &code);
/// Display name through tr() (context fg::core::AccountabilityOrgan).
QString accountabilityOrganName(AccountabilityOrgan organ);
/// What a user types: a code, or the organ's name as offices write it (纪委监委, 县纪委监委,
/// 组织部, 县委组织部, 自然资源局, 县自然资源局) or as displayed. nullopt for anything else and
/// for an empty text.
std::optional<AccountabilityOrgan> accountabilityOrganFromText(const QString &text);

/// An accountability record (问责记录, "又处理人"): which organ held whom to account, what it
/// decided, when, under which document number. A plain value; never edited once stored.
struct AccountabilityRecord
{
    QString who; ///< the persons (or bodies) held to account, as the decision names them
    QString decision; ///< e.g. "警告处分", "诫勉谈话"
    QDate date; ///< the decision's date
    AccountabilityOrgan organ = AccountabilityOrgan::Unstated;
    QString documentNumber; ///< 文号, e.g. "平纪发〔2025〕12号"; empty when none was issued

    /// Persons, decision and date are there: what the closing rule counts.
    bool complete() const
    {
        return !who.trimmed().isEmpty() && !decision.trimmed().isEmpty() && date.isValid();
    }
};

} // namespace fg::core
