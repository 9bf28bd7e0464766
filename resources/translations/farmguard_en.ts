<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>fg::app::CliApp</name>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="23"/>
        <source>Usage: farmguard-cli COMMAND [OPTIONS] ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="24"/>
        <source>FarmGuard command line: farmland protection patrol and enforcement analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="25"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="28"/>
        <source>Run &apos;farmguard-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="52"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="55"/>
        <source>internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="59"/>
        <source>farmguard-cli: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::InfoCommand</name>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="30"/>
        <source>describe layers: driver, features, geometry, CRS, extent, encoding, fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="36"/>
        <source>Describe each vector layer as FarmGuard reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="38"/>
        <source>Attribute text encoding (overrides detection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="38"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="39"/>
        <source>Source CRS (overrides detection), e.g. EPSG:4547.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="39"/>
        <source>CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="40"/>
        <source>Layer files to describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="40"/>
        <source>PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="51"/>
        <source>farmguard-cli info: give at least one PATH (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="61"/>
        <source>Layer: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="62"/>
        <source>Driver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="63"/>
        <source>Features: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="64"/>
        <source>Geometry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="65"/>
        <source>CRS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="67"/>
        <source>Extent: %1, %2 - %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="68"/>
        <source>Encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="69"/>
        <source>Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="73"/>
        <source>First feature (FID %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="78"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::MainWindow</name>
    <message>
        <location filename="../../app/main_window.cpp" line="18"/>
        <source>FarmGuard - Farmland Protection Patrol and Enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="20"/>
        <source>Open the sample county or your layers from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="24"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="32"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="33"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="35"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="36"/>
        <source>&amp;Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="37"/>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="38"/>
        <source>&amp;Patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="39"/>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="40"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="41"/>
        <source>&amp;About FarmGuard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="42"/>
        <source>About FarmGuard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="43"/>
        <source>FarmGuard %1
Farmland protection patrol and enforcement analysis.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
