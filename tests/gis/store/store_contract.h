// SPDX-License-Identifier: MIT
// The store contract suite: every behaviour gis/store/project_store.h and patrol_records.h
// promise, run on every registered backend (memory fake, GeoPackage, PostGIS). A backend is one
// small file (see memory_backend.cpp and docs/design/shared-record.md):
//
//     class GpkgBackend final : public fg::test::StoreBackend { … };
//     FG_REGISTER_STORE_BACKEND(GpkgBackend);
//
// Each behaviour is one TEST_CASE ("store contract: …", tags [store][contract]) with one section
// per backend, named after it, so a failure names the backend and `-c geopackage` runs one.
#pragma once

#include "gis/store/project_store.h"
#include "gis/store/project_stores.h"

#include <catch2/catch.hpp>

#include <functional>
#include <memory>
#include <vector>

namespace fg::test {

/// How the contract suite makes and reopens projects on one backend. One object per test run;
/// it may keep what it made (temporary files, schemas) until it is destroyed.
class StoreBackend
{
public:
    virtual ~StoreBackend() = default;

    /// Names the backend in every section: "memory", "geopackage", "postgis".
    virtual QString name() const = 0;
    /// Empty when the backend can run here; otherwise why not (e.g. "FARMGUARD_TEST_PG is not
    /// set"): each test then warns with the reason and skips the backend.
    virtual QString unavailable() const { return {}; }

    /// A new project holding @p spec's layers, opened for @p who with the bureau's rights (a
    /// fresh file or schema every call: tests never share a project).
    virtual std::unique_ptr<gis::ProjectStore> create(
        const gis::NewProject &spec, const gis::OperatorIdentity &who)
        = 0;
    /// A second store, with its own connection, on the project @p store has open, for @p who
    /// (bureau rights): another process or user on the same file or schema.
    virtual std::unique_ptr<gis::ProjectStore> openAgain(
        const gis::ProjectStore &store, const gis::OperatorIdentity &who)
        = 0;
    /// Optional: the project @p store has open, opened for @p who with @p rights (a township,
    /// a department, read-only). nullptr when the backend cannot give those rights (a GeoPackage
    /// has no township or department rights, but can open read-only); the rights tests then
    /// skip it and say so.
    virtual std::unique_ptr<gis::ProjectStore> openWithRights(
        const gis::ProjectStore &store, const gis::OperatorIdentity &who, const gis::StoreRights &rights);
};

using StoreBackendFactory = std::function<std::unique_ptr<StoreBackend>()>;

/// Adds a backend to the suite (use FG_REGISTER_STORE_BACKEND). Returns true.
bool registerStoreBackend(StoreBackendFactory factory);
/// The registered backends, made on first use, in registration order (file order is not fixed:
/// do not rely on it).
const std::vector<std::unique_ptr<StoreBackend>> &storeBackends();
/// Runs @p body once per registered backend, each in a section named after it; a backend that
/// is unavailable is skipped with a warning naming it and the reason.
void forEachStoreBackend(const std::function<void(StoreBackend &)> &body);

} // namespace fg::test

/// Registers @p Type (a StoreBackend with a default constructor) for every contract test.
#define FG_REGISTER_STORE_BACKEND(Type)                                                                      \
    namespace {                                                                                              \
    const bool fgStoreBackendRegistered##Type = ::fg::test::registerStoreBackend(                            \
        [] { return std::unique_ptr<::fg::test::StoreBackend>(new Type); });                                 \
    }

#define FG_STORE_CONTRACT_IMPL(function, description)                                                        \
    static void function(::fg::test::StoreBackend &backend);                                                 \
    TEST_CASE("store contract: " description, "[store][contract]")                                           \
    {                                                                                                        \
        ::fg::test::forEachStoreBackend(&function);                                                          \
    }                                                                                                        \
    static void function([[maybe_unused]] ::fg::test::StoreBackend &backend)

/// One behaviour of the contract; the body sees `backend` (a StoreBackend &).
#define STORE_CONTRACT(description)                                                                          \
    FG_STORE_CONTRACT_IMPL(INTERNAL_CATCH_UNIQUE_NAME(fgStoreContract), description)
