// SPDX-License-Identifier: MIT
#include "gis/report/two_pass_pdf.h"

#include "core/input_error.h"

#include <QBuffer>
#include <algorithm>
#include <QFile>
#include <QPdfWriter>

namespace fg::gis {

namespace {

/// Every report ends with where its figures come from (PageDecor::provenance).
std::function<int(ReportWriter &)> withProvenance(const std::function<int(ReportWriter &)> &compose)
{
    return [compose](ReportWriter &writer) {
        // Two statements: the order of a function's arguments is unspecified (GCC evaluates
        // std::max's right to left, which printed the provenance first).
        const int bodyPages = compose(writer);
        return std::max(bodyPages, writer.writeProvenance());
    };
}

} // namespace

int writeTwoPassPdf(const QString &path, const PageSetup &setup, const PageDecor &decor,
                    const std::function<int(ReportWriter &)> &composeBody)
{
    const auto compose = withProvenance(composeBody);
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        ReportWriter writer(&scratch, setup, decor);
        pages = compose(writer);
        writer.finish();
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw core::InputError(path, ReportWriter::tr("cannot write the report: %1").arg(file.errorString()));
    ReportWriter writer(&file, setup, decor, pages);
    compose(writer);
    if (!writer.finish() || file.error() != QFileDevice::NoError)
        throw core::InputError(path, ReportWriter::tr("cannot write the report: %1").arg(file.errorString()));
    return pages;
}

int paintTwoPass(QPagedPaintDevice *device, const PageSetup &setup, const PageDecor &decor,
                 const std::function<int(ReportWriter &)> &composeBody)
{
    const auto compose = withProvenance(composeBody);
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        // Same resolution as the target, so that text wraps and pages break alike in both passes.
        QPdfWriter counter(&scratch);
        counter.setResolution(device->logicalDpiX());
        ReportWriter writer(&counter, setup, decor);
        pages = compose(writer);
        writer.finish();
    }
    ReportWriter writer(device, setup, decor, pages);
    compose(writer);
    if (!writer.finish())
        throw core::InputError(decor.title, ReportWriter::tr("cannot print the report"));
    return pages;
}

} // namespace fg::gis
