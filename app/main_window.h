// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

namespace fg::app {

/// The FarmGuard main window: wires menus and docks to controllers; holds no domain logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreLayout();
};

} // namespace fg::app
