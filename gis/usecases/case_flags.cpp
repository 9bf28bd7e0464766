// SPDX-License-Identifier: MIT
#include "gis/usecases/case_flags.h"

#include "core/cases/flag_check.h"
#include "core/store_errors.h"
#include "gis/store/project_store.h"
#include "gis/usecases/party_identities.h"

#include <QSet>

namespace fg::gis {

namespace {

bool judged(const core::CaseFile &file)
{
    return file.status() != core::CaseStatus::Dismissed;
}

QString reasonText(const QString &why, const CaseFigures &figures)
{
    return CaseFlags::tr("%1: %2").arg(why, figures.text());
}

/// Stores @p to on @p file as read; false when another user changed the case meanwhile.
bool storeFlag(ProjectStore &store, const core::CaseFile &file, core::ThresholdFlag to, const QString &reason,
    const CaseFigures &figures)
{
    CaseFacts facts = CaseFacts::of(file);
    facts.thresholdFlag = to;
    facts.reason = reason;
    facts.figures = figures.json();
    try {
        store.setCaseFacts(file.id(), facts, file.revision());
    } catch (const core::ConflictError &) {
        return false;
    }
    return true;
}

} // namespace

QList<core::ThresholdFlag> CaseFlags::allowed(const CaseFigures &figures, core::ThresholdFlag current)
{
    using F = core::ThresholdFlag;
    if (figures.flag() == F::NotApplicable)
        return { F::NotApplicable };
    if (!figures.measured)
        return { F::NotAssessed, F::Below, F::Reached };
    if (figures.flag() == F::Reached)
        return { F::Reached };
    // Accumulation stops at the decision; the verdict the case was decided on does not.
    if (current == F::Reached && !figures.openToAccumulation)
        return { F::Below, F::Reached };
    return { F::Below };
}

QStringList CaseFlags::affectedBy(const ProjectStore &store, const QStringList &incidentIds, StoreReads *reads)
{
    // Parties as accumulation matches them (name, ID number, people's decisions): a change to one
    // incident moves the totals of every case of its matched party.
    const core::PartyMatching matching = reads ? reads->parties(store) : PartyIdentities::match(store);
    const QSet<QString> incidents(incidentIds.begin(), incidentIds.end());
    QSet<QString> parties;
    for (const QString &id : incidentIds)
        if (const QString label = matching.labelOfIncident.value(id); !label.isEmpty())
            parties.insert(label);
    QStringList affected;
    for (const core::CaseFile &file : reads ? reads->cases(store) : store.cases()) {
        const bool touched = std::any_of(file.incidentIds().begin(), file.incidentIds().end(), [&](const QString &id) {
            return incidents.contains(id) || parties.contains(matching.labelOfIncident.value(id));
        });
        if (touched)
            affected.append(file.id());
    }
    return affected;
}

RejudgeResult CaseFlags::rejudge(ProjectStore &store, const QStringList &caseIds, const QString &why,
    OverlayMemo *memo, const NearParcels *parcels, StoreReads *reads)
{
    RejudgeResult result;
    QList<core::CaseFile> files;
    const QSet<QString> chosen(caseIds.begin(), caseIds.end()); // a list's contains() per case was quadratic
    for (const core::CaseFile &file : reads ? reads->cases(store) : store.cases())
        if (judged(file) && (caseIds.isEmpty() || chosen.contains(file.id())))
            files.append(file);
    if (files.isEmpty())
        return result;
    QStringList ids;
    for (const core::CaseFile &file : files)
        ids.append(file.id());
    CaseJudgementOptions options;
    options.memo = memo;
    options.parcels = parcels;
    options.reads = reads; // a flag stored below moves the log head: what it kept is dropped
    const std::vector<CaseFigures> figures = CaseJudgement::judge(store, ids, options).cases;
    for (qsizetype i = 0; i < files.size(); ++i) {
        core::CaseFile file = files.at(i);
        CaseFigures judgedFigures = figures.at(size_t(i));
        for (int attempt = 0;; ++attempt) {
            const core::ThresholdFlag current = file.thresholdFlag();
            const QList<core::ThresholdFlag> allowedFlags = allowed(judgedFigures, current);
            if (allowedFlags.contains(current)) {
                if (current != judgedFigures.flag() && judgedFigures.measured)
                    result.kept.push_back({ file.id(), current, current, judgedFigures });
                break;
            }
            const core::ThresholdFlag to = judgedFigures.flag();
            if (storeFlag(store, file, to, reasonText(why, judgedFigures), judgedFigures)) {
                result.changed.push_back({ file.id(), current, to, judgedFigures });
                break;
            }
            const auto again = store.caseFile(file.id());
            if (attempt > 0 || !again) {
                result.conflicts.append(file.id());
                break;
            }
            file = *again;
            judgedFigures = CaseJudgement::judgeCase(store, file.id(), options);
        }
    }
    return result;
}

core::TransitionResult CaseFlags::set(
    ProjectStore &store, const QString &caseId, core::ThresholdFlag flag, const QString &reason, qint64 revision)
{
    core::TransitionResult result;
    const auto file = store.caseFile(caseId);
    if (!file)
        throw core::InputError(store.info().location, tr("no case with this id"), caseId);
    if (file->revision() != revision && revision != kAnyRevision)
        throw core::ConflictError(store.info().location, caseId, file->changedBy(), file->changedAt());
    const CaseFigures figures = CaseJudgement::judgeCase(store, caseId);
    if (!allowed(figures, file->thresholdFlag()).contains(flag))
        result.reasons.append(tr("the figures say '%1', not '%2': %3")
                                  .arg(core::thresholdFlagCode(figures.flag()), core::thresholdFlagCode(flag),
                                      figures.text()));
    if (core::FlagCheck::lowers(file->thresholdFlag(), flag) && reason.trimmed().isEmpty())
        result.reasons.append(tr("the threshold flag goes down from '%1' to '%2': state the reason")
                                  .arg(core::thresholdFlagCode(file->thresholdFlag()), core::thresholdFlagCode(flag)));
    if (flag == file->thresholdFlag())
        result.reasons.append(tr("the case is already flagged '%1'").arg(core::thresholdFlagCode(flag)));
    if (!result.reasons.isEmpty())
        return result;
    CaseFacts facts = CaseFacts::of(*file);
    facts.thresholdFlag = flag;
    facts.reason = reason.trimmed();
    facts.figures = figures.json();
    store.setCaseFacts(caseId, facts, file->revision());
    result.accepted = true;
    return result;
}

} // namespace fg::gis
