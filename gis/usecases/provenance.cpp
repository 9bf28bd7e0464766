// SPDX-License-Identifier: MIT
#include "gis/usecases/provenance.h"

#include "core/cases/log_receipt.h"
#include "core/input_error.h"
#include "gis/io/sha256.h"
#include "gis/io/vector_layer.h"
#include "gis/store/layer_hash.h"
#include "gis/store/project_store.h"
#include "gis/usecases/case_json.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace fg::gis {

namespace {

const QStringList kShapefileMembers { QStringLiteral("shp"), QStringLiteral("shx"), QStringLiteral("dbf"),
    QStringLiteral("prj"), QStringLiteral("cpg"), QStringLiteral("qix"), QStringLiteral("sbn"), QStringLiteral("sbx"),
    QStringLiteral("shp.xml") };

} // namespace

QJsonObject Provenance::json() const
{
    QJsonArray fileArray;
    for (const ProvenanceFile &f : files)
        fileArray.append(QJsonObject { { QStringLiteral("path"), f.path }, { QStringLiteral("bytes"), double(f.bytes) },
            { QStringLiteral("sha256"), f.sha256 } });
    QJsonArray layerArray;
    for (const ProvenanceLayer &l : layers)
        layerArray.append(QJsonObject { { QStringLiteral("table"), l.table },
            { QStringLiteral("features"), double(l.features) }, { QStringLiteral("sha256"), l.sha256 } });
    return { { QStringLiteral("software_version"), softwareVersion },
        { QStringLiteral("area_method"), QString::fromLatin1(areaMethodName(method)) },
        { QStringLiteral("working_crs"), QStringLiteral("EPSG:%1").arg(workingEpsg) },
        { QStringLiteral("rules_sha256"), rulesSha256 },
        { QStringLiteral("rules_source"), rulesSource.isEmpty() ? QJsonValue() : QJsonValue(rulesSource) },
        { QStringLiteral("files"), fileArray },
        { QStringLiteral("project"), project.isEmpty() ? QJsonValue() : QJsonValue(project) },
        { QStringLiteral("layers"), layerArray }, { QStringLiteral("log_head"), CaseJson::logHead(logHead) },
        { QStringLiteral("log_broken"), logBroken } };
}

QStringList Provenance::lines() const
{
    QStringList text;
    text << tr("FarmGuard %1; areas %2 in EPSG:%3; rules SHA-256 %4%5")
                .arg(softwareVersion, QString::fromLatin1(areaMethodName(method)))
                .arg(workingEpsg)
                .arg(rulesSha256, rulesSource.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(rulesSource));
    for (const ProvenanceFile &f : files)
        text << tr("%1 (%2 bytes) SHA-256 %3").arg(f.path).arg(f.bytes).arg(f.sha256);
    if (!project.isEmpty())
        text << tr("Project %1").arg(project);
    for (const ProvenanceLayer &l : layers)
        text << tr("layer %1 (%2 features) content SHA-256 %3").arg(l.table).arg(l.features).arg(l.sha256);
    // Worded apart from the footers' "Audit log head", which print it on every page already.
    if (logHead)
        text << (logBroken ? tr("The project's audit log ends at %1 (the log failed its check)")
                           : tr("The project's audit log ends at %1"))
                    .arg(core::anchorText(*logHead));
    return text;
}

QString ProvenanceBuilder::fileHash(const QString &path, qint64 *bytes)
{
    QString error;
    const QString hex = Sha256::fileHex(path, bytes, &error);
    if (hex.isNull())
        throw core::InputError(path, tr("cannot read the file to hash it: %1").arg(error));
    return hex;
}

QStringList ProvenanceBuilder::fileSet(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        QStringList files;
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
        return files;
    }
    const QString suffix = info.suffix().toLower();
    if (suffix != QLatin1String("shp") && suffix != QLatin1String("shx") && suffix != QLatin1String("dbf"))
        return { path };
    QStringList members { path };
    const QDir dir = info.dir();
    const QString base = info.completeBaseName();
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const QString lower = name.toLower();
        for (const QString &ext : kShapefileMembers)
            if (lower == (base + QLatin1Char('.') + ext).toLower() && name != info.fileName())
                members << dir.filePath(name);
    }
    return members;
}

Provenance ProvenanceBuilder::ofFiles(
    const QStringList &layerPaths, const core::RulesRecord &rules, AreaMethod method, int workingEpsg)
{
    Provenance p;
    p.softwareVersion = QStringLiteral(FARMGUARD_VERSION);
    p.method = method;
    p.workingEpsg = workingEpsg;
    p.rulesSha256 = rules.sha256();
    p.rulesSource = rules.source();
    for (const QString &layer : layerPaths)
        for (const QString &member : fileSet(layer)) {
            ProvenanceFile f;
            f.path = member;
            f.sha256 = fileHash(member, &f.bytes);
            p.files << f;
        }
    return p;
}

QString ProvenanceBuilder::layerHash(const ProjectStore &store, const QString &table, qint64 *features)
{
    const VectorLayer layer = store.readReference(table);
    if (features)
        *features = layer.featureCount();
    return LayerHash::of(layer);
}

Provenance ProvenanceBuilder::ofProject(const ProjectStore &store, const core::RulesRecord &rules, AreaMethod method)
{
    Provenance p;
    p.softwareVersion = QStringLiteral(FARMGUARD_VERSION);
    p.method = method;
    p.workingEpsg = store.info().workingEpsg;
    p.rulesSha256 = rules.sha256();
    p.rulesSource = rules.source();
    p.project = store.info().location;
    for (const ReferenceLayerInfo &info : store.referenceLayersUncounted()) {
        ProvenanceLayer l;
        l.table = info.table;
        // The hash fixed when the layer was written and the features it was taken over (schema
        // 11; the open check holds both to the log, verify-log --full the hash to the rows): no
        // need to read, or count, 500k parcels again on every run.
        if (!info.contentSha256.isEmpty()) {
            l.sha256 = info.contentSha256;
            l.features = info.contentFeatures;
        } else {
            l.sha256 = layerHash(store, info.table, &l.features);
        }
        p.layers << l;
    }
    p.logHead = store.logHead();
    p.logBroken = store.rights().logBroken;
    return p;
}

} // namespace fg::gis
