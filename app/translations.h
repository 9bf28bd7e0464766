// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QCoreApplication;

namespace fg::app {

/// The UI language: $FARMGUARD_LANG, else the saved setting ("language": "zh_CN" or "en") if any; else English when
/// the system locale is English, Chinese otherwise (Chinese first).
QString chosenLanguage();

/// Saves the language for the next start.
void setSavedLanguage(const QString &language);

/// Loads FarmGuard's and Qt's own translators for chosenLanguage(). Call once after the
/// application object exists.
void installTranslations(QCoreApplication &application);

} // namespace fg::app
