// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include "app/background_job.h"
#include "tests/app/project/pool_blocker.h"

#include <QCoreApplication>
#include <QException>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <stdexcept>
#include <vector>

using fg::app::BackgroundJob;
using fg::app::BackgroundJobBase;
using fg::app::BackgroundReport;

namespace {

constexpr int kWaitMs = 20000;

bool waitForSignal(const QSignalSpy &spy, int count = 1)
{
    return QTest::qWaitFor([&] { return spy.count() >= count; }, kWaitMs);
}

class ParcelRejected : public QException
{
public:
    explicit ParcelRejected(int parcel) : parcel(parcel) {}
    void raise() const override { throw *this; }
    ParcelRejected *clone() const override { return new ParcelRejected(*this); }
    int parcel;
};

} // namespace

TEST_CASE("A background job runs its work on a pooled thread and hands the result to the UI thread", "[background_job]")
{
    BackgroundJob<std::vector<int>> job;
    QSignalSpy finished(&job, &BackgroundJobBase::finished);
    std::atomic<QThread *> worker{nullptr};
    QSemaphore checkedRunning; // the work may not finish before the test has seen it running
    job.start([&worker, &checkedRunning] {
        checkedRunning.acquire();
        worker = QThread::currentThread();
        std::vector<int> squares;
        for (int i = 0; i < 1000; ++i)
            squares.push_back(i * i);
        return squares;
    });
    CHECK(job.isRunning());
    checkedRunning.release();
    REQUIRE(waitForSignal(finished));
    CHECK_FALSE(job.isRunning());
    CHECK_FALSE(job.isCancelled());
    CHECK(worker.load() != QThread::currentThread());
    const std::vector<int> squares = job.result();
    REQUIRE(squares.size() == 1000);
    CHECK(squares[999] == 998001);
    CHECK(finished.count() == 1);
}

TEST_CASE("A background job carries the work's exception to the UI thread", "[background_job]")
{
    SECTION("a QException as it was thrown")
    {
        BackgroundJob<int> job;
        QSignalSpy finished(&job, &BackgroundJobBase::finished);
        job.start([]() -> int { throw ParcelRejected(42); });
        REQUIRE(waitForSignal(finished));
        int parcel = 0;
        try {
            static_cast<void>(job.result());
        } catch (const ParcelRejected &e) {
            parcel = e.parcel;
        }
        CHECK(parcel == 42);
    }
    SECTION("anything else inside a QUnhandledException")
    {
        BackgroundJob<int> job;
        QSignalSpy finished(&job, &BackgroundJobBase::finished);
        job.start([]() -> int { throw std::runtime_error("plot 7 unreadable"); });
        REQUIRE(waitForSignal(finished));
        std::string message;
        try {
            static_cast<void>(job.result());
        } catch (const QUnhandledException &e) {
            try {
                std::rethrow_exception(e.exception());
            } catch (const std::runtime_error &inner) {
                message = inner.what();
            }
        }
        CHECK(message == "plot 7 unreadable");
    }
}

TEST_CASE("A background job cancelled before it starts never runs its work", "[background_job]")
{
    fg::app::test::PoolBlocker pool;
    BackgroundJob<int> job;
    QSignalSpy finished(&job, &BackgroundJobBase::finished);
    std::atomic_bool ran{false};
    job.start([&ran] {
        ran = true;
        return 1;
    });
    CHECK(job.isRunning()); // queued behind the pool's busy thread
    job.cancel();
    pool.release();
    REQUIRE(waitForSignal(finished));
    job.waitForFinished();
    CHECK_FALSE(ran.load());
    CHECK(job.isCancelled());
    CHECK(finished.count() == 1);
}

TEST_CASE("A background job cancelled while running tells its work and drops the result", "[background_job]")
{
    BackgroundJob<int> job;
    QSignalSpy finished(&job, &BackgroundJobBase::finished);
    QSemaphore started, cancelled;
    std::atomic_bool toldBefore{false}, toldAfter{false}, reportSaidGoOn{true};
    job.start([&](const BackgroundReport &report) {
        toldBefore = report.cancelled();
        started.release();
        cancelled.acquire();
        toldAfter = report.cancelled();
        reportSaidGoOn = report(0.5);
        return 7;
    });
    started.acquire();
    job.cancel();
    cancelled.release();
    REQUIRE(waitForSignal(finished));
    job.waitForFinished();
    CHECK_FALSE(toldBefore.load());
    CHECK(toldAfter.load());
    CHECK_FALSE(reportSaidGoOn.load());
    CHECK(job.isCancelled());
    CHECK(finished.count() == 1);
}

