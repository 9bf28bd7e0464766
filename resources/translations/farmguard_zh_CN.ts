<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>fg::app::CliApp</name>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="23" />
        <source>Usage: farmguard-cli COMMAND [OPTIONS] ...</source>
        <translation>用法：farmguard-cli 命令 [选项] ...</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="24" />
        <source>FarmGuard command line: farmland protection patrol and enforcement analysis.</source>
        <translation>FarmGuard 命令行：耕地保护巡查与执法分析。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="25" />
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="28" />
        <source>Run 'farmguard-cli COMMAND --help' for a command's options.</source>
        <translation>运行 'farmguard-cli 命令 --help' 查看命令的选项。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="52" />
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="55" />
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="59" />
        <source>farmguard-cli: unknown command '%1'</source>
        <translation>farmguard-cli：未知命令 '%1'</translation>
    </message>
</context>
<context>
    <name>fg::app::InfoCommand</name>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="30" />
        <source>describe layers: driver, features, geometry, CRS, extent, encoding, fields</source>
        <translation>描述图层：驱动、要素数、几何类型、坐标系、范围、编码、字段</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="36" />
        <source>Describe each vector layer as FarmGuard reads it.</source>
        <translation>按 FarmGuard 的读取结果描述每个矢量图层。</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="38" />
        <source>Attribute text encoding (overrides detection).</source>
        <translation>属性文本编码（覆盖自动检测）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="38" />
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="39" />
        <source>Source CRS (overrides detection), e.g. EPSG:4547.</source>
        <translation>源坐标系（覆盖自动检测），如 EPSG:4547。</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="39" />
        <source>CRS</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="40" />
        <source>Layer files to describe.</source>
        <translation>要描述的图层文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="40" />
        <source>PATH...</source>
        <translation>路径...</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="51" />
        <source>farmguard-cli info: give at least one PATH (see --help)</source>
        <translation>farmguard-cli info：至少给出一个路径（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="61" />
        <source>Layer: %1 (%2)</source>
        <translation>图层：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="62" />
        <source>Driver: %1</source>
        <translation>驱动：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="63" />
        <source>Features: %1</source>
        <translation>要素数：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="64" />
        <source>Geometry: %1</source>
        <translation>几何类型：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="65" />
        <source>CRS: %1</source>
        <translation>坐标系：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="67" />
        <source>Extent: %1, %2 - %3, %4</source>
        <translation>范围：%1, %2 - %3, %4</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="68" />
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="69" />
        <source>Fields:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="73" />
        <source>First feature (FID %1):</source>
        <translation>第一个要素（FID %1）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="78" />
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>fg::app::MainWindow</name>
    <message>
        <location filename="../../app/main_window.cpp" line="18" />
        <source>FarmGuard - Farmland Protection Patrol and Enforcement</source>
        <translation>FarmGuard 耕地保护巡查与执法分析</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="20" />
        <source>Open the sample county or your layers from the File menu.</source>
        <translation>从“文件”菜单打开示例县或您的图层。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="24" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="32" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="33" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="35" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="36" />
        <source>&amp;Layer</source>
        <translation>图层(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="37" />
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="38" />
        <source>&amp;Patrol</source>
        <translation>巡查(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="39" />
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="40" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="41" />
        <source>&amp;About FarmGuard</source>
        <translation>关于 FarmGuard(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="42" />
        <source>About FarmGuard</source>
        <translation>关于 FarmGuard</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="43" />
        <source>FarmGuard %1
Farmland protection patrol and enforcement analysis.</source>
        <translation>FarmGuard %1
耕地保护巡查与执法分析。</translation>
    </message>
</context>
</TS>