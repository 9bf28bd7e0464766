// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

class QVBoxLayout;

namespace fg::app {

/// A band of messages above the map (QGIS's message bar): what happened to the layers just opened
/// and what the user may do about it. Each message has a level, a text, buttons for its actions
/// and a close button; an action closes its message. Information closes itself after a while;
/// warnings stay until closed. At most three show, the newest on top. UI thread only.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Info, Success, Warning };
    using Action = std::pair<QString, std::function<void()>>;

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows a message; `key` (when not empty) replaces an earlier message with the same key.
    void post(Level level, const QString &text, const QList<Action> &actions = {}, const QString &key = {});
    /// Closes the messages whose key starts with `keyPrefix` (all when empty).
    void dismiss(const QString &keyPrefix = {});
    /// The texts shown, newest first (for tests and screenshots).
    QStringList texts() const;
    /// The action buttons' labels of the message whose text contains `text` (empty when none).
    QStringList actions(const QString &text) const;
    /// Clicks the action `label` of the first message that has it; false when none has.
    bool trigger(const QString &label);

private:
    QVBoxLayout *m_rows;
};

} // namespace fg::app