TEST_CASE("A background job's reports arrive on the UI thread in order and before finished", "[background_job]")
{
    BackgroundJob<int> job;
    std::vector<QString> seen;
    QObject::connect(&job, &BackgroundJobBase::progress, [&seen](double fraction, const QString &what) {
        CHECK(QThread::currentThread() == QCoreApplication::instance()->thread());
        seen.push_back(QString::number(fraction, 'f', 2) + QLatin1Char(' ') + what);
    });
    QObject::connect(&job, &BackgroundJobBase::counted, [&seen](int done, int total) {
        seen.push_back(QStringLiteral("%1/%2").arg(done).arg(total));
    });
    QObject::connect(&job, &BackgroundJobBase::finished, [&seen] { seen.push_back(QStringLiteral("finished")); });
    QSignalSpy finished(&job, &BackgroundJobBase::finished);
    job.start([](const BackgroundReport &report) {
        for (int i = 0; i < 100; ++i) {
            report(i / 100.0, QStringLiteral("layer %1").arg(i));
            report.count(i, 100);
        }
        return 100;
    });
    REQUIRE(waitForSignal(finished));
    CHECK(job.result() == 100);
    REQUIRE(seen.size() == 201);
    for (int i = 0; i < 100; ++i) {
        CHECK(seen[size_t(2 * i)] == QString::number(i / 100.0, 'f', 2) + QStringLiteral(" layer %1").arg(i));
        CHECK(seen[size_t(2 * i + 1)] == QStringLiteral("%1/100").arg(i));
    }
    CHECK(seen.back() == QStringLiteral("finished"));
}

TEST_CASE("A background job deleted with reports still queued drops them", "[background_job]")
{
    int delivered = 0;
    {
        BackgroundJob<int> job;
        QObject::connect(&job, &BackgroundJobBase::progress, [&delivered] { ++delivered; });
        job.start([](const BackgroundReport &report) {
            for (int i = 0; i < 10; ++i)
                report(i / 10.0);
            return 0;
        });
        job.waitForFinished(); // the reports are posted, none delivered: no event loop ran
    }
    QCoreApplication::processEvents();
    CHECK(delivered == 0);
}

TEST_CASE("Many background jobs at once each get their own result and reports", "[background_job]")
{
    constexpr int kJobs = 48;
    std::vector<std::unique_ptr<BackgroundJob<long long>>> jobs;
    std::vector<int> reports(kJobs, 0);
    int finishedJobs = 0;
    for (int j = 0; j < kJobs; ++j) {
        auto job = std::make_unique<BackgroundJob<long long>>();
        QObject::connect(job.get(), &BackgroundJobBase::counted, [&reports, j](int done, int) { reports[size_t(j)] = done; });
        QObject::connect(job.get(), &BackgroundJobBase::finished, [&finishedJobs] { ++finishedJobs; });
        job->start([j](const BackgroundReport &report) {
            long long sum = 0;
            for (int i = 1; i <= 1000 * (j + 1); ++i) {
                sum += i;
                if (i % 1000 == 0)
                    report.count(i, 1000 * (j + 1));
            }
            return sum;
        });
        jobs.push_back(std::move(job));
    }
    REQUIRE(QTest::qWaitFor([&] { return finishedJobs == kJobs; }, kWaitMs));
    for (int j = 0; j < kJobs; ++j) {
        const long long n = 1000LL * (j + 1);
        CHECK(jobs[size_t(j)]->result() == n * (n + 1) / 2);
        CHECK(reports[size_t(j)] == n);
    }
}

TEST_CASE("A detached background job runs its work and frees its captures on the worker", "[background_job]")
{
    QSemaphore done;
    std::atomic<int> seen{0};
    auto owned = std::make_shared<int>(5);
    std::weak_ptr<int> watch = owned;
    BackgroundJob<void>::detach([owned = std::move(owned), &done, &seen] {
        seen = *owned;
        done.release();
    });
    REQUIRE(done.tryAcquire(1, kWaitMs));
    CHECK(seen.load() == 5);
    // The captures go right after the work, before the task ends.
    CHECK(QTest::qWaitFor([&] { return watch.expired(); }, kWaitMs));
}
