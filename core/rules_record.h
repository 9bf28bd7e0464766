// SPDX-License-Identifier: MIT
#pragma once

#include "core/rules.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fg::core {

/// A project's accountability rules as the project keeps them (its setting `rules`): the rules
/// file's text exactly as given, its SHA-256 and where it came from. Stored as a small JSON
/// envelope, so the audit event that records the setting carries the hash with the text:
/// @code
/// { "format": "farmguard-rules", "sha256": "…64 hex…", "source": "rules.json", "text": "{ … }" }
/// @endcode
/// Projects from before issue 12 hold the bare rules JSON; they read as a record whose hash is
/// computed on reading. A plain value; thread-safe.
class RulesRecord
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::RulesRecord)

public:
    /// The notice's defaults (core::Rules()), as their canonical JSON.
    static RulesRecord defaults();
    /// Rules given as a file's bytes: checked (Rules::fromJson, InputError naming @p source),
    /// hashed as given.
    static RulesRecord fromText(const QByteArray &json, const QString &source);
    /// Reads the stored setting: the envelope, bare rules JSON (older projects) or nothing
    /// (empty: the defaults, isSet() false). Throws InputError naming @p where when the text is
    /// not valid rules or the envelope's hash does not match its text (changed behind the log).
    static RulesRecord fromSetting(const QString &stored, const QString &where);

    /// The envelope to store as the setting.
    QString toSetting() const;
    /// The rules the text gives.
    const Rules &rules() const { return m_rules; }
    /// The text as given (the defaults' canonical JSON for defaults()).
    const QByteArray &text() const { return m_text; }
    /// SHA-256 of text(), lower-case hex.
    const QString &sha256() const { return m_sha256; }
    /// The first 12 hex digits of sha256(), for print.
    QString shortHash() const { return m_sha256.left(12); }
    /// Where the text came from: the file name given, or "" for the defaults.
    const QString &source() const { return m_source; }
    void setSource(QString source) { m_source = std::move(source); }
    /// False for the built-in defaults (a project that never set rules).
    bool isSet() const { return m_set; }
    /// One line for reports and lists: which rules, their reading and hash, translated, e.g.
    /// "project rules (rules.json), notice reading: 5 mu basic farmland, 10 mu cultivated; SHA-256 3f2a…".
    QString describe() const;
    /// The reading in words (the notice's wording or the judicial interpretation), translated.
    static QString readingText(Reading reading);

private:
    Rules m_rules;
    QByteArray m_text;
    QString m_sha256;
    QString m_source;
    bool m_set = false;
};

} // namespace fg::core
