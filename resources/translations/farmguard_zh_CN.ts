<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>fg::app::AnalysisRunner</name>
    <message>
        <location filename="../../app/map/analysis_runner.cpp" line="89" />
        <location filename="../../app/map/analysis_runner.cpp" line="139" />
        <source>An analysis is already running.</source>
        <translation>已有分析正在运行。</translation>
    </message>
    <message>
        <location filename="../../app/map/analysis_runner.cpp" line="94" />
        <source>Open an incident layer first.</source>
        <translation>请先打开监测图斑图层。</translation>
    </message>
    <message>
        <location filename="../../app/map/analysis_runner.cpp" line="96" />
        <source>Open a basic farmland or land-use layer first.</source>
        <translation>请先打开永久基本农田或地类图斑图层。</translation>
    </message>
    <message>
        <location filename="../../app/map/analysis_runner.cpp" line="98" />
        <source>The analysis needs a CGCS2000 Gauss-Krüger working CRS.</source>
        <translation>分析需要 CGCS2000 高斯-克吕格工作坐标系。</translation>
    </message>
    <message>
        <location filename="../../app/map/analysis_runner.cpp" line="144" />
        <source>project analysed (F5)</source>
        <translation>已分析项目（F5）</translation>
    </message>
</context>
<context>
    <name>fg::app::AnalyzeCommand</name>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="381" />
        <source>measure incidents on basic farmland and cultivated land; accountability verdicts</source>
        <translation>量算监测图斑占用永久基本农田和耕地的面积，判定是否追责</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="217" />
        <source>For each incident: the permanent basic farmland and cultivated land it occupies (m² and mu, by land class), and whether it reaches the accountability thresholds (≥ 5 mu basic farmland or ≥ 10 mu cultivated land by default). Incidents of one party accumulate.</source>
        <translation>对每个监测图斑：量算其占用的永久基本农田和耕地面积（平方米和亩，分地类），并判定是否达到责任追究标准（默认永久基本农田 ≥ 5 亩或耕地 ≥ 10 亩）。同一当事人的图斑累计计算。</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="61" />
        <source>cannot read the rules file: %1</source>
        <translation>无法读取规则文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="129" />
        <source>the project's working CRS</source>
        <translation>项目工作坐标系</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="150" />
        <source>the project failed its audit log check: %1</source>
        <translation>项目未通过审计日志检查：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="208" />
        <source>Accumulated (累计计算): every incident of a party in the layer (a layer file holds no case records).</source>
        <translation>累计计算：图层中同一当事人的全部图斑（图层文件不含案件记录）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="223" />
        <source>Incident (监测图斑) polygon layer.</source>
        <translation>监测图斑多边形图层。</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="223" />
        <location filename="../../app/cli/analyze_command.cpp" line="224" />
        <location filename="../../app/cli/analyze_command.cpp" line="226" />
        <location filename="../../app/cli/analyze_command.cpp" line="247" />
        <location filename="../../app/cli/analyze_command.cpp" line="251" />
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="224" />
        <source>Permanent basic farmland polygon layer.</source>
        <translation>永久基本农田多边形图层。</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="225" />
        <source>Cultivated land or land-use (DLTB) polygon layer.</source>
        <translation>耕地或地类图斑（DLTB）多边形图层。</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="227" />
        <source>Incident id field (default: the source FID).</source>
        <translation>图斑编号字段（默认：源数据 FID）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="228" />
        <location filename="../../app/cli/analyze_command.cpp" line="230" />
        <location filename="../../app/cli/analyze_command.cpp" line="233" />
        <location filename="../../app/cli/analyze_command.cpp" line="235" />
        <location filename="../../app/cli/analyze_command.cpp" line="244" />
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="229" />
        <source>Party field; incidents of one party accumulate.</source>
        <translation>当事人字段；同一当事人的图斑累计计算。</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="231" />
        <source>Discovery date field (e.g. FXRQ), for the split-plot period (化整为零); without it incidents count as undated.</source>
        <translation>发现日期字段（如 FXRQ），用于化整为零的时间范围；不给出时图斑视为无日期。</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="234" />
        <source>Land-class code field of the cultivated layer (default DLBM).</source>
        <translation>耕地图层的地类编码字段（默认 DLBM）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="236" />
        <source>Area method: ellipsoidal, geodesic or planar (default ellipsoidal).</source>
        <translation>面积方法：ellipsoidal（椭球面积）、geodesic（测地线面积）或 planar（平面面积），默认 ellipsoidal。</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="237" />
        <source>METHOD</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="239" />
        <source>Working CRS (a CGCS2000 Gauss-Krüger zone), also assumed for layers without a CRS, e.g. EPSG:4547.</source>
        <translation>工作坐标系（CGCS2000 高斯-克吕格分带），也用于没有坐标系的图层，例如 EPSG:4547。</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="242" />
        <source>CRS</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="243" />
        <source>Attribute text encoding (overrides detection).</source>
        <translation>属性文本编码（覆盖自动检测）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="245" />
        <source>JSON rules file (thresholds, reading, cultivated classes); with --project it replaces the project's own rules.</source>
        <translation>JSON 规则文件（追责标准、口径、耕地地类）；与 --project 同用时代替项目自身的规则。</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="252" />
        <source>Analyse a project's incidents instead, with the project's rules; parties accumulate the incidents whose cases are not yet decided.</source>
        <translation>改为按项目自身的规则分析项目中的监测图斑；当事人累计计算其案件尚未作出处罚决定的图斑。</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="248" />
        <source>Output format: table, json or csv (default table).</source>
        <translation>输出格式：table、json 或 csv（默认 table）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="249" />
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="250" />
        <source>Write the output to this file instead of standard output.</source>
        <translation>将输出写入此文件而不是标准输出。</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="254" />
        <source>PROJECT</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="262" />
        <source>unexpected argument '%1' (see --help)</source>
        <translation>多余的参数“%1”（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="265" />
        <source>--incidents PATH is required (see --help)</source>
        <translation>必须给出 --incidents 路径（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="267" />
        <source>give at least one of --basic-farmland and --cultivated</source>
        <translation>--basic-farmland 和 --cultivated 至少给出一个</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="270" />
        <source>--area-method must be ellipsoidal, geodesic or planar, not '%1'</source>
        <translation>--area-method 必须是 ellipsoidal、geodesic 或 planar，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="274" />
        <source>--format must be table, json or csv, not '%1'</source>
        <translation>--format 必须是 table、json 或 csv，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="276" />
        <source>--crs must be an EPSG code such as EPSG:4547, not '%1'</source>
        <translation>--crs 必须是 EPSG 代码（如 EPSG:4547），而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="396" />
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="365" />
        <source>project analysed (analyze --project)</source>
        <translation>已分析项目（analyze --project）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="372" />
        <source>case %1: threshold flag %2 → %3 (%4)</source>
        <translation>案件 %1：追责标志 %2 → %3（%4）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="368" />
        <source>the cases' flags were not judged again: %1</source>
        <translation>案件追责标志未重新研判：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="327" />
        <source>cannot write the output: %1</source>
        <translation>无法写入输出：%1</translation>
    </message>
</context>
<context>
    <name>fg::app::AnalyzeFormatter</name>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="138" />
        <source>basic farmland</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="140" />
        <source>cultivated land</source>
        <translation>耕地</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="141" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="141" />
        <source>★ yes (%1)</source>
        <translation>★ 是（%1）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="141" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="152" />
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="152" />
        <location filename="../../app/cli/analyze_formatter.cpp" line="183" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="152" />
        <source>Incident (mu)</source>
        <translation>图斑面积（亩）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="152" />
        <source>Basic farmland (m²)</source>
        <translation>永久基本农田（平方米）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="152" />
        <source>Approved (mu)</source>
        <translation>已批准（亩）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="153" />
        <location filename="../../app/cli/analyze_formatter.cpp" line="183" />
        <source>Basic farmland (mu)</source>
        <translation>永久基本农田（亩）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="153" />
        <source>Cultivated (m²)</source>
        <translation>耕地（平方米）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="153" />
        <location filename="../../app/cli/analyze_formatter.cpp" line="184" />
        <source>Cultivated (mu)</source>
        <translation>耕地（亩）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="155" />
        <source>Cultivated net of 田坎 (mu)</source>
        <translation>耕地（扣除田坎，亩）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="156" />
        <location filename="../../app/cli/analyze_formatter.cpp" line="184" />
        <source>Outside basic farmland (mu)</source>
        <translation>基本农田以外耕地（亩）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="156" />
        <source>Land classes (mu)</source>
        <translation>分地类（亩）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="156" />
        <location filename="../../app/cli/analyze_formatter.cpp" line="184" />
        <source>Accountability</source>
        <translation>责任追究</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="174" />
        <source>not an occupation: no threshold</source>
        <translation>非占用：不适用标准</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="183" />
        <source>Incidents</source>
        <translation>监测图斑</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="200" />
        <source>%1 incidents, %2 reach the accountability thresholds; %3 parties, %4 reach them when their incidents are accumulated.</source>
        <translation>共 %1 个监测图斑，%2 个达到责任追究标准；共 %3 个当事人，累计计算后 %4 个达到标准。</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="215" />
        <source>Possibly the same party (not added up until a person confirms: 'project same-party'):</source>
        <translation>可能为同一当事人（经人工确认前不累计：'project same-party'）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="236" />
        <source>疑似化整为零 (suspected split plots: each below the thresholds, together over; within %1 m and %2 days):</source>
        <translation>疑似化整为零（单个未达标准、合计达到；相距 %1 米、%2 天以内）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="243" />
        <source>%1 (%2): %3 — together %4 mu basic farmland, %5 mu cultivated land</source>
        <translation>%1（%2）：%3 — 合计永久基本农田 %4 亩、耕地 %5 亩</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="244" />
        <source>no party</source>
        <translation>无当事人</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="256" />
        <source>ellipsoidal (CGCS2000, TD/T 1055-2019)</source>
        <translation>椭球面积（CGCS2000，TD/T 1055-2019）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="259" />
        <source>geodesic (GeographicLib, CGCS2000)</source>
        <translation>测地线面积（GeographicLib，CGCS2000）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="262" />
        <source>planar (Gauss-Krüger plane)</source>
        <translation>平面面积（高斯-克吕格投影平面）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="266" />
        <source>notice reading: all cultivated land counts</source>
        <translation>通知口径：计入全部耕地</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="267" />
        <source>judicial reading: only cultivated land outside basic farmland counts</source>
        <translation>司法解释口径：只计入基本农田以外的耕地</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="269" />
        <source>Area method: %1</source>
        <translation>面积方法：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="270" />
        <source>Working CRS: EPSG:%1 (%2)</source>
        <translation>工作坐标系：EPSG:%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="273" />
        <source>Audit log head %1</source>
        <translation>审计日志头 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="274" />
        <source>Thresholds: basic farmland ≥ %1 mu or cultivated land ≥ %2 mu (%3)</source>
        <translation>追责标准：永久基本农田 ≥ %1 亩或耕地 ≥ %2 亩（%3）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="281" />
        <source>Parties, incidents accumulated (overlaps counted once):</source>
        <translation>当事人累计（重叠部分只计一次）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="287" />
        <source>Not added up (outside the time window): %1</source>
        <translation>未累计（超出时间范围）：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="292" />
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="226" />
        <source>Provenance:</source>
        <translation>数据来源与校验：</translation>
    </message>
</context>
<context>
    <name>fg::app::AssessmentDialog</name>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="59" />
        <source>Township Assessment (考核)</source>
        <translation>乡镇考核</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="62" />
        <location filename="../../app/project/assessment_forms.cpp" line="44" />
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="69" />
        <source>Set Targets…</source>
        <translation>设置目标…</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="70" />
        <source>Record Measure…</source>
        <translation>记录措施…</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="75" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="75" />
        <source>Cultivated target (mu)</source>
        <translation>耕地保有量目标（亩）</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="76" />
        <source>Cultivated now (mu)</source>
        <translation>现状耕地（亩）</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="76" />
        <location filename="../../app/project/assessment_dialog.cpp" line="77" />
        <source>Gap (mu)</source>
        <translation>差额（亩）</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="76" />
        <source>Basic farmland target (mu)</source>
        <translation>永久基本农田保护目标（亩）</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="77" />
        <source>Basic farmland now (mu)</source>
        <translation>现状永久基本农田（亩）</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="77" />
        <source>One-vote veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="77" />
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="84" />
        <source>Now: the Third Land Survey's land inside the township (ellipsoidal) minus the unlawful occupation found. A negative gap in red is short of the target.</source>
        <translation>现状：乡镇范围内三调地类面积（椭球面积）减去已查实的违法占用面积。红色负差额表示未达目标。</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="92" />
        <source>Targets and measures are the bureau's to record.</source>
        <translation>目标和措施由县自然资源局录入。</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="111" />
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="130" />
        <source>The figures could not be computed: %1</source>
        <translation>无法计算考核数据：%1</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="134" />
        <source>Deadlines as of %1</source>
        <translation>期限判定截至 %1</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="155" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="22" />
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="31" />
        <source>Set a Township's Targets (责任状)</source>
        <translation>设置乡镇目标（责任状）</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="39" />
        <source>mu (亩)</source>
        <translation>亩</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="40" />
        <source>hectares (公顷)</source>
        <translation>公顷</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="43" />
        <location filename="../../app/project/assessment_forms.cpp" line="77" />
        <source>Township:</source>
        <translation>乡镇：</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="45" />
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="46" />
        <source>Cultivated land to keep (耕地保有量):</source>
        <translation>耕地保有量：</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="47" />
        <source>Basic farmland to protect (永久基本农田保护面积):</source>
        <translation>永久基本农田保护面积：</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="48" />
        <source>A target left at 0 keeps its stored value. Every change is logged.</source>
        <translation>目标填 0 则保留已录入的值。每次修改均记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="64" />
        <source>Record a Measure</source>
        <translation>记录措施</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="78" />
        <source>Measure:</source>
        <translation>措施：</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="79" />
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="80" />
        <source>Issued by:</source>
        <translation>发文机关：</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="81" />
        <source>Document number:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="82" />
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="84" />
        <source>A measure is never changed once recorded: record a correction instead.</source>
        <translation>措施一经记录不得修改：如有错误请另行记录更正。</translation>
    </message>
</context>
<context>
    <name>fg::app::AttachmentFiles</name>
    <message>
        <location filename="../../app/project/attachment_files.cpp" line="20" />
        <source>cannot read the attachment: %1</source>
        <translation>无法读取附件：%1</translation>
    </message>
</context>
<context>
    <name>fg::app::AttributeTableDock</name>
    <message>
        <location filename="../../app/map/attribute_table_dock.cpp" line="22" />
        <source>Attribute table</source>
        <translation>属性表</translation>
    </message>
    <message>
        <location filename="../../app/map/attribute_table_dock.cpp" line="35" />
        <source>Filter: text in any column</source>
        <translation>筛选：任一列中的文字</translation>
    </message>
</context>
<context>
    <name>fg::app::BoundaryPointParser</name>
    <message>
        <location filename="../../app/project/boundary_point_parser.cpp" line="65" />
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../app/project/boundary_point_parser.cpp" line="71" />
        <source>expected "X Y" or "point,X,Y", found "%1"</source>
        <translation>应为“X Y”或“点号,X,Y”，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../../app/project/boundary_point_parser.cpp" line="75" />
        <source>X looks like a zone-prefixed easting: X is the northing, Y the easting</source>
        <translation>X 像是带带号的横坐标：X 应为纵坐标（北），Y 为横坐标（东）</translation>
    </message>
    <message>
        <location filename="../../app/project/boundary_point_parser.cpp" line="77" />
        <source>X looks like an easting and Y like a northing: X is the northing, Y the easting</source>
        <translation>X 像横坐标、Y 像纵坐标：X 应为纵坐标（北），Y 为横坐标（东）</translation>
    </message>
    <message>
        <location filename="../../app/project/boundary_point_parser.cpp" line="81" />
        <source>Y carries zone %1 but the working CRS (EPSG:%2) is no Gauss-Krüger zone</source>
        <translation>Y 带有带号 %1，但工作坐标系（EPSG:%2）不是高斯-克吕格分带</translation>
    </message>
    <message>
        <location filename="../../app/project/boundary_point_parser.cpp" line="83" />
        <source>Y is in zone %1 but the project works in zone %2 (EPSG:%3)</source>
        <translation>Y 位于第 %1 带，但项目工作于第 %2 带（EPSG:%3）</translation>
    </message>
    <message>
        <location filename="../../app/project/boundary_point_parser.cpp" line="95" />
        <source>point %1 repeats the point before it</source>
        <translation>第 %1 点与前一点重复</translation>
    </message>
    <message>
        <location filename="../../app/project/boundary_point_parser.cpp" line="98" />
        <source>a boundary needs at least three points, found %1</source>
        <translation>界址至少需要三个点，现有 %1 个</translation>
    </message>
</context>
<context>
    <name>fg::app::CaseActionDialog</name>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="34" />
        <source>for example %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="40" />
        <source>Attach files...</source>
        <translation>添加附件...</translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="50" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="51" />
        <source>Actor</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="52" />
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="53" />
        <source>Document no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="54" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="55" />
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="64" />
        <source>Penalty</source>
        <translation>处罚</translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="67" />
        <source>Enforced through the court</source>
        <translation>申请法院强制执行</translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="74" />
        <source>the officer of the Agriculture and Rural Affairs Bureau</source>
        <translation>农业农村局经办人</translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="75" />
        <source>Accepted jointly with</source>
        <translation>共同验收人</translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="118" />
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="119" />
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.ofd);;All files (*)</source>
        <translation>照片和文书 (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.ofd);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>fg::app::CaseListDock</name>
    <message>
        <location filename="../../app/project/case_list_dock.cpp" line="20" />
        <source>Cases</source>
        <translation>案件列表</translation>
    </message>
    <message>
        <location filename="../../app/project/case_list_dock.cpp" line="28" />
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/project/case_list_dock.cpp" line="29" />
        <source>No case</source>
        <translation>未立案件</translation>
    </message>
    <message>
        <location filename="../../app/project/case_list_dock.cpp" line="34" />
        <source>Any verdict</source>
        <translation>全部结论</translation>
    </message>
    <message>
        <location filename="../../app/project/case_list_dock.cpp" line="35" />
        <source>accountability</source>
        <translation>追责</translation>
    </message>
    <message>
        <location filename="../../app/project/case_list_dock.cpp" line="36" />
        <source>below threshold</source>
        <translation>未达标准</translation>
    </message>
    <message>
        <location filename="../../app/project/case_list_dock.cpp" line="37" />
        <source>not measured</source>
        <translation>未量算</translation>
    </message>
    <message>
        <location filename="../../app/project/case_list_dock.cpp" line="40" />
        <source>Overdue only</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <location filename="../../app/project/case_list_dock.cpp" line="96" />
        <source>Any township</source>
        <translation>全部乡镇</translation>
    </message>
</context>
<context>
    <name>fg::app::CasePanel</name>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="86" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="92" />
        <location filename="../../app/project/case_panel.cpp" line="204" />
        <source>Select an incident in the case list.</source>
        <translation>请在案件列表中选择图斑。</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="110" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="110" />
        <source>Sent</source>
        <translation>移送时间</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="110" />
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="110" />
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="114" />
        <source>Suggested department</source>
        <translation>建议移送部门</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="110" />
        <location filename="../../app/project/case_panel.cpp" line="114" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="114" />
        <source>Lead or involved</source>
        <translation>牵头/配合</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="116" />
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="123" />
        <source>Next actions</source>
        <translation>下一步操作</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="118" />
        <source>Transfers</source>
        <translation>移送情况</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="205" />
        <source>Incident %1 has no case yet.</source>
        <translation>图斑 %1 尚未建立案件。</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="57" />
        <source>reached</source>
        <translation>已达到</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="59" />
        <source>below</source>
        <translation>未达到</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="61" />
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="63" />
        <source>not an occupation: no threshold</source>
        <translation>非占用：不适用标准</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="72" />
        <source>pending</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="74" />
        <source>met</source>
        <translation>已办</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="76" />
        <source>met late</source>
        <translation>逾期办结</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="78" />
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="109" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="109" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="109" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="109" />
        <source>Met</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="110" />
        <source>Transfer</source>
        <translation>移送</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="112" />
        <source>Organ</source>
        <translation>问责机关</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="112" />
        <source>Persons</source>
        <translation>被问责人</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="112" />
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="112" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="112" />
        <source>Document</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="117" />
        <source>Deadlines</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="119" />
        <source>Accountability</source>
        <translation>责任追究</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="120" />
        <source>Departments</source>
        <translation>相关部门</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="125" />
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="140" />
        <source>Accountability…</source>
        <translation>责任追究…</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="141" />
        <source>Suspected crime or misconduct…</source>
        <translation>涉嫌犯罪或违纪…</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="142" />
        <source>Declare major…</source>
        <translation>认定重大案件…</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="143" />
        <source>Transfer…</source>
        <translation>移送…</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="144" />
        <source>Reply to a transfer…</source>
        <translation>登记移送回复…</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="145" />
        <source>Threshold flag…</source>
        <translation>追责标志…</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="156" />
        <source>Major-case report…</source>
        <translation>重大案件报告…</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="228" />
        <source>Next deadline: %1 by %2</source>
        <translation>下一期限：%1，截止 %2</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="237" />
        <source>declared major %1</source>
        <translation>%1 认定为重大案件</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="239" />
        <source>crime suspected %1</source>
        <translation>%1 起涉嫌犯罪</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="241" />
        <source>misconduct suspected %1</source>
        <translation>%1 起涉嫌违纪</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="249" />
        <source> (recorded: %1, kept from the decision)</source>
        <translation>（记录为%1，按处罚决定时的研判保留）</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="250" />
        <source> (recorded: %1, to be judged again)</source>
        <translation>（记录为%1，待重新研判）</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="252" />
        <source>&lt;b&gt;Case %1&lt;/b&gt; — %2&lt;br&gt;Party: %3 · %4 · threshold: %5%6</source>
        <translation>&lt;b&gt;案件 %1&lt;/b&gt; — %2&lt;br&gt;当事人：%3 · %4 · 追责标准：%5%6</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="267" />
        <source>Closed, but the closing conditions no longer hold: %1</source>
        <translation>已结案，但结案条件已不再满足：%1</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="290" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="290" />
        <source>no reply yet</source>
        <translation>尚未回复</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="321" />
        <source>No further action: the case is %1.</source>
        <translation>无后续操作：案件%1。</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="342" />
        <source>lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="342" />
        <source>involved</source>
        <translation>配合</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="345" />
        <source>%1 (transferred)</source>
        <translation>%1（已移送）</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="382" />
        <source>Threshold: %1</source>
        <translation>追责标准：%1</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel_records.cpp" line="24" />
        <source>No case is selected.</source>
        <translation>未选择案件。</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel_records.cpp" line="34" />
        <location filename="../../app/project/case_panel_records.cpp" line="57" />
        <source>Refused: %1</source>
        <translation>不允许：%1</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel_records.cpp" line="43" />
        <source>No incident is selected.</source>
        <translation>未选择图斑。</translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel_records.cpp" line="131" />
        <source>Refused:
%1</source>
        <translation>不允许：
%1</translation>
    </message>
</context>
<context>
    <name>fg::app::CaseRecordDialog</name>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="24" />
        <source>Record accountability</source>
        <translation>登记责任追究</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="26" />
        <source>Record a suspicion</source>
        <translation>登记涉嫌情况</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="28" />
        <source>Declare a major case</source>
        <translation>认定重大案件</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="30" />
        <source>Transfer the case</source>
        <translation>移送案件</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="32" />
        <source>Record a department's reply</source>
        <translation>登记部门回复</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="34" />
        <source>Set the threshold flag</source>
        <translation>设置追责标志</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="36" />
        <source>Open a case</source>
        <translation>立案登记</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="57" />
        <source>%1 — case %2</source>
        <translation>%1 — 案件 %2</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="67" />
        <source>A crime (→ public security bureau within 24 hours)</source>
        <translation>涉嫌犯罪（24 小时内移送公安局）</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="68" />
        <source>Officials' misconduct (→ discipline commission)</source>
        <translation>公职人员违纪违法（移送纪委监委）</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="69" />
        <source>Suspected</source>
        <translation>涉嫌</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="70" />
        <source>Since</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="73" />
        <source>A major case is reported to the county before it is filed.</source>
        <translation>重大案件须在立案前报告县政府。</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="74" />
        <source>Declared on</source>
        <translation>认定日期</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="98" />
        <source>Open a case on incident %1</source>
        <translation>对图斑 %1 立案登记</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="103" />
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="104" />
        <source>Clue received</source>
        <translation>线索接收时间</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="106" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="136" />
        <source>e.g. 石城镇分管副镇长 王某</source>
        <translation>例如：石城镇分管副镇长 王某</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="139" />
        <source>e.g. 警告处分, 诫勉谈话</source>
        <translation>例如：警告处分、诫勉谈话</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="146" />
        <source>e.g. 平纪发〔2025〕12号</source>
        <translation>例如：平纪发〔2025〕12号</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="147" />
        <source>Organ</source>
        <translation>问责机关</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="148" />
        <source>Persons held to account</source>
        <translation>被问责人</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="149" />
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="150" />
        <source>Date of the decision</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="151" />
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="163" />
        <source>★ %1 — suggested: %2</source>
        <translation>★ %1 — 建议：%2</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="165" />
        <source>%1 (transferred already)</source>
        <translation>%1（已移送）</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="171" />
        <source>To</source>
        <translation>移送单位</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="172" />
        <location filename="../../app/project/case_record_dialog.cpp" line="204" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="173" />
        <source>Sent</source>
        <translation>移送时间</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="182" />
        <source>%1 — %2, sent %3</source>
        <translation>%1 — %2，%3 移送</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="187" />
        <source>Transfer</source>
        <translation>移送</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="188" />
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="189" />
        <source>Replied</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="196" />
        <source>Threshold reached</source>
        <translation>达到追责标准</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="197" />
        <source>Below thresholds</source>
        <translation>未达追责标准</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="198" />
        <source>Not assessed</source>
        <translation>未研判</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="199" />
        <source>Not an occupation: no threshold</source>
        <translation>非占用：不适用追责标准</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="202" />
        <source>The flag must agree with the case's figures; lowering it needs a reason.</source>
        <translation>追责标志须与案件面积一致；降低标志须说明原因。</translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="203" />
        <source>Flag</source>
        <translation>标志</translation>
    </message>
</context>
<context>
    <name>fg::app::CaseTableModel</name>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="97" />
        <source>no case</source>
        <translation>无案件</translation>
    </message>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="145" />
        <source>Incident</source>
        <translation>图斑</translation>
    </message>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="146" />
        <source>Case status</source>
        <translation>案件状态</translation>
    </message>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="147" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="148" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="149" />
        <source>Village</source>
        <translation>行政村</translation>
    </message>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="150" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="151" />
        <source>Violation type</source>
        <translation>违法类型</translation>
    </message>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="152" />
        <source>Basic farmland (mu)</source>
        <translation>永久基本农田（亩）</translation>
    </message>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="153" />
        <source>Cultivated (mu)</source>
        <translation>耕地（亩）</translation>
    </message>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="154" />
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>fg::app::CaseText</name>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="14" />
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="15" />
        <source>Party: %1; violation type: %2; incidents: %3</source>
        <translation>当事人：%1；违法类型：%2；图斑：%3</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="19" />
        <source>Threshold: %1; major: %2</source>
        <translation>追责标准：%1；重大案件：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="20" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="20" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="23" />
        <source>Declared major: %1</source>
        <translation>认定为重大案件：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="25" />
        <source>Crime suspected: %1</source>
        <translation>涉嫌犯罪：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="27" />
        <source>Officials' misconduct suspected: %1</source>
        <translation>涉嫌公职人员违纪违法：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="31" />
        <source>Figures: %1 (judged: %2)</source>
        <translation>面积：%1（研判：%2）</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="39" />
        <source>Timeline:</source>
        <translation>办理过程：</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="44" />
        <source>with %1 (Agriculture and Rural Affairs Bureau)</source>
        <translation>会同 %1（农业农村局）</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="50" />
        <source>Transfer %1 to %2 on %3 by %4: %5; %6</source>
        <translation>移送 %1：%3 由 %4 移送 %2：%5；%6</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="52" />
        <source>replied %1: %2</source>
        <translation>%1 回复：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="53" />
        <source>no reply yet</source>
        <translation>尚未回复</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="56" />
        <source>Accountability: %1 — %2: %3, %4%5</source>
        <translation>责任追究：%1 — %2：%3，%4%5</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="58" />
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="73" />
        <source>pending</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="75" />
        <source>met</source>
        <translation>已办</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="77" />
        <source>met late</source>
        <translation>逾期办结</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="79" />
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="89" />
        <source>Deadlines:</source>
        <translation>办理期限：</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="91" />
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="100" />
        <source>Next actions: %1</source>
        <translation>下一步操作：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="100" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="103" />
        <source>Closed, but the closing conditions no longer hold: %1</source>
        <translation>已结案，但结案条件已不再满足：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="105" />
        <source>Before closing: %1</source>
        <translation>结案前须：%1</translation>
    </message>
</context>
<context>
    <name>fg::app::CaseTimeline</name>
    <message numerus="yes">
        <location filename="../../app/project/case_timeline.cpp" line="32" />
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n 个附件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/project/case_timeline.cpp" line="40" />
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../app/project/case_timeline.cpp" line="40" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/project/case_timeline.cpp" line="40" />
        <source>Actor</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../app/project/case_timeline.cpp" line="40" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/project/case_timeline.cpp" line="40" />
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../app/project/case_timeline.cpp" line="40" />
        <source>Document no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../app/project/case_timeline.cpp" line="49" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/project/case_timeline.cpp" line="71" />
        <source>Overdue: %1</source>
        <translation>逾期：%1</translation>
    </message>
    <message>
        <location filename="../../app/project/case_timeline.cpp" line="72" />
        <source>Due: %1</source>
        <translation>待办：%1</translation>
    </message>
</context>
<context>
    <name>fg::app::CliApp</name>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="65" />
        <source>Usage: farmguard-cli COMMAND [OPTIONS] ...</source>
        <translation>用法：farmguard-cli 命令 [选项] ...</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="66" />
        <source>FarmGuard command line: farmland protection patrol and enforcement analysis.</source>
        <translation>FarmGuard 命令行：耕地保护巡查与执法分析。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="67" />
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="70" />
        <source>Run 'farmguard-cli COMMAND --help' for a command's options.</source>
        <translation>运行 'farmguard-cli 命令 --help' 查看命令的选项。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="95" />
        <location filename="../../app/cli/cli_app.cpp" line="98" />
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="101" />
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="105" />
        <source>farmguard-cli: unknown command '%1'</source>
        <translation>farmguard-cli：未知命令 '%1'</translation>
    </message>
</context>
<context>
    <name>fg::app::ClueRecorder</name>
    <message>
        <location filename="../../app/project/clue_recorder.cpp" line="35" />
        <source>no incident %1 in the project</source>
        <translation>项目中没有图斑 %1</translation>
    </message>
    <message>
        <location filename="../../app/project/clue_recorder.cpp" line="37" />
        <source>incident %1 has case %2 already</source>
        <translation>图斑 %1 已有案件 %2</translation>
    </message>
    <message>
        <location filename="../../app/project/clue_recorder.cpp" line="45" />
        <source>case opened</source>
        <translation>已立案登记</translation>
    </message>
</context>
<context>
    <name>fg::app::CoverageCommand</name>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="21" />
        <source>%1 of %2 cells covered, %3% of %4 mu farmland seen</source>
        <translation>%2 个网格中 %1 个已覆盖，%4 亩耕地中看到 %3%</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="49" />
        <source>Track %1 (%2, %3): %4 points, %5 gaps</source>
        <translation>轨迹 %1（%2，%3）：%4 个点，%5 处缺口</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="57" />
        <source>Patrol records: %1</source>
        <translation>巡查记录：%1 条</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="99" />
        <source>import GPS tracks and report patrol coverage, gaps and overdue cells</source>
        <translation>导入 GPS 轨迹，报告巡查覆盖、轨迹缺口和逾期网格</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="105" />
        <source>Measure what GPS patrol tracks covered of each cell's farmland.</source>
        <translation>计算 GPS 巡查轨迹覆盖了各网格多少耕地。</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="108" />
        <source>Grid GeoPackage written by 'farmguard-cli grid'.</source>
        <translation>由 'farmguard-cli grid' 生成的网格 GeoPackage。</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="108" />
        <location filename="../../app/cli/coverage_command.cpp" line="110" />
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="110" />
        <source>Land-use layer: farmland is its 0101/0102/0103 parcels (default: whole cells).</source>
        <translation>土地利用图层：耕地为其中 0101/0102/0103 图斑（默认：整个网格）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="111" />
        <source>Officer who walked the tracks.</source>
        <translation>走这些轨迹的网格员。</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="111" />
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="112" />
        <source>Sight distance each side of the track, m (default 100).</source>
        <translation>轨迹两侧的视线距离，米（默认 100）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="113" />
        <location filename="../../app/cli/coverage_command.cpp" line="115" />
        <source>M</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="114" />
        <source>Longest straight step still walked, m (default 500).</source>
        <translation>仍算步行的最长直线步长，米（默认 500）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="116" />
        <source>Longest time without a fix, s (default 600).</source>
        <translation>无定位点的最长时间，秒（默认 600）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="117" />
        <source>S</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="119" />
        <source>Share of farmland seen for a cell to count as covered (default 0.5).</source>
        <translation>网格算作已覆盖所需看到的耕地比例（默认 0.5）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="119" />
        <source>X</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="122" />
        <source>First day of the period, yyyy-MM-dd (default: earliest track).</source>
        <translation>统计期第一天，yyyy-MM-dd（默认：最早的轨迹）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="122" />
        <location filename="../../app/cli/coverage_command.cpp" line="124" />
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="124" />
        <source>Last day of the period, yyyy-MM-dd (default: latest track).</source>
        <translation>统计期最后一天，yyyy-MM-dd（默认：最晚的轨迹）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="151" />
        <source>farmguard-cli coverage: give --grid, --officer, valid numbers and dates, and TRACK.gpx (see --help)</source>
        <translation>farmguard-cli coverage：请给出 --grid、--officer、有效的数字和日期以及 轨迹.gpx（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="70" />
        <source>Track %1: %2 points, %3 gaps</source>
        <translation>轨迹 %1：%2 个点，%3 处缺口</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="55" />
        <location filename="../../app/cli/coverage_command.cpp" line="73" />
        <source>gap: %1</source>
        <translation>缺口：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="127" />
        <source>Project file: its patrol records and grid (give --from and --to); or, with --grid, GPX files.</source>
        <translation>项目文件：使用其巡查记录和网格（需给出 --from 和 --to）；或配合 --grid 给出 GPX 文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="128" />
        <source>PROJECT | TRACK.gpx...</source>
        <translation>项目 | 轨迹.gpx...</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="144" />
        <source>farmguard-cli coverage: give PROJECT --from DATE --to DATE (see --help)</source>
        <translation>farmguard-cli coverage：请给出 项目 --from 日期 --to 日期（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="76" />
        <source>%1 on %2: %3% of %4 mu farmland seen</source>
        <translation>%1 于 %2：%4 亩耕地中看到 %3%</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="85" />
        <source>No cell's farmland lies within sight of these tracks.</source>
        <translation>这些轨迹视线范围内没有任何网格的耕地。</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="31" />
        <source>Period %1 to %2</source>
        <translation>统计期 %1 至 %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="32" />
        <source>Coverage per officer:</source>
        <translation>按网格员统计覆盖：</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="33" />
        <source>Coverage per township:</source>
        <translation>按乡镇统计覆盖：</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="34" />
        <source>Cells overdue on %1: %2</source>
        <translation>%1 逾期未巡网格：%2 个</translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="37" />
        <source>due by %1, %2 days overdue</source>
        <translation>应于 %1 前巡查，已逾期 %2 天</translation>
    </message>
</context>
<context>
    <name>fg::app::FirstPicture</name>
    <message>
        <location filename="../../app/map/first_picture.cpp" line="28" />
        <source>%1: not a shapefile</source>
        <translation>%1：不是 Shapefile</translation>
    </message>
    <message>
        <location filename="../../app/map/first_picture.cpp" line="36" />
        <location filename="../../app/map/first_picture.cpp" line="119" />
        <source>%1: not in a CGCS2000 Gauss-Krüger zone that fits its coordinates</source>
        <translation>%1：不在与其坐标相符的 CGCS2000 高斯-克吕格投影带中</translation>
    </message>
    <message>
        <location filename="../../app/map/first_picture.cpp" line="46" />
        <source>%1: its labels or verdicts need the loaded layer</source>
        <translation>%1：其注记或判定结果需要读入完整图层</translation>
    </message>
    <message>
        <location filename="../../app/map/first_picture.cpp" line="53" />
        <source>%1: the class field %2 is not plain text</source>
        <translation>%1：分类字段 %2 不是纯文本</translation>
    </message>
    <message>
        <location filename="../../app/map/first_picture.cpp" line="106" />
        <source>a CRS given for the files needs the load</source>
        <translation>为文件指定的坐标系需要完整读入</translation>
    </message>
    <message>
        <location filename="../../app/map/first_picture.cpp" line="125" />
        <source>the layers need a transformation into the working CRS</source>
        <translation>图层需要转换到工作坐标系</translation>
    </message>
</context>
<context>
    <name>fg::app::GridCommand</name>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="20" />
        <source>Grid: %1 cells (%2) in EPSG:%3, written to %4</source>
        <translation>网格：%1 个（%2），EPSG:%3，已写入 %4</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="22" />
        <source>%1 m squares</source>
        <translation>%1 米方格</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="23" />
        <source>one per village</source>
        <translation>每村一个</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="29" />
        <source>%1 cells, basic farmland %2 mu, cultivated %3 mu (ellipsoidal)</source>
        <translation>%1 个网格，永久基本农田 %2 亩，耕地 %3 亩（椭球面积）</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="34" />
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="51" />
        <source>make the patrol grid: cells over townships with their farmland and risk inputs</source>
        <translation>生成巡查网格：覆盖乡镇的网格及其耕地和风险要素</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="57" />
        <source>Make patrol cells over townships and measure what each holds.</source>
        <translation>在乡镇上生成巡查网格并计算每个网格的内容。</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="59" />
        <source>Square cell side in metres (default 1000).</source>
        <translation>方格边长，米（默认 1000）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="59" />
        <source>M</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="62" />
        <source>Townships to cover, names or codes, comma-separated (default all).</source>
        <translation>要覆盖的乡镇，名称或代码，逗号分隔（默认全部）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="62" />
        <source>LIST</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="63" />
        <source>One cell per village instead of squares.</source>
        <translation>每村一个网格，而非方格。</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="65" />
        <source>Township boundaries layer (without PROJECT).</source>
        <translation>乡镇界线图层（不用项目时）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="65" />
        <location filename="../../app/cli/grid_command.cpp" line="66" />
        <location filename="../../app/cli/grid_command.cpp" line="67" />
        <location filename="../../app/cli/grid_command.cpp" line="68" />
        <location filename="../../app/cli/grid_command.cpp" line="70" />
        <location filename="../../app/cli/grid_command.cpp" line="75" />
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="66" />
        <source>Village boundaries layer.</source>
        <translation>行政村界线图层。</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="67" />
        <source>Land-use (三调 DLTB) layer.</source>
        <translation>土地利用（三调地类图斑）图层。</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="68" />
        <source>Permanent basic farmland layer.</source>
        <translation>永久基本农田图层。</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="70" />
        <source>Incidents layer with discovery dates (FXRQ).</source>
        <translation>带发现日期（FXRQ）的图斑/线索图层。</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="72" />
        <source>Working CRS (EPSG:4513-4554); default: the zone of the data.</source>
        <translation>工作坐标系（EPSG:4513-4554）；默认：数据所在分带。</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="72" />
        <source>CRS</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="74" />
        <source>GeoPackage to write the grid to (must not exist); without it the grid is stored in PROJECT.</source>
        <translation>写入网格的 GeoPackage（须为新文件）；不给出时网格存入项目。</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="91" />
        <source>farmguard-cli grid: give PROJECT, or --boundaries with --output (see --help)</source>
        <translation>farmguard-cli grid：请给出项目，或同时给出 --boundaries 和 --output（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="78" />
        <source>[PROJECT]</source>
        <translation>[项目]</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="78" />
        <source>Project file: its reference layers are used and the grid is stored in it.</source>
        <translation>项目文件：使用其参考图层，网格也存入其中。</translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="85" />
        <source>farmguard-cli grid: --cell-size takes a positive number of metres</source>
        <translation>farmguard-cli grid：--cell-size 须为正的米数</translation>
    </message>
</context>
<context>
    <name>fg::app::IdentifyDock</name>
    <message>
        <location filename="../../app/map/identify_dock.cpp" line="18" />
        <source>Identify results</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location filename="../../app/map/identify_dock.cpp" line="26" />
        <source>Choose the identify tool and click on the map.</source>
        <translation>选择识别工具后在地图上单击。</translation>
    </message>
    <message>
        <location filename="../../app/map/identify_dock.cpp" line="29" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/map/identify_dock.cpp" line="29" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../app/map/identify_dock.cpp" line="45" />
        <source>%1 features at X %2, Y %3 m: the most relevant first, the others below (click one to see it)</source>
        <translation>X %2、Y %3 米处有 %1 个要素：最相关的在上，其余在下（点击查看）</translation>
    </message>
    <message>
        <location filename="../../app/map/identify_dock.cpp" line="49" />
        <source>%1 features at X %2, Y %3 m</source>
        <translation>X %2、Y %3 米处有 %1 个要素</translation>
    </message>
    <message>
        <location filename="../../app/map/identify_dock.cpp" line="61" />
        <source>feature %1</source>
        <translation>要素 %1</translation>
    </message>
</context>
<context>
    <name>fg::app::ImportIncidentsDialog</name>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="37" />
        <source>Import incidents</source>
        <translation>导入监测图斑</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="39" />
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="44" />
        <source>Incident layer:</source>
        <translation>监测图斑图层：</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="58" />
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="59" />
        <source>How far an incident may reach beyond the project's townships; farther is refused.</source>
        <translation>监测图斑可超出项目乡镇范围的距离；超出更远的拒绝导入。</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="62" />
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="63" />
        <source>The largest incident as a share of the county's area; larger is refused as a wrong unit, CRS or digitising slip.</source>
        <translation>单个图斑面积占全县面积的上限；更大的视为单位、坐标系或数字化错误而拒绝导入。</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="65" />
        <source>Reach beyond the townships:</source>
        <translation>可超出乡镇范围：</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="66" />
        <source>Largest incident (share of the county):</source>
        <translation>单个图斑上限（占全县面积）：</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="76" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="80" />
        <source>Preview (first rows, as mapped):</source>
        <translation>预览（前几行，按字段对应）：</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="104" />
        <source>Incident layer</source>
        <translation>监测图斑图层</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="105" />
        <source>Vector layers (*.shp *.gpkg *.geojson *.json *.kml *.gml);;All files (*)</source>
        <translation>矢量图层 (*.shp *.gpkg *.geojson *.json *.kml *.gml);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/project/import_incidents_dialog.cpp" line="119" />
        <source>%n incident(s) in the layer.</source>
        <translation>
            <numerusform>图层中有 %n 个监测图斑。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="134" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="168" />
        <source>Importing...</source>
        <translation>正在导入...</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="178" />
        <source>Cancelling: nothing of the file will be stored...</source>
        <translation>正在取消：该文件的内容都不会保存...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/project/import_incidents_dialog.cpp" line="183" />
        <source>Imported %n incident(s).</source>
        <translation>
            <numerusform>已导入 %n 个监测图斑。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fg::app::ImportIncidentsModel</name>
    <message>
        <location filename="../../app/project/import_incidents_model.cpp" line="28" />
        <source>Incident number</source>
        <translation>图斑编号</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_model.cpp" line="30" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_model.cpp" line="32" />
        <source>Violation type</source>
        <translation>违法类型</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_model.cpp" line="34" />
        <source>Source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_model.cpp" line="36" />
        <source>Discovery date</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_model.cpp" line="38" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_model.cpp" line="82" />
        <source>the layer has no field '%1'</source>
        <translation>图层没有字段“%1”</translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_model.cpp" line="134" />
        <source>Import cancelled: nothing was imported.</source>
        <translation>导入已取消：没有导入任何内容。</translation>
    </message>
</context>
<context>
    <name>fg::app::IncidentDialog</name>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="21" />
        <source>New incident from boundary point coordinates</source>
        <translation>按界址点坐标新建图斑</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="21" />
        <source>New incident</source>
        <translation>新建图斑</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="38" />
        <source>Incident number</source>
        <translation>图斑编号</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="39" />
        <source>Source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="40" />
        <source>Discovery date</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="41" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="42" />
        <source>Violation type</source>
        <translation>违法类型</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="43" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="47" />
        <source>One point a line: "X Y" or "point,X,Y" (X northing, Y easting; a zone-prefixed Y is accepted)</source>
        <translation>每行一个点：“X Y”或“点号,X,Y”（X 为纵坐标，Y 为横坐标，可带带号）</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="48" />
        <source>Boundary points</source>
        <translation>界址点坐标</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="52" />
        <source>Add photos or documents...</source>
        <translation>添加照片或文档...</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="54" />
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="56" />
        <source>Township, village, areas and verdict are computed from the project's layers when saved.</source>
        <translation>保存时根据项目图层计算乡镇、村、面积和结论。</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="88" />
        <source>Attach photos or documents</source>
        <translation>添加照片或文档</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="89" />
        <source>Photos and documents (*.jpg *.jpeg *.png *.tif *.pdf *.doc *.docx *.xls *.xlsx *.txt);;All files (*)</source>
        <translation>照片和文档 (*.jpg *.jpeg *.png *.tif *.pdf *.doc *.docx *.xls *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>fg::app::IncidentEditTool</name>
    <message>
        <location filename="../../app/project/incident_edit_tool.cpp" line="99" />
        <source>no project is open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_edit_tool.cpp" line="144" />
        <source>A ring keeps at least three vertices.</source>
        <translation>每个环至少保留三个拐点。</translation>
    </message>
</context>
<context>
    <name>fg::app::IncidentFactory</name>
    <message>
        <location filename="../../app/project/incident_factory.cpp" line="27" />
        <source>the boundary is no polygon: %1</source>
        <translation>界址不构成多边形：%1</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_factory.cpp" line="34" />
        <source>the boundary is not a valid polygon: %1</source>
        <translation>界址不是有效多边形：%1</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_factory.cpp" line="46" />
        <source>the incident needs a number</source>
        <translation>图斑需要编号</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_factory.cpp" line="49" />
        <source>incident %1 is already in the project</source>
        <translation>图斑 %1 已在项目中</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_factory.cpp" line="75" />
        <source>new incident %1 recorded</source>
        <translation>已登记新图斑 %1</translation>
    </message>
</context>
<context>
    <name>fg::app::IncidentListDock</name>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="38" />
        <source>accountability (party total)</source>
        <translation>追责（当事人累计）</translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="39" />
        <source>accountability</source>
        <translation>追责</translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="40" />
        <source>below threshold</source>
        <translation>未达标准</translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="43" />
        <source>not analysed</source>
        <translation>未分析</translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="72" />
        <source>not an occupation: no threshold</source>
        <translation>非占用：不适用标准</translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="74" />
        <source>%1, 临界 (review)</source>
        <translation>%1，临界（待复核）</translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="102" />
        <source>Incidents</source>
        <translation>监测图斑</translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="110" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="110" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="110" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="110" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="110" />
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="110" />
        <source>Area (mu)</source>
        <translation>面积（亩）</translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="110" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="111" />
        <source>Basic farmland (mu)</source>
        <translation>永久基本农田（亩）</translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="111" />
        <source>Cultivated (mu)</source>
        <translation>耕地（亩）</translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="111" />
        <source>Cultivated gross (mu)</source>
        <translation>耕地（含田坎，亩）</translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="112" />
        <source>Cultivated net of 田坎 (mu)</source>
        <translation>耕地（扣除田坎，亩）</translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="113" />
        <source>The cultivated figure the verdict compared: the rules' reading and cultivated area</source>
        <translation>研判所比较的耕地面积：按规则的口径与耕地面积计算</translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="114" />
        <source>Each cultivated parcel piece × (1 − KCXS); blank when the land-use layer has no KCXS</source>
        <translation>各耕地图斑部分 ×（1 − KCXS）；地类图层无 KCXS 时留空</translation>
    </message>
</context>
<context>
    <name>fg::app::IncidentReshaper</name>
    <message>
        <location filename="../../app/project/incident_reshaper.cpp" line="58" />
        <source>a ring of the boundary has fewer than three vertices</source>
        <translation>边界有一个环的拐点少于三个</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_reshaper.cpp" line="68" />
        <source>the boundary has no polygon</source>
        <translation>边界不含多边形</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_reshaper.cpp" line="71" />
        <source>the boundary is no polygon: %1</source>
        <translation>界址不构成多边形：%1</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_reshaper.cpp" line="77" />
        <source>the edited boundary is not a valid polygon: %1</source>
        <translation>修改后的界址不是有效多边形：%1</translation>
    </message>
    <message>
        <location filename="../../app/project/incident_reshaper.cpp" line="90" />
        <source>the project has no incident %1</source>
        <translation>项目中没有监测图斑 %1</translation>
    </message>
</context>
<context>
    <name>fg::app::InfoCommand</name>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="42" />
        <source>describe layers: driver, features, geometry, CRS, extent, encoding, fields</source>
        <translation>描述图层：驱动、要素数、几何类型、坐标系、范围、编码、字段</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="141" />
        <source>Describe each vector layer as FarmGuard reads it.</source>
        <translation>按 FarmGuard 的读取结果描述每个矢量图层。</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="144" />
        <location filename="../../app/cli/info_command.cpp" line="152" />
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="144" />
        <source>Attribute text encoding (overrides detection), e.g. GBK, UTF-8.</source>
        <translation>属性文本编码（覆盖自动检测），如 GBK、UTF-8。</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="146" />
        <source>Source CRS (overrides detection), e.g. EPSG:4547.</source>
        <translation>源坐标系（覆盖自动检测），如 EPSG:4547。</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="146" />
        <location filename="../../app/cli/info_command.cpp" line="150" />
        <source>CRS</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="148" />
        <source>Working CRS for analysis (a CGCS2000 3-degree zone, EPSG:4513-4554); default: the zone of the data.</source>
        <translation>分析用工作坐标系（CGCS2000 3 度带，EPSG:4513-4554）；默认取数据所在带。</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="152" />
        <source>Layer inside a multi-layer source (GeoPackage, FileGDB, GPX).</source>
        <translation>多图层数据源（GeoPackage、FileGDB、GPX）中的图层。</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="154" />
        <source>Required geometry kind: polygon, line or point.</source>
        <translation>要求的几何类型：polygon（面）、line（线）或 point（点）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="154" />
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="156" />
        <source>Rebuild a missing .shx in a temporary copy (your folder is not changed).</source>
        <translation>在临时副本中重建缺失的 .shx（不改动您的文件夹）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="157" />
        <source>Layer files to describe.</source>
        <translation>要描述的图层文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="157" />
        <source>PATH...</source>
        <translation>路径...</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="162" />
        <source>farmguard-cli info: give at least one PATH (see --help)</source>
        <translation>farmguard-cli info：至少给出一个路径（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="192" />
        <source>Working CRS for all layers: %1</source>
        <translation>全部图层的工作坐标系：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="195" />
        <source>Working CRS for all layers: cannot choose: %1</source>
        <translation>全部图层的工作坐标系：无法确定：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="121" />
        <source>Layer: %1 (%2)</source>
        <translation>图层：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="68" />
        <source>%1 (no EPSG code)</source>
        <translation>%1（无 EPSG 代码）</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="70" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="72" />
        <source>decided: %1</source>
        <translation>判定依据：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="75" />
        <source>Extent: none (no geometries)</source>
        <translation>范围：无（没有几何）</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="86" />
        <source>Working CRS: %1</source>
        <translation>工作坐标系：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="88" />
        <source>Working CRS: cannot choose: %1</source>
        <translation>工作坐标系：无法确定：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="96" />
        <source>Geometry check: %1 invalid (%2 repaired, %3 collapsed and skipped), %4 null or empty skipped, %5 of another kind skipped</source>
        <translation>几何检查：%1 个无效（%2 个已修复，%3 个修复后为空已跳过），%4 个空几何已跳过，%5 个类型不符已跳过</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="122" />
        <source>Driver: %1</source>
        <translation>驱动：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="123" />
        <source>Features: %1</source>
        <translation>要素数：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="124" />
        <source>Geometry: %1</source>
        <translation>几何类型：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="71" />
        <source>CRS: %1</source>
        <translation>坐标系：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="78" />
        <source>Extent: %1, %2 - %3, %4</source>
        <translation>范围：%1, %2 - %3, %4</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="126" />
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="108" />
        <source>Fields:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="113" />
        <source>First feature (FID %1):</source>
        <translation>第一个要素（FID %1）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="127" />
        <source> (given with --encoding)</source>
        <translation>（由 --encoding 指定）</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="128" />
        <source>evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="132" />
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="171" />
        <source>farmguard-cli info: --expect takes polygon, line or point, not '%1'</source>
        <translation>farmguard-cli info：--expect 只接受 polygon、line 或 point，而不是 '%1'</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="175" />
        <source>farmguard-cli info: --working-crs must be a CGCS2000 3-degree zone, EPSG:4513-4554</source>
        <translation>farmguard-cli info：--working-crs 必须是 CGCS2000 3 度带，EPSG:4513-4554</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="183" />
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>fg::app::JudgedVerdict</name>
    <message>
        <location filename="../../app/project/judged_verdict.cpp" line="34" />
        <source>not measured</source>
        <translation>未量算</translation>
    </message>
</context>
<context>
    <name>fg::app::LayerEvents</name>
    <message>
        <location filename="../../app/map/layer_events.cpp" line="32" />
        <source>Opened 「%1」: %2 features. Text encoding %3 (%4). Coordinates: %5 (%6).</source>
        <translation>已打开「%1」：%2 个要素。属性编码 %3（%4）。坐标系：%5（%6）。</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_events.cpp" line="36" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_events.cpp" line="43" />
        <location filename="../../app/map/layer_events.cpp" line="44" />
        <source> (features %1)</source>
        <translation>（要素 %1）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_events.cpp" line="46" />
        <source>「%1」: %2 invalid geometries were repaired%3; %4 features were skipped (empty, nothing left after repair or of another geometry type)%5.</source>
        <translation>「%1」：已修复 %2 个无效几何%3；跳过 %4 个要素（空几何、修复后无剩余或几何类型不符）%5。</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_events.cpp" line="57" />
        <source>「%1」 is longitude/latitude labelled WGS 84 in China: web-map data (AMap, DataV, Tencent) is usually GCJ-02, shifted by several hundred metres against CGCS2000 layers. Do not measure occupation against it before checking it with a known layer.</source>
        <translation>「%1」是标为 WGS 84 的中国境内经纬度：网络地图数据（高德、DataV、腾讯）通常为 GCJ-02（火星坐标），与 CGCS2000 图层相差数百米。用已知图层核对之前，不要用它量算占地。</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_events.cpp" line="69" />
        <source>「%1」 is not where its coordinate system says: %2. It is left out of the full extent until its coordinate system is set.</source>
        <translation>「%1」不在其坐标系所说的位置：%2。设置正确坐标系之前，全图不包含该图层。</translation>
    </message>
</context>
<context>
    <name>fg::app::LayerLoader</name>
    <message>
        <location filename="../../app/map/layer_loader.cpp" line="30" />
        <source>layers left in their own coordinates: %1</source>
        <translation>图层保留原坐标：%1</translation>
    </message>
</context>
<context>
    <name>fg::app::LayerStyleDialog</name>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="37" />
        <source>Layer style: %1</source>
        <translation>图层样式：%1</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="39" />
        <source>Single symbol</source>
        <translation>单一符号</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="40" />
        <source>Categorised by field</source>
        <translation>按字段分类</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="41" />
        <source>Land use by class (三调 colours)</source>
        <translation>按地类着色（三调配色）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="42" />
        <source>Basic farmland (hatched)</source>
        <translation>永久基本农田（斜线填充）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="43" />
        <source>Boundary (outline and label)</source>
        <translation>界线（轮廓和注记）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="44" />
        <source>Incidents by verdict</source>
        <translation>按结论着色的监测图斑</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="47" />
        <source>(no labels)</source>
        <translation>（不标注）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="62" />
        <source>Symbol</source>
        <translation>符号</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="63" />
        <source>Class field</source>
        <translation>分类字段</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="64" />
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="65" />
        <source>Stroke</source>
        <translation>边线</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="66" />
        <source>Stroke width (px)</source>
        <translation>线宽（像素）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="67" />
        <source>Label field</source>
        <translation>注记字段</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="100" />
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
</context>
<context>
    <name>fg::app::LayerText</name>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="30" />
        <location filename="../../app/map/layer_text.cpp" line="31" />
        <source>Land-use parcels (3rd survey)</source>
        <translation>地类图斑（三调）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="32" />
        <source>Cultivated land</source>
        <translation>耕地</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="33" />
        <location filename="../../app/map/layer_text.cpp" line="34" />
        <location filename="../../app/map/layer_text.cpp" line="35" />
        <location filename="../../app/map/layer_text.cpp" line="36" />
        <source>Permanent basic farmland</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="37" />
        <location filename="../../app/map/layer_text.cpp" line="38" />
        <source>Monitored parcels (incidents)</source>
        <translation>监测图斑</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="39" />
        <source>Township boundaries</source>
        <translation>乡镇界</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="40" />
        <source>Administrative areas</source>
        <translation>行政区</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="41" />
        <source>Village boundaries</source>
        <translation>村界</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="42" />
        <source>Village survey areas</source>
        <translation>村级调查区</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="43" />
        <source>County boundary</source>
        <translation>县界</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="44" />
        <source>Patrol grid</source>
        <translation>巡查网格</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="45" />
        <source>Approved land (approvals)</source>
        <translation>已批准用地（批准文件）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="50" />
        <source>Feature id</source>
        <translation>标识码</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="51" />
        <source>Feature code</source>
        <translation>要素代码</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="52" />
        <source>Parcel pre-number</source>
        <translation>图斑预编号</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="53" />
        <source>Parcel number</source>
        <translation>图斑编号</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="54" />
        <source>Land class code</source>
        <translation>地类编码</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="55" />
        <source>Land class name</source>
        <translation>地类名称</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="56" />
        <source>Ownership type</source>
        <translation>权属性质</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="57" />
        <source>Owner code</source>
        <translation>权属单位代码</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="58" />
        <source>Owner</source>
        <translation>权属单位名称</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="59" />
        <source>Location code</source>
        <translation>坐落单位代码</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="60" />
        <source>Located in</source>
        <translation>坐落单位名称</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="61" />
        <source>Parcel area (m²)</source>
        <translation>图斑面积（平方米）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="62" />
        <source>Deducted class code</source>
        <translation>扣除地类编码</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="63" />
        <source>Deduction coefficient</source>
        <translation>扣除地类系数</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="64" />
        <source>Deducted area (m²)</source>
        <translation>扣除地类面积（平方米）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="65" />
        <source>Net class area (m²)</source>
        <translation>图斑地类面积（平方米）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="66" />
        <source>Cultivated land type</source>
        <translation>耕地类型</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="67" />
        <source>Slope grade</source>
        <translation>耕地坡度级别</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="68" />
        <source>Cultivated land grade</source>
        <translation>耕地等别</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="69" />
        <source>Linear feature width (m)</source>
        <translation>线状地物宽度（米）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="70" />
        <source>Refinement code</source>
        <translation>图斑细化代码</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="71" />
        <source>Refinement</source>
        <translation>图斑细化名称</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="72" />
        <source>Planting code</source>
        <translation>种植属性代码</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="73" />
        <source>Planting</source>
        <translation>种植属性名称</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="74" />
        <source>Urban/village code</source>
        <translation>城镇村属性码</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="75" />
        <source>Data year</source>
        <translation>数据年份</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="76" />
        <location filename="../../app/map/layer_text.cpp" line="108" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="77" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="78" />
        <source>Division code</source>
        <translation>行政区代码</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="79" />
        <source>Division name</source>
        <translation>行政区名称</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="80" />
        <location filename="../../app/map/layer_text.cpp" line="104" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="81" />
        <source>Surveyed area (m²)</source>
        <translation>调查面积（平方米）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="82" />
        <source>Computed area (m²)</source>
        <translation>计算面积（平方米）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="83" />
        <source>Monitoring number</source>
        <translation>监测编号</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="84" />
        <source>Parcel type</source>
        <translation>图斑类型</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="85" />
        <source>Monitored area (m²)</source>
        <translation>监测面积（平方米）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="86" />
        <source>Earlier image date</source>
        <translation>前时相</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="87" />
        <source>Later image date</source>
        <translation>后时相</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="88" />
        <source>Class before change</source>
        <translation>变更前地类</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="89" />
        <source>Class after change</source>
        <translation>变更后地类</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="90" />
        <location filename="../../app/map/layer_text.cpp" line="107" />
        <source>Violation type</source>
        <translation>违法类型</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="91" />
        <location filename="../../app/map/layer_text.cpp" line="106" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="92" />
        <location filename="../../app/map/layer_text.cpp" line="103" />
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="93" />
        <source>Monitored on</source>
        <translation>监测日期</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="94" />
        <location filename="../../app/map/layer_text.cpp" line="101" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="95" />
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="96" />
        <source>Approval kind</source>
        <translation>批准类型</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="97" />
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="98" />
        <source>Valid from</source>
        <translation>有效期起</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="99" />
        <source>Valid to (temporary use: end date)</source>
        <translation>有效期止（临时用地：到期日）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="100" />
        <source>Approved use</source>
        <translation>批准用途</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="102" />
        <source>Source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="105" />
        <source>Village</source>
        <translation>行政村</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="109" />
        <source>Area (m²)</source>
        <translation>面积（平方米）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="110" />
        <source>Basic farmland occupied (m²)</source>
        <translation>占用永久基本农田（平方米）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="111" />
        <source>Cultivated land occupied (m²)</source>
        <translation>占用耕地（平方米）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="113" />
        <source>Cultivated land outside basic farmland occupied (m²)</source>
        <translation>占用基本农田以外耕地（平方米）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="114" />
        <source>Basic farmland occupied (mu)</source>
        <translation>占用永久基本农田（亩）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="115" />
        <source>Cultivated land occupied (mu)</source>
        <translation>占用耕地（亩）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="116" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="117" />
        <source>Area method</source>
        <translation>面积算法</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="118" />
        <source>Source's computed area (m²)</source>
        <translation>原数据计算面积（平方米）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="119" />
        <source>Source's computed perimeter (m)</source>
        <translation>原数据计算周长（米）</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="154" />
        <source>reaches the accountability thresholds</source>
        <translation>达到责任追究标准</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="155" />
        <source>below the thresholds</source>
        <translation>未达到标准</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="156" />
        <source>Ellipsoidal area</source>
        <translation>椭球面积</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="157" />
        <source>Geodesic area</source>
        <translation>测地线面积</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="158" />
        <source>Planar area</source>
        <translation>平面面积</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="192" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>fg::app::LayerTreeDock</name>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="28" />
        <source>land use by class</source>
        <translation>按地类着色</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="29" />
        <source>basic farmland</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="30" />
        <source>boundary</source>
        <translation>界线</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="31" />
        <source>incidents by verdict</source>
        <translation>按结论着色的监测图斑</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="32" />
        <source>categorised</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="35" />
        <source>single symbol</source>
        <translation>单一符号</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="59" />
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="68" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="68" />
        <source>Features</source>
        <translation>要素数</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="77" />
        <source>Move layer up</source>
        <translation>图层上移</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="78" />
        <source>Move layer down</source>
        <translation>图层下移</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="79" />
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="79" />
        <source>Zoom to layer</source>
        <translation>缩放至图层</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="80" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="80" />
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="81" />
        <source>Style...</source>
        <translation>样式...</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="81" />
        <source>Change the layer's symbols and labels</source>
        <translation>修改图层的符号和注记</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="87" />
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="148" />
        <source>%1
Style: %2
CRS: %3 (%4)
Encoding: %5 (%6)</source>
        <translation>%1
样式：%2
坐标系：%3（%4）
编码：%5（%6）</translation>
    </message>
</context>
<context>
    <name>fg::app::LogWarningBar</name>
    <message>
        <location filename="../../app/project/log_warning_bar.cpp" line="13" />
        <source>Audit log warning</source>
        <translation>审计日志警告</translation>
    </message>
    <message>
        <location filename="../../app/project/log_warning_bar.cpp" line="35" />
        <source>This project failed its audit log check and is open read-only: %1</source>
        <translation>本项目未通过审计日志检查，已以只读方式打开：%1</translation>
    </message>
</context>
<context>
    <name>fg::app::MainWindow</name>
    <message>
        <location filename="../../app/main_window.cpp" line="42" />
        <source>FarmGuard - Farmland Protection Patrol and Enforcement</source>
        <translation>FarmGuard 耕地保护巡查与执法分析</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="54" />
        <source>Open the sample county or your layers from the File menu.</source>
        <translation>从“文件”菜单打开示例县或您的图层。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="107" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="114" />
        <source>&amp;Open layers...</source>
        <translation>打开图层(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="121" />
        <source>Open &amp;sample county</source>
        <translation>打开示例县(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="122" />
        <source>&amp;Recent files</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="125" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="132" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="66" />
        <source>&amp;Layer</source>
        <translation>图层(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="72" />
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="83" />
        <source>Township &amp;Assessment (考核)…</source>
        <translation>乡镇考核(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="91" />
        <source>Targets, gaps, one-vote veto and measures of every township</source>
        <translation>各乡镇的目标、差额、一票否决和措施</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="92" />
        <source>Needs an open project (File → Open Project).</source>
        <translation>需要先打开项目（文件 → 打开项目）。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="95" />
        <source>&amp;Patrol</source>
        <translation>巡查(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="96" />
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="97" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="98" />
        <source>&amp;About FarmGuard</source>
        <translation>关于 FarmGuard(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="99" />
        <source>About FarmGuard</source>
        <translation>关于 FarmGuard</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="100" />
        <source>FarmGuard %1
Farmland protection patrol and enforcement analysis.</source>
        <translation>FarmGuard %1
耕地保护巡查与执法分析。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="110" />
        <source>Recent &amp;projects</source>
        <translation>最近的项目(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="116" />
        <source>Open layers with o&amp;ptions...</source>
        <translation>按选项打开图层(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="135" />
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="138" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="149" />
        <source>The language changes at the next start.</source>
        <translation>语言将在下次启动时切换。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="157" />
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="160" />
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="171" />
        <source>No layers found in %1</source>
        <translation>%1 中没有图层</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="190" />
        <source>Open layers</source>
        <translation>打开图层</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="191" />
        <source>Vector layers (*.shp *.gpkg *.geojson *.json *.kml *.gml *.tab *.mif *.sqlite);;All files (*)</source>
        <translation>矢量图层 (*.shp *.gpkg *.geojson *.json *.kml *.gml *.tab *.mif *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="202" />
        <source>Sample county</source>
        <translation>示例县</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="203" />
        <source>The sample county is not in %1.</source>
        <translation>示例县数据不在 %1。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="242" />
        <source>Some layers could not be used</source>
        <translation>部分图层无法使用</translation>
    </message>
</context>
<context>
    <name>fg::app::MakeGridDialog</name>
    <message>
        <location filename="../../app/patrol/make_grid_dialog.cpp" line="15" />
        <source>One cell per village instead of squares</source>
        <translation>按行政村划分网格（不用方格）</translation>
    </message>
    <message>
        <location filename="../../app/patrol/make_grid_dialog.cpp" line="17" />
        <source>Make Patrol Grid</source>
        <translation>生成巡查网格</translation>
    </message>
    <message>
        <location filename="../../app/patrol/make_grid_dialog.cpp" line="21" />
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <location filename="../../app/patrol/make_grid_dialog.cpp" line="24" />
        <source>Cell size:</source>
        <translation>网格边长：</translation>
    </message>
    <message>
        <location filename="../../app/patrol/make_grid_dialog.cpp" line="27" />
        <source>The project's grid will be replaced; officers keep their villages and get the cells nearest their base. Plans already stored keep their days.</source>
        <translation>项目现有网格将被替换；网格员保留所负责的行政村，并按驻地远近重新分配网格。已保存的计划保持原有日期。</translation>
    </message>
    <message>
        <location filename="../../app/patrol/make_grid_dialog.cpp" line="29" />
        <source>Cells cover every township of the project; each gets its farmland (by the project's rules) and risk inputs.</source>
        <translation>网格覆盖项目的全部乡镇；每个网格按项目规则计算耕地并记录风险要素。</translation>
    </message>
</context>
<context>
    <name>fg::app::MakeSampleCommand</name>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="17" />
        <source>basic farmland at the 5 mu threshold</source>
        <translation>基本农田 5 亩临界案例</translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="19" />
        <source>cultivated land at the 10 mu threshold</source>
        <translation>耕地 10 亩临界案例</translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="21" />
        <source>notice wording and judicial reading differ</source>
        <translation>通知口径与司法解释口径结论不同</translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="23" />
        <source>one party, crosses 5 mu only accumulated</source>
        <translation>同一当事人，累计后才达到 5 亩</translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="25" />
        <source>spans two townships</source>
        <translation>跨两个乡镇</translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="27" />
        <source>over two overlapping basic farmland parcels</source>
        <translation>位于两个相互重叠的基本农田图斑上</translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="29" />
        <source>疑似化整为零: one party's three small pieces together over 5 mu</source>
        <translation>疑似化整为零：同一当事人三块小图斑合计超过 5 亩</translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="36" />
        <source>Designed incidents (intended ellipsoidal areas):</source>
        <translation>设计案例（设计椭球面积）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="39" />
        <source>basic farmland %1 mu, cultivated %2 mu</source>
        <translation>基本农田 %1 亩，耕地 %2 亩</translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="42" />
        <source> (naive sum %1 mu)</source>
        <translation>（逐图斑简单相加为 %1 亩）</translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="51" />
        <source>write the sample county (shapefiles in GBK and a GeoPackage) into a directory</source>
        <translation>将示例县数据（GBK 编码 Shapefile 和一个 GeoPackage）写入目录</translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="58" />
        <source>Generate the sample county over Pingshun (EPSG:4547): townships, villages, land-use parcels, basic farmland with flaws, and incidents with designed threshold cases. The same seed always gives the same data.</source>
        <translation>生成平顺县范围的示例县数据（EPSG:4547）：乡镇、行政村、地类图斑、含典型缺陷的永久基本农田，以及含临界设计案例的违法占地图斑。相同的种子总是生成相同的数据。</translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="63" />
        <source>Random seed (default %1).</source>
        <translation>随机种子（默认 %1）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="63" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="64" />
        <source>Output directory (created if missing).</source>
        <translation>输出目录（不存在时自动创建）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="69" />
        <source>farmguard-cli make-sample: give exactly one DIR (see --help)</source>
        <translation>farmguard-cli make-sample：请给出且只给出一个 DIR（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="75" />
        <source>farmguard-cli make-sample: --seed wants a non-negative integer</source>
        <translation>farmguard-cli make-sample：--seed 需要一个非负整数</translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="78" />
        <source>Sample county written to %1 (seed %2, EPSG:%3):</source>
        <translation>示例县数据已写入 %1（种子 %2，EPSG:%3）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="84" />
        <source>%1 features</source>
        <translation>%1 个要素</translation>
    </message>
</context>
<context>
    <name>fg::app::MapStatusWidgets</name>
    <message>
        <location filename="../../app/map/map_status_widgets.cpp" line="28" />
        <source>Cursor position in the working CRS (east, north, metres)</source>
        <translation>光标位置（工作坐标系，东、北，米）</translation>
    </message>
    <message>
        <location filename="../../app/map/map_status_widgets.cpp" line="30" />
        <source>Cursor position as CGCS2000 longitude and latitude</source>
        <translation>光标位置（CGCS2000 经纬度）</translation>
    </message>
    <message>
        <location filename="../../app/map/map_status_widgets.cpp" line="32" />
        <source>Map scale: type 1:N and press Enter</source>
        <translation>地图比例尺：输入 1:N 后按回车</translation>
    </message>
    <message>
        <location filename="../../app/map/map_status_widgets.cpp" line="33" />
        <source>Working coordinate reference system</source>
        <translation>工作坐标系</translation>
    </message>
    <message>
        <location filename="../../app/map/map_status_widgets.cpp" line="37" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/map/map_status_widgets.cpp" line="51" />
        <source>CRS: unknown</source>
        <translation>坐标系：未知</translation>
    </message>
    <message>
        <location filename="../../app/map/map_status_widgets.cpp" line="68" />
        <source>X %1  Y %2</source>
        <translation>X %1  Y %2</translation>
    </message>
    <message>
        <location filename="../../app/map/map_status_widgets.cpp" line="71" />
        <source>E %1°  N %2°</source>
        <translation>东经 %1°  北纬 %2°</translation>
    </message>
    <message>
        <location filename="../../app/map/map_status_widgets.cpp" line="73" />
        <source>lon/lat unavailable</source>
        <translation>经纬度不可用</translation>
    </message>
</context>
<context>
    <name>fg::app::MapWorkspace</name>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="58" />
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="58" />
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="58" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="66" />
        <location filename="../../app/map/map_workspace.cpp" line="314" />
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="94" />
        <source>&amp;Pan</source>
        <translation>平移(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="95" />
        <source>&amp;Identify</source>
        <translation>识别(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="96" />
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="97" />
        <source>Measure &amp;distance</source>
        <translation>量测距离(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="98" />
        <source>Measure &amp;area</source>
        <translation>量测面积(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="110" />
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="111" />
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="112" />
        <source>&amp;Full extent</source>
        <translation>全图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="113" />
        <source>The project's area (or the layers' when no project is open)</source>
        <translation>项目区域（未打开项目时为各图层范围）</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="114" />
        <source>Zoom to &amp;all layers</source>
        <translation>缩放到全部图层(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="115" />
        <source>Zoom to &amp;layer</source>
        <translation>缩放至图层(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="116" />
        <source>Zoom to se&amp;lection</source>
        <translation>缩放至所选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="117" />
        <source>&amp;Previous extent</source>
        <translation>上一视图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="118" />
        <source>&amp;Next extent</source>
        <translation>下一视图(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="119" />
        <source>&amp;Clear selection</source>
        <translation>清除选择(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="120" />
        <source>&amp;Remove layer</source>
        <translation>移除图层(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="121" />
        <source>Layer st&amp;yle...</source>
        <translation>图层样式(&amp;Y)...</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="122" />
        <source>Open &amp;attribute table</source>
        <translation>打开属性表(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="123" />
        <source>Run &amp;overlay analysis</source>
        <translation>运行叠加分析(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="124" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="153" />
        <source>Measure</source>
        <translation>量测</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="155" />
        <source>Choose a measure tool, click vertices, double-click to finish.</source>
        <translation>选择量测工具，单击添加节点，双击结束。</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="187" />
        <source>Loading %1 layer(s)...</source>
        <translation>正在加载 %1 个图层...</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="223" />
        <source>Loading cancelled.</source>
        <translation>已取消加载。</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="258" />
        <source>Loaded %1 layer(s). %2</source>
        <translation>已加载 %1 个图层。%2</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="274" />
        <source>%1 (%2 features)</source>
        <translation>%1（%2 个要素）</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="279" />
        <source>Set coordinate system…</source>
        <translation>设置坐标系…</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="281" />
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="286" />
        <source>Opened %1 layers: %2. Working coordinates: %3.</source>
        <translation>已打开 %1 个图层：%2。工作坐标系：%3。</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="288" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="298" />
        <source>Set the coordinate system of %1</source>
        <translation>设置「%1」的坐标系</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="315" />
        <source>Analysing the project's incidents with its rules...</source>
        <translation>正在按项目规则分析项目中的监测图斑...</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="316" />
        <source>Analysing the incidents against basic farmland and cultivated land...</source>
        <translation>正在将监测图斑与永久基本农田、耕地叠加分析...</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="334" />
        <source>Analysis cancelled.</source>
        <translation>已取消分析。</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="355" />
        <source>judicial reading</source>
        <translation>司法口径</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="355" />
        <source>notice reading</source>
        <translation>通知口径</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="357" />
        <source>Analysed the project's %1 incidents with its rules (%2): %3 reach the accountability thresholds alone or with their party; %4 warnings.</source>
        <translation>已按项目规则（%2）分析项目中的 %1 个图斑：%3 个单独或与同一当事人累计达到追责标准；%4 条警告。</translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="363" />
        <source>Analysed %1 incidents: %2 reach the accountability thresholds; %3 warnings.</source>
        <translation>已分析 %1 个图斑：%2 个达到追责标准；%3 条警告。</translation>
    </message>
</context>
<context>
    <name>fg::app::Measurer</name>
    <message>
        <location filename="../../app/map/measurement.cpp" line="25" />
        <source>The map's CRS is unknown: only planar values.</source>
        <translation>地图坐标系未知：仅显示平面值。</translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="53" />
        <source>Ellipsoidal and geodesic areas need a CGCS2000 Gauss-Krüger working CRS.</source>
        <translation>椭球面积和测地线面积需要 CGCS2000 高斯-克吕格工作坐标系。</translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="70" />
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="73" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="74" />
        <source>%1: %2 m² = %3 mu</source>
        <translation>%1：%2 平方米 = %3 亩</translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="77" />
        <source>Ellipsoidal area</source>
        <translation>椭球面积</translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="78" />
        <source>Geodesic area</source>
        <translation>测地线面积</translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="79" />
        <source>Planar area</source>
        <translation>平面面积</translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="80" />
        <source>Perimeter (planar): %1 m</source>
        <translation>周长（平面）：%1 米</translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="82" />
        <source>Planar length: %1 m</source>
        <translation>平面长度：%1 米</translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="83" />
        <source>Geodesic length: %1</source>
        <translation>测地线长度：%1</translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="84" />
        <source>Geodesic length: %1 m</source>
        <translation>测地线长度：%1 米</translation>
    </message>
</context>
<context>
    <name>fg::app::MessageBar</name>
    <message>
        <location filename="../../app/map/message_bar.cpp" line="70" />
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>fg::app::NewProjectDialog</name>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="16" />
        <source>New project from layers</source>
        <translation>由图层新建项目</translation>
    </message>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="19" />
        <source>Basic farmland (required)</source>
        <translation>永久基本农田（必填）</translation>
    </message>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="20" />
        <source>Land use / cultivated land (required)</source>
        <translation>土地利用现状/耕地（必填）</translation>
    </message>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="21" />
        <source>Township boundaries (required)</source>
        <translation>乡镇界线（必填）</translation>
    </message>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="22" />
        <source>Village boundaries (optional)</source>
        <translation>村界（可选）</translation>
    </message>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="24" />
        <source>chosen from the layers, e.g. EPSG:4547</source>
        <translation>根据图层自动选择，如 EPSG:4547</translation>
    </message>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="25" />
        <source>Working CRS</source>
        <translation>工作坐标系</translation>
    </message>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="26" />
        <source>Project file (.gpkg)</source>
        <translation>项目文件（.gpkg）</translation>
    </message>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="45" />
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="50" />
        <source>GeoPackage project (*.gpkg)</source>
        <translation>GeoPackage 项目 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="52" />
        <source>Vector layers (*.shp *.gpkg *.geojson *.json *.kml *.gml *.tab *.mif *.sqlite);;All files (*)</source>
        <translation>矢量图层 (*.shp *.gpkg *.geojson *.json *.kml *.gml *.tab *.mif *.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>fg::app::OfficerCommand</name>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="79" />
        <source>%1 (%2): base %3, %4; %5 cells a day, %6 km a day; %7 cells, villages: %8</source>
        <translation>%1（%2）：驻地 %3, %4；每天 %5 个网格、%6 公里；%7 个网格，村：%8</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="86" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="89" />
        <source>Officers: %1</source>
        <translation>网格员：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="132" />
        <source>Township the officer works in (add: required).</source>
        <translation>网格员所在乡镇（add 时必填）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="133" />
        <source>T</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="135" />
        <source>Where each day's route starts, working CRS metres (default: the cell nearest the middle of the officer's cells).</source>
        <translation>每天路线的起点，工作坐标系米（默认：最靠近该网格员网格中心的网格）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="137" />
        <source>X,Y</source>
        <translation>X,Y</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="138" />
        <source>Cells a day; 0 = no limit by count.</source>
        <translation>每天网格数；0 = 不按数量限制。</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="138" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="139" />
        <source>Route km a day; 0 = no limit by distance.</source>
        <translation>每天路线公里数；0 = 不按距离限制。</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="139" />
        <source>K</source>
        <translation>公里</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="140" />
        <source>Days off besides weekends, replacing the list.</source>
        <translation>周末以外的休息日，替换原列表。</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="141" />
        <location filename="../../app/cli/officer_command.cpp" line="143" />
        <source>D,D</source>
        <translation>日期,日期</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="143" />
        <source>Weekend days worked (调休), replacing the list.</source>
        <translation>调休上班的周末日期，替换原列表。</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="144" />
        <source>Cells assigned one by one, replacing the list.</source>
        <translation>逐个分配的网格，替换原列表。</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="145" />
        <source>ID,ID</source>
        <translation>编号,编号</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="146" />
        <source>Villages whose cells are all assigned, replacing the list.</source>
        <translation>整村分配网格的村，替换原列表。</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="147" />
        <source>V,V</source>
        <translation>村,村</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="148" />
        <source>list: text or json (default text).</source>
        <translation>list：text 或 json（默认 text）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="149" />
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="151" />
        <source>Project file with a patrol grid.</source>
        <translation>含巡查网格的项目文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="152" />
        <source>list, add NAME or update NAME.</source>
        <translation>list、add 名称 或 update 名称。</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="153" />
        <source>list | add NAME | update NAME</source>
        <translation>list | add 名称 | update 名称</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="164" />
        <source>farmguard-cli officer: malformed --base, --capacity, --max-km or date list (see --help)</source>
        <translation>farmguard-cli officer：--base、--capacity、--max-km 或日期列表格式错误（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="168" />
        <source>Officer %1 added (logged)</source>
        <translation>已添加网格员 %1（已记入日志）</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="168" />
        <source>Officer %1 updated (logged)</source>
        <translation>已更新网格员 %1（已记入日志）</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="178" />
        <source>list, add and update the project's grid officers (网格员)</source>
        <translation>列出、添加和更新项目的网格员</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="184" />
        <source>Manage the grid officers of a project: every change is logged, none deleted.</source>
        <translation>管理项目的网格员：每次修改都记入日志，不删除任何记录。</translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="198" />
        <source>farmguard-cli officer: give PROJECT list, or PROJECT add NAME --township T, or PROJECT update NAME (see --help)</source>
        <translation>farmguard-cli officer：请给出 PROJECT list，或 PROJECT add 名称 --township 乡镇，或 PROJECT update 名称（见 --help）</translation>
    </message>
</context>
<context>
    <name>fg::app::OfficersDialog</name>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="39" />
        <source>Grid Officers</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="40" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="40" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="40" />
        <source>Cells a day</source>
        <translation>每天网格数</translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="40" />
        <source>Km a day</source>
        <translation>每天公里数</translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="41" />
        <source>Assigned cells</source>
        <translation>分配网格数</translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="41" />
        <source>Villages</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="47" />
        <location filename="../../app/patrol/officers_dialog.cpp" line="50" />
        <location filename="../../app/patrol/officers_dialog.cpp" line="95" />
        <location filename="../../app/patrol/officers_dialog.cpp" line="96" />
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="52" />
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="53" />
        <source>Township:</source>
        <translation>乡镇：</translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="54" />
        <source>Cells a day:</source>
        <translation>每天网格数：</translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="55" />
        <source>Km a day:</source>
        <translation>每天公里数：</translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="57" />
        <source>&amp;Save Officer</source>
        <translation>保存网格员(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="116" />
        <source>Give the officer a name.</source>
        <translation>请填写网格员姓名。</translation>
    </message>
</context>
<context>
    <name>fg::app::OpenLayersDialog</name>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="27" />
        <source>Open layers with options</source>
        <translation>按选项打开图层</translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="30" />
        <source>Detect (.cpg, code page, trial decoding)</source>
        <translation>自动检测（.cpg、代码页、试解码）</translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="32" />
        <source>GBK / GB18030 (Chinese offices)</source>
        <translation>GBK / GB18030（国内单位常用）</translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="33" />
        <source>Big5 (traditional Chinese)</source>
        <translation>Big5（繁体中文）</translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="33" />
        <source>Western (CP1252)</source>
        <translation>西文（CP1252）</translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="36" />
        <source>detect from .prj or coordinates, or e.g. EPSG:4547</source>
        <translation>从 .prj 或坐标自动检测，或填写如 EPSG:4547</translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="38" />
        <source>Add files...</source>
        <translation>添加文件...</translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="39" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="47" />
        <source>Attribute encoding</source>
        <translation>属性编码</translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="48" />
        <source>Source CRS</source>
        <translation>源坐标系</translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="51" />
        <source>What will be read</source>
        <translation>将读取的内容</translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="101" />
        <source>Add a file to see what will be read from it.</source>
        <translation>添加文件即可预览将读取的内容。</translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="107" />
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="114" />
        <source>Open layers</source>
        <translation>打开图层</translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="115" />
        <source>Vector layers (*.shp *.gpkg *.geojson *.json *.kml *.gml *.tab *.mif *.sqlite);;All files (*)</source>
        <translation>矢量图层 (*.shp *.gpkg *.geojson *.json *.kml *.gml *.tab *.mif *.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>fg::app::OpenLayersPreview</name>
    <message>
        <location filename="../../app/map/open_layers_preview.cpp" line="35" />
        <source>First feature: %1 (garbled characters here mean the wrong encoding)</source>
        <translation>首个要素：%1（此处若出现乱码，说明编码不对）</translation>
    </message>
</context>
<context>
    <name>fg::app::OperatorDialog</name>
    <message>
        <location filename="../../app/project/operator_dialog.cpp" line="23" />
        <source>Who is working on this project?</source>
        <translation>谁在使用本项目？</translation>
    </message>
    <message>
        <location filename="../../app/project/operator_dialog.cpp" line="26" />
        <source>Every change to %1 is recorded with your name and role in the project's tamper-evident log.</source>
        <translation>对 %1 的每项修改都会连同您的姓名和职务记入项目的防篡改日志。</translation>
    </message>
    <message>
        <location filename="../../app/project/operator_dialog.cpp" line="70" />
        <source>county land law enforcement officer</source>
        <translation>县自然资源执法人员</translation>
    </message>
    <message>
        <location filename="../../app/project/operator_dialog.cpp" line="70" />
        <source>township land officer</source>
        <translation>乡镇国土所人员</translation>
    </message>
    <message>
        <location filename="../../app/project/operator_dialog.cpp" line="70" />
        <source>village grid patroller</source>
        <translation>村级网格巡查员</translation>
    </message>
    <message>
        <location filename="../../app/project/operator_dialog.cpp" line="71" />
        <source>department head</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <location filename="../../app/project/operator_dialog.cpp" line="39" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/project/operator_dialog.cpp" line="40" />
        <source>Role</source>
        <translation>职务</translation>
    </message>
</context>
<context>
    <name>fg::app::PartyPanel</name>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="23" />
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="37" />
        <location filename="../../app/project/party_panel.cpp" line="48" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="37" />
        <source>Open incidents</source>
        <translation>未处理图斑</translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="37" />
        <source>Basic farmland (mu)</source>
        <translation>永久基本农田（亩）</translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="37" />
        <source>Cultivated (mu)</source>
        <translation>耕地（亩）</translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="37" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="39" />
        <source>Totals count incidents whose cases have no penalty decision yet; overlapping incidents count once.</source>
        <translation>累计面积只计尚未作出处罚决定的图斑，重叠部分只计一次。</translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="44" />
        <source>Possibly the same party (not added up until you decide):</source>
        <translation>可能为同一当事人（您确认前不累计）：</translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="48" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="52" />
        <source>Same party...</source>
        <translation>同一当事人...</translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="53" />
        <source>Different parties...</source>
        <translation>不同当事人...</translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="168" />
        <source>当事人累计: %1 together (union, overlaps once)</source>
        <translation>当事人累计：%1 合并计算（重叠部分只计一次）</translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="180" />
        <source>Over a threshold (accountability): %1</source>
        <translation>超过追责标准：%1</translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="194" />
        <source>Overlapping incidents count once.</source>
        <translation>重叠图斑只计算一次。</translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="212" />
        <source>parties %1 and %2 decided</source>
        <translation>已认定当事人 %1 与 %2</translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="228" />
        <source>Same party</source>
        <translation>同一当事人</translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="228" />
        <source>Different parties</source>
        <translation>不同当事人</translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="229" />
        <source>Why (recorded in the log, e.g. the licence or ID card seen):</source>
        <translation>原因（记入日志，例如所见营业执照或身份证）：</translation>
    </message>
</context>
<context>
    <name>fg::app::PatrolController</name>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="37" />
        <source>Show Patrol &amp;Plan</source>
        <translation>显示巡查计划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="39" />
        <source>Plan &amp;Patrols…</source>
        <translation>制定巡查计划(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="41" />
        <source>Make &amp;Grid…</source>
        <translation>生成巡查网格(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="43" />
        <source>&amp;Next Day</source>
        <translation>下一天(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="44" />
        <source>P&amp;revious Day</source>
        <translation>前一天(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="47" />
        <source>Colour Grid by &amp;Risk</source>
        <translation>网格按风险着色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="48" />
        <source>Colour Grid by &amp;Overdue</source>
        <translation>网格按逾期着色(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="49" />
        <source>Colour Grid by O&amp;fficer</source>
        <translation>网格按网格员着色(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="58" />
        <source>&amp;Hide Patrol</source>
        <translation>隐藏巡查(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="61" />
        <source>Grid &amp;Officers…</source>
        <translation>网格员(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="118" />
        <source>The project has no patrol grid yet. Make one now from the project's townships and farmland?</source>
        <translation>项目还没有巡查网格。现在按项目的乡镇和耕地生成吗？</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="120" />
        <source>Make Grid…</source>
        <translation>生成巡查网格…</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="132" />
        <location filename="../../app/patrol/patrol_controller.cpp" line="135" />
        <source>Plan patrols</source>
        <translation>制定巡查计划</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="146" />
        <source>Make grid</source>
        <translation>生成巡查网格</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="158" />
        <source>The project has no patrol grid yet: make one first (Patrol → Make Grid…).</source>
        <translation>项目还没有巡查网格：请先生成（巡查 → 生成巡查网格…）。</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="162" />
        <source>Planning patrols</source>
        <translation>正在制定巡查计划</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="164" />
        <source>Stored the patrol plan %1 to %2: %3 visits, %4 intervals it cannot keep.</source>
        <translation>已保存巡查计划 %1 至 %2：巡查 %3 次，%4 处无法保证巡查间隔。</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="169" />
        <source>Days before %1 kept as planned.</source>
        <translation>%1 之前的日期按原计划保留。</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="171" />
        <source>The project had no officers; one per township was stored.</source>
        <translation>项目中没有网格员；已为每个乡镇各存入一名。</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="179" />
        <source>Making the patrol grid</source>
        <translation>正在生成巡查网格</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="182" />
        <source>Stored the patrol grid: %1 cells in %2 townships.</source>
        <translation>已保存巡查网格：%2 个乡镇共 %1 个网格。</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="193" />
        <source>A patrol job is running; wait for it or cancel it.</source>
        <translation>巡查任务正在运行；请等待完成或取消。</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="220" />
        <source>%1 cancelled; the project is as it was.</source>
        <translation>%1已取消；项目保持原样。</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="235" />
        <location filename="../../app/patrol/patrol_controller.cpp" line="242" />
        <source>Grid Officers</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="250" />
        <location filename="../../app/patrol/patrol_controller.cpp" line="254" />
        <location filename="../../app/patrol/patrol_controller.cpp" line="260" />
        <source>Patrol plan</source>
        <translation>巡查计划</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="132" />
        <location filename="../../app/patrol/patrol_controller.cpp" line="146" />
        <location filename="../../app/patrol/patrol_controller.cpp" line="194" />
        <location filename="../../app/patrol/patrol_controller.cpp" line="235" />
        <location filename="../../app/patrol/patrol_controller.cpp" line="250" />
        <source>Open a project first (File → Open Project).</source>
        <translation>请先打开项目（文件 → 打开项目）。</translation>
    </message>
</context>
<context>
    <name>fg::app::PatrolDock</name>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="37" />
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="38" />
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="38" />
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="39" />
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="39" />
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="40" />
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="40" />
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="47" />
        <source>Patrol</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="60" />
        <source>Grid by</source>
        <translation>网格着色</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="61" />
        <source>risk</source>
        <translation>按风险</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="62" />
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="63" />
        <source>officer</source>
        <translation>按网格员</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="66" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="73" />
        <source>Officer and stops in order</source>
        <translation>网格员及巡查点（按顺序）</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="73" />
        <source>What for</source>
        <translation>巡查原因</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="94" />
        <source>Previous day</source>
        <translation>前一天</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="97" />
        <source>Next day</source>
        <translation>后一天</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="98" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="139" />
        <source>Show the patrol plan (Patrol → Show Patrol Plan) to see each officer's stops.</source>
        <translation>显示巡查计划（巡查 → 显示巡查计划）即可查看各网格员的巡查点。</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="153" />
        <source>no patrol this day</source>
        <translation>当日无巡查</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="154" />
        <source>%1 stops, %2 km from the base (straight legs, without the way back)</source>
        <translation>%1 个巡查点，自驻地 %2 公里（直线距离，不含返程）</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="160" />
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="163" />
        <source>Cell %1; visit by %2</source>
        <translation>网格 %1；最迟 %2 前巡查</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="168" />
        <source>%1: %2 of %3 officers on patrol. Click a stop to centre the map on it.</source>
        <translation>%1：%3 名网格员中 %2 名巡查。点击巡查点可将地图居中到该处。</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="183" />
        <source>low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="184" />
        <source>medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="186" />
        <source>high risk: much basic farmland, recent clues or cases, long since the last patrol</source>
        <translation>高风险：基本农田多、近期有线索或案件、久未巡查</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="190" />
        <source>overdue: not patrolled within its interval</source>
        <translation>超期：未在规定间隔内巡查</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="191" />
        <source>patrolled within its interval</source>
        <translation>已在规定间隔内巡查</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="197" />
        <source>cells of %1</source>
        <translation>%1 负责的网格</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="200" />
        <source>stop, numbered in route order</source>
        <translation>巡查点（按路线顺序编号）</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="201" />
        <source>officer's base (start and end of the route)</source>
        <translation>网格员驻地（路线起点和终点）</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="203" />
        <source>seen from the day's imported tracks</source>
        <translation>当日导入轨迹所见范围</translation>
    </message>
</context>
<context>
    <name>fg::app::PatrolImportCommand</name>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="15" />
        <source>store an officer's GPS track (GPX) in the project and record what it covered</source>
        <translation>将网格员的 GPS 轨迹（GPX）存入项目，并记录其巡查覆盖范围</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="21" />
        <source>Import a GPX patrol track into the project and record its coverage.</source>
        <translation>将 GPX 巡查轨迹导入项目，并记录其覆盖范围。</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="23" />
        <source>Officer who walked the track.</source>
        <translation>走这条轨迹的网格员。</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="23" />
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="24" />
        <source>Sight distance each side of the track, m (default 100).</source>
        <translation>轨迹两侧的视线距离，米（默认 100）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="25" />
        <location filename="../../app/cli/patrol_import_command.cpp" line="27" />
        <source>M</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="26" />
        <source>Longest straight step still walked, m (default 500).</source>
        <translation>仍算步行的最长直线步长，米（默认 500）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="28" />
        <source>Longest time without a fix, s (default 600).</source>
        <translation>无定位点的最长时间，秒（默认 600）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="28" />
        <source>S</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="31" />
        <source>Project file with a patrol grid.</source>
        <translation>含巡查网格的项目文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="31" />
        <source>PROJECT</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="32" />
        <source>GPX file.</source>
        <translation>GPX 文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="32" />
        <source>TRACK.gpx</source>
        <translation>轨迹.gpx</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="44" />
        <source>farmguard-cli patrol-import: give PROJECT, --officer NAME and one TRACK.gpx (see --help)</source>
        <translation>farmguard-cli patrol-import：请给出项目、--officer 姓名和一个轨迹.gpx（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="48" />
        <source>Track %1 stored as track %2 for %3: %4 points, %5 to %6, %7 gaps</source>
        <translation>轨迹 %1 已存为 %3 的第 %2 号轨迹：%4 个点，%5 至 %6，%7 处缺口</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="57" />
        <source>gap: %1</source>
        <translation>缺口：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="60" />
        <source>%1 on %2: %3% of %4 mu farmland seen</source>
        <translation>%1 于 %2：%4 亩耕地中看到 %3%</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="65" />
        <source>Cells seen: %1</source>
        <translation>看到的网格：%1 个</translation>
    </message>
</context>
<context>
    <name>fg::app::PatrolMarkCommand</name>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="14" />
        <source>record a patrol visit to a grid cell by hand</source>
        <translation>手工登记一次网格巡查</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="21" />
        <source>Record by hand that an officer patrolled a grid cell: the cell's farmland counts as seen that day.</source>
        <translation>手工登记网格员巡查了某网格：该网格的耕地计为当天已巡查。</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="23" />
        <source>Officer who patrolled the cell.</source>
        <translation>巡查该网格的网格员。</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="23" />
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="24" />
        <source>Grid cell id.</source>
        <translation>网格编号。</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="24" />
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="25" />
        <source>Day of the visit, yyyy-MM-dd (default: today).</source>
        <translation>巡查日期，yyyy-MM-dd（默认：今天）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="25" />
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="27" />
        <source>Project file with a patrol grid.</source>
        <translation>含巡查网格的项目文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="27" />
        <source>PROJECT</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="38" />
        <source>farmguard-cli patrol-mark: give PROJECT, --officer NAME, --cell ID and a valid --date (see --help)</source>
        <translation>farmguard-cli patrol-mark：请给出 PROJECT、--officer 名称、--cell 编号和有效的 --date（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="42" />
        <source>Visit of %1 to cell %2 on %3 recorded (logged)</source>
        <translation>已登记 %1 于 %3 巡查网格 %2（已记入日志）</translation>
    </message>
</context>
<context>
    <name>fg::app::PatrolReportDialog</name>
    <message>
        <location filename="../../app/patrol/patrol_report_dialog.cpp" line="20" />
        <source>Patrol plan report</source>
        <translation>巡查计划报告</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_report_dialog.cpp" line="30" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_report_dialog.cpp" line="31" />
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_report_dialog.cpp" line="32" />
        <source>To</source>
        <translation>移送单位</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_report_dialog.cpp" line="34" />
        <source>The plan runs from %1 to %2. The report has one map per officer and day.</source>
        <translation>计划期为 %1 至 %2。报告每名网格员每天一幅图。</translation>
    </message>
</context>
<context>
    <name>fg::app::PatrolView</name>
    <message>
        <location filename="../../app/patrol/patrol_view.cpp" line="104" />
        <source>grid by risk: pale = low, dark red = high</source>
        <translation>网格按风险：浅色 = 低，深红 = 高</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_view.cpp" line="105" />
        <source>grid by overdue: red = overdue, green = within interval</source>
        <translation>网格按逾期：红 = 逾期，绿 = 在周期内</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_view.cpp" line="106" />
        <source>grid by officer</source>
        <translation>网格按网格员</translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_view.cpp" line="107" />
        <source>Patrol plan %1: %2 routes, %3 cells; %4; shaded: seen from the day's tracks</source>
        <translation>巡查计划 %1：%2 条路线，%3 个网格；%4；阴影：当天轨迹可见范围</translation>
    </message>
</context>
<context>
    <name>fg::app::PlanCommand</name>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="29" />
        <source>cannot open the officers file</source>
        <translation>无法打开网格员文件</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="48" />
        <source>line %1: expected name,township,base_x,base_y,max_cells,max_km</source>
        <translation>第 %1 行：应为 name,township,base_x,base_y,max_cells,max_km</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="68" />
        <source>plan the grid patrol: each officer's daily route, with reasons and shortfalls</source>
        <translation>编制网格巡查计划：每名网格员每天的路线、理由及无法满足的频次</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="111" />
        <source>%1 %2: %3 cells, %4 km</source>
        <translation>%1 %2：%3 个网格，%4 公里</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="119" />
        <source>Intervals the plan cannot keep: %1</source>
        <translation>计划无法保证的巡查频次：%1 处</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="122" />
        <source>due by %1: %2</source>
        <translation>应于 %1 前巡查：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="124" />
        <source>Cells no officer patrols: %1</source>
        <translation>无人负责的网格：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="127" />
        <source>Village daily patrols: %1</source>
        <translation>行政村日常巡查：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="131" />
        <source>Villages without a daily patrol: %1</source>
        <translation>没有日常巡查的行政村：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="145" />
        <source>note: the project had no officers; one per township was stored</source>
        <translation>注意：项目中没有网格员；已为每个乡镇各存入一名</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="149" />
        <source>note: village %1 (patroller %2) has no cell in the grid; not planned</source>
        <translation>注意：行政村 %1（巡查员 %2）在网格中没有任何网格；未编入计划</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="161" />
        <source>Plan each officer's daily patrol route over a grid.</source>
        <translation>为每名网格员编制每日巡查路线。</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="164" />
        <location filename="../../app/cli/plan_command.cpp" line="174" />
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="164" />
        <source>Grid GeoPackage written by 'farmguard-cli grid --output' (instead of PROJECT).</source>
        <translation>由 'farmguard-cli grid --output' 生成的网格 GeoPackage（代替项目）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="165" />
        <source>First day, yyyy-MM-dd.</source>
        <translation>第一天，yyyy-MM-dd。</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="165" />
        <location filename="../../app/cli/plan_command.cpp" line="167" />
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="167" />
        <source>Days before this one of the project's current plan are kept (default: today).</source>
        <translation>项目现行计划中此日期之前的各天保持不变（默认：今天）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="170" />
        <source>Project file: plans over its grid and officers and stores the plan.</source>
        <translation>项目文件：按其网格和网格员编制计划，并将计划存入其中。</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="170" />
        <source>[PROJECT]</source>
        <translation>[项目]</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="172" />
        <source>Number of days (default 14).</source>
        <translation>天数（默认 14）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="172" />
        <location filename="../../app/cli/plan_command.cpp" line="176" />
        <location filename="../../app/cli/plan_command.cpp" line="182" />
        <location filename="../../app/cli/plan_command.cpp" line="184" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="174" />
        <source>Officers CSV: name,township,base_x,base_y,max_cells,max_km.</source>
        <translation>网格员 CSV：name,township,base_x,base_y,max_cells,max_km。</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="176" />
        <source>Cells a day for officers without their own (default 6).</source>
        <translation>未单独设定的网格员每天巡查网格数（默认 6）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="178" />
        <source>Route km a day for officers without their own (default none).</source>
        <translation>未单独设定的网格员每天路线公里数（默认不限）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="178" />
        <source>KM</source>
        <translation>公里</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="180" />
        <source>Days off besides weekends, comma-separated yyyy-MM-dd.</source>
        <translation>周末以外的休息日，逗号分隔 yyyy-MM-dd。</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="180" />
        <source>LIST</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="181" />
        <source>Revisit interval of high-risk cells (default 7).</source>
        <translation>高风险网格的巡查间隔天数（默认 7）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="183" />
        <source>Revisit interval of normal cells (default 30).</source>
        <translation>一般网格的巡查间隔天数（默认 30）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="185" />
        <source>text or json (default text).</source>
        <translation>text 或 json（默认 text）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="185" />
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="213" />
        <source>farmguard-cli plan: give PROJECT or --grid, --start yyyy-MM-dd and valid numbers, dates and --format (see --help)</source>
        <translation>farmguard-cli plan：请给出项目或 --grid、--start yyyy-MM-dd，以及有效的数值、日期和 --format（见 --help）</translation>
    </message>
</context>
<context>
    <name>fg::app::PlanPatrolsDialog</name>
    <message>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="28" />
        <source>Plan Patrols</source>
        <translation>制定巡查计划</translation>
    </message>
    <message>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="32" />
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="34" />
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="36" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="38" />
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="41" />
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="43" />
        <source>First day:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="44" />
        <source>Days:</source>
        <translation>天数：</translation>
    </message>
    <message>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="45" />
        <source>Revisit high-risk cells every:</source>
        <translation>高风险网格复查间隔：</translation>
    </message>
    <message>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="46" />
        <source>Revisit normal cells every:</source>
        <translation>一般网格复查间隔：</translation>
    </message>
    <message>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="47" />
        <source>Cells a day:</source>
        <translation>每天网格数：</translation>
    </message>
    <message>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="48" />
        <source>Km a day:</source>
        <translation>每天公里数：</translation>
    </message>
    <message>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="50" />
        <source>Officers keep their own daily capacity; the capacity above is given to the officers made for a project that has none (one per township). Days of the current plan before today (%1) are kept as planned.</source>
        <translation>网格员保留各自的每日工作量；上面的工作量只用于项目尚无网格员时新建的网格员（每个乡镇一名）。当前计划中今天（%1）之前的日期按原计划保留。</translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectApprovalCommands</name>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="41" />
        <source>Import an approvals layer (农用地转用 / 土地征收 批复, 临时用地, 设施农业用地 备案, 宅基地 审批): all or nothing per file; the stored incidents they meet are measured again and their cases judged again.</source>
        <translation>导入批准文件图层（农用地转用/土地征收批复、临时用地、设施农业用地备案、宅基地审批）：每个文件全部导入或全部不导入；与之相交的已存图斑重新量算，其案件重新研判。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="45" />
        <location filename="../../app/cli/project_approval_commands.cpp" line="93" />
        <source>The project: a .gpkg file or a postgresql:// URI.</source>
        <translation>项目：.gpkg 文件或 postgresql:// URI。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="46" />
        <source>Approval polygon layer.</source>
        <translation>批准文件面图层。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="49" />
        <source>Source field for this attribute.</source>
        <translation>此属性的来源字段。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="49" />
        <source>FIELD</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="52" />
        <source>Kind of the rows without one: conversion, temporary, facility_agriculture, homestead (or 农用地转用, 临时用地, 设施农业, 宅基地).</source>
        <translation>未填类型的行所用的批准类型：conversion、temporary、facility_agriculture、homestead（或 农用地转用、临时用地、设施农业、宅基地）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="54" />
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="55" />
        <source>CRS of a layer without one, e.g. EPSG:4547.</source>
        <translation>无坐标系图层的坐标系，例如 EPSG:4547。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="55" />
        <source>CRS</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="56" />
        <source>Attribute text encoding (overrides detection).</source>
        <translation>属性文本编码（覆盖自动检测）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="56" />
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="73" />
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="77" />
        <source>Imported %1 approval(s) into %2</source>
        <translation>已向 %2 导入 %1 个批准文件</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="79" />
        <source>Incident %1 measured again with the approved part taken out</source>
        <translation>图斑 %1 已扣除已批准部分重新量算</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="81" />
        <source>Case %1: %2 → %3 (%4)</source>
        <translation>案件 %1：%2 → %3（%4）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="91" />
        <source>The project's approvals: 文号, kind, dates, approved use.</source>
        <translation>项目的批准文件：文号、类型、日期、批准用途。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="94" />
        <source>table or json (default table).</source>
        <translation>table 或 json（默认 table）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="94" />
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectAssessmentCommands</name>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="28" />
        <source>no township '%1' in the project's boundaries (townships: %2)</source>
        <translation>项目乡镇界中没有乡镇“%1”（现有乡镇：%2）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="46" />
        <source>--%1 must be an area greater than 0, not '%2'</source>
        <translation>--%1 必须是大于 0 的面积，而不是 '%2'</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="55" />
        <source>--year must be a year such as 2026, not '%1'</source>
        <translation>--year 必须是年份（如 2026），而不是 '%1'</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="64" />
        <source>--unit must be mu or ha, not '%1'</source>
        <translation>--unit 必须是 mu 或 ha，而不是 '%1'</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="68" />
        <source>--set needs --cultivated, --basic or both</source>
        <translation>--set 需要 --cultivated、--basic 或两者</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="70" />
        <source>--cultivated and --basic need --set TOWNSHIP</source>
        <translation>--cultivated 和 --basic 需要 --set 乡镇</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="86" />
        <source>No targets recorded.</source>
        <translation>尚未录入目标。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="90" />
        <source>%1 %2: cultivated land %3 mu, basic farmland %4 mu (entered in %5; %6, %7)</source>
        <translation>%1 年 %2：耕地保有量 %3 亩，永久基本农田保护面积 %4 亩（录入单位 %5；%6，%7）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="101" />
        <source>%1 %2 mu</source>
        <translation>%1 %2 亩</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="103" />
        <source>, target %1 mu, gap %2 mu%3</source>
        <translation>，目标 %1 亩，差额 %2 亩%3</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="106" />
        <source> (SHORT)</source>
        <translation>（未达标）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="108" />
        <source>, no target</source>
        <translation>，未设目标</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="114" />
        <source>Assessment %1 (ellipsoidal areas; deadlines as of %2)</source>
        <translation>%1 年度考核（椭球面积；期限判定截至 %2）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="120" />
        <source>  [ONE-VOTE VETO]</source>
        <translation>  【一票否决】</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="123" />
        <source>Cultivated land</source>
        <translation>耕地</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="125" />
        <location filename="../../app/cli/project_assessment_commands.cpp" line="132" />
        <source> (三调 %1 mu − occupied %2 mu)</source>
        <translation>（三调 %1 亩 − 违法占用 %2 亩）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="130" />
        <source>Basic farmland</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="137" />
        <source>Veto: %1</source>
        <translation>一票否决：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="140" />
        <source>Measure: %1 %2 by %3, %4%5</source>
        <translation>措施：%1 %2，%3，%4%5</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="153" />
        <source>List a year's township targets (责任状: 耕地保有量 and 永久基本农田保护面积), or set one township's with --set (the bureau's right; logged old → new).</source>
        <translation>列出某年度各乡镇目标（责任状：耕地保有量和永久基本农田保护面积），或用 --set 设置一个乡镇的目标（县自然资源局的权限；旧值 → 新值记入日志）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="155" />
        <location filename="../../app/cli/project_assessment_commands.cpp" line="197" />
        <location filename="../../app/cli/project_assessment_commands.cpp" line="249" />
        <source>The project (path or postgresql:// URI).</source>
        <translation>项目（路径或 postgresql:// URI）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="157" />
        <source>The year (default: this year when setting, every year when listing).</source>
        <translation>年度（默认：设置时为本年，列出时为全部年度）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="157" />
        <location filename="../../app/cli/project_assessment_commands.cpp" line="251" />
        <source>YEAR</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="158" />
        <source>The township whose targets to set.</source>
        <translation>要设置目标的乡镇。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="158" />
        <location filename="../../app/cli/project_assessment_commands.cpp" line="199" />
        <source>TOWNSHIP</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="159" />
        <source>Cultivated land to keep (耕地保有量).</source>
        <translation>耕地保有量。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="159" />
        <location filename="../../app/cli/project_assessment_commands.cpp" line="160" />
        <source>AREA</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="160" />
        <source>Basic farmland to protect (永久基本农田保护面积).</source>
        <translation>永久基本农田保护面积。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="161" />
        <source>Unit of the areas: mu (亩, default) or ha (公顷).</source>
        <translation>面积单位：mu（亩，默认）或 ha（公顷）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="161" />
        <source>UNIT</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="195" />
        <source>Record a measure taken against a township (约谈, 挂牌督办, 暂停用地审批, 通报批评) or for it (通报表扬): the bureau's right; logged, never changed.</source>
        <translation>记录对乡镇采取的措施（约谈、挂牌督办、暂停用地审批、通报批评）或通报表扬：县自然资源局的权限；记入日志，不得修改。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="199" />
        <source>The township.</source>
        <translation>乡镇。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="201" />
        <source>约谈, 挂牌督办, 暂停用地审批, 通报批评 or 通报表扬 (or interview, supervision, suspend_approvals, criticism, commendation).</source>
        <translation>约谈、挂牌督办、暂停用地审批、通报批评或通报表扬（或 interview、supervision、suspend_approvals、criticism、commendation）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="203" />
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="204" />
        <source>The day it was taken (YYYY-MM-DD).</source>
        <translation>采取措施的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="204" />
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="205" />
        <source>Its document number (文号).</source>
        <translation>文号。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="205" />
        <source>NO</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="206" />
        <source>The issuing body (default 县人民政府).</source>
        <translation>发文机关（默认 县人民政府）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="206" />
        <source>BODY</source>
        <translation>机关</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="208" />
        <source>A note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="208" />
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="215" />
        <source>--%1 is required</source>
        <translation>必须给出 --%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="217" />
        <source>--kind must be 约谈, 挂牌督办, 暂停用地审批, 通报批评 or 通报表扬, not '%1'</source>
        <translation>--kind 必须是约谈、挂牌督办、暂停用地审批、通报批评或通报表扬，而不是 '%1'</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="220" />
        <source>--date must be a day as YYYY-MM-DD, not '%1'</source>
        <translation>--date 必须是 YYYY-MM-DD 格式的日期，而不是 '%1'</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="245" />
        <source>Each township's current cultivated land and basic farmland (三调 inside the township minus the unlawful occupation found, ellipsoidal), the gap to its targets, the one-vote-veto (一票否决) triggers with their cases and the measures of the year.</source>
        <translation>各乡镇现状耕地和永久基本农田（乡镇范围内三调面积减去已查实的违法占用，椭球面积）、与目标的差额、一票否决情形及其案件、本年度采取的措施。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="251" />
        <source>The year (default: the latest year with targets).</source>
        <translation>年度（默认：已录入目标的最近年度）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="253" />
        <source>Judge deadlines at this time (ISO 8601; default now, or the year's end).</source>
        <translation>按此时间判定期限（ISO 8601；默认为现在，或该年度末）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="253" />
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="254" />
        <source>Output format: text or json (default text).</source>
        <translation>输出格式：text 或 json（默认 text）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="254" />
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="261" />
        <source>--format must be text or json, not '%1'</source>
        <translation>--format 必须是 text 或 json，而不是 '%1'</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="264" />
        <source>--as-of must be a time such as 2026-12-06T10:00:00Z, not '%1'</source>
        <translation>--as-of 必须是时间（如 2026-12-06T10:00:00Z），而不是 '%1'</translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectCaseCommands</name>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="29" />
        <source>Output format: table or json (default table).</source>
        <translation>输出格式：table 或 json（默认 table）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="30" />
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="31" />
        <source>Judge deadlines at this time instead of now (ISO 8601).</source>
        <translation>以此时间而非当前时间判断期限（ISO 8601）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="32" />
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="41" />
        <source>--format must be table or json, not '%1'</source>
        <translation>--format 必须是 table 或 json，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="43" />
        <source>--now must be an ISO 8601 date-time, not '%1'</source>
        <translation>--now 必须是 ISO 8601 日期时间，而不是“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/project_case_commands.cpp" line="104" />
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件案件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="126" />
        <source>List the project's cases; overdue steps are always shown.</source>
        <translation>列出项目中的案件；逾期环节始终显示。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="127" />
        <location filename="../../app/cli/project_case_commands.cpp" line="194" />
        <location filename="../../app/cli/project_case_commands.cpp" line="231" />
        <source>The project file.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="128" />
        <source>Only cases in this status (e.g. stopped).</source>
        <translation>只列出处于此状态的案件（如 stopped）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="128" />
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="129" />
        <source>Only cases with an overdue step.</source>
        <translation>只列出有逾期环节的案件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="192" />
        <source>Show one case: its timeline, transfers, accountability, next actions and late steps.</source>
        <translation>显示一件案件：办理过程、移送、责任追究、下一步操作和逾期环节。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="195" />
        <location filename="../../app/cli/project_case_commands.cpp" line="232" />
        <source>The case id.</source>
        <translation>案件编号。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="113" />
        <location filename="../../app/cli/project_case_commands.cpp" line="206" />
        <source>no case with this id</source>
        <translation>没有此编号的案件</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="87" />
        <source>case | status | party | violation type | threshold | verdict | opened | overdue</source>
        <translation>案件 | 状态 | 当事人 | 违法类型 | 追责标准 | 研判结论 | 立卷日期 | 逾期</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="94" />
        <source>%1 (due %2, %3)</source>
        <translation>%1（期限 %2，%3）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="222" />
        <source>Audit log head %1</source>
        <translation>审计日志头 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="229" />
        <source>Apply one step to a case through the case workflow; a refused step changes nothing and exits with 5 and the reasons.</source>
        <translation>按办案流程对案件执行一个环节；被拒绝的环节不做任何更改，以退出码 5 结束并给出原因。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="234" />
        <source>verify, dismiss, stop, report, file, decide, execute, accept_reclamation, close; or the action's name as 'project case' prints it.</source>
        <translation>verify（核实）、dismiss（不属实）、stop（制止）、report（报告）、file（立案）、decide（处罚决定）、execute（执行）、accept_reclamation（复耕验收）、close（结案）；也可用 'project case' 显示的操作名称。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="237" />
        <source>Who did the step (also recorded as the operator).</source>
        <translation>执行该环节的人（同时记为操作人）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="237" />
        <location filename="../../app/cli/project_case_commands.cpp" line="246" />
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="238" />
        <source>The actor's role.</source>
        <translation>执行人的职务。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="238" />
        <source>ROLE</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="239" />
        <source>When the step was done (ISO 8601; default now).</source>
        <translation>执行该环节的时间（ISO 8601；默认当前时间）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="239" />
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="240" />
        <source>A note on the step.</source>
        <translation>环节备注。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="240" />
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="241" />
        <source>decide: demolish, confiscate or fine (repeat for several).</source>
        <translation>decide：demolish（拆除）、confiscate（没收）或 fine（罚款）（多项可重复给出）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="241" />
        <source>PENALTY</source>
        <translation>处罚</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="242" />
        <source>execute: execution was forced through the court.</source>
        <translation>execute：经法院强制执行。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="244" />
        <source>accept_reclamation: the officer of the Agriculture and Rural Affairs Bureau who accepted the reclamation with the bureau.</source>
        <translation>accept_reclamation：与本局共同验收复垦的农业农村局经办人。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="248" />
        <source>The case's revision the step is based on (from 'project case --format json'); exit 5 when someone changed the case since.</source>
        <translation>该步骤所依据的案件版本号（见 'project case --format json'）；若此后案件已被他人修改则以 5 退出。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="250" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="257" />
        <source>--actor NAME and --role ROLE are required</source>
        <translation>必须给出 --actor 姓名和 --role 职务</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="263" />
        <source>--date must be ISO 8601, not '%1'</source>
        <translation>--date 必须是 ISO 8601 格式，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="275" />
        <source>--revision takes a number</source>
        <translation>--revision 须为数字</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="278" />
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="282" />
        <source>Case %1 is now %2</source>
        <translation>案件 %1 当前状态：%2</translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectCommand</name>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="47" />
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="70" />
        <source>the county's record: create a project, import incidents, list and advance cases</source>
        <translation>县级台账：创建项目、导入监测图斑、列出和办理案件</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="76" />
        <source>Operator's name, recorded on every change (default: the login name).</source>
        <translation>操作人姓名，每次更改都会记录（默认：登录名）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="76" />
        <location filename="../../app/cli/project_command.cpp" line="231" />
        <location filename="../../app/cli/project_command.cpp" line="291" />
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="77" />
        <source>Operator's role, recorded on every change.</source>
        <translation>操作人职务，每次更改都会记录。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="77" />
        <source>ROLE</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="105" />
        <source>expected %1 argument(s), got %2 (see --help)</source>
        <translation>需要 %1 个参数，实际给出 %2 个（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="117" />
        <source>Usage: farmguard-cli project SUBCOMMAND PROJECT [OPTIONS]</source>
        <translation>用法：farmguard-cli project 子命令 项目 [选项]</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="118" />
        <source>Subcommands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="119" />
        <source>create a project from reference layers</source>
        <translation>由参考图层创建项目</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="120" />
        <source>create the sample county project with cases at different stages</source>
        <translation>创建示例县项目，含处于不同办理阶段的案件</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="121" />
        <source>import an incident layer (each incident one commit)</source>
        <translation>导入监测图斑图层（每个图斑单独提交）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="124" />
        <source>list cases, by status or overdue</source>
        <translation>按状态或逾期列出案件</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="125" />
        <source>show one case: timeline, transfers, next actions, deadlines</source>
        <translation>显示一件案件：办理过程、移送、下一步操作、期限</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="126" />
        <source>apply a case step through the workflow</source>
        <translation>按办案流程执行案件环节</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="129" />
        <source>transfer a case to any department, with a reason</source>
        <translation>将案件移送任一部门并说明原因</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="210" />
        <source>farmguard-cli project: unknown subcommand '%1'</source>
        <translation>farmguard-cli project：未知子命令“%1”</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="218" />
        <source>Create a project (one GeoPackage) from the reference layers, reprojected to one CGCS2000 Gauss-Krüger working CRS.</source>
        <translation>由参考图层创建项目（一个 GeoPackage），统一投影到一个 CGCS2000 高斯-克吕格工作坐标系。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="264" />
        <source>The new project file (.gpkg).</source>
        <translation>新建的项目文件（.gpkg）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="222" />
        <source>Permanent basic farmland polygon layer.</source>
        <translation>永久基本农田多边形图层。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="56" />
        <source>--outside-tolerance must be a distance in metres (0 or more), not '%1'</source>
        <translation>--outside-tolerance 必须是以米为单位的距离（0 或以上），而不是 '%1'</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="61" />
        <source>--max-county-share must be a share above 0 and at most 1, not '%1'</source>
        <translation>--max-county-share 必须是大于 0 且不超过 1 的比例，而不是 '%1'</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="122" />
        <source>import an approvals layer (all or nothing; incidents measured again)</source>
        <translation>导入批准文件图层（全部或全不；图斑重新量算）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="123" />
        <source>list the project's approvals (文号, kind, dates)</source>
        <translation>列出项目的批准文件（文号、类型、日期）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="127" />
        <source>show the project's accountability rules, or set them from a JSON file</source>
        <translation>显示项目的追责规则，或从 JSON 文件设置</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="128" />
        <source>open a case at its clue on stored incidents</source>
        <translation>在已存图斑上立案（线索阶段）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="130" />
        <source>record a department's reply to a transfer</source>
        <translation>记录部门对移送的回复</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="131" />
        <source>record an accountability decision (organ, persons, decision, date)</source>
        <translation>登记责任追究决定（问责机关、被问责人、处理决定、日期）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="132" />
        <source>record a suspected crime or officials' misconduct</source>
        <translation>登记涉嫌犯罪或公职人员违纪违法</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="133" />
        <source>declare a case major (重大案件报告)</source>
        <translation>认定重大案件（重大案件报告）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="134" />
        <source>set a case's threshold flag (checked against its figures)</source>
        <translation>设置案件追责标志（依面积核验）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="135" />
        <source>the parties as accumulation matches them, and those that may be one</source>
        <translation>累计计算所认定的当事人，以及可能为同一人的当事人</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="136" />
        <source>record whether two recorded parties are the same (logged)</source>
        <translation>登记两个当事人是否为同一人（记入日志）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="137" />
        <source>list or set the townships' targets of a year (责任状)</source>
        <translation>列出或设置某年度各乡镇目标（责任状）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="138" />
        <source>record a measure against a township (约谈, 挂牌督办, 暂停用地审批, 通报)</source>
        <translation>记录对乡镇采取的措施（约谈、挂牌督办、暂停用地审批、通报）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="139" />
        <source>each township's figures, gaps to its targets, one-vote-veto triggers, measures</source>
        <translation>各乡镇现状面积、与目标的差额、一票否决情形和措施</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="140" />
        <source>copy a project to another place or backend (GeoPackage, PostGIS)</source>
        <translation>把项目复制到其他位置或后端（GeoPackage、PostGIS）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="141" />
        <source>give a login rights on a shared PostGIS project</source>
        <translation>为登录名授予共享 PostGIS 项目的权限</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="142" />
        <source>write a receipt of the audit log's head, to keep outside the project</source>
        <translation>为操作日志头出具回执，保存在项目之外</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="143" />
        <source>chain the audit log with HMAC under an office key kept outside</source>
        <translation>以保存在项目之外的单位密钥对操作日志进行 HMAC 加密链接</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="145" />
        <source>PROJECT is a GeoPackage file or a postgresql://HOST/DB?schema=NAME URI.</source>
        <translation>PROJECT 为 GeoPackage 文件或 postgresql://主机/数据库?schema=名称 形式的地址。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="146" />
        <source>Exit codes: 0 done, 2 usage, 3 bad input, 4 read-only or damaged project, 5 step refused by the case workflow or changed meanwhile by another user, 6 no right to the record.</source>
        <translation>退出码：0 完成，2 用法错误，3 输入有误，4 项目只读或已损坏，5 案件流程拒绝该步骤或已被他人修改，6 无权操作该记录。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="220" />
        <source>The new project: a .gpkg file or a postgresql:// URI.</source>
        <translation>新项目：.gpkg 文件或 postgresql:// 地址。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="222" />
        <location filename="../../app/cli/project_command.cpp" line="223" />
        <location filename="../../app/cli/project_command.cpp" line="224" />
        <location filename="../../app/cli/project_command.cpp" line="225" />
        <location filename="../../app/cli/project_command.cpp" line="229" />
        <location filename="../../app/cli/project_command.cpp" line="233" />
        <location filename="../../app/cli/project_command.cpp" line="295" />
        <location filename="../../app/cli/project_command.cpp" line="345" />
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="223" />
        <source>Land-use (DLTB) or cultivated land polygon layer.</source>
        <translation>地类图斑（DLTB）或耕地多边形图层。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="224" />
        <source>Township boundary polygon layer.</source>
        <translation>乡镇界线多边形图层。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="225" />
        <source>Village boundary polygon layer.</source>
        <translation>行政村界线多边形图层。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="227" />
        <source>Nature reserve polygon layer (自然保护区): decides whether the ecology bureau takes part in a mining case.</source>
        <translation>自然保护区面图层：决定生态环境部门是否参与采矿案件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="230" />
        <source>Working CRS, also assumed for layers without a CRS, e.g. EPSG:4547.</source>
        <translation>工作坐标系，也用于没有坐标系的图层，例如 EPSG:4547。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="230" />
        <location filename="../../app/cli/project_command.cpp" line="290" />
        <source>CRS</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="231" />
        <location filename="../../app/cli/project_command.cpp" line="291" />
        <source>Attribute text encoding (overrides detection).</source>
        <translation>属性文本编码（覆盖自动检测）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="232" />
        <source>JSON rules file (thresholds, reading, cultivated classes), recorded with its SHA-256 as the project's rules; default: the notice's.</source>
        <translation>JSON 规则文件（标准、口径、耕地地类），连同其 SHA-256 记为项目规则；默认为通知的规则。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="241" />
        <source>--%1 PATH is required (see --help)</source>
        <translation>必须给出 --%1 路径（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="251" />
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="252" />
        <source>Working CRS: EPSG:%1 (%2)</source>
        <translation>工作坐标系：EPSG:%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="261" />
        <source>Create the sample county project: the layers and incidents of the sample directory and six cases at different stages (one overdue), dated relative to now.</source>
        <translation>创建示例县项目：包括示例目录中的图层和监测图斑，以及处于不同办理阶段的六件案件（其中一件逾期），日期相对当前时间设定。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="265" />
        <source>Sample directory (default: the data/sample directory of the source tree).</source>
        <translation>示例目录（默认：源码树中的 data/sample 目录）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="266" />
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="272" />
        <source>Created %1 with cases %2</source>
        <translation>已创建 %1，含案件 %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="279" />
        <source>Import an incident layer: each incident is measured against the project's layers and committed with its case (clue) as one edit.</source>
        <translation>导入监测图斑图层：每个图斑都对照项目图层量算，并与其案件（线索）作为一次编辑提交。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="281" />
        <source>The project file.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="282" />
        <source>Incident polygon layer.</source>
        <translation>监测图斑多边形图层。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="284" />
        <source>Source field for this attribute.</source>
        <translation>此属性的来源字段。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="284" />
        <source>FIELD</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="287" />
        <source>Source when the layer has none: patrol, public_report, satellite, department_transfer, other.</source>
        <translation>图层没有线索来源时使用：patrol（巡查）、public_report（举报）、satellite（卫片）、department_transfer（部门移送）、other（其他）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="289" />
        <source>SOURCE</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="290" />
        <source>CRS of a layer without one, e.g. EPSG:4547.</source>
        <translation>无坐标系图层的坐标系，例如 EPSG:4547。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="293" />
        <source>JSON rules file (thresholds, reading, cultivated classes); default: the project's own rules.</source>
        <translation>JSON 规则文件（追责标准、口径、耕地地类）；默认使用项目自身的规则。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="298" />
        <source>How far an incident may reach beyond the project's townships, in metres (default 50).</source>
        <translation>图斑可超出项目乡镇范围的距离，单位米（默认 50）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="300" />
        <source>M</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="302" />
        <source>The largest incident as a share of the county's area, 0-1 (default 0.05).</source>
        <translation>单个图斑面积占全县面积的最大比例，0-1（默认 0.05）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="304" />
        <source>SHARE</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="341" />
        <source>The project's accountability rules (thresholds, reading, cultivated classes) that analysis, import and reports judge with. Without --set, prints them as JSON (the notice's defaults when the project sets none).</source>
        <translation>项目的追责规则（追责标准、口径、耕地地类），分析、导入和报告均按其判定。不带 --set 时以 JSON 输出（项目未设置时为通知的默认规则）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="344" />
        <source>The project: a .gpkg file or a postgresql:// URI.</source>
        <translation>项目：.gpkg 文件或 postgresql:// URI。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="345" />
        <source>Record these rules (a JSON rules file) as the project's; logged.</source>
        <translation>将此规则（JSON 规则文件）记为项目的规则；记入操作日志。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="354" />
        <source>Rules in effect: %1 (SHA-256 %2)</source>
        <translation>现行规则：%1（SHA-256 %2）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="359" />
        <source>cannot read the rules file: %1</source>
        <translation>无法读取规则文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="362" />
        <source>Recorded the rules of %1 from %2 (SHA-256 %3)</source>
        <translation>已从 %2 记录 %1 的规则（SHA-256 %3）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="365" />
        <source>Case %1: %2 → %3 (%4)</source>
        <translation>案件 %1：%2 → %3（%4）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="369" />
        <source>Case %1 was changed by someone else meanwhile: judge it again</source>
        <translation>案件 %1 同时已被他人修改：请重新研判</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="296" />
        <source>Record the incidents without opening a case for each.</source>
        <translation>只登记监测图斑，不为每个图斑立卷。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="334" />
        <source>Imported %1 incident(s) into %2</source>
        <translation>已将 %1 个监测图斑导入 %2</translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectController</name>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="108" />
        <source>Recorded the clue: case %1 opened.</source>
        <translation>已登记线索：案件 %1 已建立。</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="112" />
        <location filename="../../app/project/project_controller.cpp" line="244" />
        <location filename="../../app/project/project_controller_session.cpp" line="49" />
        <source>Opening the project: %1</source>
        <translation>正在打开项目：%1</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="125" />
        <location filename="../../app/project/project_controller.cpp" line="260" />
        <source>Building the new project: %1</source>
        <translation>正在新建项目：%1</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="128" />
        <source>Party totals</source>
        <translation>当事人累计</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="147" />
        <source>Saved the new boundary of %1; areas and verdict recomputed.</source>
        <translation>已保存 %1 的新边界；面积和认定结论已重新计算。</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="150" />
        <location filename="../../app/project/project_controller_incidents.cpp" line="105" />
        <source>Edit incident vertices</source>
        <translation>编辑图斑拐点</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="174" />
        <source>Open &amp;project...</source>
        <translation>打开项目(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="176" />
        <source>Open &amp;shared project...</source>
        <translation>打开共享项目(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="177" />
        <source>&amp;New project from layers...</source>
        <translation>由图层新建项目(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="178" />
        <source>Save a &amp;copy of the project...</source>
        <translation>项目另存副本(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="179" />
        <source>&amp;Overdue steps</source>
        <translation>逾期事项(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="180" />
        <source>New incident from &amp;coordinates...</source>
        <translation>按坐标新建图斑(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="181" />
        <source>&amp;Draw new incident</source>
        <translation>绘制新图斑(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="183" />
        <source>&amp;Edit incident vertices</source>
        <translation>编辑图斑拐点(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="185" />
        <source>&amp;Import incidents...</source>
        <translation>导入监测图斑(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="186" />
        <source>Import &amp;approvals...</source>
        <translation>导入批准文件(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="223" />
        <location filename="../../app/project/project_controller.cpp" line="301" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="224" />
        <location filename="../../app/project/project_controller_session.cpp" line="110" />
        <source>FarmGuard project (*.gpkg)</source>
        <translation>FarmGuard 项目 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="240" />
        <location filename="../../app/project/project_controller.cpp" line="256" />
        <location filename="../../app/project/project_controller_session.cpp" line="45" />
        <source>A project is already being opened.</source>
        <translation>已有项目正在打开。</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="301" />
        <source>Opening %1 cancelled.</source>
        <translation>已取消打开 %1。</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="306" />
        <source>Building %1 cancelled; no file was left behind.</source>
        <translation>已取消新建 %1，未留下文件。</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="372" />
        <source>Opened %1: %2 incidents, %3 cases.</source>
        <translation>已打开 %1：%2 个图斑，%3 个案件。</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="388" />
        <source>the project's working CRS</source>
        <translation>项目工作坐标系</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="469" />
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_incidents.cpp" line="59" />
        <source>Incidents</source>
        <translation>监测图斑</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="336" />
        <source>Accumulation</source>
        <translation>累计计算</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="336" />
        <source>With the new incident these parties are over an accountability threshold: %1</source>
        <translation>加上新图斑后，以下当事人超过追责标准：%1</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="306" />
        <location filename="../../app/project/project_controller.cpp" line="308" />
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_session.cpp" line="66" />
        <source>%1 — %2 — %3 (%4) — FarmGuard</source>
        <translation>%1 — %2 — %3（%4）— FarmGuard</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_session.cpp" line="94" />
        <source>The project was changed elsewhere (%1 new log events); incidents and cases are up to date.</source>
        <translation>项目已在别处修改（新增日志 %1 条）；图斑和案件已更新。</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_session.cpp" line="109" />
        <source>Save a copy of the project</source>
        <translation>项目另存副本</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_session.cpp" line="114" />
        <location filename="../../app/project/project_controller_session.cpp" line="125" />
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_session.cpp" line="114" />
        <source>Choose another file than the open project.</source>
        <translation>请选择与当前项目不同的文件。</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_session.cpp" line="123" />
        <source>Saved a copy to %1</source>
        <translation>副本已保存至 %1</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_session.cpp" line="146" />
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_session.cpp" line="147" />
        <source>Threshold flags judged again: %1</source>
        <translation>已重新研判追责标志：%1</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_session.cpp" line="136" />
        <source>The cases' flags were not judged again: %1</source>
        <translation>案件追责标志未重新研判：%1</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="466" />
        <source>%1: %2, due %3 (%4)</source>
        <translation>%1：%2，期限 %3（%4）</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="474" />
        <source>Overdue steps</source>
        <translation>逾期环节</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="475" />
        <source>No step is overdue.</source>
        <translation>没有逾期事项。</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="478" />
        <source>%1 overdue incident(s) outlined on the map.</source>
        <translation>地图上已标出 %1 个逾期图斑。</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_incidents.cpp" line="97" />
        <source>Click the vertices of the new incident (snapping to parcels); Backspace undoes, double-click finishes.</source>
        <translation>单击新图斑的各个拐点（自动捕捉地块）；退格键撤销，双击结束。</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_incidents.cpp" line="105" />
        <source>Select an incident in the case list first.</source>
        <translation>请先在案件列表中选择一个图斑。</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_incidents.cpp" line="116" />
        <source>Drag a vertex to move it, double-click an edge to add one, right-click a vertex to delete it; Ctrl+Z undoes. Every edit is saved and logged.</source>
        <translation>拖动拐点可移动，双击边可添加拐点，右键单击拐点可删除；Ctrl+Z 撤销。每次编辑都会保存并记入日志。</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_approvals.cpp" line="52" />
        <location filename="../../app/project/project_controller_approvals.cpp" line="63" />
        <location filename="../../app/project/project_controller_approvals.cpp" line="94" />
        <location filename="../../app/project/project_controller_approvals.cpp" line="96" />
        <source>Import approvals</source>
        <translation>导入批准文件</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_approvals.cpp" line="54" />
        <source>Approval layers (*.shp *.gpkg *.geojson *.json);;All files (*)</source>
        <translation>批准文件图层 (*.shp *.gpkg *.geojson *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_approvals.cpp" line="58" />
        <source>As each row says (its kind field)</source>
        <translation>按各行的类型字段</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_approvals.cpp" line="63" />
        <source>Kind of the rows that name none:</source>
        <translation>未填类型的行的批准类型：</translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_approvals.cpp" line="86" />
        <source>%1 approval(s) imported from %2; %3 incident(s) measured again with the approved part taken out; %4 case(s) judged again</source>
        <translation>已从 %2 导入 %1 个批准文件；%3 个图斑扣除已批准部分后重新量算；%4 个案件重新研判</translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectOpener</name>
    <message>
        <location filename="../../app/project/project_opener.cpp" line="28" />
        <source>project records</source>
        <translation>项目记录</translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectPartyCommands</name>
    <message numerus="yes">
        <location filename="../../app/cli/project_party_commands.cpp" line="56" />
        <source>%n party(ies)</source>
        <translation>
            <numerusform>%n 个当事人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/project_party_commands.cpp" line="62" />
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n 个图斑</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="64" />
        <source>; recorded as %1</source>
        <translation>；登记为 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="69" />
        <source>Possibly the same party (decide with 'project same-party'):</source>
        <translation>可能为同一当事人（用 'project same-party' 认定）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="79" />
        <source>List the project's parties as the accumulation (累计计算) matches them — by name and, when recorded, ID number — and the recorded parties that may be one, which are never added up until a person decides.</source>
        <translation>列出累计计算所认定的项目当事人（按姓名及已登记的身份证号），以及可能为同一人的当事人——在人工认定前绝不累计。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="82" />
        <location filename="../../app/cli/project_party_commands.cpp" line="110" />
        <source>The project (path or postgresql:// URI).</source>
        <translation>项目（路径或 postgresql:// URI）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="83" />
        <source>Output format: table or json (default table).</source>
        <translation>输出格式：table 或 json（默认 table）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="83" />
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="89" />
        <source>--format must be table or json, not '%1'</source>
        <translation>--format 必须是 table 或 json，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="106" />
        <source>Record a person's decision on two recorded parties that may be one: --same adds their incidents up from now on, --different keeps them apart and stops asking. Logged with the operator, the time and the note; a later decision on the same pair replaces it.</source>
        <translation>登记对两个可能为同一人的当事人的人工认定：--same 此后累计其图斑，--different 分开计算且不再询问。连同操作人、时间与备注记入日志；对同一对当事人的后一认定取代前一认定。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="111" />
        <source>The first party's name as recorded.</source>
        <translation>第一个当事人的登记名称。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="112" />
        <source>The second party's name as recorded.</source>
        <translation>第二个当事人的登记名称。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="114" />
        <source>They are the same party.</source>
        <translation>二者为同一当事人。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="115" />
        <source>They are different parties.</source>
        <translation>二者为不同当事人。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="116" />
        <source>The first party's ID number, when recorded with one.</source>
        <translation>第一个当事人的身份证号（如有登记）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="116" />
        <location filename="../../app/cli/project_party_commands.cpp" line="117" />
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="117" />
        <source>The second party's ID number, when recorded with one.</source>
        <translation>第二个当事人的身份证号（如有登记）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="118" />
        <source>Why (e.g. the business licence seen).</source>
        <translation>原因（例如所见营业执照）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="118" />
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="123" />
        <source>say --same or --different</source>
        <translation>请给出 --same 或 --different</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="134" />
        <source>Recorded: %1 and %2 are the same party; their incidents accumulate together.</source>
        <translation>已登记：%1 与 %2 为同一当事人，其图斑累计计算。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="135" />
        <source>Recorded: %1 and %2 are different parties.</source>
        <translation>已登记：%1 与 %2 为不同当事人。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="140" />
        <source>parties %1 and %2 decided</source>
        <translation>已认定当事人 %1 与 %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="142" />
        <source>Case %1: threshold flag %2 → %3</source>
        <translation>案件 %1：追责标志 %2 → %3</translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectRecordCommands</name>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="21" />
        <source>The project (path or postgresql:// URI).</source>
        <translation>项目（路径或 postgresql:// URI）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="22" />
        <source>The case id.</source>
        <translation>案件编号。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="24" />
        <source>The case's revision the change is based on (from 'project case --format json'); exit 5 when someone changed the case since.</source>
        <translation>本次修改所依据的案件版本号（见 'project case --format json'）；若此后案件已被他人修改，则以 5 退出。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="26" />
        <location filename="../../app/cli/project_record_commands.cpp" line="222" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="42" />
        <source>--date is required</source>
        <translation>必须给出 --date</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="63" />
        <source>no case with this id</source>
        <translation>没有此编号的案件</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="69" />
        <source>--revision takes a number</source>
        <translation>--revision 须为数字</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="80" />
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="91" />
        <source>--%1 is required (see --help)</source>
        <translation>必须给出 --%1（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="93" />
        <source>--organ must be discipline_inspection (纪委监委), organization (组织部) or natural_resources (自然资源局), not '%1'</source>
        <translation>--organ 须为 discipline_inspection（纪委监委）、organization（组织部）或 natural_resources（自然资源局），而不是 '%1'</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="97" />
        <source>--date must be YYYY-MM-DD, not '%1'</source>
        <translation>--date 须为 YYYY-MM-DD 格式，而不是 '%1'</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="106" />
        <source>Record an accountability decision on a case (问责, 既处理事、又处理人): a case over a threshold cannot be closed without one.</source>
        <translation>登记案件的责任追究决定（问责，既处理事、又处理人）：达到追责标准的案件无此记录不得结案。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="110" />
        <source>Who decided: discipline_inspection (纪委监委), organization (组织部) or natural_resources (自然资源局).</source>
        <translation>作出决定的机关：discipline_inspection（纪委监委）、organization（组织部）或 natural_resources（自然资源局）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="111" />
        <source>ORGAN</source>
        <translation>机关</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="112" />
        <source>The persons held to account, as the decision names them.</source>
        <translation>决定中列明的被问责人。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="112" />
        <source>NAMES</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="113" />
        <source>What was decided, e.g. 警告处分.</source>
        <translation>处理决定，例如：警告处分。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="113" />
        <location filename="../../app/cli/project_record_commands.cpp" line="193" />
        <location filename="../../app/cli/project_record_commands.cpp" line="223" />
        <location filename="../../app/cli/project_record_commands.cpp" line="252" />
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="114" />
        <source>The decision's date (YYYY-MM-DD).</source>
        <translation>决定日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="114" />
        <location filename="../../app/cli/project_record_commands.cpp" line="143" />
        <location filename="../../app/cli/project_record_commands.cpp" line="173" />
        <location filename="../../app/cli/project_record_commands.cpp" line="194" />
        <location filename="../../app/cli/project_record_commands.cpp" line="224" />
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="115" />
        <source>The decision's document number (文号).</source>
        <translation>决定的文号。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="115" />
        <source>NO</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="130" />
        <source>Accountability recorded on case %1: %2, %3 (%4)</source>
        <translation>已登记案件 %1 的责任追究：%2，%3（%4）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="138" />
        <source>Record that a crime (→ 公安局 within 24 hours) or officials' misconduct (→ 纪委监委) is suspected behind a case; its referral deadline starts.</source>
        <translation>登记案件涉嫌犯罪（24 小时内移送公安局）或公职人员违纪违法（移送纪委监委）；移送期限自此起算。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="141" />
        <source>A crime is suspected (art. 342).</source>
        <translation>涉嫌犯罪（刑法第三百四十二条）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="142" />
        <source>Officials' misconduct is suspected.</source>
        <translation>涉嫌公职人员违纪违法。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="143" />
        <source>When it was suspected (YYYY-MM-DD or ISO date-time).</source>
        <translation>发现涉嫌的时间（YYYY-MM-DD 或 ISO 日期时间）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="146" />
        <source>give exactly one of --crime and --misconduct</source>
        <translation>--crime 与 --misconduct 须且只须给出一个</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="153" />
        <location filename="../../app/cli/project_record_commands.cpp" line="178" />
        <location filename="../../app/cli/project_record_commands.cpp" line="206" />
        <location filename="../../app/cli/project_record_commands.cpp" line="234" />
        <source>--date must be ISO 8601, not '%1'</source>
        <translation>--date 必须是 ISO 8601 格式，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="160" />
        <source>Case %1: a crime is suspected; transfer it to the public security bureau within 24 hours</source>
        <translation>案件 %1：涉嫌犯罪，须在 24 小时内移送公安局</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="162" />
        <source>Case %1: officials' misconduct is suspected; transfer it to the discipline commission</source>
        <translation>案件 %1：涉嫌公职人员违纪违法，须移送纪委监委</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="170" />
        <source>Declare a case major (重大案件): it is reported to the county before filing; print its report with 'report major-case'.</source>
        <translation>认定重大案件：立案前报告县政府；用 'report major-case' 打印报告。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="173" />
        <source>When it was declared (YYYY-MM-DD or ISO date-time).</source>
        <translation>认定时间（YYYY-MM-DD 或 ISO 日期时间）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="183" />
        <source>Case %1 is declared major</source>
        <translation>案件 %1 已认定为重大案件</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="189" />
        <source>Transfer a case (移送) to any department with a reason; the department then sees it and may reply.</source>
        <translation>将案件移送任一部门并说明原因；该部门随后可查看并回复。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="192" />
        <source>The department: its code (e.g. public_security) or name.</source>
        <translation>部门：代码（如 public_security）或名称。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="192" />
        <source>DEPARTMENT</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="193" />
        <source>Why the case goes to it.</source>
        <translation>移送原因。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="194" />
        <source>When it was sent (ISO 8601; default now).</source>
        <translation>移送时间（ISO 8601；默认当前时间）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="197" />
        <source>--to DEPARTMENT and --reason TEXT are required</source>
        <translation>必须给出 --to 部门 和 --reason 原因</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="199" />
        <source>unknown department '%1'</source>
        <translation>未知部门 '%1'</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="214" />
        <source>Case %1 transferred to %2 as %3</source>
        <translation>案件 %1 已移送 %2，移送编号 %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="220" />
        <source>Record a department's reply to a transfer; a transfer is answered once.</source>
        <translation>记录部门对移送的回复；每次移送只回复一次。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="222" />
        <source>The transfer's id (T1, T2, …).</source>
        <translation>移送编号（T1、T2…）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="223" />
        <source>The reply.</source>
        <translation>回复内容。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="224" />
        <source>When it was answered (ISO 8601; default now).</source>
        <translation>回复时间（ISO 8601；默认当前时间）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="228" />
        <source>--transfer N and --text TEXT are required</source>
        <translation>必须给出 --transfer 编号 和 --text 回复内容</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="242" />
        <source>Reply to %1 of case %2 recorded</source>
        <translation>已记录案件 %2 的移送 %1 的回复</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="248" />
        <source>Set a case's threshold flag by hand: refused when the figures contradict it; lowering it needs a reason.</source>
        <translation>人工设置案件追责标志：与面积矛盾时不允许；降低标志须说明原因。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="251" />
        <source>reached, below, not_assessed or not_applicable (a non-occupation matter).</source>
        <translation>reached（达到）、below（未达到）、not_assessed（未研判）或 not_applicable（非占用事项）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="252" />
        <source>Why the flag changes (required to lower it).</source>
        <translation>修改标志的原因（降低标志时必填）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="260" />
        <source>Case %1 is flagged %2</source>
        <translation>案件 %1 已标为 %2</translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectRights</name>
    <message>
        <location filename="../../app/project/project_rights.cpp" line="25" />
        <source>whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <location filename="../../app/project/project_rights.cpp" line="32" />
        <source>The project is open read-only: nothing can be changed.</source>
        <translation>项目以只读方式打开：不能修改任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/project/project_rights.cpp" line="34" />
        <source>A department login (%1) reads the cases transferred to it and adds its reply; it cannot change incidents or patrols.</source>
        <translation>部门账号（%1）只能查看移送给本部门的案件并填写回复；不能修改图斑或巡查。</translation>
    </message>
    <message>
        <location filename="../../app/project/project_rights.cpp" line="38" />
        <source>Approvals are the county's record: only the bureau's login can import them (this login works for %1).</source>
        <translation>批准文件属全县记录：只有自然资源局的账号可以导入（此账号属于 %1）。</translation>
    </message>
    <message>
        <location filename="../../app/project/project_rights.cpp" line="42" />
        <source>The grid and the patrol plan are county-wide: only the bureau's login can change them (this login works for %1).</source>
        <translation>巡查网格和巡查计划全县统一：只有自然资源局账号可以修改（本账号属于%1）。</translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectSealCommands</name>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="31" />
        <source>cannot write the receipt: %1</source>
        <translation>无法写入回执：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="39" />
        <source>Write a receipt of the project's audit log as it is now: the project, the head event's number and hash, the number of events, the time and this FarmGuard's version; signed (HMAC-SHA256) with the office key when one is given. Keep it OUTSIDE the project (another disk, a printout, the county archive): a receipt is evidence only there. 'farmguard-cli verify-log PROJECT --receipt R' later proves the log still holds that head, so a log rewritten, cut or rebuilt since is caught. A copy is also kept in the project's receipts table (on a shared PostGIS project, by the server). A project that fails its check is not sealed.</source>
        <translation>为项目操作日志的当前状态出具回执：项目、日志头事件的序号和哈希、事件数、时间及 FarmGuard 版本；给出单位密钥时以其签名（HMAC-SHA256）。请把回执保存在项目之外（另一块磁盘、打印件、县档案）：只有在那里它才是证据。之后运行 'farmguard-cli verify-log 项目 --receipt R' 可证明日志仍包含该日志头，从而发现此后被重写、截断或重建的日志。项目的 receipts 表中也保存一份副本（共享的 PostGIS 项目由服务器保存）。核验未通过的项目不予封存。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="46" />
        <location filename="../../app/cli/project_seal_command.cpp" line="86" />
        <source>The project file or postgresql:// URI.</source>
        <translation>项目文件或 postgresql:// URI。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="48" />
        <source>Write the receipt to this file (default: print it).</source>
        <translation>将回执写入此文件（默认：直接输出）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="48" />
        <source>R.json</source>
        <translation>R.json</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="50" />
        <source>The office key, kept outside the project, to sign the receipt (default: the file named by FARMGUARD_LOG_KEY_FILE; none: unsigned).</source>
        <translation>用于签名回执的单位密钥，保存在项目之外（默认：FARMGUARD_LOG_KEY_FILE 指定的文件；没有则不签名）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="52" />
        <location filename="../../app/cli/project_seal_command.cpp" line="87" />
        <source>K</source>
        <translation>公里</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/project_seal_command.cpp" line="69" />
        <source>Sealed %1 at %2 (%n event(s)), %3</source>
        <translation>
            <numerusform>已封存 %1，日志头 %2（%n 个事件），%3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="70" />
        <source>unsigned</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="70" />
        <source>signed with key %1</source>
        <translation>已用密钥 %1 签名</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="73" />
        <source>warning: the project is read-only: no copy of the receipt was kept in it</source>
        <translation>警告：项目为只读：未在项目内保存回执副本</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="80" />
        <source>Key the project's audit log: from now on every event is chained with HMAC-SHA256 under the office key instead of plain SHA-256, so someone with the file but without the key cannot re-hash a rewritten log. The key stays outside the project (a file only the office reads); every later write and check needs it (FARMGUARD_LOG_KEY_FILE or --key-file). Logged; a keyed log keeps its key. Seal the project before and after.</source>
        <translation>为项目操作日志加密链接：此后每个事件都以单位密钥的 HMAC-SHA256 而非普通 SHA-256 链接，持有文件但没有密钥的人无法为重写的日志重新计算哈希。密钥保存在项目之外（只有本单位可读的文件）；此后每次写入和核验都需要它（FARMGUARD_LOG_KEY_FILE 或 --key-file）。此操作记入日志；加密链接的日志不能更换密钥。请在操作前后各封存一次项目。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="87" />
        <source>The office key file (at least 16 bytes, e.g. openssl rand -hex 32 &gt; K).</source>
        <translation>单位密钥文件（至少 16 个字节，例如 openssl rand -hex 32 &gt; K）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="92" />
        <source>--key-file K is required (see --help)</source>
        <translation>必须给出 --key-file K（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="98" />
        <source>The audit log of %1 is keyed from %2 on (key %3)</source>
        <translation>%1 的操作日志自 %2 起已加密链接（密钥 %3）</translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectShareCommands</name>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="36" />
        <source>FarmGuard copy</source>
        <translation>FarmGuard 复制</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="44" />
        <source>Copy a project to a new place on any backend (GeoPackage file or PostGIS schema): every row, geometry, attachment and the audit log as they are. No event is added, so verify-log passes on both ends. Refuses an existing destination; a failed copy leaves nothing behind.</source>
        <translation>把项目复制到任一后端的新位置（GeoPackage 文件或 PostGIS 模式）：每一行、几何、附件和审计日志原样复制。不增加事件，因此两端都能通过 verify-log。目标已存在时拒绝；复制失败不留任何残留。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="48" />
        <source>The project to copy (path or postgresql:// URI).</source>
        <translation>要复制的项目（路径或 postgresql:// URI）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="49" />
        <source>The new project (path or postgresql:// URI).</source>
        <translation>新项目（路径或 postgresql:// URI）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="58" />
        <source>Copied %1 to %2</source>
        <translation>已将 %1 复制到 %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="67" />
        <source>Give a PostgreSQL login rights on a shared (PostGIS) project, run by the project's owner: the bureau reads and writes everything, a township its own incidents, cases and patrols, a department the cases transferred to it (its reply only). Creates the login if missing (without a password: set one with ALTER ROLE … PASSWORD, or use the server's pg_hba.conf).</source>
        <translation>由项目所有者为 PostgreSQL 登录名授予共享（PostGIS）项目的权限：县局读写全部，乡镇读写本乡镇的图斑、案件和巡查，部门读取移送给它的案件（只能填写回复）。登录名不存在时创建（无密码：用 ALTER ROLE … PASSWORD 设置，或使用服务器的 pg_hba.conf）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="72" />
        <source>The shared project (postgresql:// URI).</source>
        <translation>共享项目（postgresql:// URI）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="73" />
        <source>The PostgreSQL login.</source>
        <translation>PostgreSQL 登录名。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="75" />
        <source>The login acts for the bureau: every record.</source>
        <translation>该登录名代表县局：全部记录。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="76" />
        <source>The login acts for this township (as in the townships layer).</source>
        <translation>该登录名代表此乡镇（与乡镇图层中的名称一致）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="76" />
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="77" />
        <source>The login acts for this department (e.g. public_security).</source>
        <translation>该登录名代表此部门（例如 public_security）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="77" />
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="78" />
        <source>Take the login's rights on the project away.</source>
        <translation>收回该登录名对项目的权限。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="84" />
        <source>give exactly one of --bureau, --township NAME, --department CODE, --revoke</source>
        <translation>请且只能给出 --bureau、--township 名称、--department 代码、--revoke 之一</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="103" />
        <source>%1 acts for the bureau on %2</source>
        <translation>%1 在 %2 上代表县局</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="106" />
        <source>%1 acts for the township %2 on %3</source>
        <translation>%1 在 %3 上代表乡镇 %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="109" />
        <source>%1 acts for the department %2 on %3</source>
        <translation>%1 在 %3 上代表部门 %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="114" />
        <source>%1 has no rights on %2 any more</source>
        <translation>%1 对 %2 已无权限</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="123" />
        <source>Open a case at its clue on incidents already in the project.</source>
        <translation>在项目中已有的图斑上立案（线索阶段）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="124" />
        <source>The project (path or postgresql:// URI).</source>
        <translation>项目（路径或 postgresql:// URI）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="125" />
        <source>The new case's id.</source>
        <translation>新案件的编号。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="126" />
        <source>The incident's id (repeat the option --incident for more).</source>
        <translation>图斑编号（更多图斑用 --incident 选项重复给出）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="128" />
        <source>A further incident of the case.</source>
        <translation>案件的另一个图斑。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="128" />
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="129" />
        <source>A note on the clue.</source>
        <translation>线索的备注。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="129" />
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="130" />
        <source>When the clue came in (ISO 8601; default now).</source>
        <translation>线索接收时间（ISO 8601；默认当前时间）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="130" />
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="143" />
        <source>--date must be ISO 8601, not '%1'</source>
        <translation>--date 必须是 ISO 8601 格式，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="147" />
        <source>Opened case %1 on %2 (threshold: %3)</source>
        <translation>已对 %2 立案 %1（追责标准：%3）</translation>
    </message>
</context>
<context>
    <name>fg::app::ReportCommand</name>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="67" />
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="69" />
        <source>Incident (监测图斑) polygon layer.</source>
        <translation>监测图斑多边形图层。</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="70" />
        <source>Permanent basic farmland polygon layer.</source>
        <translation>永久基本农田多边形图层。</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="71" />
        <source>Cultivated land or land-use (DLTB) polygon layer.</source>
        <translation>耕地或地类图斑（DLTB）多边形图层。</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="73" />
        <source>Township or village boundary layer (repeatable; a layer with XZMC is villages).</source>
        <translation>乡镇或行政村界线图层（可重复；含 XZMC 字段的为行政村）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="75" />
        <source>The case (incident) id to report.</source>
        <translation>要出报告的案件（图斑）编号。</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="75" />
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="76" />
        <source>Incident id field (default: the source FID).</source>
        <translation>图斑编号字段（默认：源数据 FID）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="76" />
        <location filename="../../app/cli/report_command.cpp" line="77" />
        <location filename="../../app/cli/report_command.cpp" line="83" />
        <location filename="../../app/cli/report_command.cpp" line="86" />
        <location filename="../../app/cli/report_command.cpp" line="91" />
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="77" />
        <source>Party field (default DSR when present).</source>
        <translation>当事人字段（默认：存在时用 DSR）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="78" />
        <source>Area method of the verdict: ellipsoidal, geodesic or planar.</source>
        <translation>认定所用面积方法：ellipsoidal（椭球）、geodesic（测地线）或 planar（平面）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="79" />
        <source>METHOD</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="80" />
        <source>JSON rules file (thresholds, reading, cultivated classes).</source>
        <translation>JSON 规则文件（追责标准、口径、耕地地类）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="81" />
        <source>Working CRS, also assumed for layers without one, e.g. EPSG:4547.</source>
        <translation>工作坐标系，也用于无坐标系的图层，如 EPSG:4547。</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="82" />
        <source>CRS</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="83" />
        <source>Attribute text encoding (overrides detection).</source>
        <translation>属性文本编码（覆盖自动检测）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="84" />
        <source>Paper: A4, A3, A4-landscape or A3-landscape (default A4).</source>
        <translation>纸张：A4、A3、A4-landscape 或 A3-landscape（默认 A4）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="85" />
        <source>SIZE</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="86" />
        <source>Issuing bureau in the page header.</source>
        <translation>页眉中的出具单位。</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="88" />
        <source>Report date, YYYY-MM-DD (default today).</source>
        <translation>报告日期，YYYY-MM-DD（默认今天）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="88" />
        <location filename="../../app/cli/report_command.cpp" line="92" />
        <location filename="../../app/cli/report_command.cpp" line="93" />
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="89" />
        <source>The PDF file to write.</source>
        <translation>要写出的 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="90" />
        <source>Township (乡镇) the report is about (township, public-map, patrol).</source>
        <translation>报告所针对的乡镇（township、public-map、patrol）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="92" />
        <source>First day of the patrol period, YYYY-MM-DD.</source>
        <translation>巡查期的第一天，YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="93" />
        <source>Last day of the patrol period, YYYY-MM-DD.</source>
        <translation>巡查期的最后一天，YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="106" />
        <source>give a project, or --basic-farmland PATH and --boundaries PATH (see --help)</source>
        <translation>请给出项目，或 --basic-farmland 路径 和 --boundaries 路径（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="108" />
        <location filename="../../app/cli/report_command.cpp" line="116" />
        <source>--township NAME is required</source>
        <translation>必须给出 --township 乡镇名</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="110" />
        <source>give the project: 'report %1 PROJECT …' (see --help)</source>
        <translation>请给出项目：'report %1 项目 …'（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="119" />
        <source>--%1 must be a date such as 2024-05-20</source>
        <translation>--%1 必须是日期，如 2024-05-20</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="138" />
        <location filename="../../app/cli/report_command.cpp" line="160" />
        <source>unexpected argument '%1' (see --help)</source>
        <translation>多余的参数“%1”（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="104" />
        <location filename="../../app/cli/report_command.cpp" line="165" />
        <source>give either a project or layer files, not both</source>
        <translation>请给出项目文件或图层文件，二者不可同时给出</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="167" />
        <source>give a project, or --incidents PATH (see --help)</source>
        <translation>请给出项目文件，或 --incidents 路径（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="169" />
        <source>give at least one of --basic-farmland and --cultivated</source>
        <translation>--basic-farmland 和 --cultivated 至少给出一个</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="113" />
        <location filename="../../app/cli/report_command.cpp" line="171" />
        <source>--case ID is required</source>
        <translation>必须给出 --case 编号</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="122" />
        <location filename="../../app/cli/report_command.cpp" line="142" />
        <location filename="../../app/cli/report_command.cpp" line="173" />
        <source>--output FILE.pdf is required</source>
        <translation>必须给出 --output 文件.pdf</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="176" />
        <source>--area-method must be ellipsoidal, geodesic or planar, not '%1'</source>
        <translation>--area-method 必须是 ellipsoidal、geodesic 或 planar，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="125" />
        <location filename="../../app/cli/report_command.cpp" line="145" />
        <location filename="../../app/cli/report_command.cpp" line="180" />
        <source>--page must be A4, A3, A4-landscape or A3-landscape, not '%1'</source>
        <translation>--page 须为 A4、A3、A4-landscape 或 A3-landscape，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="55" />
        <source>Writes a report as PDF. 'report case' makes the case report (案件图斑分析报告): the incident's facts, a map over basic farmland and land-use parcels, the area table by class, the verdict, the boundary point coordinate table and signature lines. 'report township PROJECT [--township NAME]' makes the township statistics report (考核); 'report public-map PROJECT --township NAME' (or --basic-farmland and --boundaries) the public basic-farmland map (向社会公告); 'report patrol PROJECT --township NAME --from DATE --to DATE' the patrol plan report; 'report major-case PROJECT --case ID' the major-case report (重大案件报告); 'report joint-discipline PROJECT CASE' the one-page joint-discipline notice (联合惩戒通知书) of a case to the departments and companies that must refuse approvals, licences, funds, water, power, gas and loans for illegal land use. Every report prints the rules it judged with and their SHA-256.</source>
        <translation>生成 PDF 报告。'report case' 生成案件图斑分析报告：图斑情况、叠加永久基本农田与地类图斑的地图、分地类面积表、研判结论、界址点坐标表及签字栏。'report township 项目 [--township 名称]' 生成乡镇考核统计报告；'report public-map 项目 --township 名称'（或 --basic-farmland 与 --boundaries）生成永久基本农田公告图（向社会公告）；'report patrol 项目 --township 名称 --from 日期 --to 日期' 生成巡查计划报告；'report major-case 项目 --case 编号' 生成重大案件报告；'report joint-discipline 项目 案件' 生成一页的联合惩戒通知书，送达对违法用地须拒绝审批、许可、资金、供水、供电、供气和贷款的部门与企业。每份报告均注明研判所依据的规则及其 SHA-256。</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="127" />
        <location filename="../../app/cli/report_command.cpp" line="147" />
        <location filename="../../app/cli/report_command.cpp" line="183" />
        <source>--date must be a date such as 2024-05-20, not '%1'</source>
        <translation>--date 须为日期，如 2024-05-20，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="136" />
        <source>give the project: 'report joint-discipline PROJECT CASE …' (see --help)</source>
        <translation>请给出项目：'report joint-discipline 项目 案件 …'（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="140" />
        <source>name the case once: 'report joint-discipline PROJECT CASE' or --case ID</source>
        <translation>案件只需给出一次：'report joint-discipline 项目 案件' 或 --case 编号</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="155" />
        <source>say which report: case, township, public-map, patrol, major-case or joint-discipline (see --help)</source>
        <translation>请指明报告类型：case、township、public-map、patrol、major-case 或 joint-discipline（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="185" />
        <source>--crs must be an EPSG code such as EPSG:4547, not '%1'</source>
        <translation>--crs 必须是 EPSG 代码（如 EPSG:4547），而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="248" />
        <source>cannot read the rules file: %1</source>
        <translation>无法读取规则文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="312" />
        <source>Wrote the township statistics report of %1 township(s) (%2 pages) to %3</source>
        <translation>已将 %1 个乡镇的考核统计报告（%2 页）写入 %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="353" />
        <source>Wrote the public basic-farmland map of %1 (%2 parcels, %3 pages, 1:%4) to %5</source>
        <translation>已将%1永久基本农田公告图（%2 块图斑，%3 页，1:%4）写入 %5</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="375" />
        <source>Wrote the patrol plan report of %1, %2 to %3 (%4 visits, %5 pages) to %6</source>
        <translation>已将%1 %2 至 %3 的巡查计划报告（%4 次巡查，%5 页）写入 %6</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="402" />
        <source>Wrote the major-case report of %1 (%2 pages) to %3</source>
        <translation>已将 %1 的重大案件报告（%2 页）写入 %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="420" />
        <source>Wrote the joint-discipline notice of case %1 to %2 bodies (%3 page(s)) to %4</source>
        <translation>已将案件 %1 致 %2 个单位的联合惩戒通知书（%3 页）写入 %4</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="433" />
        <source>write reports as PDF: case report, township statistics, public basic-farmland map, patrol plan, joint-discipline notice</source>
        <translation>生成 PDF 报告：案件报告、乡镇统计、永久基本农田公告图、巡查计划、联合惩戒通知书</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="444" />
        <source>farmguard-cli report: fonts need a GUI application object (internal error)</source>
        <translation>farmguard-cli report：字体需要图形应用对象（内部错误）</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="293" />
        <source>Wrote the case report of %1 (%2 pages, map 1:%3) to %4</source>
        <translation>已将案件 %1 的报告（%2 页，位置图 1:%3）写入 %4</translation>
    </message>
</context>
<context>
    <name>fg::app::ReportController</name>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="33" />
        <source>&amp;Case Report…</source>
        <translation>案件报告(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="34" />
        <source>&amp;Major Case Report…</source>
        <translation>重大案件报告(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="35" />
        <source>&amp;Township Assessment Report…</source>
        <translation>乡镇考核报告(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="36" />
        <source>&amp;Public Basic Farmland Map…</source>
        <translation>永久基本农田公告图(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="37" />
        <source>P&amp;atrol Plan Report…</source>
        <translation>巡查计划报告(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="39" />
        <source>&amp;Joint Discipline Notice…</source>
        <translation>联合惩戒通知书(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="54" />
        <source>Case report (案件图斑分析报告) of an incident: preview, print, PDF</source>
        <translation>图斑的案件图斑分析报告：预览、打印、PDF</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="55" />
        <source>Open a project or an incident layer first.</source>
        <translation>请先打开项目或图斑图层。</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="56" />
        <source>Needs an open project (File → Open Project).</source>
        <translation>需要先打开项目（文件 → 打开项目）。</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="58" />
        <source>Report of a major case to the county (重大案件报告): preview, print, PDF</source>
        <translation>向县政府报告重大案件（重大案件报告）：预览、打印、PDF</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="59" />
        <source>Statistics of every township (考核): preview, print, PDF</source>
        <translation>各乡镇考核统计：预览、打印、PDF</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="60" />
        <source>Basic farmland map of a township for public notice: preview, print, PDF</source>
        <translation>乡镇永久基本农田向社会公告图：预览、打印、PDF</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="61" />
        <source>A township's patrol plan over the plan period: preview, print, PDF</source>
        <translation>乡镇计划期内的巡查计划：预览、打印、PDF</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="63" />
        <source>A case's joint-discipline notice (联合惩戒) to the departments and companies: preview, print, PDF</source>
        <translation>案件致各部门与企业的联合惩戒通知书：预览、打印、PDF</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="79" />
        <source>Preparing %1…</source>
        <translation>正在生成%1…</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="91" />
        <source>%1 prepared in %2 s.</source>
        <translation>%1已生成，用时 %2 秒。</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="102" />
        <source>Case report</source>
        <translation>案件报告</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="102" />
        <source>Incident:</source>
        <translation>图斑：</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="106" />
        <source>Case report %1</source>
        <translation>案件报告 %1</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="116" />
        <location filename="../../app/report/report_controller.cpp" line="121" />
        <source>Major case report</source>
        <translation>重大案件报告</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="117" />
        <source>No case of the project is major: none reaches a threshold or was declared major.</source>
        <translation>项目中没有重大案件：没有案件达到追责标准或被认定为重大案件。</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="121" />
        <location filename="../../app/report/report_controller.cpp" line="153" />
        <source>Case:</source>
        <translation>案件：</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="130" />
        <source>Major case report %1</source>
        <translation>重大案件报告 %1</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="148" />
        <location filename="../../app/report/report_controller.cpp" line="153" />
        <source>Joint discipline notice</source>
        <translation>联合惩戒通知书</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="149" />
        <source>No open case calls for one: a notice needs a case of illegal land use that was not dismissed.</source>
        <translation>没有需要通知书的案件：通知书须针对未被认定不属实的违法用地案件。</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="155" />
        <source>Joint discipline notice %1</source>
        <translation>联合惩戒通知书 %1</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="164" />
        <source>Township statistics report</source>
        <translation>乡镇考核统计报告</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="176" />
        <location filename="../../app/report/report_controller.cpp" line="200" />
        <source>The project's patrol grid has no cells in any township.</source>
        <translation>项目的巡查网格不在任何乡镇内。</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="177" />
        <source>The project has no township boundaries.</source>
        <translation>项目中没有乡镇界线。</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="181" />
        <source>Township:</source>
        <translation>乡镇：</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="187" />
        <source>Public basic farmland map</source>
        <translation>永久基本农田公告图</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="187" />
        <source>Public basic farmland map of %1</source>
        <translation>%1永久基本农田公告图</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="199" />
        <source>Patrol plan report</source>
        <translation>巡查计划报告</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="201" />
        <source>The project has no patrol plan yet: Patrol → Plan Patrols…</source>
        <translation>项目尚无巡查计划：巡查 → 制定巡查计划…</translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="209" />
        <source>Patrol plan report of %1</source>
        <translation>%1巡查计划报告</translation>
    </message>
</context>
<context>
    <name>fg::app::ReportFactory</name>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="44" />
        <source>Case report %1</source>
        <translation>案件报告 %1</translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="73" />
        <source>open an incident layer or a project first</source>
        <translation>请先打开图斑图层或项目</translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="81" />
        <source>open a basic farmland or land-use layer first</source>
        <translation>请先打开永久基本农田或土地利用图层</translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="111" />
        <source>Township statistics report</source>
        <translation>乡镇考核统计报告</translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="112" />
        <source>township-report-%1.pdf</source>
        <translation>乡镇考核报告-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="126" />
        <source>Major case report %1</source>
        <translation>重大案件报告 %1</translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="127" />
        <source>major-case-%1.pdf</source>
        <translation>重大案件-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="149" />
        <source>Public basic farmland map of %1</source>
        <translation>%1永久基本农田公告图</translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="150" />
        <source>public-map-%1.pdf</source>
        <translation>永久基本农田公告图-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="166" />
        <source>Patrol plan report of %1</source>
        <translation>%1巡查计划报告</translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="167" />
        <source>patrol-%1-%2.pdf</source>
        <translation>巡查计划-%1-%2.pdf</translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="187" />
        <source>Joint discipline notice %1</source>
        <translation>联合惩戒通知书 %1</translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="188" />
        <source>joint-discipline-%1.pdf</source>
        <translation>联合惩戒-%1.pdf</translation>
    </message>
</context>
<context>
    <name>fg::app::ReportPreview</name>
    <message>
        <location filename="../../app/report/report_preview.cpp" line="50" />
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/report/report_preview.cpp" line="60" />
        <location filename="../../app/report/report_preview.cpp" line="69" />
        <location filename="../../app/report/report_preview.cpp" line="74" />
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../app/report/report_preview.cpp" line="61" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/report/report_preview.cpp" line="70" />
        <source>Wrote %1 (%2 pages).</source>
        <translation>已写入 %1（%2 页）。</translation>
    </message>
</context>
<context>
    <name>fg::app::ReviewListDock</name>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="23" />
        <source>Review</source>
        <translation>核查</translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="29" />
        <source>For review</source>
        <translation>待核查</translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="29" />
        <source>Basic farmland (mu)</source>
        <translation>永久基本农田（亩）</translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="29" />
        <source>Cultivated (mu)</source>
        <translation>耕地（亩）</translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="29" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="43" />
        <source>basic farmland</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="44" />
        <source>cultivated land</source>
        <translation>耕地</translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="65" />
        <source>疑似化整为零 %1 (%2)</source>
        <translation>疑似化整为零 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="65" />
        <source>no party</source>
        <translation>无当事人</translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="67" />
        <source>each below the thresholds, together over: %1</source>
        <translation>单个未达标准，合计达到：%1</translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="67" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="80" />
        <source>临界 %1</source>
        <translation>临界 %1</translation>
    </message>
</context>
<context>
    <name>fg::app::SessionChanges</name>
    <message>
        <location filename="../../app/project/session_changes.cpp" line="20" />
        <location filename="../../app/project/session_changes.cpp" line="30" />
        <source>another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <location filename="../../app/project/session_changes.cpp" line="21" />
        <source>%1 opened case %2</source>
        <translation>%1 立了案件 %2</translation>
    </message>
    <message>
        <location filename="../../app/project/session_changes.cpp" line="21" />
        <source>%1 changed case %2</source>
        <translation>%1 修改了案件 %2</translation>
    </message>
    <message>
        <location filename="../../app/project/session_changes.cpp" line="31" />
        <source>%1 recorded incident %2</source>
        <translation>%1 登记了图斑 %2</translation>
    </message>
    <message>
        <location filename="../../app/project/session_changes.cpp" line="31" />
        <source>%1 changed incident %2</source>
        <translation>%1 修改了图斑 %2</translation>
    </message>
    <message>
        <location filename="../../app/project/session_changes.cpp" line="43" />
        <source>%1 (and %2 more changes)</source>
        <translation>%1（另有 %2 处修改）</translation>
    </message>
</context>
<context>
    <name>fg::app::SharedProjectDialog</name>
    <message>
        <location filename="../../app/project/shared_project_dialog.cpp" line="32" />
        <source>Open Shared Project</source>
        <translation>打开共享项目</translation>
    </message>
    <message>
        <location filename="../../app/project/shared_project_dialog.cpp" line="35" />
        <source>(your system user)</source>
        <translation>（系统用户名）</translation>
    </message>
    <message>
        <location filename="../../app/project/shared_project_dialog.cpp" line="40" />
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../app/project/shared_project_dialog.cpp" line="41" />
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../app/project/shared_project_dialog.cpp" line="42" />
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../app/project/shared_project_dialog.cpp" line="43" />
        <source>Project (schema):</source>
        <translation>项目（schema）：</translation>
    </message>
    <message>
        <location filename="../../app/project/shared_project_dialog.cpp" line="44" />
        <source>Login:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <location filename="../../app/project/shared_project_dialog.cpp" line="45" />
        <source>Your name:</source>
        <translation>您的姓名：</translation>
    </message>
    <message>
        <location filename="../../app/project/shared_project_dialog.cpp" line="46" />
        <source>Your role:</source>
        <translation>您的职务：</translation>
    </message>
    <message>
        <location filename="../../app/project/shared_project_dialog.cpp" line="48" />
        <source>FarmGuard never stores a password. The server's password comes from ~/.pgpass, the PGPASSWORD variable or a PostgreSQL service file (PGSERVICE), as for psql; ask your county's IT person. What you may see and change is set on the server per login (township, bureau or department).</source>
        <translation>FarmGuard 从不保存密码。服务器密码与 psql 一样取自 ~/.pgpass、PGPASSWORD 环境变量或 PostgreSQL 服务文件（PGSERVICE），请向县里的信息管理人员询问。能查看和修改哪些内容由服务器按账号（乡镇、自然资源局或部门）设定。</translation>
    </message>
</context>
<context>
    <name>fg::app::SiteCheckCommand</name>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="38" />
        <source>Checks a proposed site before approval (选址核查, 源头严控): the permanent basic farmland and cultivated land it would occupy (ellipsoidal, m² and mu, with the analysis' overlay), the open cases and approvals it overlaps, and the procedures it needs with the departments that must not proceed without them. Reads the project only.</source>
        <translation>审批前核查拟选地块（选址核查，源头严控）：将占用的永久基本农田和耕地（椭球面积，平方米和亩，与分析相同的叠加方法）、与之重叠的未结案件和批准文件，以及须办理的手续和未办结前不得放行的部门。只读取项目，不作修改。</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="46" />
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="49" />
        <source>The site: a GeoJSON, shapefile or GeoPackage with one polygon feature.</source>
        <translation>拟选地块：含一个面要素的 GeoJSON、Shapefile 或 GeoPackage 文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="52" />
        <source>The site as boundary points (界址点坐标): a text file, one "X Y" or "point,X,Y" a line, X the northing, in the project's CRS.</source>
        <translation>以界址点坐标给出的拟选地块：文本文件，每行“X Y”或“点号,X,Y”，X 为纵坐标（北），采用项目坐标系。</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="55" />
        <source>The project (GeoPackage file or postgresql:// URI).</source>
        <translation>项目（GeoPackage 文件或 postgresql:// 地址）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="56" />
        <source>PROJECT</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="58" />
        <source>What the site is for: construction (建设项目), homestead (宅基地), facility_agriculture (设施农业), burial (殡葬/墓地) or other (default construction).</source>
        <translation>选址用途：construction（建设项目）、homestead（宅基地）、facility_agriculture（设施农业）、burial（殡葬/墓地）或 other（其他），默认 construction。</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="61" />
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="62" />
        <source>Output: text or json (default text).</source>
        <translation>输出格式：text 或 json（默认 text）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="63" />
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="64" />
        <source>Also write the one-page site check opinion (选址核查意见) as PDF.</source>
        <translation>同时输出一页的选址核查意见 PDF。</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="66" />
        <source>CRS of a site file that declares none, e.g. EPSG:4547.</source>
        <translation>未声明坐标系的选址文件所用坐标系，如 EPSG:4547。</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="67" />
        <source>CRS</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="68" />
        <source>Issuing bureau in the PDF's page header.</source>
        <translation>PDF 页眉中的出具单位。</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="69" />
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="70" />
        <source>Date of the PDF, YYYY-MM-DD (default today).</source>
        <translation>PDF 日期，YYYY-MM-DD（默认今天）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="71" />
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="78" />
        <source>unexpected argument '%1' (see --help)</source>
        <translation>多余的参数“%1”（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="81" />
        <source>give the site once: --site FILE or --points FILE</source>
        <translation>请给出一次选址：--site 文件 或 --points 文件</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="83" />
        <source>--project PROJECT is required</source>
        <translation>必须给出 --project 项目</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="86" />
        <source>--format must be text or json, not '%1'</source>
        <translation>--format 必须是 text 或 json，而不是 '%1'</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="88" />
        <source>--crs must be an EPSG code such as EPSG:4547, not '%1'</source>
        <translation>--crs 必须是 EPSG 代码（如 EPSG:4547），而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="91" />
        <source>--date must be a date such as 2024-05-20, not '%1'</source>
        <translation>--date 须为日期，如 2024-05-20，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="116" />
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="134" />
        <source>farmguard-cli site-check: fonts need a GUI application object (internal error)</source>
        <translation>farmguard-cli site-check：字体需要图形应用对象（内部错误）</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="144" />
        <source>Wrote the site check opinion of %1 (%2 page(s)) to %3</source>
        <translation>已将 %1 的选址核查意见（%2 页）写入 %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="156" />
        <source>check a proposed site before approval: farmland it takes, overlaps, procedures (选址核查)</source>
        <translation>审批前核查拟选地块：占用耕地、重叠情况、须办手续（选址核查）</translation>
    </message>
</context>
<context>
    <name>fg::app::SiteCheckController</name>
    <message>
        <location filename="../../app/project/site_check_controller.cpp" line="21" />
        <source>&amp;Site check (选址核查)...</source>
        <translation>选址核查(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_controller.cpp" line="26" />
        <source>Check a proposed site before approval: the farmland it would take, the cases and approvals it meets, the procedures and departments</source>
        <translation>审批前核查拟选地块：将占用的耕地、涉及的案件和批准文件、须办手续及相关部门</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_controller.cpp" line="48" />
        <source>Open a project first: the site is checked against it</source>
        <translation>请先打开项目：选址将与项目数据核对</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_controller.cpp" line="75" />
        <source>Click the vertices of the proposed site (snapping to parcels); Backspace undoes, double-click finishes.</source>
        <translation>依次点击拟选地块的顶点（吸附到图斑）；退格键撤销，双击结束。</translation>
    </message>
</context>
<context>
    <name>fg::app::SiteCheckDialog</name>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="37" />
        <source>%1 m² (%2 mu)</source>
        <translation>%1 平方米（%2 亩）</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="51" />
        <source>&amp;Check</source>
        <translation>核查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="52" />
        <source>Save &amp;PDF...</source>
        <translation>保存 PDF(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="55" />
        <source>Site check (选址核查)</source>
        <translation>选址核查</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="60" />
        <source>Boundary points, one a line: "X Y" or "point,X,Y" (X the northing)</source>
        <translation>界址点坐标，每行一点：“X Y”或“点号,X,Y”（X 为纵坐标）</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="61" />
        <source>Boundary points</source>
        <translation>界址点坐标</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="64" />
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="67" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="70" />
        <source>Draw on the map</source>
        <translation>在地图上绘制</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="71" />
        <source>No site drawn yet.</source>
        <translation>尚未绘制选址。</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="74" />
        <source>Drawn</source>
        <translation>绘制</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="77" />
        <source>Site kind:</source>
        <translation>选址类型：</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="97" />
        <source>Site file</source>
        <translation>选址文件</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="98" />
        <source>Site polygons (*.geojson *.json *.shp *.gpkg);;All files (*)</source>
        <translation>选址面文件 (*.geojson *.json *.shp *.gpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="103" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="112" />
        <source>A site of %1 vertices drawn on the map.</source>
        <translation>已在地图上绘制 %1 个顶点的选址。</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="143" />
        <source>site file</source>
        <translation>选址文件</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="143" />
        <source>choose a file first</source>
        <translation>请先选择文件</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="152" />
        <source>drawn site</source>
        <translation>绘制的选址</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="155" />
        <source>boundary points</source>
        <translation>界址点</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="182" />
        <source>&lt;p&gt;Checking the site…&lt;/p&gt;</source>
        <translation>&lt;p&gt;正在核查选址……&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="219" />
        <source>Save the site check opinion</source>
        <translation>保存选址核查意见</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="220" />
        <source>-site-check.pdf</source>
        <translation>-选址核查意见.pdf</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="220" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="244" />
        <source>&lt;h3&gt;%1 (%2)&lt;/h3&gt;&lt;p&gt;%3%4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1（%2）&lt;/h3&gt;&lt;p&gt;%3%4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="250" />
        <source>Site area</source>
        <translation>选址面积</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="251" />
        <source>&lt;b&gt;Permanent basic farmland&lt;/b&gt;</source>
        <translation>&lt;b&gt;永久基本农田&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="252" />
        <source>&lt;b&gt;Cultivated land&lt;/b&gt;</source>
        <translation>&lt;b&gt;耕地&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="253" />
        <source>Cultivated land outside basic farmland</source>
        <translation>永久基本农田以外的耕地</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="255" />
        <source>&lt;p&gt;Open cases overlapped: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;重叠的未结案件：%1 件&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="259" />
        <source>&lt;p&gt;Approvals overlapped: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;重叠的批准文件：%1 份&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="260" />
        <source>&lt;p&gt;Approvals: could not be read&lt;/p&gt;</source>
        <translation>&lt;p&gt;批准文件：无法读取&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="264" />
        <source>in force</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="264" />
        <source>not in force today</source>
        <translation>今日已不在有效期内</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="265" />
        <source>&lt;h4&gt;Procedures&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;须办理的手续&lt;/h4&gt;</translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="268" />
        <source> — another site needed</source>
        <translation> — 须另行选址</translation>
    </message>
</context>
<context>
    <name>fg::app::SiteCheckFormat</name>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="118" />
        <source>%1 m² (%2 mu)</source>
        <translation>%1 平方米（%2 亩）</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="119" />
        <source>Site check of %1 (%2), %3%4</source>
        <translation>%1 的选址核查（%2），%3%4</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="122" />
        <source>  site area:                 %1</source>
        <translation>  选址面积：          %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="123" />
        <source>  permanent basic farmland:  %1</source>
        <translation>  永久基本农田：      %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="124" />
        <source>  cultivated land:           %1</source>
        <translation>  耕地：              %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="125" />
        <source>  cultivated outside BF:     %1</source>
        <translation>  永久基本农田外耕地：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="126" />
        <source>  (%1 method, EPSG:%2)</source>
        <translation>  （%1 方法，EPSG:%2）</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="130" />
        <source>Open cases overlapped: %1</source>
        <translation>重叠的未结案件：%1 件</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="132" />
        <source>  %1 (%2): %3</source>
        <translation>  %1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="134" />
        <source>Approvals: could not be read</source>
        <translation>批准文件：无法读取</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="136" />
        <source>Approvals overlapped: %1</source>
        <translation>重叠的批准文件：%1 份</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="138" />
        <source>  %1 (%2, %3; %4): %5</source>
        <translation>  %1（%2，%3；%4）：%5</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="140" />
        <source>in force</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="140" />
        <source>not in force today</source>
        <translation>今日已不在有效期内</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="142" />
        <source>Procedures:</source>
        <translation>须办理的手续：</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="144" />
        <source>%1 (another site needed)</source>
        <translation>%1（须另行选址）</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="147" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="150" />
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="151" />
        <source>Rules: %1</source>
        <translation>规则：%1</translation>
    </message>
</context>
<context>
    <name>fg::app::VerifyLogCommand</name>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="46" />
        <source>--head takes a printed log head, "#SEQ HASH" or SEQ:HASH (12 to 64 hex digits): '%1'</source>
        <translation>--head 需要打印出的日志头，格式为“#序号 哈希”或 序号:哈希（12 至 64 位十六进制）：'%1'</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="58" />
        <source>check a project's audit log, its data against the log, the file and receipts</source>
        <translation>核验项目的操作日志、数据与日志是否一致、文件及回执</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="64" />
        <source>SHA-256 chain</source>
        <translation>SHA-256 哈希链</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="65" />
        <source>keyed chain (HMAC-SHA256, key %1)</source>
        <translation>加密链接（HMAC-SHA256，密钥 %1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/verify_log_command.cpp" line="69" />
        <source>%1: the project file is DAMAGED (%n problem(s) found):</source>
        <translation>
            <numerusform>%1：项目文件已损坏（发现 %n 个问题）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/verify_log_command.cpp" line="77" />
        <source>%1: audit log intact (%n event(s), %2)</source>
        <translation>
            <numerusform>%1：操作日志完好（%n 个事件，%2）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="79" />
        <source>%1: log head %2</source>
        <translation>%1：日志头 %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="88" />
        <source>%1: the data matches the log (%2)</source>
        <translation>%1：数据与日志一致（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/verify_log_command.cpp" line="90" />
        <source>%1: the DATA DIFFERS FROM THE LOG (%n difference(s)):</source>
        <translation>
            <numerusform>%1：数据与日志不符（%n 处差异）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/verify_log_command.cpp" line="95" />
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="98" />
        <source>%1: ANCHOR FAILED: %2</source>
        <translation>%1：锚点核验失败：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/verify_log_command.cpp" line="100" />
        <source>%1: %n receipt(s) given or kept in the project hold</source>
        <translation>
            <numerusform>%1：所给或项目内保存的 %n 份回执均核验通过</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="102" />
        <source>%1: note: %2</source>
        <translation>%1：说明：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="108" />
        <source>Check a project's record without changing it: the audit log's chain and recorded head, the file's integrity, the data re-derived from the log against every incident, case, step, transfer, accountability record, setting and attachment (each row that differs is named), and the receipts and printed log heads given. A receipt (farmguard-cli project seal) is evidence only when it is kept outside the project: a log rewritten, cut or rebuilt after it is caught against it. Exit 0 when everything passed, 4 when anything failed.</source>
        <translation>在不改动项目的情况下核验其记录：操作日志的哈希链与记录的日志头、文件完整性、根据日志重新推导的数据与每个监测图斑、案件、办理步骤、移送、追责记录、设置和附件是否一致（逐行指出不符之处），以及所给的回执和打印出的日志头。回执（farmguard-cli project seal）只有保存在项目之外才是证据：此后被重写、截断或重建的日志都能据此发现。全部通过时退出码为 0，任何一项未通过时为 4。</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="116" />
        <source>The project file or postgresql:// URI.</source>
        <translation>项目文件或 postgresql:// URI。</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="118" />
        <source>Run SQLite's full integrity_check instead of quick_check and recompute each reference layer's content hash from its rows (slow on a big county).</source>
        <translation>运行 SQLite 完整的 integrity_check（而不是 quick_check），并按各参考图层的要素重新计算其内容哈希（大县数据较慢）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="120" />
        <source>A receipt written by 'project seal': the log must still hold its head. Repeatable.</source>
        <translation>由 'project seal' 写出的回执：日志必须仍包含其日志头。可重复。</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="120" />
        <source>R.json</source>
        <translation>R.json</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="121" />
        <source>A log head printed on a report, "#SEQ HASH": the log must still hold it. Repeatable.</source>
        <translation>报告上打印的日志头“#序号 哈希”：日志必须仍包含它。可重复。</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="121" />
        <source>HEAD</source>
        <translation>日志头</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="123" />
        <source>The office key (kept outside the project; default: the file named by FARMGUARD_LOG_KEY_FILE): checks a keyed log and signed receipts. With a key, a plain log fails unless a signed receipt says it was plain.</source>
        <translation>单位密钥（保存在项目之外；默认：FARMGUARD_LOG_KEY_FILE 指定的文件）：用于核验加密链接的日志和已签名的回执。给出密钥时，普通哈希链日志视为未通过，除非已签名的回执表明其原本即为普通哈希链。</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="126" />
        <source>K</source>
        <translation>公里</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="131" />
        <source>give one project file (see --help)</source>
        <translation>请给出一个项目文件（见 --help）</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="74" />
        <source>%1: audit log BROKEN at event %2: %3</source>
        <translation>%1：操作日志在事件 %2 处被破坏：%3</translation>
    </message>
</context>
<context>
    <name>fg::core::AccountabilityOrgan</name>
    <message>
        <location filename="../../core/cases/accountability_record.cpp" line="13" />
        <source>organ not recorded</source>
        <translation>未登记问责机关</translation>
    </message>
    <message>
        <location filename="../../core/cases/accountability_record.cpp" line="15" />
        <source>County Commission for Discipline Inspection and Supervision</source>
        <translation>县纪委监委</translation>
    </message>
    <message>
        <location filename="../../core/cases/accountability_record.cpp" line="18" />
        <source>County Party Committee Organization Department</source>
        <translation>县委组织部</translation>
    </message>
    <message>
        <location filename="../../core/cases/accountability_record.cpp" line="20" />
        <source>Natural Resources Bureau</source>
        <translation>自然资源局</translation>
    </message>
</context>
<context>
    <name>fg::core::AccumulationSelector</name>
    <message>
        <location filename="../../core/cases/accumulation_selector.cpp" line="85" />
        <source>an incident has no id</source>
        <translation>图斑没有编号</translation>
    </message>
    <message>
        <location filename="../../core/cases/accumulation_selector.cpp" line="87" />
        <source>incident listed twice</source>
        <translation>图斑重复列出</translation>
    </message>
</context>
<context>
    <name>fg::core::Approval</name>
    <message>
        <location filename="../../core/approvals/approval.cpp" line="109" />
        <source>the approval has no document number (文号)</source>
        <translation>批准文件没有文号</translation>
    </message>
    <message>
        <location filename="../../core/approvals/approval.cpp" line="111" />
        <source>the approval has no valid approval date</source>
        <translation>批准文件没有有效的批准日期</translation>
    </message>
    <message>
        <location filename="../../core/approvals/approval.cpp" line="113" />
        <source>a temporary land use permit needs its end date</source>
        <translation>临时用地须有到期日期</translation>
    </message>
    <message>
        <location filename="../../core/approvals/approval.cpp" line="115" />
        <source>the approval ends (%1) before it starts (%2)</source>
        <translation>批准文件的截止日期（%1）早于起始日期（%2）</translation>
    </message>
</context>
<context>
    <name>fg::core::ApprovalKind</name>
    <message>
        <location filename="../../core/approvals/approval.cpp" line="16" />
        <source>Farmland conversion / land expropriation approval</source>
        <translation>农用地转用/土地征收批复</translation>
    </message>
    <message>
        <location filename="../../core/approvals/approval.cpp" line="18" />
        <source>Temporary land use permit</source>
        <translation>临时用地批准</translation>
    </message>
    <message>
        <location filename="../../core/approvals/approval.cpp" line="20" />
        <source>Facility agriculture land filing</source>
        <translation>设施农业用地备案</translation>
    </message>
    <message>
        <location filename="../../core/approvals/approval.cpp" line="22" />
        <source>Homestead approval</source>
        <translation>宅基地审批</translation>
    </message>
    <message>
        <location filename="../../core/approvals/approval.cpp" line="60" />
        <source>unknown approval kind '%1' (农用地转用, 土地征收, 临时用地, 设施农业用地 or 宅基地; or conversion, temporary, facility_agriculture, homestead)</source>
        <translation>未知的批准类型“%1”（应为农用地转用、土地征收、临时用地、设施农业用地或宅基地；或 conversion、temporary、facility_agriculture、homestead）</translation>
    </message>
</context>
<context>
    <name>fg::core::AssessmentRules</name>
    <message>
        <location filename="../../core/assessment/assessment_rules.cpp" line="23" />
        <source>key "assessment" must be an object</source>
        <translation>键 "assessment" 必须是一个对象</translation>
    </message>
    <message>
        <location filename="../../core/assessment/assessment_rules.cpp" line="35" />
        <source>key "assessment.%1" must be true or false</source>
        <translation>键 "assessment.%1" 必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../../core/assessment/assessment_rules.cpp" line="41" />
        <source>key "assessment.%1" must be a whole number of days, 0 or more</source>
        <translation>键 "assessment.%1" 必须是不小于 0 的整天数</translation>
    </message>
    <message>
        <location filename="../../core/assessment/assessment_rules.cpp" line="45" />
        <source>unknown key "assessment.%1" (known: %2)</source>
        <translation>未知的键 "assessment.%1"（可用：%2）</translation>
    </message>
</context>
<context>
    <name>fg::core::AuditEvent</name>
    <message>
        <location filename="../../core/cases/audit_event.cpp" line="77" />
        <source>audit event has no '%1'</source>
        <translation>日志事件缺少“%1”</translation>
    </message>
</context>
<context>
    <name>fg::core::Borderline</name>
    <message>
        <location filename="../../core/borderline.cpp" line="34" />
        <source>%1–%2 mu basic farmland</source>
        <translation>永久基本农田 %1–%2 亩</translation>
    </message>
    <message>
        <location filename="../../core/borderline.cpp" line="36" />
        <source>%1–%2 mu cultivated land</source>
        <translation>耕地 %1–%2 亩</translation>
    </message>
    <message>
        <location filename="../../core/borderline.cpp" line="37" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../core/borderline.cpp" line="46" />
        <source>gross and net of 田坎 give different verdicts (cultivated land %1 / %2 mu, threshold %3 mu)</source>
        <translation>按毛面积与扣除田坎后的净面积结论不同（耕地 %1 / %2 亩，标准 %3 亩）</translation>
    </message>
    <message>
        <location filename="../../core/borderline.cpp" line="50" />
        <source>moving the boundary by ±%1 m gives %2 (thresholds %3 and %4 mu): re-measure on site</source>
        <translation>边界移动 ±%1 米得 %2（标准 %3 亩和 %4 亩）：须现场复测</translation>
    </message>
    <message>
        <location filename="../../core/borderline.cpp" line="60" />
        <source>临界: %1</source>
        <translation>临界：%1</translation>
    </message>
    <message>
        <location filename="../../core/borderline.cpp" line="60" />
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>fg::core::CaseAction</name>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="13" />
        <source>Record clue</source>
        <translation>登记线索</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="14" />
        <source>Verify on site</source>
        <translation>现场核实</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="16" />
        <source>Dismiss as not a violation</source>
        <translation>核实不属实</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="17" />
        <source>Issue stop order</source>
        <translation>下达制止</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="18" />
        <source>Report major case</source>
        <translation>重大案件报告</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="19" />
        <source>File case</source>
        <translation>立案</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="20" />
        <source>Decide penalty</source>
        <translation>作出处罚决定</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="21" />
        <source>Execute decision</source>
        <translation>执行</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="23" />
        <source>Accept reclamation</source>
        <translation>复耕验收</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="24" />
        <source>Close case</source>
        <translation>结案</translation>
    </message>
</context>
<context>
    <name>fg::core::CaseFile</name>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="41" />
        <source>a case needs an id</source>
        <translation>案件需要编号</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="43" />
        <source>the clue has no date</source>
        <translation>线索没有日期</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="45" />
        <source>the clue has no recording officer</source>
        <translation>线索没有登记人</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="82" />
        <source>a transfer needs an id</source>
        <translation>移送需要编号</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="85" />
        <source>transfer %1 is already recorded</source>
        <translation>移送 %1 已经登记</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="88" />
        <source>transfer %1 has no date</source>
        <translation>移送 %1 没有日期</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="90" />
        <source>transfer %1 has no sender</source>
        <translation>移送 %1 没有移送人</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="92" />
        <source>transfer %1 is answered before it was sent</source>
        <translation>移送 %1 的回复早于移送日期</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="102" />
        <source>transfer %1 already has a reply</source>
        <translation>移送 %1 已有回复</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="105" />
        <source>the reply to transfer %1 has no date or predates it</source>
        <translation>移送 %1 的回复没有日期或早于移送日期</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="110" />
        <source>no transfer %1 in this case</source>
        <translation>本案没有移送 %1</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="126" />
        <source>an accountability record needs who, the decision and its date</source>
        <translation>问责记录需要被问责人、问责决定和日期</translation>
    </message>
</context>
<context>
    <name>fg::core::CaseStatus</name>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="13" />
        <source>Clue</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="14" />
        <source>Verified on site</source>
        <translation>已核实</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="16" />
        <source>Dismissed (not a violation)</source>
        <translation>不属实</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="17" />
        <source>Stopped</source>
        <translation>已制止</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="19" />
        <source>Reported as a major case</source>
        <translation>已报告重大案件</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="20" />
        <source>Filed</source>
        <translation>已立案</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="21" />
        <source>Penalty decided</source>
        <translation>已作出处罚决定</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="22" />
        <source>Decision executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="23" />
        <source>Reclamation accepted</source>
        <translation>已复耕验收</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="24" />
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
</context>
<context>
    <name>fg::core::CaseWorkflow</name>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="31" />
        <source>the case is %1: no further step is possible</source>
        <translation>案件状态为“%1”，不能再办理</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="32" />
        <source>'%1' is not allowed from status '%2'</source>
        <translation>状态“%2”下不能“%1”</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="40" />
        <source>only a major case is reported to the county</source>
        <translation>只有重大案件才报告县级</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="44" />
        <source>a major case must be reported to the county before it is filed</source>
        <translation>重大案件须先报告县级再立案</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="48" />
        <source>demolition was decided: the reclamation must be accepted before closing</source>
        <translation>已决定拆除：须复耕验收后才能结案</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="58" />
        <source>the step has no date</source>
        <translation>该步骤没有日期</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="60" />
        <source>the step is dated before the previous step (%1)</source>
        <translation>该步骤日期早于上一步骤（%1）</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="63" />
        <source>the step has no actor</source>
        <translation>该步骤没有经办人</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="65" />
        <source>a penalty decision must name at least one penalty</source>
        <translation>处罚决定至少须有一种处罚</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="67" />
        <source>only a penalty decision names penalties</source>
        <translation>只有处罚决定才写明处罚</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="69" />
        <source>only an execution step can be forced through the court</source>
        <translation>只有执行步骤才能申请法院强制执行</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="71" />
        <source>the reclamation is accepted jointly with the Agriculture and Rural Affairs Bureau: name its officer</source>
        <translation>复垦须会同农业农村局共同验收：请填写其经办人</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="74" />
        <source>only a reclamation acceptance names a joint acceptor</source>
        <translation>只有复垦验收才填写共同验收人</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="82" />
        <source>a case records its clue only once, when it is opened</source>
        <translation>线索只在立卷时登记一次</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="110" />
        <source>stored step '%1' (%2 → %3) does not follow status '%4'</source>
        <translation>存储的步骤“%1”（%2 → %3）不能接在状态“%4”之后</translation>
    </message>
</context>
<context>
    <name>fg::core::ClosingRule</name>
    <message>
        <location filename="../../core/cases/closing_rule.cpp" line="15" />
        <source>a crime is suspected</source>
        <translation>涉嫌犯罪</translation>
    </message>
    <message>
        <location filename="../../core/cases/closing_rule.cpp" line="17" />
        <source>officials' misconduct is suspected</source>
        <translation>涉嫌公职人员违纪违法</translation>
    </message>
    <message>
        <location filename="../../core/cases/closing_rule.cpp" line="19" />
        <source>execution was forced through the court</source>
        <translation>经法院强制执行</translation>
    </message>
    <message>
        <location filename="../../core/cases/closing_rule.cpp" line="42" />
        <source>the occupied area has not been assessed against the accountability thresholds</source>
        <translation>占用面积尚未对照追责标准研判</translation>
    </message>
    <message>
        <location filename="../../core/cases/closing_rule.cpp" line="47" />
        <source>the case reaches an accountability threshold and has no accountability record</source>
        <translation>案件达到追责标准，但没有问责记录</translation>
    </message>
    <message>
        <location filename="../../core/cases/closing_rule.cpp" line="50" />
        <source>no transfer to %1 although %2</source>
        <translation>%2，但未移送%1</translation>
    </message>
</context>
<context>
    <name>fg::core::ConflictError</name>
    <message>
        <location filename="../../core/store_errors.cpp" line="10" />
        <source>changed by %1 at %2 — reload and try again</source>
        <translation>已由 %1 于 %2 修改——请重新加载后再试</translation>
    </message>
</context>
<context>
    <name>fg::core::DeadlineCountdown</name>
    <message numerus="yes">
        <location filename="../../core/cases/deadline_countdown.cpp" line="50" />
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_countdown.cpp" line="51" />
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cases/deadline_countdown.cpp" line="53" />
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>超期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cases/deadline_countdown.cpp" line="53" />
        <source>%n hour(s) overdue</source>
        <translation>
            <numerusform>超期 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_countdown.cpp" line="54" />
        <source>met on time</source>
        <translation>按期完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cases/deadline_countdown.cpp" line="56" />
        <source>met %n day(s) late</source>
        <translation>
            <numerusform>超期 %n 天完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cases/deadline_countdown.cpp" line="56" />
        <source>met %n hour(s) late</source>
        <translation>
            <numerusform>超期 %n 小时完成</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fg::core::DeadlineRules</name>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="85" />
        <source>'%1' in %2 is not a date (YYYY-MM-DD)</source>
        <translation>%2 中的“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="96" />
        <source>a rule has no id</source>
        <translation>有规则没有编号</translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="100" />
        <source>unknown key '%1'</source>
        <translation>未知的键“%1”</translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="106" />
        <source>'within' must be a positive whole number</source>
        <translation>“within”须为正整数</translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="137" />
        <source>give either 'do' or 'transfer'</source>
        <translation>“do”与“transfer”须给出且只给出一个</translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="143" />
        <source>a suspicion is answered by a 'transfer', not by a step</source>
        <translation>涉嫌情形须以“transfer”（移送）回应，而非办案步骤</translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="147" />
        <source>'%1' cannot follow status '%2'</source>
        <translation>“%1”不能接在状态“%2”之后</translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="152" />
        <source>'do' lists no action</source>
        <translation>“do”没有列出操作</translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="230" />
        <source>not valid JSON at offset %1: %2</source>
        <translation>不是有效的 JSON（位置 %1）：%2</translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="234" />
        <source>rules file version %1 is not supported (expected 1)</source>
        <translation>不支持规则文件版本 %1（应为 1）</translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="236" />
        <source>no 'rules' array</source>
        <translation>缺少“rules”数组</translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="242" />
        <source>duplicate rule id</source>
        <translation>规则编号重复</translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="251" />
        <source>'official_calendar' must be true or false</source>
        <translation>'official_calendar' 只能为 true 或 false</translation>
    </message>
</context>
<context>
    <name>fg::core::Department</name>
    <message>
        <location filename="../../core/cases/department.cpp" line="16" />
        <source>County Commission for Discipline Inspection and Supervision</source>
        <translation>县纪委监委</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="17" />
        <source>County Public Security Bureau</source>
        <translation>县公安局</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="18" />
        <source>County Procuratorate</source>
        <translation>县检察院</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="19" />
        <source>County Court</source>
        <translation>县法院</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="20" />
        <source>Township government</source>
        <translation>乡镇人民政府</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="22" />
        <source>Agriculture and Rural Affairs Bureau</source>
        <translation>农业农村局</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="23" />
        <source>Water Resources Bureau</source>
        <translation>水利局</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="24" />
        <source>Forestry Bureau</source>
        <translation>林业局</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="25" />
        <source>Transport Bureau</source>
        <translation>交通运输局</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="26" />
        <source>Civil Affairs Bureau</source>
        <translation>民政局</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="28" />
        <source>Municipal Ecology and Environment Bureau, Pingshun Branch</source>
        <translation>市生态环境局平顺分局</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="30" />
        <source>Housing and Urban-Rural Construction Bureau</source>
        <translation>住房和城乡建设管理局</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="32" />
        <source>Development, Reform, Science and Technology Bureau</source>
        <translation>发展改革和科学技术局</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="33" />
        <source>Market Regulation Bureau</source>
        <translation>市场监管局</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="34" />
        <source>Natural Resources Bureau</source>
        <translation>自然资源局</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="36" />
        <source>Organization Department of the County Party Committee</source>
        <translation>县委组织部</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="37" />
        <source>County Finance Bureau</source>
        <translation>县财政局</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="38" />
        <source>County Audit Bureau</source>
        <translation>县审计局</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="39" />
        <source>County Statistics Bureau</source>
        <translation>县统计局</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="41" />
        <source>Emergency Management Bureau</source>
        <translation>县应急管理局</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="42" />
        <source>Education Bureau</source>
        <translation>县教育局</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="43" />
        <source>Culture and Tourism Bureau</source>
        <translation>县文化和旅游局</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="44" />
        <source>Health Bureau</source>
        <translation>县卫生健康局</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="45" />
        <source>Fire and Rescue Brigade</source>
        <translation>县消防救援大队</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="46" />
        <source>Energy Bureau</source>
        <translation>县能源局</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="47" />
        <source>Water supply company</source>
        <translation>供水公司</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="48" />
        <source>Power supply company</source>
        <translation>供电公司</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="49" />
        <source>Gas company</source>
        <translation>燃气公司</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="51" />
        <source>Financial institutions</source>
        <translation>金融机构</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="52" />
        <source>Administrative village</source>
        <translation>行政村</translation>
    </message>
</context>
<context>
    <name>fg::core::DepartmentAdvisor</name>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="28" />
        <source>the township stops rural housing on cultivated land</source>
        <translation>乡镇负责制止农村乱占耕地建房</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="29" />
        <source>homestead management</source>
        <translation>宅基地管理</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="31" />
        <source>facility agriculture and greenhouse houses</source>
        <translation>设施农业与“大棚房”</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="33" />
        <source>non-grain use and abandoned cultivated land</source>
        <translation>耕地“非粮化”与撂荒</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="34" />
        <source>lakes, landscapes and water projects</source>
        <translation>挖湖造景和水利工程</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="35" />
        <source>afforestation and green belts</source>
        <translation>违规造林和绿化带</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="36" />
        <source>green belts along roads</source>
        <translation>道路绿化带</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="37" />
        <source>burial land</source>
        <translation>殡葬用地</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="38" />
        <source>construction in nature reserves</source>
        <translation>自然保护区内建设</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="39" />
        <source>mining on farmland</source>
        <translation>占用耕地采矿</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="41" />
        <source>no construction permit for transport projects without land approval</source>
        <translation>未批先建的交通项目不予办理施工许可</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="43" />
        <source>municipal and building works without approval</source>
        <translation>未经批准的市政和建筑工程</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="45" />
        <source>government-invested projects without land pre-approval</source>
        <translation>未办理用地预审的政府投资项目</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="47" />
        <source>the enterprise's credit record is made public</source>
        <translation>企业违法信息纳入信用记录并公示</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="87" />
        <source>the mining site lies in a nature reserve</source>
        <translation>采矿地块位于自然保护区内</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="89" />
        <source>Whether the mining site lies in a nature reserve (then 市生态环境局平顺分局 takes part) needs a nature-reserve layer, which the project does not have: check by hand.</source>
        <translation>判断采矿地块是否位于自然保护区（若是则市生态环境局平顺分局参与）需要自然保护区图层，本项目没有该图层：请人工核查。</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="94" />
        <source>the case reaches an accountability threshold: officials' responsibility is examined (既处理事、又处理人)</source>
        <translation>案件达到追责标准：追究有关人员责任（既处理事、又处理人）</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="96" />
        <source>the occupied area reaches the criminal standard of 法释〔2000〕14号 art. 3: consider a referral</source>
        <translation>占用面积达到法释〔2000〕14号第三条的刑事立案标准：考虑移送</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="99" />
        <source>a suspected crime is investigated</source>
        <translation>涉嫌犯罪的立案侦查</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="100" />
        <source>the procuratorate takes part early in a suspected crime</source>
        <translation>检察院提前介入涉嫌犯罪案件</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="103" />
        <source>officials' misconduct behind the case</source>
        <translation>案件背后的公职人员违纪违法</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="105" />
        <source>forced execution of the decision</source>
        <translation>强制执行处罚决定</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="107" />
        <source>reclamation acceptance together with the natural resources bureau</source>
        <translation>会同自然资源局复耕验收</translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="109" />
        <source>confiscated buildings and land are handed to the finance bureau</source>
        <translation>没收的建筑物和土地移交财政局</translation>
    </message>
</context>
<context>
    <name>fg::core::DepartmentDuty</name>
    <message>
        <location filename="../../core/cases/department.cpp" line="63" />
        <source>holds officials to account for misconduct behind a case; receives audit clues</source>
        <translation>追究案件背后公职人员的违纪违法责任；接收审计移送线索</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="64" />
        <source>investigates suspected crimes of illegal land occupation</source>
        <translation>侦查涉嫌非法占地的犯罪</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="65" />
        <source>prosecutes, taking part early in suspected crimes</source>
        <translation>提起公诉，提前介入涉嫌犯罪案件</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="66" />
        <source>enforces decisions by force where needed</source>
        <translation>依法强制执行</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="67" />
        <source>patrols its villages' grid, stops violations on the spot, stops rural housing on cultivated land</source>
        <translation>巡查辖区村网格，现场制止违法行为，制止农村乱占耕地建房</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="68" />
        <source>homesteads, facility agriculture and greenhouse houses, non-grain use and abandoned land; takes part in reclamation acceptance</source>
        <translation>宅基地、设施农业与“大棚房”、“非粮化”与撂荒；参与复垦验收</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="69" />
        <source>digging fields for lakes and landscapes, water projects</source>
        <translation>挖田造湖、挖湖造景，水利工程</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="70" />
        <source>afforestation and green belts on farmland</source>
        <translation>耕地上违规造林和绿化带</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="71" />
        <source>no construction permit for transport projects without land approval; green belts along roads</source>
        <translation>未取得用地批准的交通项目不予施工许可；道路绿化带</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="72" />
        <source>burial land; guides the choice of burial sites</source>
        <translation>殡葬用地；引导墓地选址</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="73" />
        <source>mining, roads and dams in nature reserves</source>
        <translation>自然保护区内的采矿、道路和水坝</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="74" />
        <source>no start of municipal or building works before the land procedures</source>
        <translation>用地手续办结前市政和建筑工程不得开工</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="75" />
        <source>approves no feasibility study of a government-invested project without land pre-approval and a site opinion</source>
        <translation>无用地预审和选址意见的政府投资项目不予批复可行性研究报告</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="76" />
        <source>makes enterprises' violations public in their credit record; no business licence in illegal buildings</source>
        <translation>将企业违法行为纳入信用记录并公示；违法建筑内不予办理营业执照</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="77" />
        <source>measures and files cases, mining on farmland, reclamation acceptance, the annual change survey</source>
        <translation>测算面积并立案查处，查处占用耕地采矿，组织复垦验收，开展年度变更调查</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="78" />
        <source>uses the townships' assessment results in appointing and evaluating leaders</source>
        <translation>将乡镇考核结果用于领导干部选拔任用和考核评价</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="79" />
        <source>takes over confiscated buildings and land; funds protection; no funds for illegal land use</source>
        <translation>接收没收的建筑物和土地；保障耕地保护资金；不为违法用地拨付资金</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="80" />
        <source>audits the performance of protection duties on departure; passes clues to the discipline commission</source>
        <translation>开展耕地保护责任离任审计；向纪委监委移送线索</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="81" />
        <source>keeps the statistics of the protection targets</source>
        <translation>负责耕地保护目标的统计</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="82" />
        <location filename="../../core/cases/department.cpp" line="83" />
        <location filename="../../core/cases/department.cpp" line="84" />
        <location filename="../../core/cases/department.cpp" line="85" />
        <location filename="../../core/cases/department.cpp" line="87" />
        <source>issues no licence for businesses in illegal buildings</source>
        <translation>违法建筑内的经营不予许可</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="86" />
        <source>issues no fire-safety approval for businesses in illegal buildings</source>
        <translation>违法建筑内的经营不予消防审批</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="88" />
        <source>supplies no water to illegal land use</source>
        <translation>不为违法用地供水</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="89" />
        <source>supplies no power to illegal land use</source>
        <translation>不为违法用地供电</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="90" />
        <source>supplies no gas to illegal land use</source>
        <translation>不为违法用地供气</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="91" />
        <source>grants no loans for illegal land use</source>
        <translation>不为违法用地发放贷款</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="92" />
        <source>patrols daily and reports a clue to the township at once</source>
        <translation>开展日常巡查，发现线索第一时间报告乡镇</translation>
    </message>
</context>
<context>
    <name>fg::core::EnumTable</name>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="40" />
        <source>case action</source>
        <translation>案件操作</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="34" />
        <source>threshold flag</source>
        <translation>追责标准标记</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="40" />
        <source>case status</source>
        <translation>案件状态</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_step.cpp" line="26" />
        <source>penalty</source>
        <translation>处罚</translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="108" />
        <source>deadline unit</source>
        <translation>期限单位</translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="110" />
        <source>case scope</source>
        <translation>案件范围</translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="108" />
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../core/cases/enum_table.h" line="50" />
        <source>unknown %1 code '%2'</source>
        <translation>未知的%1代码“%2”</translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="53" />
        <source>violation type</source>
        <translation>违法类型</translation>
    </message>
    <message>
        <location filename="../../core/cases/accountability_record.cpp" line="38" />
        <source>accountability organ</source>
        <translation>问责机关</translation>
    </message>
</context>
<context>
    <name>fg::core::FlagCheck</name>
    <message>
        <location filename="../../core/cases/flag_check.cpp" line="34" />
        <source>the threshold flag goes down from '%1' to '%2': state the reason</source>
        <translation>追责标志由 '%1' 降为 '%2'：请说明原因</translation>
    </message>
    <message>
        <location filename="../../core/cases/flag_check.cpp" line="46" />
        <source>incident %1 alone occupies %2 mu of permanent basic farmland (threshold %3 mu): the case cannot be '%4'</source>
        <translation>图斑 %1 单独占用永久基本农田 %2 亩（标准 %3 亩）：案件不能标为 '%4'</translation>
    </message>
    <message>
        <location filename="../../core/cases/flag_check.cpp" line="51" />
        <source>incident %1 alone occupies %2 mu of cultivated land (threshold %3 mu): the case cannot be '%4'</source>
        <translation>图斑 %1 单独占用耕地 %2 亩（标准 %3 亩）：案件不能标为 '%4'</translation>
    </message>
</context>
<context>
    <name>fg::core::HashChain</name>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="73" />
        <source>event %1 stands after event %2: it is out of order or repeated</source>
        <translation>事件 %1 位于事件 %2 之后：顺序被打乱或重复</translation>
    </message>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="77" />
        <source>event %1 stands where event %2 belongs: the log was reordered</source>
        <translation>事件 %1 位于事件 %2 的位置：日志顺序被改动</translation>
    </message>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="82" />
        <source>event %1 is missing before event %2: it was deleted</source>
        <translation>事件 %2 之前缺少事件 %1：已被删除</translation>
    </message>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="95" />
        <source>event %1 differs from its anchored copy: the log was rebuilt</source>
        <translation>事件 %1 与留存副本不一致：日志被重建</translation>
    </message>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="99" />
        <source>the log ends at event %1 but event %2 was recorded: events were deleted from the end</source>
        <translation>日志止于事件 %1，但曾记录事件 %2：末尾事件被删除</translation>
    </message>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="111" />
        <source>event %1 names a second key (%2 after %3): a keyed log keeps its key</source>
        <translation>事件 %1 指定了第二个密钥（%3 之后是 %2）：加密链接的日志不能更换密钥</translation>
    </message>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="115" />
        <source>the log is keyed from event %1 with the key %2, not with the key given (%3)</source>
        <translation>日志自事件 %1 起以密钥 %2 加密链接，而不是所给的密钥（%3）</translation>
    </message>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="125" />
        <source>event %1 was changed after it was recorded: its content does not match its hash</source>
        <translation>事件 %1 在记录后被修改：内容与哈希值不符</translation>
    </message>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="151" />
        <source>event %1 does not chain to the event before it: an earlier event was replaced</source>
        <translation>事件 %1 与前一事件链接不上：之前的事件被替换</translation>
    </message>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="162" />
        <source>the log is keyed (HMAC-SHA256, key %1) from event %2: it can be checked and written only with the key (--key-file or %3)</source>
        <translation>日志自事件 %2 起已加密链接（HMAC-SHA256，密钥 %1）：只有持有密钥才能核验和写入（--key-file 或 %3）</translation>
    </message>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="169" />
        <source>the log is a plain SHA-256 chain although a keyed one was expected: if this project was keyed, its log was rewritten</source>
        <translation>日志是普通 SHA-256 哈希链，但应为加密链接：如果本项目曾加密链接，则其日志已被重写</translation>
    </message>
</context>
<context>
    <name>fg::core::InputError</name>
    <message>
        <location filename="../../core/input_error.cpp" line="13" />
        <source>feature %1: </source>
        <translation>要素 %1：</translation>
    </message>
</context>
<context>
    <name>fg::core::InputRejected</name>
    <message>
        <location filename="../../core/input_rejected.cpp" line="19" />
        <source>... and %1 more</source>
        <translation>……另有 %1 条</translation>
    </message>
</context>
<context>
    <name>fg::core::LogKey</name>
    <message>
        <location filename="../../core/cases/log_key.cpp" line="17" />
        <source>a log key needs at least %1 bytes</source>
        <translation>日志密钥至少需要 %1 个字节</translation>
    </message>
    <message>
        <location filename="../../core/cases/log_key.cpp" line="24" />
        <source>cannot read the key file: %1</source>
        <translation>无法读取密钥文件：%1</translation>
    </message>
    <message>
        <location filename="../../core/cases/log_key.cpp" line="30" />
        <source>the key file holds %1 bytes; a log key needs at least %2 (e.g. `openssl rand -hex 32 &gt; FILE`)</source>
        <translation>密钥文件只有 %1 个字节；日志密钥至少需要 %2 个字节（例如 `openssl rand -hex 32 &gt; 文件`）</translation>
    </message>
</context>
<context>
    <name>fg::core::LogReceipt</name>
    <message>
        <location filename="../../core/cases/log_receipt.cpp" line="45" />
        <source>not a FarmGuard log receipt (format %1 expected)</source>
        <translation>不是 FarmGuard 日志回执（应为格式 %1）</translation>
    </message>
    <message>
        <location filename="../../core/cases/log_receipt.cpp" line="59" />
        <source>the receipt names no log head (head_seq, head_hash)</source>
        <translation>回执中没有日志头（head_seq、head_hash）</translation>
    </message>
    <message>
        <location filename="../../core/cases/log_receipt.cpp" line="67" />
        <source>cannot read the receipt: %1</source>
        <translation>无法读取回执：%1</translation>
    </message>
    <message>
        <location filename="../../core/cases/log_receipt.cpp" line="71" />
        <source>the receipt is not JSON: %1</source>
        <translation>回执不是 JSON：%1</translation>
    </message>
    <message>
        <location filename="../../core/cases/log_receipt.cpp" line="91" />
        <source>the receipt is signed (key %1): give the key (--key-file) to check its signature</source>
        <translation>回执已签名（密钥 %1）：请提供密钥（--key-file）以核验签名</translation>
    </message>
    <message>
        <location filename="../../core/cases/log_receipt.cpp" line="93" />
        <source>the receipt is signed with the key %1, not with the key given (%2)</source>
        <translation>回执由密钥 %1 签名，而不是所给的密钥（%2）</translation>
    </message>
    <message>
        <location filename="../../core/cases/log_receipt.cpp" line="95" />
        <source>the receipt's signature does not match its content: the receipt was altered</source>
        <translation>回执签名与内容不符：回执已被改动</translation>
    </message>
    <message>
        <location filename="../../core/cases/log_receipt.cpp" line="108" />
        <source>the log holds %1 events; the receipt counted %2</source>
        <translation>日志中有 %1 个事件，回执记录的是 %2 个</translation>
    </message>
    <message>
        <location filename="../../core/cases/log_receipt.cpp" line="114" />
        <source>the receipt was sealed on a log keyed with %1, but the log is now a plain chain: it was rewritten</source>
        <translation>回执封存时日志以密钥 %1 加密链接，但现在日志是普通哈希链：日志已被重写</translation>
    </message>
    <message>
        <location filename="../../core/cases/log_receipt.cpp" line="116" />
        <source>the receipt was sealed on a log keyed with %1, but the log is now keyed with %2</source>
        <translation>回执封存时日志以密钥 %1 加密链接，但现在日志使用密钥 %2</translation>
    </message>
</context>
<context>
    <name>fg::core::MeasureKind</name>
    <message>
        <location filename="../../core/assessment/township_measure.cpp" line="20" />
        <source>Interview (约谈)</source>
        <translation>约谈</translation>
    </message>
    <message>
        <location filename="../../core/assessment/township_measure.cpp" line="23" />
        <source>Listed supervision (挂牌督办)</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <location filename="../../core/assessment/township_measure.cpp" line="25" />
        <source>Land approvals suspended (暂停用地审批)</source>
        <translation>暂停用地审批</translation>
    </message>
    <message>
        <location filename="../../core/assessment/township_measure.cpp" line="28" />
        <source>Public criticism (通报批评)</source>
        <translation>通报批评</translation>
    </message>
    <message>
        <location filename="../../core/assessment/township_measure.cpp" line="30" />
        <source>Public commendation (通报表扬)</source>
        <translation>通报表扬</translation>
    </message>
</context>
<context>
    <name>fg::core::Obligation</name>
    <message>
        <location filename="../../core/cases/obligation.cpp" line="22" />
        <source>Transfer to %1</source>
        <translation>移送%1</translation>
    </message>
    <message>
        <location filename="../../core/cases/obligation.cpp" line="26" />
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location filename="../../core/cases/obligation.cpp" line="31" />
        <source>counted on the ordinary week (the year's holiday notice is not published)</source>
        <translation>按普通工作周计算（该年度放假通知尚未发布）</translation>
    </message>
    <message>
        <location filename="../../core/cases/obligation.cpp" line="37" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>fg::core::OfficialCalendar</name>
    <message>
        <location filename="../../core/cases/official_calendar.cpp" line="23" />
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../core/cases/official_calendar.cpp" line="27" />
        <source>expected date,holiday,kind</source>
        <translation>应为 日期,节日,类型（date,holiday,kind）</translation>
    </message>
    <message>
        <location filename="../../core/cases/official_calendar.cpp" line="30" />
        <source>'%1' is not a date such as 2025-10-01</source>
        <translation>'%1' 不是日期（例如 2025-10-01）</translation>
    </message>
    <message>
        <location filename="../../core/cases/official_calendar.cpp" line="32" />
        <source>%1 is listed twice</source>
        <translation>%1 重复列出</translation>
    </message>
    <message>
        <location filename="../../core/cases/official_calendar.cpp" line="41" />
        <source>kind '%1' is neither off nor work</source>
        <translation>类型 '%1' 既不是 off（休息）也不是 work（调休上班）</translation>
    </message>
    <message>
        <location filename="../../core/cases/official_calendar.cpp" line="50" />
        <source>cannot read the holiday notice file</source>
        <translation>无法读取放假通知文件</translation>
    </message>
    <message>
        <location filename="../../core/cases/official_calendar.cpp" line="68" />
        <source>line 1: expected the header date,holiday,kind</source>
        <translation>第 1 行：应为表头 date,holiday,kind</translation>
    </message>
    <message>
        <location filename="../../core/cases/official_calendar.cpp" line="117" />
        <source>warning: holiday notice skipped: %1</source>
        <translation>警告：已跳过放假通知：%1</translation>
    </message>
</context>
<context>
    <name>fg::core::PartyMatcher</name>
    <message>
        <location filename="../../core/cases/party_matcher.cpp" line="98" />
        <source>the same name, recorded without an ID number beside several ID numbers</source>
        <translation>同一姓名，既有未登记身份证号的记录，又有多个不同身份证号</translation>
    </message>
    <message>
        <location filename="../../core/cases/party_matcher.cpp" line="217" />
        <source>names alike once full-/half-width forms, spaces and 有限责任公司 / 有限公司 are evened out</source>
        <translation>统一全角/半角、空格及“有限责任公司/有限公司”后名称相同</translation>
    </message>
</context>
<context>
    <name>fg::core::PatrolPlanner</name>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="81" />
        <source>the plan needs a valid start date</source>
        <translation>计划需要有效的开始日期</translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="83" />
        <source>the plan must cover at least one day, not %1</source>
        <translation>计划至少须覆盖一天，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="85" />
        <source>revisit intervals must be at least one day</source>
        <translation>巡查间隔至少为一天</translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="93" />
        <source>cell id repeats</source>
        <translation>网格编号重复</translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="99" />
        <source>officer %1 has no daily capacity (cells or km)</source>
        <translation>网格员 %1 没有每日工作量（网格数或公里数）</translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="103" />
        <source>officer %1 is assigned a cell that is not in the grid</source>
        <translation>网格员 %1 被分配了不在网格中的网格</translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="106" />
        <source>cell assigned to two officers: %1 and %2</source>
        <translation>网格分配给了两名网格员：%1 和 %2</translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="266" />
        <source>due by %1 (%2: every %3 days)</source>
        <translation>应于 %1 前巡查（%2：每 %3 天）</translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="269" />
        <source>risk %1</source>
        <translation>风险 %1</translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="309" />
        <source>out of reach: the round trip from %1's base is %2 km, more than the %3 km a day</source>
        <translation>够不着：从 %1 驻地往返 %2 公里，超过每天 %3 公里</translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="314" />
        <source>already overdue when the plan starts (due %1)</source>
        <translation>计划开始时已逾期（应于 %1 前）</translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="319" />
        <source>%1 has no working day in the plan between %2 and %3</source>
        <translation>%1 在 %2 至 %3 之间没有工作日</translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="322" />
        <source>capacity: %1's %2 a day went to cells due earlier or at higher risk</source>
        <translation>工作量不足：%1 每天的 %2 已用于更早到期或风险更高的网格</translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="324" />
        <source>%1 cells</source>
        <translation>%1 个网格</translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="325" />
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
</context>
<context>
    <name>fg::core::Penalty</name>
    <message>
        <location filename="../../core/cases/case_step.cpp" line="13" />
        <source>Demolish and restore</source>
        <translation>拆除复耕</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_step.cpp" line="14" />
        <source>Confiscate</source>
        <translation>没收</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_step.cpp" line="15" />
        <source>Fine</source>
        <translation>罚款</translation>
    </message>
</context>
<context>
    <name>fg::core::RiskModel</name>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="54" />
        <source>high risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="54" />
        <source>normal risk</source>
        <translation>一般风险</translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="71" />
        <source>rural homestead</source>
        <translation>农村宅基地</translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="72" />
        <source>road</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="72" />
        <source>town land</source>
        <translation>城镇用地</translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="82" />
        <source>no homestead, road or town land within the search radius</source>
        <translation>搜索半径内没有宅基地、道路或城镇用地</translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="84" />
        <source>%1 inside the cell</source>
        <translation>网格内有%1</translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="86" />
        <source>%1 %2 m away</source>
        <translation>%1距离 %2 米</translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="96" />
        <source>basic farmland %1% of the cell (%2 mu)</source>
        <translation>永久基本农田占网格 %1%（%2 亩）</translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="114" />
        <source>no incidents recorded</source>
        <translation>无图斑/线索记录</translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="115" />
        <source>incidents: %1, latest %2 (half-life %3 days)</source>
        <translation>图斑/线索：%1 个，最近 %2（半衰期 %3 天）</translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="126" />
        <source>open cases in or near the cell: %1</source>
        <translation>网格内或附近未结案件：%1 件</translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="169" />
        <source>never patrolled (%1: every %2 days)</source>
        <translation>从未巡查（%1：每 %2 天）</translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="173" />
        <source>last patrolled %1 days ago (%2: every %3 days)</source>
        <translation>上次巡查在 %1 天前（%2：每 %3 天）</translation>
    </message>
</context>
<context>
    <name>fg::core::Rules</name>
    <message>
        <location filename="../../core/rules.cpp" line="73" />
        <source>cannot read the rules file: %1</source>
        <translation>无法读取规则文件：%1</translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="83" />
        <source>not valid JSON at offset %1: %2</source>
        <translation>不是有效的 JSON（位置 %1）：%2</translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="85" />
        <source>the rules file must hold one JSON object</source>
        <translation>规则文件必须是一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="93" />
        <source>key "%1" must be a positive number of mu</source>
        <translation>键“%1”必须是大于零的亩数</translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="97" />
        <source>key "%1" must be "notice" or "judicial"</source>
        <translation>键“%1”必须是 "notice"（通知口径）或 "judicial"（司法解释口径）</translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="105" />
        <source>key "%1" must be a non-empty array of class codes</source>
        <translation>键“%1”必须是非空的地类编码数组</translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="109" />
        <source>unknown key "%1" (known: %2)</source>
        <translation>未知的键“%1”（可用的键：%2）</translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="124" />
        <source>key "%1" must be "gross" or "net"</source>
        <translation>键 "%1" 须为 "gross" 或 "net"</translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="127" />
        <source>key "%1" must be "until_decision" or "until_closed"</source>
        <translation>键 "%1" 须为 "until_decision" 或 "until_closed"</translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="131" />
        <source>key "%1" must be a whole number of months, 0 or more</source>
        <translation>键 "%1" 须为不小于 0 的整月数</translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="187" />
        <source>a party's incidents count until their case is closed</source>
        <translation>当事人的图斑累计至案件结案为止</translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="188" />
        <source>a party's incidents count until a penalty decision is made (未经处理)</source>
        <translation>当事人的图斑累计至作出处罚决定为止（未经处理）</translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="190" />
        <source>Accumulated (累计计算): %1; no time window.</source>
        <translation>累计计算：%1；不限时间范围。</translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="191" />
        <source>Accumulated (累计计算): %1, within %2 months before the party's latest incident (法释〔2000〕14号 art. 9: 一年内多次实施、未经处理的, 累计计算).</source>
        <translation>累计计算：%1，限于当事人最近一次图斑之前 %2 个月内（法释〔2000〕14号第九条：一年内多次实施、未经处理的，累计计算）。</translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="200" />
        <source>net of 田坎 (each parcel piece × (1 − KCXS), as TBDLMJ)</source>
        <translation>扣除田坎（各图斑部分 ×（1 − KCXS），同 TBDLMJ）</translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="201" />
        <source>gross (the parcels' whole area, 田坎 included)</source>
        <translation>含田坎（图斑全部面积）</translation>
    </message>
    <message>
        <location filename="../../core/rules_edges.cpp" line="31" />
        <source>key "%1" must be a distance in metres, 0 or more</source>
        <translation>键 "%1" 必须是以米为单位的距离，不小于 0</translation>
    </message>
    <message>
        <location filename="../../core/rules_edges.cpp" line="35" />
        <source>key "%1" must be a whole number of days, 0 or more</source>
        <translation>键 "%1" 必须是整数天数，不小于 0</translation>
    </message>
    <message>
        <location filename="../../core/rules_edges.cpp" line="39" />
        <source>key "%1" must be a distance in metres from 0 to 10</source>
        <translation>键 "%1" 必须是 0 到 10 之间的距离（米）</translation>
    </message>
</context>
<context>
    <name>fg::core::RulesRecord</name>
    <message>
        <location filename="../../core/rules_record.cpp" line="56" />
        <source>the rules' SHA-256 does not match their text: the setting was changed outside FarmGuard</source>
        <translation>规则的 SHA-256 与其内容不符：该设置曾在 FarmGuard 之外被修改</translation>
    </message>
    <message>
        <location filename="../../core/rules_record.cpp" line="71" />
        <source>notice reading (all cultivated land, basic farmland included)</source>
        <translation>通知口径（全部耕地，含永久基本农田）</translation>
    </message>
    <message>
        <location filename="../../core/rules_record.cpp" line="72" />
        <source>judicial reading (cultivated land outside basic farmland)</source>
        <translation>司法解释口径（永久基本农田以外的耕地）</translation>
    </message>
    <message>
        <location filename="../../core/rules_record.cpp" line="78" />
        <source>built-in rules of the notice</source>
        <translation>通知内置规则</translation>
    </message>
    <message>
        <location filename="../../core/rules_record.cpp" line="79" />
        <source>project rules</source>
        <translation>项目规则</translation>
    </message>
    <message>
        <location filename="../../core/rules_record.cpp" line="80" />
        <source>project rules (%1)</source>
        <translation>项目规则（%1）</translation>
    </message>
    <message>
        <location filename="../../core/rules_record.cpp" line="81" />
        <source>%1, %2: %3 mu basic farmland, %4 mu cultivated land; SHA-256 %5</source>
        <translation>%1，%2：永久基本农田 %3 亩，耕地 %4 亩；SHA-256 %5</translation>
    </message>
</context>
<context>
    <name>fg::core::SiteKind</name>
    <message>
        <location filename="../../core/site/site_kind.cpp" line="14" />
        <source>Construction project</source>
        <translation>建设项目</translation>
    </message>
    <message>
        <location filename="../../core/site/site_kind.cpp" line="15" />
        <source>Homestead</source>
        <translation>宅基地</translation>
    </message>
    <message>
        <location filename="../../core/site/site_kind.cpp" line="17" />
        <source>Facility agriculture</source>
        <translation>设施农业</translation>
    </message>
    <message>
        <location filename="../../core/site/site_kind.cpp" line="18" />
        <source>Burial site or cemetery</source>
        <translation>殡葬用地／墓地</translation>
    </message>
    <message>
        <location filename="../../core/site/site_kind.cpp" line="19" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../core/site/site_kind.cpp" line="58" />
        <source>unknown site kind '%1': use construction, homestead, facility_agriculture, burial or other</source>
        <translation>未知的选址类型“%1”：可用 construction（建设项目）、homestead（宅基地）、facility_agriculture（设施农业）、burial（殡葬）或 other（其他）</translation>
    </message>
</context>
<context>
    <name>fg::core::SiteProcedures</name>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="50" />
        <source>Land pre-review and site selection opinion (用地预审与选址意见书)</source>
        <translation>建设项目用地预审与选址意见书</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="52" />
        <source>A construction project's land is pre-reviewed and its site approved by the natural resources bureau before the project itself may be approved.</source>
        <translation>建设项目用地须先经自然资源部门预审、选址经其同意，项目本身方可审批。</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="57" />
        <source>approves no feasibility study (可研), and approves or files no project, before it</source>
        <translation>未取得前，不得批复可行性研究报告（可研），不得审批、核准或备案项目</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="61" />
        <source>Construction land approval (农用地转用、土地征收、供地)</source>
        <translation>建设用地审批（农用地转用、土地征收、供地）</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="63" />
        <source>Building on the site needs its land approved first: agricultural land converted (农用地转用), collective land expropriated (土地征收) and the land supplied. Until then the land may not be built on.</source>
        <translation>在该选址上建设须先办理用地审批：农用地转用、集体土地征收并依法供地。批准之前不得动工建设。</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="70" />
        <source>issues no construction permit (施工许可) for a transport project before it</source>
        <translation>未取得前，交通建设项目不予核发施工许可</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="73" />
        <source>allows no start of work (开工) before it</source>
        <translation>未取得前，不得准许开工</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="76" />
        <source>Cultivated land compensation (耕地占补平衡)</source>
        <translation>耕地占补平衡</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="77" />
        <source>The site would occupy %1 mu of cultivated land. Its conversion is approved only when as much cultivated land of the same quality has been made up (占一补一、占优补优).</source>
        <translation>该选址将占用耕地 %1 亩。须先补充数量相等、质量相当的耕地（占一补一、占优补优），方可批准转用。</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="82" />
        <source>submits no conversion before the compensation is secured</source>
        <translation>补充耕地未落实前，不得报批转用</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="85" />
        <source>Occupation of permanent basic farmland (State Council approval)</source>
        <translation>占用永久基本农田（须经国务院批准）</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="87" />
        <source>The site would occupy %1 mu of permanent basic farmland. Ordinary construction may not occupy it: only a key project that cannot avoid it may, after a demonstration that it cannot, and the conversion then needs the State Council's approval. The site should be moved off permanent basic farmland wherever it can be.</source>
        <translation>该选址将占用永久基本农田 %1 亩。一般建设项目不得占用永久基本农田；只有确实难以避让的重点建设项目，经论证确实无法避让的，其农用地转用方可报国务院批准。凡能避让的，选址应调整避开永久基本农田。</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="95" />
        <source>approves nothing for the project before that approval exists</source>
        <translation>取得该批准前，不得为该项目办理任何审批</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="98" />
        <source>cannot approve it at county level; reports the demonstration</source>
        <translation>县级无权批准；负责组织论证并逐级上报</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="101" />
        <source>Homestead approval (宅基地审批)</source>
        <translation>宅基地审批</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="102" />
        <source>A rural household's homestead is approved by the township after the village's review, within the village plan: one household, one homestead, within the province's area limit.</source>
        <translation>农村村民宅基地经村级审查后由乡镇审批，须符合村庄规划：一户一宅，面积不超过省定标准。</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="107" />
        <source>guides the village's homestead layout and checks the approval</source>
        <translation>指导村庄宅基地布局，并监督审批</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="110" />
        <source>issues no rural construction planning permit (乡村建设规划许可证) without it</source>
        <translation>未经审批，不予核发乡村建设规划许可证</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="113" />
        <source>Conversion of cultivated land for the homestead (农用地转用)</source>
        <translation>宅基地占用耕地的农用地转用</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="115" />
        <source>The site would occupy %1 mu of cultivated land. A homestead on cultivated land needs its conversion approved first; building on cultivated land without it is what the eight prohibitions (八不准) forbid.</source>
        <translation>该选址将占用耕地 %1 亩。宅基地占用耕地须先办理农用地转用审批；未经批准占用耕地建房，正是“八不准”所禁止的。</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="120" />
        <source>approves no homestead before the conversion</source>
        <translation>转用批准前，不得批准宅基地</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="123" />
        <source>No homestead on permanent basic farmland</source>
        <translation>不得在永久基本农田上建房</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="124" />
        <source>The site would occupy %1 mu of permanent basic farmland. The eight prohibitions forbid building houses on it and no procedure allows a homestead there: another site is needed.</source>
        <translation>该选址将占用永久基本农田 %1 亩。“八不准”禁止占用永久基本农田建房，任何手续都不能使宅基地落在此处：须另行选址。</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="128" />
        <source>approves no homestead on it</source>
        <translation>不得在此批准宅基地</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="130" />
        <source>guides the household to another site</source>
        <translation>引导农户另行选址</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="133" />
        <source>Facility agricultural land filing (设施农业用地备案)</source>
        <translation>设施农业用地备案</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="135" />
        <source>Facility agricultural land is filed with the township before building, and the natural resources bureau checks and maps it (上图入库). Without the filing, buildings on farmland are unlawful ("大棚房").</source>
        <translation>设施农业用地须在建设前向乡镇备案，由自然资源部门核查并上图入库。未经备案在耕地上建设的，属违法用地（“大棚房”）。</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="141" />
        <source>checks that the facility serves agricultural production</source>
        <translation>核实设施确为农业生产服务</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="144" />
        <source>checks and maps the filing (上图入库)</source>
        <translation>核查备案并上图入库</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="147" />
        <source>Making up cultivated land taken by facility agriculture (进出平衡)</source>
        <translation>设施农业占用耕地的进出平衡</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="149" />
        <source>The site would occupy %1 mu of cultivated land. Facility agriculture should avoid it; where it cannot, as much cultivated land must be made up, and the filing must say how.</source>
        <translation>该选址将占用耕地 %1 亩。设施农业应尽量不占耕地；确需占用的，须补足同等数量的耕地，并在备案中写明补充方式。</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="154" />
        <source>accepts no filing without the make-up plan</source>
        <translation>无补充耕地方案的，不予备案</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="157" />
        <source>Facility agriculture on permanent basic farmland</source>
        <translation>设施农业占用永久基本农田</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="158" />
        <source>The site would occupy %1 mu of permanent basic farmland. Only planting facilities that leave the plough layer intact may use it; livestock sheds, storage and other facilities may not. The facility's type must be checked before the filing.</source>
        <translation>该选址将占用永久基本农田 %1 亩。只有不破坏耕作层的种植设施可以使用永久基本农田；养殖设施、仓储等其他设施不得占用。备案前须核实设施类型。</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="165" />
        <source>files only planting facilities that leave the plough layer intact</source>
        <translation>只为不破坏耕作层的种植设施备案</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="168" />
        <source>Burial site selection (殡葬选址)</source>
        <translation>殡葬设施选址</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="169" />
        <source>Cemeteries follow the county's funeral facility plan: the civil affairs bureau guides the site selection and approves public cemeteries.</source>
        <translation>公墓须符合县殡葬设施规划：由民政部门指导选址并审批公益性公墓。</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="174" />
        <source>guides the selection; approves no cemetery outside the plan</source>
        <translation>指导选址；规划外不得审批公墓</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="177" />
        <source>No graves or cemeteries on cultivated land</source>
        <translation>不得在耕地上建墓地</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="178" />
        <source>The site would occupy %1 mu of cultivated land. The Funeral Regulations forbid building cemeteries and graves on cultivated land: another site is needed.</source>
        <translation>该选址将占用耕地 %1 亩。《殡葬管理条例》禁止在耕地上建公墓、坟墓：须另行选址。</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="181" />
        <source>approves no cemetery here</source>
        <translation>不得在此审批墓地</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="182" />
        <source>stops burials here</source>
        <translation>制止在此安葬</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="185" />
        <source>Open enforcement case on the land</source>
        <translation>土地上有未结案件</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="186" />
        <source>The site overlaps %1 open case(s): the land is under enforcement. No approval, permit, licence or connection may be granted for it until the case is dealt with (源头严控).</source>
        <translation>该选址与 %1 件未结案件重叠：该地块正在查处中。案件处理完毕前，不得为其办理任何审批、许可、证照，不得接通水电气（源头严控）。</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="191" />
        <source>deals with the case before any land procedure</source>
        <translation>先依法查处案件，再办理用地手续</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="194" />
        <source>allows no start of work (开工) while the case is open</source>
        <translation>案件未结前，不得准许开工</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="197" />
        <source>Approvals already on the land</source>
        <translation>地块上已有的批准文件</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="198" />
        <source>The site overlaps %1 approval(s) on record (listed above). An approval covers only its own use, area and period: the project must match them, and anything beyond them needs its own procedures.</source>
        <translation>该选址与已登记的 %1 份批准文件重叠（见上表）。批准文件只覆盖其批准的用途、范围和期限：项目须与之相符，超出部分须另行办理手续。</translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="203" />
        <source>checks the project against the approved use, area and period</source>
        <translation>核对项目是否符合批准的用途、范围和期限</translation>
    </message>
</context>
<context>
    <name>fg::core::ThresholdFlag</name>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="14" />
        <source>Not assessed</source>
        <translation>未研判</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="15" />
        <source>Below thresholds</source>
        <translation>未达追责标准</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="16" />
        <source>Threshold reached</source>
        <translation>达到追责标准</translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="18" />
        <source>Not an occupation: no threshold</source>
        <translation>非占用：不适用追责标准</translation>
    </message>
</context>
<context>
    <name>fg::core::TownshipMeasure</name>
    <message>
        <location filename="../../core/assessment/township_measure.cpp" line="72" />
        <source>a measure needs the township it was taken against</source>
        <translation>措施须注明针对的乡镇</translation>
    </message>
    <message>
        <location filename="../../core/assessment/township_measure.cpp" line="74" />
        <source>a measure needs its date (YYYY-MM-DD)</source>
        <translation>措施须注明日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../core/assessment/township_measure.cpp" line="76" />
        <source>a measure needs the body that issued it</source>
        <translation>措施须注明发文机关</translation>
    </message>
</context>
<context>
    <name>fg::core::TownshipTarget</name>
    <message>
        <location filename="../../core/assessment/township_target.cpp" line="36" />
        <source>a target needs its township</source>
        <translation>目标须注明乡镇</translation>
    </message>
    <message>
        <location filename="../../core/assessment/township_target.cpp" line="39" />
        <source>the year of a target must lie between 2000 and 2100, not %1</source>
        <translation>目标年度须在 2000 至 2100 之间，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../core/assessment/township_target.cpp" line="42" />
        <source>give the cultivated-land target, the basic-farmland target or both</source>
        <translation>请给出耕地保有量目标、永久基本农田保护目标或两者</translation>
    </message>
    <message>
        <location filename="../../core/assessment/township_target.cpp" line="45" />
        <source>a target must be an area greater than 0</source>
        <translation>目标面积必须大于 0</translation>
    </message>
</context>
<context>
    <name>fg::core::VetoTriggers</name>
    <message>
        <location filename="../../core/assessment/veto_triggers.cpp" line="64" />
        <source>%1 %2 mu is below the target %3 mu (short by %4 mu)</source>
        <translation>%1 %2 亩，低于目标 %3 亩（差 %4 亩）</translation>
    </message>
    <message>
        <location filename="../../core/assessment/veto_triggers.cpp" line="69" />
        <source>Basic farmland</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../core/assessment/veto_triggers.cpp" line="72" />
        <source>Cultivated land</source>
        <translation>耕地</translation>
    </message>
    <message>
        <location filename="../../core/assessment/veto_triggers.cpp" line="77" />
        <source>Threshold case(s) left unprocessed past the deadline: %1</source>
        <translation>达到追责标准的案件超期未处理：%1</translation>
    </message>
    <message>
        <location filename="../../core/assessment/veto_triggers.cpp" line="84" />
        <source>Incident(s) over a threshold without a case: %1</source>
        <translation>达到追责标准的图斑未立案：%1</translation>
    </message>
</context>
<context>
    <name>fg::core::VillagePatrolPlanner</name>
    <message>
        <location filename="../../core/patrol/village_patrol_planner.cpp" line="50" />
        <source>a village patroller needs a name and a village</source>
        <translation>村级巡查员需要姓名和所在行政村</translation>
    </message>
    <message>
        <location filename="../../core/patrol/village_patrol_planner.cpp" line="52" />
        <source>no cell of the grid lies in village %1</source>
        <translation>行政村 %1 内没有任何网格</translation>
    </message>
    <message>
        <location filename="../../core/patrol/village_patrol_planner.cpp" line="55" />
        <source>village %1 has two village patrollers: %2 and %3</source>
        <translation>行政村 %1 有两名村级巡查员：%2 和 %3</translation>
    </message>
    <message>
        <location filename="../../core/patrol/village_patrol_planner.cpp" line="72" />
        <source>no village patroller: the village's daily patrol is not covered</source>
        <translation>无村级巡查员：该村的日常巡查无人负责</translation>
    </message>
    <message>
        <location filename="../../core/patrol/village_patrol_planner.cpp" line="91" />
        <source>%1's configured day off</source>
        <translation>%1 的设定休息日</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/patrol/village_patrol_planner.cpp" line="103" />
        <source>daily village patrol, %n cell(s)</source>
        <translation>
            <numerusform>行政村日常巡查，%n 个网格</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/patrol/village_patrol_planner.cpp" line="105" />
        <source>riskiest %1 (%2): %3</source>
        <translation>风险最高的网格 %1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>fg::core::ViolationType</name>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="14" />
        <source>Rural housing on cultivated land</source>
        <translation>农村乱占耕地建房</translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="16" />
        <source>Greenhouse houses / facility agriculture misuse</source>
        <translation>“大棚房”、设施农业违规</translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="18" />
        <source>Non-grain use or abandoned cultivated land</source>
        <translation>耕地“非粮化”或撂荒</translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="20" />
        <source>Digging fields for lakes or landscape</source>
        <translation>挖田造湖、挖湖造景</translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="22" />
        <source>Afforestation or green belts on farmland</source>
        <translation>违规造林、超标准绿化带</translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="24" />
        <source>Graves and burial land</source>
        <translation>殡葬用地</translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="26" />
        <source>Roads, dams or other construction in nature reserves</source>
        <translation>自然保护区内修路、筑坝等建设</translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="27" />
        <source>Mining on farmland</source>
        <translation>占用耕地采矿</translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="29" />
        <source>Transport project without land approval</source>
        <translation>交通项目未批先建</translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="31" />
        <source>Municipal or building works without approval</source>
        <translation>市政、建筑工程未批先建</translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="33" />
        <source>Government-invested project without land pre-approval</source>
        <translation>政府投资项目未办理用地预审</translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="36" />
        <source>Enterprise violation</source>
        <translation>企业违法</translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="37" />
        <source>Other violation</source>
        <translation>其他违法</translation>
    </message>
</context>
<context>
    <name>fg::core::WorkingCalendar</name>
    <message>
        <location filename="../../core/cases/working_calendar.cpp" line="18" />
        <source>no working day within ten years after %1</source>
        <translation>%1 之后十年内没有工作日</translation>
    </message>
</context>
<context>
    <name>fg::gis</name>
    <message>
        <location filename="../../gis/analysis/encroachment_analysis.cpp" line="29" />
        <source>no field "%1" for the %2</source>
        <translation>没有用作%2的字段“%1”</translation>
    </message>
    <message>
        <location filename="../../gis/analysis/encroachment_analysis.cpp" line="39" />
        <source>the incident has no geometry</source>
        <translation>该监测图斑没有几何图形</translation>
    </message>
    <message>
        <location filename="../../gis/analysis/encroachment_analysis.cpp" line="42" />
        <source>the incident is not a polygon</source>
        <translation>该监测图斑不是多边形</translation>
    </message>
    <message>
        <location filename="../../gis/analysis/encroachment_analysis.cpp" line="48" />
        <source>the incident polygon is invalid and has no area once repaired</source>
        <translation>该监测图斑多边形无效，修复后面积为零</translation>
    </message>
    <message>
        <location filename="../../gis/analysis/encroachment_analysis.cpp" line="50" />
        <source>%1: feature %2: invalid incident polygon repaired (MakeValid)</source>
        <translation>%1：要素 %2：监测图斑多边形无效，已修复（MakeValid）</translation>
    </message>
    <message>
        <location filename="../../gis/analysis/encroachment_analysis.cpp" line="108" />
        <source>incident id</source>
        <translation>图斑编号</translation>
    </message>
    <message>
        <location filename="../../gis/analysis/encroachment_analysis.cpp" line="109" />
        <source>party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../gis/analysis/encroachment_analysis.cpp" line="245" />
        <source>incident %1: an overlay needed the 0.1 mm precision grid (near-coincident edges); areas may differ by ~0.001 m²</source>
        <translation>监测图斑 %1：叠加分析需使用 0.1 毫米精度格网（边界近乎重合），面积可能相差约 0.001 平方米</translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="149" />
        <source>%1, identified as EPSG:%2 (%3% match)</source>
        <translation>%1，识别为 EPSG:%2（匹配度 %3%）</translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="157" />
        <source>%1 (Esri-style CGCS2000 "%2"), matched to EPSG:%3 by its datum and projection parameters</source>
        <translation>%1（Esri 风格的 CGCS2000 定义“%2”），按基准面和投影参数匹配为 EPSG:%3</translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="166" />
        <source>%1 (no EPSG equivalent found)</source>
        <translation>%1（找不到对应的 EPSG 代码）</translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="198" />
        <source>no .prj or CRS definition and no coordinates to infer one from</source>
        <translation>没有 .prj 或坐标系定义，也没有可供推断的坐标</translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="209" />
        <source>inferred from coordinates (%1): longitude/latitude in China, CGCS2000 assumed (WGS 84 differs by under 1 m)</source>
        <translation>由坐标推断（%1）：中国范围内的经纬度，按 CGCS2000 处理（与 WGS 84 相差不到 1 米）</translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="212" />
        <source>inferred from coordinates (%1): longitude/latitude, WGS 84 assumed</source>
        <translation>由坐标推断（%1）：经纬度，按 WGS 84 处理</translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="222" />
        <source>inferred from coordinates (%1): 8-digit eastings carry zone prefix %2, so Gauss-Kruger zone %2; datum assumed CGCS2000 (Xian 1980 and Beijing 1954 cannot be told apart from coordinates)</source>
        <translation>由坐标推断（%1）：8 位横坐标带有带号 %2，即高斯-克吕格第 %2 带；基准面按 CGCS2000 处理（仅凭坐标无法区分西安 1980 与北京 1954）</translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="230" />
        <source>coordinates (%1) look like Gauss-Kruger without a zone prefix; the zone cannot be known from coordinates alone - give it with --crs (e.g. EPSG:4547 for CM 114°E)</source>
        <translation>坐标（%1）像是不带带号的高斯-克吕格坐标；仅凭坐标无法确定带号，请用 --crs 指定（如中央经线 114°E 用 EPSG:4547）</translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="235" />
        <source>no .prj or CRS definition, and the coordinates (%1) fit no known CRS (local or engineering coordinates?)</source>
        <translation>没有 .prj 或坐标系定义，坐标（%1）也不符合任何已知坐标系（是否为地方或工程坐标？）</translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="295" />
        <source>it puts the data at %1..%2°E, %3..%4°N</source>
        <translation>按它数据将位于 %1..%2°E，%3..%4°N</translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="300" />
        <source>the coordinates are outside its valid range</source>
        <translation>坐标超出了它的有效范围</translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="301" />
        <source>the declared CRS %1 does not fit the coordinates (x %2..%3, y %4..%5): %6%7; the CRS definition (.prj) is probably wrong - check it or give the CRS with --crs</source>
        <translation>声明的坐标系 %1 与坐标不符（x %2..%3，y %4..%5）：%6%7；坐标系定义（.prj）可能有误，请核对或用 --crs 指定坐标系</translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="309" />
        <source>, outside its area of use (%1)</source>
        <translation>，超出其适用范围（%1）</translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="68" />
        <source>not a vector data source FarmGuard can read (Shapefile, GeoPackage, GeoJSON, KML, GPX, CSV, FileGDB)</source>
        <translation>不是 FarmGuard 能读取的矢量数据（Shapefile、GeoPackage、GeoJSON、KML、GPX、CSV、FileGDB）</translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="70" />
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="94" />
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="107" />
        <source>cannot wrap the bare JSON array in memory</source>
        <translation>无法在内存中包装裸 JSON 数组</translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="117" />
        <source>cannot make a temporary copy to rebuild the .shx</source>
        <translation>无法创建临时副本以重建 .shx</translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="126" />
        <source>cannot copy to a temporary folder to rebuild the .shx</source>
        <translation>无法复制到临时文件夹以重建 .shx</translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="130" />
        <source>the shape index (.shx) was missing: GDAL rebuilt it in a temporary copy; your folder was not changed</source>
        <translation>缺少形状索引（.shx）：GDAL 已在临时副本中重建，您的文件夹未被改动</translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="147" />
        <source>the shape file %1.shp is missing; a shapefile needs its .shp, .shx and .dbf together</source>
        <translation>缺少图形文件 %1.shp；Shapefile 需要 .shp、.shx 和 .dbf 齐全</translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="165" />
        <source>file not found</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="169" />
        <source>is a folder, not a layer file: give the .shp, .gpkg, .geojson ... inside it (only an Esri .gdb folder is read as a whole)</source>
        <translation>是文件夹而不是图层文件：请给出其中的 .shp、.gpkg、.geojson 等文件（只有 Esri .gdb 文件夹会整体读取）</translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="172" />
        <source>cannot read the file (permission denied)</source>
        <translation>无法读取文件（权限不足）</translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="174" />
        <source>the file is empty (0 bytes)</source>
        <translation>文件为空（0 字节）</translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="201" />
        <source>the file's top level is a bare array of Features, not a FeatureCollection (invalid GeoJSON, common in web-map data): read it as a FeatureCollection</source>
        <translation>文件顶层是裸的要素数组而不是 FeatureCollection（不合规的 GeoJSON，网络地图数据中常见）：已按 FeatureCollection 读取</translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="149" />
        <source>as %1: %2 of %3 strings invalid, %4% Chinese characters</source>
        <translation>按 %1：%3 个字符串中 %2 个无效，中文字符占 %4%</translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="159" />
        <source>no .cpg</source>
        <translation>无 .cpg</translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="159" />
        <source>.cpg says "%1"</source>
        <translation>.cpg 写的是“%1”</translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="162" />
        <source>LDID 0x%1 (%2)</source>
        <translation>LDID 0x%1（%2）</translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="164" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="166" />
        <source>LDID unset</source>
        <translation>LDID 未设置</translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="205" />
        <source>given with --encoding (%1); %2</source>
        <translation>由 --encoding 指定（%1）；%2</translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="210" />
        <source>all text is ASCII, so every encoding reads it alike (%1)</source>
        <translation>全部文本为 ASCII，任何编码读取结果相同（%1）</translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="221" />
        <source>%1 strings (values, field names) with non-ASCII bytes</source>
        <translation>%1 个字符串（属性值、字段名）含非 ASCII 字节</translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="227" />
        <source>%1 four-byte GB18030 sequences (characters beyond GBK)</source>
        <translation>%1 个 GB18030 四字节序列（GBK 之外的字符）</translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="228" />
        <source>GBK-compatible: no four-byte GB18030 sequences</source>
        <translation>与 GBK 兼容：没有 GB18030 四字节序列</translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="231" />
        <source>the .cpg says %1 but the bytes are %2: the .cpg is wrong</source>
        <translation>.cpg 写的是 %1，但字节实际是 %2：.cpg 有误</translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="234" />
        <source>%1 byte sequences are invalid in every candidate and show as replacement characters</source>
        <translation>%1 个字节序列在所有候选编码下都无效，显示为替换字符</translation>
    </message>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="49" />
        <source> and %1 more</source>
        <translation>，另有 %1 个</translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="33" />
        <source>point</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="35" />
        <source>line</source>
        <translation>线</translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="37" />
        <source>polygon</source>
        <translation>面</translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="41" />
        <source>mixed or unknown</source>
        <translation>混合或未知</translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="50" />
        <source>no vector layer named '%1'</source>
        <translation>没有名为“%1”的矢量图层</translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="55" />
        <source>the source holds no vector layer</source>
        <translation>数据源中没有矢量图层</translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="65" />
        <source>the source holds %1 layers (%2); read '%3'</source>
        <translation>数据源含 %1 个图层（%2）；已读取“%3”</translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="80" />
        <source>the %1 format stores text as Unicode</source>
        <translation>%1 格式以 Unicode 存储文本</translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="82" />
        <source>--encoding %1 ignored</source>
        <translation>已忽略 --encoding %1</translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="89" />
        <source>from the .prj file</source>
        <translation>来自 .prj 文件</translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="91" />
        <source>declared by the GeoJSON file (WGS 84 unless it has a crs member)</source>
        <translation>由 GeoJSON 文件声明（没有 crs 成员时为 WGS 84）</translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="92" />
        <source>declared by the %1 source</source>
        <translation>由 %1 数据源声明</translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="108" />
        <source>%1, but PROJ cannot use it</source>
        <translation>%1，但 PROJ 无法使用</translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="117" />
        <source>given with --crs</source>
        <translation>由 --crs 指定</translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="120" />
        <source>--crs '%1' is not a coordinate reference system PROJ knows</source>
        <translation>--crs “%1” 不是 PROJ 认识的坐标系</translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="134" />
        <source>WGS 84 longitude/latitude in China: web-map data (AMap, DataV, Tencent) labelled WGS 84 is often GCJ-02, offset by several hundred metres; check it against a known layer</source>
        <translation>中国境内的 WGS 84 经纬度：标为 WGS 84 的网络地图数据（高德、DataV、腾讯）常为 GCJ-02，偏移数百米；请与已知图层比对</translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="144" />
        <source>%1 of %2 records in the .dbf were not read: they are marked deleted</source>
        <translation>.dbf 中 %2 条记录有 %1 条未读取：它们被标记为已删除</translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="154" />
        <source>is a %1 layer (%2), but a %3 layer is needed here</source>
        <translation>是%1图层（%2），但此处需要%3图层</translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="229" />
        <location filename="../../gis/io/layer_stream.cpp" line="39" />
        <source>unknown text encoding '%1'</source>
        <translation>未知的文本编码“%1”</translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="32" />
        <source>cannot read the %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="34" />
        <source>the %1 is empty (0 bytes)</source>
        <translation>%1为空（0 字节）</translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="38" />
        <source>the %1 is truncated: %2 bytes, shorter than the 100-byte header</source>
        <translation>%1已截断：只有 %2 字节，短于 100 字节的文件头</translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="43" />
        <source>the %1 is not a shapefile (file code %2, expected 9994)</source>
        <translation>%1不是 shapefile（文件代码 %2，应为 9994）</translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="52" />
        <source>shape index (.shx)</source>
        <translation>形状索引（.shx）</translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="56" />
        <source>cannot read the shape index: %1</source>
        <translation>无法读取形状索引：%1</translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="60" />
        <source>the shape index is truncated: %1 bytes is not a whole number of 8-byte records</source>
        <translation>形状索引已截断：%1 字节不是 8 字节记录的整数倍</translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="73" />
        <source>the shape file is truncated: record %1 of %2 ends at byte %3 but the file has %4 bytes</source>
        <translation>形状文件已截断：第 %1 条（共 %2 条）记录结束于第 %3 字节，但文件只有 %4 字节</translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="88" />
        <source>shape file (.shp)</source>
        <translation>形状文件（.shp）</translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="93" />
        <source>the shape file is truncated: its header says %1 bytes but the file has %2</source>
        <translation>形状文件已截断：文件头标明 %1 字节，但文件只有 %2 字节</translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="103" />
        <source>the shape index %1.shx is missing. GDAL can rebuild it: read again with --restore-shx (FarmGuard rebuilds it in a temporary copy and leaves your folder untouched)</source>
        <translation>缺少形状索引 %1.shx。GDAL 可以重建：请加 --restore-shx 重新读取（FarmGuard 在临时副本中重建，不改动您的文件夹）</translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="113" />
        <source>the attribute table %1.dbf is missing; a shapefile needs its .shp, .shx and .dbf together</source>
        <translation>缺少属性表 %1.dbf；shapefile 需要 .shp、.shx 和 .dbf 齐全</translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="119" />
        <source>record counts differ: the .shx lists %1 shapes but the .dbf has %2 records; the set is damaged or mixed from different versions</source>
        <translation>记录数不一致：.shx 列出 %1 个图形，而 .dbf 有 %2 条记录；文件已损坏或来自不同版本</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="47" />
        <source>coordinate reference system unknown (%1); give it with --crs</source>
        <translation>坐标系未知（%1）；请用 --crs 指定</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="57" />
        <source>; the other layers use EPSG:%1 (%2): try --crs EPSG:%1</source>
        <translation>；其他图层使用 EPSG:%1（%2）：可试 --crs EPSG:%1</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="93" />
        <source>'%1' is not a CGCS2000 3-degree Gauss-Kruger zone (EPSG:4513-4554)</source>
        <translation>“%1”不是 CGCS2000 3 度带高斯-克吕格投影（EPSG:4513-4554）</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="94" />
        <source>EPSG:%1 %2, given with --crs</source>
        <translation>EPSG:%1 %2，由 --crs 指定</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="147" />
        <source>no feature could be located on the earth to choose a working CRS; give one with --crs</source>
        <translation>没有可定位的要素，无法选择工作坐标系；请用 --crs 指定</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="166" />
        <source>the data lies at %1°E, outside the CGCS2000 3-degree zones (75°E-135°E)</source>
        <translation>数据位于 %1°E，超出 CGCS2000 3 度带范围（75°E-135°E）</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="170" />
        <source>zone %1 (CM %2°E) contains the centre of the data at %3°E, %4°N</source>
        <translation>第 %1 带（中央经线 %2°E）包含数据中心 %3°E，%4°N</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="176" />
        <source>zone-prefixed eastings, as the input uses</source>
        <translation>横坐标带带号，与输入一致</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="177" />
        <source>central-meridian-only eastings, as the input uses</source>
        <translation>横坐标不带带号，与输入一致</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="178" />
        <source>central-meridian-only eastings (default)</source>
        <translation>横坐标不带带号（默认）</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="181" />
        <source>the data spans zones %1-%2</source>
        <translation>数据跨第 %1-%2 带</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="207" />
        <source>several tens of metres, in places over 100 m</source>
        <translation>数十米，局部超过 100 米</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="209" />
        <source>under 1 m (WGS 84 and CGCS2000 agree to decimetres)</source>
        <translation>小于 1 米（WGS 84 与 CGCS2000 相差分米级）</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="211" />
        <source>unknown, possibly hundreds of metres</source>
        <translation>未知，可能达数百米</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="212" />
        <source>datum shift %1 -&gt; CGCS2000 is approximate (PROJ has no parameters for it); expected position error: %2. Ask the data owner for the official transformation parameters</source>
        <translation>%1 到 CGCS2000 的基准转换是近似的（PROJ 没有转换参数）；预计位置误差：%2。请向数据提供方索取官方转换参数</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="217" />
        <source>datum shift %1 -&gt; CGCS2000 is accurate to about %2 m only</source>
        <translation>%1 到 CGCS2000 的基准转换精度仅约 %2 米</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="237" />
        <source>EPSG:%1 is not a CGCS2000 3-degree Gauss-Kruger zone</source>
        <translation>EPSG:%1 不是 CGCS2000 3 度带高斯-克吕格投影</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="248" />
        <source>PROJ finds no transformation from %1 to EPSG:%2: %3</source>
        <translation>PROJ 找不到从 %1 到 EPSG:%2 的转换：%3</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="264" />
        <source>coordinates cannot be transformed from %1 to EPSG:%2</source>
        <translation>坐标无法从 %1 转换到 EPSG:%2</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="284" />
        <source>transformed from %1 (EPSG:%2; %3)</source>
        <translation>由 %1 转换而来（EPSG:%2；%3）</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="296" />
        <source>CGCS2000 3-degree Gauss-Kruger, central meridian %1°E</source>
        <translation>CGCS2000 3度带高斯-克吕格投影，中央经线 %1°E</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="298" />
        <source>CGCS2000 3-degree Gauss-Kruger, zone %1</source>
        <translation>CGCS2000 3度带高斯-克吕格投影，第 %1 带</translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="300" />
        <source>China Geodetic Coordinate System 2000 (CGCS2000)</source>
        <translation>2000国家大地坐标系（CGCS2000）</translation>
    </message>
    <message>
        <location filename="../../gis/io/special_files.cpp" line="37" />
        <source>a FIFO (named pipe)</source>
        <translation>一个 FIFO（命名管道）</translation>
    </message>
    <message>
        <location filename="../../gis/io/special_files.cpp" line="39" />
        <source>a character device</source>
        <translation>一个字符设备</translation>
    </message>
    <message>
        <location filename="../../gis/io/special_files.cpp" line="41" />
        <source>a block device</source>
        <translation>一个块设备</translation>
    </message>
    <message>
        <location filename="../../gis/io/special_files.cpp" line="43" />
        <source>a socket</source>
        <translation>一个套接字</translation>
    </message>
    <message>
        <location filename="../../gis/io/special_files.cpp" line="46" />
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location filename="../../gis/io/special_files.cpp" line="53" />
        <source>is %1, not a regular file: refused (reading it could wait forever)</source>
        <translation>是%1，不是普通文件：已拒绝（读取它可能永远等待）</translation>
    </message>
</context>
<context>
    <name>fg::gis::ApprovalImporter</name>
    <message>
        <location filename="../../gis/usecases/approval_importer.cpp" line="31" />
        <source>the layer has no field '%1'</source>
        <translation>图层没有字段“%1”</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/approval_importer.cpp" line="52" />
        <source>the layer has no document number (文号) field: name it with --number-field</source>
        <translation>图层没有文号字段：请用 --number-field 指定</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/approval_importer.cpp" line="102" />
        <source>no kind (give the layer a kind field or --kind)</source>
        <translation>没有批准类型（请在图层中提供类型字段或使用 --kind）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/approval_importer.cpp" line="109" />
        <source>a date field holds something that is not a date</source>
        <translation>日期字段中有非日期的值</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/approval_importer.cpp" line="123" />
        <source>%1 problem(s) found before anything was written: no approval was imported (all or nothing per file)</source>
        <translation>写入前发现 %1 个问题：未导入任何批准文件（每个文件全部导入或全部不导入）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/approval_importer.cpp" line="150" />
        <source>the project already has an approval with this document number</source>
        <translation>项目中已有此文号的批准文件</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/approval_importer.cpp" line="160" />
        <source>approvals imported from %1 (%2)</source>
        <translation>从 %1 导入批准文件（%2）</translation>
    </message>
</context>
<context>
    <name>fg::gis::AreaCalculator</name>
    <message>
        <location filename="../../gis/geometry/area_calculator.cpp" line="123" />
        <source>coordinates outside the domain of EPSG:%1 cannot be measured on the ellipsoid</source>
        <translation>坐标超出 EPSG:%1 的有效范围，无法计算椭球面积</translation>
    </message>
</context>
<context>
    <name>fg::gis::CaseActions</name>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="21" />
        <source>no case with this id</source>
        <translation>没有此编号的案件</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="81" />
        <source>case opened</source>
        <translation>已立案登记</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="90" />
        <source>judged again before closing</source>
        <translation>结案前重新研判</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="103" />
        <source>the organ that decided</source>
        <translation>作出决定的机关</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="105" />
        <source>the persons held to account</source>
        <translation>被问责人</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="107" />
        <source>the decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="109" />
        <source>the date of the decision</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="111" />
        <source>an accountability record needs %1</source>
        <translation>责任追究记录须填写%1</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="111" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="121" />
        <source>the suspicion has no date</source>
        <translation>涉嫌情况没有日期</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="123" />
        <source>the suspicion is dated before the clue (%1)</source>
        <translation>涉嫌日期早于线索日期（%1）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="127" />
        <source>a crime is suspected already since %1</source>
        <translation>自 %1 起已登记涉嫌犯罪</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="128" />
        <source>officials' misconduct is suspected already since %1</source>
        <translation>自 %1 起已登记涉嫌公职人员违纪违法</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="138" />
        <source>the declaration has no date</source>
        <translation>认定没有日期</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="141" />
        <source>the case was declared major already on %1</source>
        <translation>案件已于 %1 认定为重大案件</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="142" />
        <source>the case was declared major already</source>
        <translation>案件已认定为重大案件</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="154" />
        <source>the case is %1: a closed or dismissed case is not transferred</source>
        <translation>案件状态为%1：已结案或已撤销的案件不再移送</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="157" />
        <source>a transfer states its reason</source>
        <translation>移送须说明原因</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="159" />
        <source>the transfer has no date</source>
        <translation>移送没有日期</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="184" />
        <source>the reply has no text</source>
        <translation>回复没有内容</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="189" />
        <source>transfer %1 was answered already on %2</source>
        <translation>移送 %1 已于 %2 回复</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="191" />
        <source>the reply must be dated on or after the transfer (%1)</source>
        <translation>回复日期不得早于移送日期（%1）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="195" />
        <source>the case has no transfer %1</source>
        <translation>案件没有移送 %1</translation>
    </message>
</context>
<context>
    <name>fg::gis::CaseFigures</name>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="88" />
        <source>party total: %1</source>
        <translation>当事人累计：%1</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="102" />
        <source>accountability (party total)</source>
        <translation>追责（当事人累计）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="102" />
        <source>accountability</source>
        <translation>追责</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="105" />
        <source>below threshold</source>
        <translation>未达标准</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="108" />
        <source>not measured</source>
        <translation>未量算</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="110" />
        <source>not an occupation: no threshold</source>
        <translation>非占用：不适用标准</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="112" />
        <source>%1, 临界 (review)</source>
        <translation>%1，临界（待复核）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="122" />
        <source>%1 (±%2 m: %3)</source>
        <translation>%1（±%2 米：%3）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="132" />
        <source>%1: %2 mu basic farmland, %3 mu cultivated land</source>
        <translation>%1：永久基本农田 %2 亩，耕地 %3 亩</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="134" />
        <source>当事人累计 (the party's total): %1's incidents not yet dealt with count together, overlaps once.</source>
        <translation>当事人累计：%1 尚未处理完毕的图斑合并计算，重叠部分只计一次。</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="139" />
        <source>Together %1 mu basic farmland, %2 mu cultivated land (thresholds %3 and %4 mu): %5.</source>
        <translation>合计永久基本农田 %1 亩，耕地 %2 亩（标准 %3 亩、%4 亩）：%5。</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="142" />
        <source>threshold reached</source>
        <translation>达到标准</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="142" />
        <source>below the thresholds</source>
        <translation>未达到标准</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="144" />
        <source>This case alone (%1): %2 mu basic farmland, %3 mu cultivated land.</source>
        <translation>本案单独（%1）：永久基本农田 %2 亩，耕地 %3 亩。</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="149" />
        <source>Left out by the time window: %1.</source>
        <translation>超出累计时限未计入：%1。</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="216" />
        <source>%1 (%2, %3 to %4)</source>
        <translation>%1（%2，%3 至 %4）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="218" />
        <source>no end</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="219" />
        <source>%1 mu approved (已批准) by %2; the figures are of the unlawful part</source>
        <translation>已批准 %1 亩（%2）；以上面积为违法部分</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="226" />
        <source>not an occupation (非粮化, 撂荒): the occupation thresholds do not apply</source>
        <translation>非占用（非粮化、撂荒）：不适用占用追责标准</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="228" />
        <source>not every incident of the case is measured</source>
        <translation>案件的图斑尚未全部测算</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="230" />
        <source>%1 mu basic farmland, %2 mu cultivated land (%3)</source>
        <translation>永久基本农田 %1 亩，耕地 %2 亩（%3）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="233" />
        <source>; cultivated land gross %1 mu, net of 田坎 %2 mu</source>
        <translation>；耕地含田坎 %1 亩，扣除田坎 %2 亩</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="236" />
        <source>; accumulated with the party's %1: %2 mu basic farmland, %3 mu cultivated land</source>
        <translation>；与当事人的 %1 累计：永久基本农田 %2 亩，耕地 %3 亩</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="240" />
        <source>; 临界: %1</source>
        <translation>；临界：%1</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="242" />
        <source>; 疑似化整为零 with %1 (together %2 mu basic farmland, %3 mu cultivated land)</source>
        <translation>；与 %1 疑似化整为零（合计永久基本农田 %2 亩、耕地 %3 亩）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="245" />
        <source>; thresholds %1 and %2 mu</source>
        <translation>；标准 %1 亩和 %2 亩</translation>
    </message>
</context>
<context>
    <name>fg::gis::CaseFlags</name>
    <message>
        <location filename="../../gis/usecases/case_flags.cpp" line="22" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_flags.cpp" line="131" />
        <source>no case with this id</source>
        <translation>没有此编号的案件</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_flags.cpp" line="136" />
        <source>the figures say '%1', not '%2': %3</source>
        <translation>面积研判为 '%1'，而不是 '%2'：%3</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_flags.cpp" line="140" />
        <source>the threshold flag goes down from '%1' to '%2': state the reason</source>
        <translation>追责标志由 '%1' 降为 '%2'：请说明原因</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_flags.cpp" line="143" />
        <source>the case is already flagged '%1'</source>
        <translation>案件已标为 '%1'</translation>
    </message>
</context>
<context>
    <name>fg::gis::CaseJudgement</name>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="27" />
        <source>the project has no case with this id</source>
        <translation>项目中没有此编号的案件</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="346" />
        <source>the project has no incident with this id</source>
        <translation>项目中没有此编号的监测图斑</translation>
    </message>
</context>
<context>
    <name>fg::gis::CaseMapPainter</name>
    <message>
        <location filename="../../gis/report/case_map.cpp" line="210" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_map_furniture.cpp" line="61" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_map_furniture.cpp" line="66" />
        <source>This case's incident</source>
        <translation>本案图斑</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_map_furniture.cpp" line="73" />
        <source>Boundary point</source>
        <translation>界址点</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_map_furniture.cpp" line="79" />
        <source>Permanent basic farmland</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_map_furniture.cpp" line="86" />
        <source>Village boundary</source>
        <translation>行政村界</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_map_furniture.cpp" line="124" />
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_map_furniture.cpp" line="124" />
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_map_furniture.cpp" line="124" />
        <source>km</source>
        <translation>千米</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_map_furniture.cpp" line="135" />
        <source>Location in %1</source>
        <translation>%1位置示意图</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_map_furniture.cpp" line="145" />
        <source>No township boundary layer was given.</source>
        <translation>未提供乡镇界线图层。</translation>
    </message>
</context>
<context>
    <name>fg::gis::CaseReport</name>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="49" />
        <source>ellipsoidal (三调, CGCS2000 ellipsoid)</source>
        <translation>椭球面积（三调方法，CGCS2000 椭球）</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="50" />
        <source>geodesic (GeographicLib, CGCS2000 ellipsoid)</source>
        <translation>测地线面积（GeographicLib，CGCS2000 椭球）</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="51" />
        <source>planar (Gauss-Krüger plane)</source>
        <translation>平面面积（高斯-克吕格投影平面）</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="59" />
        <source>Ellipsoidal area</source>
        <translation>椭球面积</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="60" />
        <source>Geodesic area</source>
        <translation>测地线面积</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="61" />
        <source>Planar area</source>
        <translation>平面面积</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="68" />
        <source>Areas: %1 method, m² and mu to 0.01 (1 mu = 10000/15 m²). Coordinates: %2 (EPSG:%3), metres.</source>
        <translation>面积：%1，平方米与亩均保留两位小数（1 亩 = 10000/15 平方米）。坐标系：%2（EPSG:%3），单位米。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="79" />
        <location filename="../../gis/report/case_report.cpp" line="114" />
        <source>Case Incident Analysis Report</source>
        <translation>案件图斑分析报告</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="80" />
        <source>Case %1</source>
        <translation>案件编号 %1</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="102" />
        <location filename="../../gis/report/case_report.cpp" line="107" />
        <source>cannot write the report: %1</source>
        <translation>无法写出报告：%1</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="131" />
        <location filename="../../gis/report/case_report.cpp" line="133" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="132" />
        <location filename="../../gis/report/case_report.cpp" line="134" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="136" />
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="136" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="138" />
        <source>Violation type</source>
        <translation>违法类型</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="138" />
        <source>Clue source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="139" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="139" />
        <source>Village</source>
        <translation>行政村</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="140" />
        <source>Discovered</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="140" />
        <source>Report date</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="152" />
        <source>1. Map of the incident</source>
        <translation>一、图斑位置图</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="197" />
        <source>2. Occupied area by land class</source>
        <translation>二、占用地类面积</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="201" />
        <source>Occupied area by land class (m² and mu)</source>
        <translation>占用地类面积表（平方米、亩）</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="202" />
        <source>Land</source>
        <translation>地类</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="202" />
        <source>%1 m² (verdict method)</source>
        <translation>%1（平方米，认定依据）</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="203" />
        <source>%1 mu (verdict method)</source>
        <translation>%1（亩，认定依据）</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="204" />
        <location filename="../../gis/report/case_report.cpp" line="205" />
        <source>%1 m²</source>
        <translation>%1（平方米）</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="211" />
        <source>Incident (whole polygon)</source>
        <translation>图斑总面积</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="213" />
        <source>Permanent basic farmland</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="215" />
        <source>Cultivated land (basic farmland included)</source>
        <translation>耕地（含永久基本农田）</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="216" />
        <source>Cultivated land outside basic farmland</source>
        <translation>永久基本农田以外的耕地</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="218" />
        <source>Cultivated land net of 田坎 (KCXS)</source>
        <translation>耕地（扣除田坎，KCXS）</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="219" />
        <source>Cultivated land outside basic farmland, net of 田坎</source>
        <translation>永久基本农田以外的耕地（扣除田坎）</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="222" />
        <source>  of which %1 %2 (cultivated)</source>
        <translation>  其中 %1 %2（耕地）</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="224" />
        <source>  of which %1 %2</source>
        <translation>  其中 %1 %2</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="225" />
        <source>Each figure is the area of (incident ∩ union of the layer's parcels), overlaps counted once. Verdict method: %1. Other columns: %2 and %3, for comparison. CRS: %4 (EPSG:%5).</source>
        <translation>各面积为（图斑 ∩ 图层图斑并集）的面积，重叠部分只计一次。认定依据：%1；其余两列为%2和%3，供对照。坐标系：%4（EPSG:%5）。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="254" />
        <source>The land-use layer gives no 田坎 coefficient (KCXS): cultivated land is measured gross only.</source>
        <translation>地类图层没有田坎系数（KCXS）：耕地只计算含田坎面积。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="257" />
        <source>Gross %1 mu, net of 田坎 %2 mu; the rules judge the %3 figure.</source>
        <translation>含田坎 %1 亩，扣除田坎 %2 亩；规则按%3面积研判。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="275" />
        <source>%1 %2 mu basic farmland, %3 mu cultivated land</source>
        <translation>%1 永久基本农田 %2 亩、耕地 %3 亩</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="280" />
        <source>当事人累计 (the party's total): the party's incidents not yet dealt with are judged together — %1; the case is judged on its own figures and on this total.</source>
        <translation>当事人累计：同一当事人尚未处理完毕的图斑合并研判——%1；本案按自身面积和该累计面积研判。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="286" />
        <source>Not added up (outside the time window): %1.</source>
        <translation>未累计（超出时间范围）：%1。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="293" />
        <source>临界 (needs review): %1.</source>
        <translation>临界（须人工核查）：%1。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="295" />
        <source>疑似化整为零 (suspected split plots, %1): incidents %2%3, each below the thresholds, together %4 mu basic farmland and %5 mu cultivated land (overlaps once) — to be reviewed as one occupation.</source>
        <translation>疑似化整为零（%1）：图斑 %2%3，单个均未达标准，合计永久基本农田 %4 亩、耕地 %5 亩（重叠只计一次）— 应作为一宗占地核查。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="299" />
        <source> (no party recorded)</source>
        <translation>（未记录当事人）</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="299" />
        <source> of %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="306" />
        <source>3. Verdict</source>
        <translation>三、认定结论</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="308" />
        <source>The county notice, section 三(三), rules: “%1”.</source>
        <translation>县《通知》第三部分第（三）项规定：“%1”。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="246" />
        <location filename="../../gis/report/case_report.cpp" line="272" />
        <location filename="../../gis/report/case_report.cpp" line="321" />
        <source>threshold reached</source>
        <translation>达到标准</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="246" />
        <location filename="../../gis/report/case_report.cpp" line="272" />
        <location filename="../../gis/report/case_report.cpp" line="321" />
        <source>below the threshold</source>
        <translation>未达到标准</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="248" />
        <source>all cultivated land, basic farmland included (the notice's wording)</source>
        <translation>全部耕地，含永久基本农田（按《通知》原文）</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="249" />
        <source>cultivated land outside basic farmland (judicial interpretation of Criminal Law art. 342)</source>
        <translation>永久基本农田以外的耕地（按刑法第三百四十二条司法解释）</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="312" />
        <source>This is not an occupation of land but cultivated land kept from grain or left idle (%1): the occupation thresholds do not apply and it is not added to the party's occupations. It is handled by the agriculture and rural affairs bureau. Areas above are for the record.</source>
        <translation>本案不属占用土地，而是耕地“非粮化”或撂荒（%1）：不适用占用追责标准，也不计入当事人的占用累计，由农业农村局处理。以上面积仅作记录。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="317" />
        <source>Conclusion: not judged against the accountability thresholds (not an occupation).</source>
        <translation>结论：不按追责标准研判（非占用）。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="322" />
        <source>Permanent basic farmland occupied: %1 mu; threshold %2 mu or more: %3.</source>
        <translation>占用永久基本农田 %1 亩；标准为 %2 亩以上：%3。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="250" />
        <source>Cultivated land occupied, %1: %2 mu; threshold %3 mu or more: %4.</source>
        <translation>占用耕地（%1）%2 亩；标准为 %3 亩以上：%4。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="328" />
        <source>Figures by the %1 method, rounded to 0.01 mu as printed; “or more” includes the threshold itself.</source>
        <translation>以上面积按%1计算，按打印值保留两位小数（亩）进行判定；“以上”含本数。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="268" />
        <source>Accumulated over the party's incidents %1 (union, overlaps counted once): basic farmland %2 mu, cultivated land %3 mu: %4.</source>
        <translation>当事人多宗图斑累计计算（%1，合并后计算，重叠只计一次）：永久基本农田 %2 亩，耕地 %3 亩：%4。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="327" />
        <source>Approved land: %1.</source>
        <translation>已批准用地：%1。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="333" />
        <source>Judged under: %1.</source>
        <translation>研判依据：%1。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="338" />
        <source>The case's recorded threshold flag (%1) differs from these figures (%2): the case must be judged again.</source>
        <translation>案件登记的追责标志（%1）与本面积（%2）不一致：须重新研判。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="343" />
        <source>Verdict: %1.</source>
        <translation>研判结论：%1。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="345" />
        <source>Conclusion: this case reaches the accountability threshold; the accountability procedure (责任追究程序) must be started without exception.</source>
        <translation>结论：本案达到责任追究标准，应一律启动责任追究程序。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="347" />
        <source>Conclusion: this case does not reach the accountability thresholds.</source>
        <translation>结论：本案未达到责任追究标准。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="34" />
        <source>4. Boundary point coordinates</source>
        <translation>四、界址点坐标</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="36" />
        <source>Boundary point coordinate table</source>
        <translation>界址点坐标表</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="37" />
        <source>Point</source>
        <translation>点号</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="37" />
        <source>X (northing, m)</source>
        <translation>X（纵坐标，米）</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="38" />
        <source>Y (easting, m)</source>
        <translation>Y（横坐标，米）</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="38" />
        <source>Edge to next point (m)</source>
        <translation>至下一点边长（米）</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="43" />
        <source>Part %1, hole</source>
        <translation>第 %1 部分，内环</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="43" />
        <source>Part %1, outer ring</source>
        <translation>第 %1 部分，外环</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="52" />
        <source>Coordinates in %1 (EPSG:%2), to 0.001 m: X is the northing, Y the easting. Points run clockwise from the north-west corner; edge lengths are distances in the Gauss-Krüger plane.</source>
        <translation>坐标系：%1（EPSG:%2），保留至 0.001 米；X 为纵坐标（北），Y 为横坐标（东）。界址点自西北角起按顺时针编号；边长为高斯-克吕格平面距离。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="99" />
        <source>5. Case timeline and transfers</source>
        <translation>五、案件办理过程与移送情况</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="101" />
        <source>No case steps or transfers are recorded: the report was made from layer files, not from a project.</source>
        <translation>无办理过程和移送记录：本报告由图层文件生成，未使用项目文件。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="107" />
        <source>Case steps</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="89" />
        <location filename="../../gis/report/case_report_sections.cpp" line="108" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="66" />
        <source>Deadlines</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="67" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="67" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="67" />
        <source>Met</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="71" />
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="72" />
        <source>pending</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="84" />
        <source>No accountability record yet: the case cannot be closed without one.</source>
        <translation>尚无责任追究记录：无此记录不得结案。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="88" />
        <source>Accountability (既处理事、又处理人)</source>
        <translation>责任追究（既处理事、又处理人）</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="89" />
        <source>Organ</source>
        <translation>问责机关</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="89" />
        <source>Persons</source>
        <translation>被问责人</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="89" />
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="90" />
        <source>Document</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="108" />
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="108" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="108" />
        <location filename="../../gis/report/case_report_sections.cpp" line="129" />
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="109" />
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="109" />
        <location filename="../../gis/report/case_report_sections.cpp" line="129" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="114" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="124" />
        <source>No transfers are recorded for this case.</source>
        <translation>本案无移送记录。</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="128" />
        <source>Transfers</source>
        <translation>移送情况</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="129" />
        <source>Sent</source>
        <translation>移送时间</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="129" />
        <source>To</source>
        <translation>移送单位</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="130" />
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="130" />
        <source>Replied</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="133" />
        <source>no reply yet</source>
        <translation>尚未回复</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="140" />
        <source>Data notes</source>
        <translation>数据说明</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="149" />
        <source>Analyst (signature):</source>
        <translation>分析人（签字）：</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="149" />
        <source>Reviewer (signature):</source>
        <translation>审核人（签字）：</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="149" />
        <source>Bureau (seal):</source>
        <translation>单位（盖章）：</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="159" />
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>fg::gis::CaseReportBuilder</name>
    <message>
        <location filename="../../gis/report/case_report_builder.cpp" line="48" />
        <source>the incident layer has no field '%1'</source>
        <translation>图斑图层没有字段“%1”</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_builder.cpp" line="55" />
        <source>no incident has the id '%1'</source>
        <translation>没有编号为“%1”的图斑</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_builder.cpp" line="122" />
        <source>party total: %1</source>
        <translation>当事人累计：%1</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_builder.cpp" line="152" />
        <source>incident layer</source>
        <translation>监测图斑图层</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_builder.cpp" line="153" />
        <source>basic farmland layer</source>
        <translation>永久基本农田图层</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_builder.cpp" line="154" />
        <source>land-use layer</source>
        <translation>地类图斑图层</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_builder.cpp" line="155" />
        <source>village boundaries</source>
        <translation>行政村界线</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_builder.cpp" line="156" />
        <source>township boundaries</source>
        <translation>乡镇界线</translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_builder.cpp" line="160" />
        <source>Accumulated (累计计算): every incident of the party in the layer (a layer file holds no case records).</source>
        <translation>累计计算：图层中该当事人的全部图斑（图层文件不含案件记录）。</translation>
    </message>
</context>
<context>
    <name>fg::gis::CaseRows</name>
    <message>
        <location filename="../../gis/store/sql/sql_case_rows.cpp" line="117" />
        <source>the case has no clue step</source>
        <translation>案件没有线索登记环节</translation>
    </message>
</context>
<context>
    <name>fg::gis::DataFinding</name>
    <message>
        <location filename="../../gis/store/log_replay.cpp" line="22" />
        <source>%1 %2: the log records this row but the table has none</source>
        <translation>%1 %2：日志记录了这一行，但数据表中没有</translation>
    </message>
    <message>
        <location filename="../../gis/store/log_replay.cpp" line="24" />
        <source>%1 %2: the table has this row but the log never recorded it</source>
        <translation>%1 %2：数据表中有这一行，但日志从未记录</translation>
    </message>
    <message>
        <location filename="../../gis/store/log_replay.cpp" line="25" />
        <source>%1 %2: %3 is '%4' but the log says '%5'</source>
        <translation>%1 %2：%3 为“%4”，但日志记载为“%5”</translation>
    </message>
</context>
<context>
    <name>fg::gis::DbfFile</name>
    <message>
        <location filename="../../gis/io/dbf_file.cpp" line="48" />
        <source>cannot read the attribute table: %1</source>
        <translation>无法读取属性表：%1</translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_file.cpp" line="53" />
        <source>attribute table is truncated: %1 bytes, shorter than the 32-byte dBASE header</source>
        <translation>属性表已截断：只有 %1 字节，短于 32 字节的 dBASE 文件头</translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_file.cpp" line="62" />
        <source>not a valid dBASE attribute table (header length %1, record length %2, file size %3)</source>
        <translation>不是有效的 dBASE 属性表（文件头长度 %1，记录长度 %2，文件大小 %3）</translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_file.cpp" line="84" />
        <source>attribute table is truncated: its header promises %1 records (%2 bytes) but the file has %3 bytes</source>
        <translation>属性表已截断：文件头标明 %1 条记录（%2 字节），但文件只有 %3 字节</translation>
    </message>
</context>
<context>
    <name>fg::gis::EmptyLayers</name>
    <message>
        <location filename="../../gis/usecases/empty_layers.cpp" line="17" />
        <source>%1: the layer holds no features (the file is empty, or every feature was skipped): every area measured against it is 0 and nothing is drawn from it; check that this is the right file</source>
        <translation>%1：图层没有要素（文件为空，或全部要素都被跳过）：与它叠加量算的面积均为 0，也不会据它绘制任何内容；请检查文件是否正确</translation>
    </message>
</context>
<context>
    <name>fg::gis::FeatureReader</name>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="241" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="310" />
        <source>feature %1: %2</source>
        <translation>要素 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="326" />
        <source>reading stopped after %1 features: %2</source>
        <translation>读取 %1 个要素后中断：%2</translation>
    </message>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="395" />
        <source>%1 invalid polygons repaired with GEOS MakeValid, feature ids: %2 (%3)</source>
        <translation>%1 个无效多边形已用 GEOS MakeValid 修复，要素编号：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="399" />
        <source>%1 features skipped: null or empty geometry, feature ids: %2</source>
        <translation>跳过 %1 个要素：几何为空，要素编号：%2</translation>
    </message>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="403" />
        <source>%1 features skipped: invalid and nothing left after repair, feature ids: %2</source>
        <translation>跳过 %1 个要素：几何无效且修复后为空，要素编号：%2</translation>
    </message>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="407" />
        <source>%1 features skipped: geometry of another kind than the layer's, feature ids: %2</source>
        <translation>跳过 %1 个要素：几何类型与图层不符，要素编号：%2</translation>
    </message>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="412" />
        <source>%1 features skipped: NaN or infinite coordinates, feature ids: %2</source>
        <translation>跳过 %1 个要素：坐标为 NaN 或无穷大，要素编号：%2</translation>
    </message>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="416" />
        <source>%1 geometries could not be converted (unsupported type), feature ids: %2</source>
        <translation>%1 个几何无法转换（不支持的类型），要素编号：%2</translation>
    </message>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="420" />
        <source>GDAL: %1</source>
        <translation>GDAL：%1</translation>
    </message>
</context>
<context>
    <name>fg::gis::GpkgBackend</name>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_backend.cpp" line="115" />
        <source>the new project is still in use: it was not given its name</source>
        <translation>新项目仍被占用：未能命名</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_backend.cpp" line="117" />
        <source>cannot give the new project its name (a file of that name appeared meanwhile, or the folder cannot be written)</source>
        <translation>无法为新项目命名（期间出现了同名文件，或文件夹不可写）</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_backend.cpp" line="133" />
        <source>the file exists already: choose a new project file</source>
        <translation>文件已存在：请另选一个新的项目文件</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_backend.cpp" line="135" />
        <source>the operator's name is required: every change records who made it</source>
        <translation>必须给出操作人姓名：每次更改都要记录操作人</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_restore_sink.cpp" line="27" />
        <source>the destination exists already: choose a new project file</source>
        <translation>目标已存在：请选择新的项目文件</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_restore_sink.cpp" line="77" />
        <source>the dump holds no tables</source>
        <translation>导出数据中没有任何表</translation>
    </message>
</context>
<context>
    <name>fg::gis::GpkgFile</name>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_file.cpp" line="30" />
        <source>cannot create field %1</source>
        <translation>无法创建字段 %1</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_file.cpp" line="55" />
        <source>the file exists already: choose a new project file</source>
        <translation>文件已存在：请另选一个新的项目文件</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_file.cpp" line="60" />
        <source>cannot create the project: %1</source>
        <translation>无法创建项目：%1</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_file.cpp" line="71" />
        <source>cannot open the project to add layer %1: %2</source>
        <translation>无法打开项目以添加图层 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_file.cpp" line="78" />
        <source>cannot create layer %1: %2</source>
        <translation>无法创建图层 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_file.cpp" line="82" />
        <source>cannot write layer %1: %2</source>
        <translation>无法写入图层 %1：%2</translation>
    </message>
</context>
<context>
    <name>fg::gis::GpkgLayerWriter</name>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_layer_writer.cpp" line="116" />
        <source>cannot write layer %1</source>
        <translation>无法写入图层 %1</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_layer_writer.cpp" line="154" />
        <source>cannot write a feature of layer %1</source>
        <translation>无法写入图层 %1 的要素</translation>
    </message>
</context>
<context>
    <name>fg::gis::GpkgProjectStore</name>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="88" />
        <source>the operator's name is required: every change records who made it</source>
        <translation>必须给出操作人姓名：每次更改都要记录操作人</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="90" />
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="154" />
        <source>no such project file</source>
        <translation>项目文件不存在</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="101" />
        <source>the project was written by an older FarmGuard (schema version %1): open it once for editing to upgrade it</source>
        <translation>该项目由旧版 FarmGuard 写入（数据结构版本 %1）：请以编辑方式打开一次以完成升级</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="112" />
        <source>the project file is read-only (its permissions or its folder's): it was opened for reading</source>
        <translation>项目文件为只读（文件或所在文件夹的权限）：已以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="164" />
        <source>verify-log</source>
        <translation>日志核验</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="193" />
        <source>the check stopped where the file is damaged</source>
        <translation>核验在文件损坏处中止</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="278" />
        <source>the project's working CRS</source>
        <translation>项目工作坐标系</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="69" />
        <source>not a GeoPackage, so not a FarmGuard project</source>
        <translation>不是 GeoPackage，因此不是 FarmGuard 项目</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="74" />
        <source>not a FarmGuard project (create one with 'farmguard-cli project create')</source>
        <translation>不是 FarmGuard 项目（请用 'farmguard-cli project create' 创建）</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="160" />
        <source>not a FarmGuard project: it has no audit log</source>
        <translation>不是 FarmGuard 项目：没有操作日志</translation>
    </message>
</context>
<context>
    <name>fg::gis::GpkgRtree</name>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_rtree.cpp" line="183" />
        <source>the spatial index of %1 is not empty</source>
        <translation>%1 的空间索引不是空的</translation>
    </message>
</context>
<context>
    <name>fg::gis::GridBuilder</name>
    <message>
        <location filename="../../gis/patrol/grid_builder.cpp" line="25" />
        <source>the layer has no field %1</source>
        <translation>图层没有字段 %1</translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_builder.cpp" line="63" />
        <source>no township named or coded %1</source>
        <translation>没有名称或代码为 %1 的乡镇</translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_builder.cpp" line="87" />
        <source>the cell size must be positive, not %1</source>
        <translation>网格大小须为正数，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_builder.cpp" line="98" />
        <source>a %1 m grid over these townships would have more than a million squares</source>
        <translation>这些乡镇上的 %1 米网格将超过一百万个方格</translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_builder.cpp" line="118" />
        <source>some cells were clipped on the 0.1 mm precision grid (near-coincident edges)</source>
        <translation>部分网格在 0.1 毫米精度格网上裁剪（边线几乎重合）</translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_builder.cpp" line="127" />
        <source>one cell per village needs a villages layer</source>
        <translation>每村一个网格需要行政村图层</translation>
    </message>
    <message>
        <location filename="../../gis/patrol/cell_probes.cpp" line="95" />
        <source>%1: feature %2: discovery date '%3' in %4 is not a date; the incident is left out of the cell's risk</source>
        <translation>%1：要素 %2：%4 中的发现日期“%3”不是日期；该图斑不计入网格风险</translation>
    </message>
</context>
<context>
    <name>fg::gis::GridFile</name>
    <message>
        <location filename="../../gis/patrol/grid_file.cpp" line="76" />
        <source>cell %1 has a geometry GDAL cannot take</source>
        <translation>网格 %1 的几何图形 GDAL 无法写入</translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_file.cpp" line="79" />
        <source>cannot write cell %1</source>
        <translation>无法写入网格 %1</translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_file.cpp" line="87" />
        <source>the file exists; choose a new name</source>
        <translation>文件已存在；请换一个名称</translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_file.cpp" line="92" />
        <source>cannot create the GeoPackage</source>
        <translation>无法创建 GeoPackage</translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_file.cpp" line="97" />
        <source>cannot create the grid layer</source>
        <translation>无法创建网格图层</translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_file.cpp" line="119" />
        <source>not a patrol grid: the field %1 is missing</source>
        <translation>不是巡查网格：缺少字段 %1</translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_file.cpp" line="141" />
        <source>incident date '%1' is not yyyy-MM-dd</source>
        <translation>图斑日期“%1”不是 yyyy-MM-dd 格式</translation>
    </message>
</context>
<context>
    <name>fg::gis::ImportGuard</name>
    <message>
        <location filename="../../gis/usecases/import_guard.cpp" line="70" />
        <source>NaN or infinite coordinates: refused (repairing them would measure another shape)</source>
        <translation>坐标为 NaN 或无穷大：已拒绝（修复会量算出另一个图形）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/import_guard.cpp" line="72" />
        <source>no geometry (NULL or empty): an incident needs its polygon</source>
        <translation>没有几何（NULL 或空）：图斑必须有多边形</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/import_guard.cpp" line="73" />
        <source>invalid polygon with no area left once repaired</source>
        <translation>多边形无效，修复后没有面积</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/import_guard.cpp" line="74" />
        <source>not a polygon</source>
        <translation>不是多边形</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/import_guard.cpp" line="84" />
        <source>duplicate id %1 (also feature %2 of the file)</source>
        <translation>编号 %1 重复（文件中要素 %2 也用此编号）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/import_guard.cpp" line="129" />
        <source>its area %1 km² is %2% of the county's %3 km², over the limit of %4% (a wrong unit or CRS?)</source>
        <translation>面积 %1 km²，占全县 %3 km² 的 %2%，超过上限 %4%（单位或坐标系有误？）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/import_guard.cpp" line="141" />
        <source>lies outside the project's townships, %1 km from the nearest</source>
        <translation>位于项目各乡镇之外，距最近的乡镇 %1 km</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/import_guard.cpp" line="149" />
        <source>reaches beyond the project's townships by more than the tolerance of %1 m (%2 m² outside)</source>
        <translation>超出项目乡镇范围，超过容差 %1 m（范围外 %2 m²）</translation>
    </message>
</context>
<context>
    <name>fg::gis::IncidentImporter</name>
    <message>
        <location filename="../../gis/usecases/incident_importer.cpp" line="32" />
        <source>the layer has no field '%1'</source>
        <translation>图层没有字段“%1”</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/incident_importer.cpp" line="82" />
        <source>%1 problem(s) found before anything was written: nothing was imported (all or nothing per file)</source>
        <translation>写入前发现 %1 个问题：未导入任何图斑（每个文件全部导入或全部不导入）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/incident_importer.cpp" line="221" />
        <source>%1: incident %2: the ID number '%3' has a wrong check character; recorded as given</source>
        <translation>%1：图斑 %2：身份证号 '%3' 校验位错误；按原样登记</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/incident_importer.cpp" line="262" />
        <source>%1: incident %2 is already in the project: skipped</source>
        <translation>%1：监测图斑 %2 已在项目中：已跳过</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/incident_importer.cpp" line="311" />
        <source>incidents imported from %1 (%2)</source>
        <translation>已从 %1 导入图斑（%2）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/incident_importer.cpp" line="218" />
        <source>%1: incident %2: unknown violation type '%3', recorded as other</source>
        <translation>%1：监测图斑 %2：未知违法类型“%3”，按其他登记</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/incident_importer.cpp" line="202" />
        <source>imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
</context>
<context>
    <name>fg::gis::IncidentLayer</name>
    <message>
        <location filename="../../gis/usecases/incident_layer.cpp" line="69" />
        <source>the project's working CRS</source>
        <translation>项目工作坐标系</translation>
    </message>
</context>
<context>
    <name>fg::gis::IncidentReshape</name>
    <message>
        <location filename="../../gis/usecases/incident_reshape.cpp" line="19" />
        <source>the project has no incident %1</source>
        <translation>项目中没有监测图斑 %1</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/incident_reshape.cpp" line="34" />
        <source>incident %1 reshaped and measured again (basic farmland %2 → %3 mu, cultivated %4 → %5 mu)</source>
        <translation>图斑 %1 已修改形状并重新测算（永久基本农田 %2 → %3 亩，耕地 %4 → %5 亩）</translation>
    </message>
</context>
<context>
    <name>fg::gis::IncidentSource</name>
    <message>
        <location filename="../../gis/store/incident_record.cpp" line="19" />
        <source>Patrol</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../../gis/store/incident_record.cpp" line="21" />
        <source>Public report</source>
        <translation>举报</translation>
    </message>
    <message>
        <location filename="../../gis/store/incident_record.cpp" line="23" />
        <source>Satellite monitoring</source>
        <translation>卫片</translation>
    </message>
    <message>
        <location filename="../../gis/store/incident_record.cpp" line="25" />
        <source>Department transfer</source>
        <translation>部门移送</translation>
    </message>
    <message>
        <location filename="../../gis/store/incident_record.cpp" line="26" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../gis/store/incident_record.cpp" line="53" />
        <source>unknown incident source '%1' (patrol, public_report, satellite, department_transfer, other, or 巡查, 举报, 卫片, 部门移送, 其他)</source>
        <translation>未知线索来源“%1”（应为 patrol、public_report、satellite、department_transfer、other，或 巡查、举报、卫片、部门移送、其他）</translation>
    </message>
</context>
<context>
    <name>fg::gis::JointDisciplineNotice</name>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="26" />
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="41" />
        <source>Joint Discipline Notice</source>
        <translation>联合惩戒通知书</translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="27" />
        <source>Case %1</source>
        <translation>案件编号 %1</translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="29" />
        <source>Areas: %1 method, m² and mu to 0.01 (1 mu = 10000/15 m²), as the case was judged.</source>
        <translation>面积：%1方法，平方米和亩保留两位小数（1 亩 = 10000/15 平方米），与案件研判一致。</translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="42" />
        <source>(source control of illegal land use, case %1)</source>
        <translation>（违法用地源头严控，案件 %1）</translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="47" />
        <source>To: %1</source>
        <translation>致：%1</translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="47" />
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="66" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="60" />
        <source>%1 (ID number %2)</source>
        <translation>%1（身份证号 %2）</translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="62" />
        <source>The bureau has found that %1 uses land at %2 unlawfully (case %3, incidents %4, %5; case stage: %6). The land concerned measures %7 m² (%8 mu), of which permanent basic farmland %9 mu and cultivated land %10 mu.</source>
        <translation>经查，%1 在 %2 违法用地（案件 %3，图斑 %4，%5；办理阶段：%6）。涉及土地 %7 平方米（%8 亩），其中永久基本农田 %9 亩，耕地 %10 亩。</translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="65" />
        <source>an unknown party</source>
        <translation>不明当事人</translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="65" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="71" />
        <source>Judged under: %1.</source>
        <translation>研判依据：%1。</translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="72" />
        <source>Under the county notice on the shared responsibility for farmland protection (源头严控, 部门协同), no department or company may grant approvals, permits, licences or funds, or supply water, power, gas or loans, for illegal land use. Until this case is closed, each body named below shall, for this land and the buildings and businesses on it:</source>
        <translation>根据县耕地保护共同责任机制通知（源头严控、部门协同），任何部门和企业不得为违法用地办理审批、许可、证照或拨付资金，不得供水、供电、供气或发放贷款。本案结案前，下列单位对该土地及其上的建筑物和经营活动应当：</translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="83" />
        <source>To</source>
        <translation>移送单位</translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="83" />
        <source>Shall</source>
        <translation>应当</translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="86" />
        <source>Each body replies to the bureau in writing within 5 working days with what it did; a breach is passed to the county discipline commission (纪委监委).</source>
        <translation>各单位应在 5 个工作日内将落实情况书面回复本局；违反的移送县纪委监委。</translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="101" />
        <source>%1 (seal)
%2</source>
        <translation>%1（盖章）
%2</translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="103" />
        <source>Copy: county discipline commission (纪委监委), township government</source>
        <translation>抄送：县纪委监委，乡镇人民政府</translation>
    </message>
</context>
<context>
    <name>fg::gis::LayerLegend</name>
    <message>
        <location filename="../../gis/render/layer_legend.cpp" line="47" />
        <source>Reaches the accountability thresholds</source>
        <translation>达到责任追究标准</translation>
    </message>
    <message>
        <location filename="../../gis/render/layer_legend.cpp" line="48" />
        <source>Below the thresholds</source>
        <translation>未达到标准</translation>
    </message>
    <message>
        <location filename="../../gis/render/layer_legend.cpp" line="49" />
        <source>Not analysed yet</source>
        <translation>尚未分析</translation>
    </message>
    <message>
        <location filename="../../gis/render/layer_legend.cpp" line="69" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../gis/render/layer_legend.cpp" line="87" />
        <source>Permanent basic farmland (hatched)</source>
        <translation>永久基本农田（斜线填充）</translation>
    </message>
    <message>
        <location filename="../../gis/render/layer_legend.cpp" line="90" />
        <source>Boundary (outline, labelled)</source>
        <translation>界线（轮廓，带注记）</translation>
    </message>
    <message>
        <location filename="../../gis/render/layer_legend.cpp" line="97" />
        <source>Point symbol</source>
        <translation>点状符号</translation>
    </message>
    <message>
        <location filename="../../gis/render/layer_legend.cpp" line="100" />
        <source>Line</source>
        <translation>线</translation>
    </message>
    <message>
        <location filename="../../gis/render/layer_legend.cpp" line="105" />
        <source>Area</source>
        <translation>面</translation>
    </message>
</context>
<context>
    <name>fg::gis::MajorCaseReport</name>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="28" />
        <source>pending</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="30" />
        <source>met</source>
        <translation>已办</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="32" />
        <source>met late</source>
        <translation>逾期办结</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="34" />
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="55" />
        <source>Major case report</source>
        <translation>重大案件报告</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="58" />
        <source>Areas in mu (1 mu = 666.67 m²), ellipsoidal (CGCS2000), rounded to 0.01 as judged.</source>
        <translation>面积单位为亩（1 亩 = 666.67 平方米），椭球面积（CGCS2000），与研判一致保留两位小数。</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="69" />
        <source>Report of a major case of illegal land occupation</source>
        <translation>违法占地重大案件报告</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="70" />
        <source>To the county people's government</source>
        <translation>县人民政府：</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="85" />
        <source>1. The case</source>
        <translation>一、案件情况</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="87" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="87" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="89" />
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="90" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="91" />
        <source>Violation type</source>
        <translation>违法类型</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="92" />
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="93" />
        <source>Incidents</source>
        <translation>监测图斑</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="94" />
        <source>Clue</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="94" />
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="95" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="103" />
        <source>2. Why the case is major</source>
        <translation>二、认定为重大案件的理由</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="105" />
        <source>Occupied by the case's incidents: %1 mu of permanent basic farmland, %2 mu of cultivated land.</source>
        <translation>案件图斑占用永久基本农田 %1 亩，耕地 %2 亩。</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="109" />
        <source>Accumulated with the party's incidents not yet dealt with (%1): %2 mu of permanent basic farmland, %3 mu of cultivated land.</source>
        <translation>与当事人未经处理的图斑（%1）累计：永久基本农田 %2 亩，耕地 %3 亩。</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="114" />
        <source>The occupied area is not measured yet.</source>
        <translation>占用面积尚未测算。</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="117" />
        <source>The case reaches the accountability threshold of the county notice (三(三)): the accountability procedure is started without exception.</source>
        <translation>案件达到县通知（三（三））规定的追责标准：一律启动责任追究程序。</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="122" />
        <source>Declared a major case on %1.</source>
        <translation>于 %1 认定为重大案件。</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="123" />
        <source>Declared a major case.</source>
        <translation>已认定为重大案件。</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="126" />
        <source>A crime (Criminal Law art. 342) is suspected since %1.</source>
        <translation>自 %1 起涉嫌犯罪（刑法第三百四十二条）。</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="128" />
        <source>Officials' misconduct is suspected since %1.</source>
        <translation>自 %1 起涉嫌公职人员违纪违法。</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="129" />
        <source>Judged under: %1.</source>
        <translation>研判依据：%1。</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="134" />
        <source>3. What was done</source>
        <translation>三、办理情况</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="136" />
        <location filename="../../gis/report/major_case_report.cpp" line="171" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="136" />
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="136" />
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="136" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="140" />
        <source>with %1 (Agriculture and Rural Affairs Bureau) %2</source>
        <translation>会同 %1（农业农村局）%2</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="148" />
        <source>4. Transfers</source>
        <translation>四、移送情况</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="150" />
        <source>No transfer is recorded.</source>
        <translation>无移送记录。</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="154" />
        <source>Sent</source>
        <translation>移送时间</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="154" />
        <source>To</source>
        <translation>移送单位</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="154" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="154" />
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="157" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="157" />
        <source>no reply yet</source>
        <translation>尚未回复</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="163" />
        <source>5. Accountability (既处理事、又处理人)</source>
        <translation>五、责任追究（既处理事、又处理人）</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="166" />
        <source>No accountability record yet: the case cannot be closed without one.</source>
        <translation>尚无责任追究记录：无此记录不得结案。</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="167" />
        <source>No accountability record.</source>
        <translation>无责任追究记录。</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="171" />
        <source>Organ</source>
        <translation>问责机关</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="171" />
        <source>Persons</source>
        <translation>被问责人</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="171" />
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="172" />
        <source>Document</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="181" />
        <source>6. Deadlines</source>
        <translation>六、办理期限</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="183" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="183" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="183" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="183" />
        <source>Met</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="189" />
        <source>Working days on the State Council's holiday notices; states as of %1.</source>
        <translation>工作日按国务院放假通知计算；状态截至 %1。</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="200" />
        <source>Reporting unit (seal): %1</source>
        <translation>报告单位（盖章）：%1</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="200" />
        <source>Person in charge (signature):</source>
        <translation>负责人（签字）：</translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="201" />
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
</context>
<context>
    <name>fg::gis::OfficerRoster</name>
    <message>
        <location filename="../../gis/usecases/officer_roster.cpp" line="33" />
        <source>an officer needs a name</source>
        <translation>网格员需要姓名</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/officer_roster.cpp" line="41" />
        <source>officer %1 already exists; use update</source>
        <translation>网格员 %1 已存在；请用 update</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/officer_roster.cpp" line="43" />
        <source>no officer named %1</source>
        <translation>没有名为 %1 的网格员</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/officer_roster.cpp" line="53" />
        <source>no cell of the project's grid lies in township %1</source>
        <translation>项目的巡查网格没有位于乡镇 %1 的网格</translation>
    </message>
</context>
<context>
    <name>fg::gis::OverlayEngine</name>
    <message>
        <location filename="../../gis/analysis/overlay_engine.cpp" line="32" />
        <source>no land-class field "%1" (choose one with --class-field)</source>
        <translation>没有地类字段“%1”（请用 --class-field 指定）</translation>
    </message>
    <message>
        <location filename="../../gis/analysis/overlay_engine.cpp" line="71" />
        <source>%1: feature %2: 田坎 coefficient %3 is not a fraction from 0 to 1: no 田坎 deducted</source>
        <translation>%1：要素 %2：田坎系数 %3 不在 0 到 1 之间：不扣除田坎</translation>
    </message>
    <message>
        <location filename="../../gis/analysis/overlay_engine.cpp" line="130" />
        <source>%1: feature %2: invalid geometry repaired (MakeValid) before the overlay</source>
        <translation>%1：要素 %2：几何图形无效，叠加分析前已修复（MakeValid）</translation>
    </message>
</context>
<context>
    <name>fg::gis::PartyIdentities</name>
    <message>
        <location filename="../../gis/usecases/party_identities.cpp" line="43" />
        <source>project setting '%1' is not a list of party decisions</source>
        <translation>项目设置 '%1' 不是当事人认定列表</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/party_identities.cpp" line="72" />
        <source>a party cannot be paired with itself</source>
        <translation>当事人不能与自身配对</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/party_identities.cpp" line="80" />
        <source>no incident records the party '%1'%2</source>
        <translation>没有图斑登记当事人 '%1'%2</translation>
    </message>
</context>
<context>
    <name>fg::gis::PatrolPlanning</name>
    <message>
        <location filename="../../gis/usecases/patrol_planning.cpp" line="41" />
        <source>%1 grid officer</source>
        <translation>%1网格员</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/patrol_planning.cpp" line="72" />
        <source>the project has no patrol grid yet: make one first ('farmguard-cli grid' or Patrol → Make Grid…)</source>
        <translation>项目还没有巡查网格：请先生成（'farmguard-cli grid' 或 巡查 → 生成巡查网格…）</translation>
    </message>
</context>
<context>
    <name>fg::gis::PatrolReport</name>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="148" />
        <source>Patrol Plan Report</source>
        <translation>巡查计划报告</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="164" />
        <source>%1 Grid Patrol Plan</source>
        <translation>%1网格化巡查计划</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="166" />
        <source>Period: %1 to %2</source>
        <translation>期间：%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="350" />
        <source>Grid cell</source>
        <translation>巡查网格</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="351" />
        <source>High-risk cell</source>
        <translation>高风险网格</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="352" />
        <source>Village boundary</source>
        <translation>行政村界</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="257" />
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="257" />
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="257" />
        <source>km</source>
        <translation>千米</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="252" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="415" />
        <source>Patrol plan of %1, %2 to %3</source>
        <translation>%1巡查计划，%2 至 %3</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="418" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="418" />
        <location filename="../../gis/report/patrol_report.cpp" line="443" />
        <source>Officer</source>
        <translation>巡查员</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="398" />
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="399" />
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="399" />
        <location filename="../../gis/report/patrol_report.cpp" line="443" />
        <source>Due by</source>
        <translation>最迟日期</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="399" />
        <source>Leg (km)</source>
        <translation>路段（千米）</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="444" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="412" />
        <source>Daily routes</source>
        <translation>每日路线</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="419" />
        <source>Route length (km)</source>
        <translation>路线长度（千米）</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="39" />
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="40" />
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="41" />
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="42" />
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="43" />
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="44" />
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="45" />
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="95" />
        <source>%1 cell %2</source>
        <translation>%1 %2号网格</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="151" />
        <source>Distances: straight legs between cell centres in %1, km to 0.01.</source>
        <translation>距离：%1 下网格中心间的直线距离，公里，保留两位小数。</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="171" />
        <source>No officer patrols in %1 in this period.</source>
        <translation>本期内%1无网格员巡查。</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="194" />
        <source>%1 (%2): route of %3</source>
        <translation>%1（%2）：%3 的巡查路线</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="195" />
        <source>%1 stops, %2 km from the base through the stops (straight legs).</source>
        <translation>%1 个巡查点，自驻地经各巡查点共 %2 公里（直线距离）。</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="336" />
        <source>Route and stops in order</source>
        <translation>路线及巡查点顺序</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="369" />
        <location filename="../../gis/report/patrol_report.cpp" line="396" />
        <source>Stops in route order</source>
        <translation>巡查点（按路线顺序）</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="373" />
        <source>%1. %2 — %3, visit by %4, leg %5 km</source>
        <translation>%1. %2 — %3，最迟 %4 前巡查，分段 %5 公里</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="389" />
        <location filename="../../gis/report/patrol_report.cpp" line="406" />
        <source>Leg: straight distance from the previous stop, the first from the officer's base.</source>
        <translation>分段：距上一巡查点的直线距离，第一段自网格员驻地起算。</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="398" />
        <location filename="../../gis/report/patrol_report.cpp" line="443" />
        <source>Village and cell</source>
        <translation>村及网格</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="400" />
        <source>What the stop is for</source>
        <translation>巡查原因</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="418" />
        <source>Stops</source>
        <translation>巡查点数</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="419" />
        <source>Villages in route order</source>
        <translation>途经村（按路线顺序）</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="433" />
        <source>Route length: from the officer's base through the cells and back, straight legs.</source>
        <translation>路线长度：从巡查员驻地经各网格返回驻地的直线距离之和。</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="439" />
        <source>What the plan cannot do</source>
        <translation>计划无法完成的事项</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="441" />
        <source>Interval shortfalls</source>
        <translation>未能按期巡查的网格</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="444" />
        <source>Visited on</source>
        <translation>巡查日期</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="449" />
        <source>not visited</source>
        <translation>未安排</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="452" />
        <source>Every cell's required interval is kept in this period.</source>
        <translation>本期间所有网格均能按规定间隔巡查。</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="459" />
        <source>Every cell of the township has an officer.</source>
        <translation>本乡镇每个网格都有巡查员。</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="460" />
        <source>Cells no officer patrols: %1</source>
        <translation>无人负责的网格：%1</translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="460" />
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>fg::gis::PatrolTrackReader</name>
    <message>
        <location filename="../../gis/patrol/patrol_track.cpp" line="17" />
        <source>the GPX file holds no track points</source>
        <translation>GPX 文件中没有轨迹点</translation>
    </message>
</context>
<context>
    <name>fg::gis::PatrolVisit</name>
    <message>
        <location filename="../../gis/usecases/patrol_visit.cpp" line="29" />
        <source>no officer or village patroller named %1</source>
        <translation>没有名为 %1 的网格员或村级巡查员</translation>
    </message>
</context>
<context>
    <name>fg::gis::PgBackend</name>
    <message>
        <location filename="../../gis/store/pg/pg_backend_stub.cpp" line="14" />
        <source>this FarmGuard was built without PostGIS support</source>
        <translation>此 FarmGuard 构建时未包含 PostGIS 支持</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_backend.cpp" line="62" />
        <source>no FarmGuard project in the schema %1</source>
        <translation>模式 %1 中没有 FarmGuard 项目</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_backend.cpp" line="68" />
        <source>only the project's owner (or a superuser) grants rights; the login %1 is neither</source>
        <translation>只有项目所有者（或超级用户）可以授权；登录名 %1 两者都不是</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_restore_sink.cpp" line="24" />
        <source>the destination exists already: copies never replace a project</source>
        <translation>目标已存在：复制不会覆盖已有项目</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_restore_sink.cpp" line="43" />
        <source>the source was written by a newer FarmGuard (schema version %1)</source>
        <translation>源项目由更新版本的 FarmGuard 写入（模式版本 %1）</translation>
    </message>
</context>
<context>
    <name>fg::gis::PgConnection</name>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="219" />
        <source>out of memory while connecting</source>
        <translation>连接时内存不足</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="229" />
        <source>cannot connect to the FarmGuard server: %1</source>
        <translation>无法连接 FarmGuard 服务器：%1</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="231" />
        <source>the FarmGuard server at %1 refused the connection: %2</source>
        <translation>位于 %1 的 FarmGuard 服务器拒绝了连接：%2</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="232" />
        <source>cannot reach the FarmGuard server at %1: %2</source>
        <translation>无法连接位于 %1 的 FarmGuard 服务器：%2</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="252" />
        <source>not a valid name: %1</source>
        <translation>不是有效的名称：%1</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="275" />
        <source>a record of %1 outside its rights</source>
        <translation>超出其权限的 %1 记录</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="277" />
        <source>a change to %1, which it may not make</source>
        <translation>对 %1 的修改（它无此权限）</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="280" />
        <source>the login %1 was refused %2; nothing was changed</source>
        <translation>登录名 %1 被拒绝：%2；未作任何修改</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="281" />
        <source> (the project's owner grants rights with 'farmguard-cli project grant')</source>
        <translation>（项目所有者用 'farmguard-cli project grant' 授予权限）</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="295" />
        <source>lost the connection to the FarmGuard server at %1:%2: %3</source>
        <translation>与位于 %1:%2 的 FarmGuard 服务器的连接中断：%3</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="436" />
        <source>the change was not saved: an earlier step of it failed</source>
        <translation>修改未保存：其中较早的一步失败了</translation>
    </message>
</context>
<context>
    <name>fg::gis::PgLayers</name>
    <message>
        <location filename="../../gis/store/pg/pg_layers.cpp" line="298" />
        <source>a FarmGuard project stores text as Unicode</source>
        <translation>FarmGuard 项目以 Unicode 存储文本</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_layers.cpp" line="314" />
        <source>a stored geometry cannot be read: %1</source>
        <translation>无法读取存储的几何：%1</translation>
    </message>
</context>
<context>
    <name>fg::gis::PgProjectStore</name>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="28" />
        <source>the operator's name is required: every change records who made it</source>
        <translation>必须给出操作人姓名：每次更改都要记录操作人</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="36" />
        <source>it acts for the township %1: it reads the county's layers and reads and writes only the incidents, cases and patrols of %1</source>
        <translation>它代表乡镇 %1：可读全县图层，只能读写 %1 的图斑、案件和巡查</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="40" />
        <source>it acts for the department %1: it reads the cases transferred to it and adds its replies</source>
        <translation>它代表部门 %1：可读移送给它的案件并填写回复</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="46" />
        <source>it acts for the bureau</source>
        <translation>它代表县自然资源局</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="86" />
        <source>verify-log</source>
        <translation>日志核验</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="89" />
        <source>the login %1 may not read the whole audit log: checking it is the bureau's right</source>
        <translation>登录名 %1 无权读取整个审计日志：核验日志是县局的权限</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="121" />
        <source>no FarmGuard project in the schema %1 (create one with 'farmguard-cli project create' or copy one there with 'farmguard-cli project copy')</source>
        <translation>模式 %1 中没有 FarmGuard 项目（用 'farmguard-cli project create' 创建，或用 'farmguard-cli project copy' 复制过去）</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="128" />
        <source>the project was written by a newer FarmGuard (schema version %1; this version reads up to %2)</source>
        <translation>该项目由更新版本的 FarmGuard 写入（模式版本 %1；本版本最多读取 %2）</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="195" />
        <source>%1 events stored, numbered up to %2</source>
        <translation>存有 %1 条事件，编号到 %2</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="202" />
        <source>the login %1 sees only the events of its records: checking the whole audit log is the bureau's right</source>
        <translation>登录名 %1 只能看到其记录的事件：核验整个审计日志是县局的权限</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="214" />
        <source>the project has no reference layer '%1'</source>
        <translation>项目中没有参考图层“%1”</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="290" />
        <source>the project's working CRS</source>
        <translation>项目工作坐标系</translation>
    </message>
</context>
<context>
    <name>fg::gis::PgRights</name>
    <message>
        <location filename="../../gis/store/pg/pg_rights.cpp" line="164" />
        <source>no township '%1' in the project's townships layer (it has: %2)</source>
        <translation>项目的乡镇图层中没有乡镇 '%1'（现有：%2）</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_rights.cpp" line="181" />
        <location filename="../../gis/store/pg/pg_rights.cpp" line="186" />
        <source>the login %1 has no rights on this project: its owner gives them with 'farmguard-cli project grant'</source>
        <translation>登录名 %1 对本项目没有权限：由项目所有者用 'farmguard-cli project grant' 授予</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_rights.cpp" line="198" />
        <source>name the login to grant rights to</source>
        <translation>请指定要授权的登录名</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_rights.cpp" line="200" />
        <source>name the township the login acts for</source>
        <translation>请指定该登录名代表的乡镇</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_rights.cpp" line="210" />
        <source>no login %1 on this server</source>
        <translation>本服务器上没有登录名 %1</translation>
    </message>
</context>
<context>
    <name>fg::gis::PgSchema</name>
    <message>
        <location filename="../../gis/store/pg/pg_schema.cpp" line="349" />
        <source>a project's schema name is 1 to %1 characters of a-z, 0-9 and _, not starting with a digit: '%2'</source>
        <translation>项目的模式名为 1 到 %1 个字符，只含 a-z、0-9 和 _，且不以数字开头：'%2'</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_schema.cpp" line="355" />
        <source>the schema '%1' belongs to PostgreSQL: choose another name</source>
        <translation>模式 '%1' 属于 PostgreSQL：请换一个名称</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_schema.cpp" line="364" />
        <source>the schema %1 exists already: choose a new project name</source>
        <translation>模式 %1 已存在：请换一个新的项目名称</translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_schema.cpp" line="494" />
        <source>the schema %1 is not a FarmGuard project: it was left as it is</source>
        <translation>模式 %1 不是 FarmGuard 项目：未作任何改动</translation>
    </message>
</context>
<context>
    <name>fg::gis::ProjectAnalysis</name>
    <message>
        <location filename="../../gis/usecases/project_analysis.cpp" line="303" />
        <source>%1: feature %2: no measurable geometry (NULL, damaged or not a polygon): not measured; run verify-log</source>
        <translation>%1：要素 %2：没有可量算的几何（NULL、已损坏或不是多边形）：未量算；请运行 verify-log</translation>
    </message>
</context>
<context>
    <name>fg::gis::ProjectBuilder</name>
    <message>
        <location filename="../../gis/usecases/project_builder.cpp" line="53" />
        <source>cannot read the rules file: %1</source>
        <translation>无法读取规则文件：%1</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/project_builder.cpp" line="62" />
        <source>the %1 layer is required</source>
        <translation>必须提供%1图层</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/project_builder.cpp" line="199" />
        <source>the file exists already: choose a new project file</source>
        <translation>文件已存在：请另选一个新的项目文件</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/project_builder.cpp" line="202" />
        <source>the operator's name is required: every change records who made it</source>
        <translation>必须给出操作人姓名：每次更改都要记录操作人</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/project_builder.cpp" line="294" />
        <source>reprojecting %1</source>
        <translation>正在投影变换 %1</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/project_builder.cpp" line="162" />
        <location filename="../../gis/usecases/project_builder.cpp" line="298" />
        <source>%1: %2 features from %3</source>
        <translation>%1：来自 %3 的 %2 个要素</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/project_builder.cpp" line="241" />
        <location filename="../../gis/usecases/project_builder.cpp" line="304" />
        <source>writing the project</source>
        <translation>正在写入项目</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/project_builder.cpp" line="175" />
        <source>project settings</source>
        <translation>项目设置</translation>
    </message>
</context>
<context>
    <name>fg::gis::ProjectLocation</name>
    <message>
        <location filename="../../gis/store/project_location.cpp" line="25" />
        <source>not a PostgreSQL project URI: expected postgresql://[USER@]HOST[:PORT]/DB?schema=NAME</source>
        <translation>不是 PostgreSQL 项目地址：应为 postgresql://[用户@]主机[:端口]/数据库?schema=名称</translation>
    </message>
    <message>
        <location filename="../../gis/store/project_location.cpp" line="33" />
        <source>the schema name '%1' must be lower-case letters, digits and _ (not starting with a digit), at most 63</source>
        <translation>模式名“%1”只能由小写字母、数字和 _ 组成（不以数字开头），最多 63 个字符</translation>
    </message>
</context>
<context>
    <name>fg::gis::ProjectRules</name>
    <message>
        <location filename="../../gis/usecases/project_rules.cpp" line="20" />
        <source>%1: project setting '%2'</source>
        <translation>%1：项目设置“%2”</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/project_rules.cpp" line="60" />
        <source>the project's rules changed (SHA-256 %1 → %2)</source>
        <translation>项目规则已变更（SHA-256 %1 → %2）</translation>
    </message>
</context>
<context>
    <name>fg::gis::ProjectSchema</name>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_schema.cpp" line="304" />
        <source>the project was written by a newer FarmGuard (schema version %1; this version reads up to %2). Open it with an up-to-date FarmGuard; it was not changed.</source>
        <translation>该项目由较新版本的 FarmGuard 写入（结构版本 %1；本版本最高只能读取 %2）。请用最新版 FarmGuard 打开；项目未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_schema.cpp" line="377" />
        <source>not a FarmGuard project: the incidents layer is missing</source>
        <translation>不是 FarmGuard 项目：缺少监测图斑图层</translation>
    </message>
</context>
<context>
    <name>fg::gis::ProjectStores</name>
    <message>
        <location filename="../../gis/store/project_stores.cpp" line="78" />
        <location filename="../../gis/store/project_stores.cpp" line="88" />
        <source>the destination exists already: copies never replace a project</source>
        <translation>目标已存在：复制不会覆盖已有项目</translation>
    </message>
    <message>
        <location filename="../../gis/store/project_stores.cpp" line="81" />
        <source>FarmGuard copy</source>
        <translation>FarmGuard 复制</translation>
    </message>
    <message>
        <location filename="../../gis/store/project_stores.cpp" line="90" />
        <source>a project cannot be copied onto itself</source>
        <translation>项目不能复制到自身</translation>
    </message>
    <message>
        <location filename="../../gis/store/project_stores.cpp" line="106" />
        <source>a GeoPackage project is guarded by its file's permissions: rights are granted on a shared PostGIS project</source>
        <translation>GeoPackage 项目由文件权限保护：权限只能在共享的 PostGIS 项目上授予</translation>
    </message>
    <message>
        <location filename="../../gis/store/project_store.cpp" line="41" />
        <source>this store checks its chain only</source>
        <translation>此存储只核验哈希链</translation>
    </message>
    <message>
        <location filename="../../gis/store/project_store.cpp" line="50" />
        <source>the audit log is empty: there is nothing to seal</source>
        <translation>操作日志为空：没有可封存的内容</translation>
    </message>
    <message>
        <location filename="../../gis/store/project_store.cpp" line="58" />
        <source>this project cannot keep a keyed audit log</source>
        <translation>此项目不能使用加密链接的操作日志</translation>
    </message>
</context>
<context>
    <name>fg::gis::Provenance</name>
    <message>
        <location filename="../../gis/usecases/provenance.cpp" line="52" />
        <source>FarmGuard %1; areas %2 in EPSG:%3; rules SHA-256 %4%5</source>
        <translation>FarmGuard %1；面积方法 %2，坐标系 EPSG:%3；规则 SHA-256 %4%5</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/provenance.cpp" line="57" />
        <source>%1 (%2 bytes) SHA-256 %3</source>
        <translation>%1（%2 字节）SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/provenance.cpp" line="59" />
        <source>Project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/provenance.cpp" line="61" />
        <source>layer %1 (%2 features) content SHA-256 %3</source>
        <translation>图层 %1（%2 个要素）内容 SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/provenance.cpp" line="64" />
        <source>The project's audit log ends at %1 (the log failed its check)</source>
        <translation>项目审计日志止于 %1（日志校验未通过）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/provenance.cpp" line="65" />
        <source>The project's audit log ends at %1</source>
        <translation>项目审计日志止于 %1</translation>
    </message>
</context>
<context>
    <name>fg::gis::ProvenanceBuilder</name>
    <message>
        <location filename="../../gis/usecases/provenance.cpp" line="75" />
        <source>cannot read the file to hash it: %1</source>
        <translation>无法读取文件以计算哈希：%1</translation>
    </message>
</context>
<context>
    <name>fg::gis::PublicMapReport</name>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="79" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="129" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="131" />
        <source>Permanent basic farmland</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="131" />
        <source>Township boundary</source>
        <translation>乡镇界</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="131" />
        <source>Village boundary</source>
        <translation>行政村界</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="132" />
        <source>Neighbouring township</source>
        <translation>相邻乡镇</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="155" />
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="155" />
        <source>km</source>
        <translation>千米</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="155" />
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="161" />
        <source>%1 parcels of permanent basic farmland, %2 m² (%3 mu).</source>
        <translation>永久基本农田图斑 %1 块，面积 %2 平方米（%3 亩）。</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="165" />
        <source>Notice: under the Land Administration Law and the Regulations on the Protection of Basic Farmland, the permanent basic farmland of %1 shown on this map is announced to the public. Once designated, no unit or individual may occupy it or change its use; building, digging sand, quarrying, mining, taking soil, piling waste or digging ponds on it are forbidden. Anyone may report violations to the township government or the county Natural Resources Bureau.</source>
        <translation>公告：根据《中华人民共和国土地管理法》和《基本农田保护条例》，现将本图所示%1永久基本农田向社会公告。永久基本农田一经划定，任何单位和个人不得擅自占用或者改变用途；禁止在永久基本农田内建房、挖砂、采石、采矿、取土、堆放固体废弃物或者挖塘养鱼。任何单位和个人均可向乡镇人民政府或县自然资源局举报违法行为。</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="81" />
        <source>no township or village boundary names the township '%1'</source>
        <translation>乡镇或行政村界线图层中没有名为“%1”的乡镇</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="119" />
        <source>Permanent Basic Farmland Public Map</source>
        <translation>永久基本农田公告图</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="123" />
        <source>Coordinates: %1 (EPSG:%2), metres.</source>
        <translation>坐标：%1（EPSG:%2），单位米。</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="130" />
        <source>Areas: the surveyed ellipsoidal parcel areas of the land survey (三调, CGCS2000), m² and mu to 0.01.</source>
        <translation>面积：三调调查的图斑椭球面积（CGCS2000），平方米和亩，保留两位小数。</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="131" />
        <source>Areas: ellipsoidal (三调, CGCS2000 ellipsoid), measured, m² and mu to 0.01.</source>
        <translation>面积：椭球面积（三调方法，CGCS2000 椭球）量算，平方米与亩保留两位小数。</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="141" />
        <source>%1 Permanent Basic Farmland Distribution Map</source>
        <translation>%1永久基本农田分布图</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="143" />
        <source>(Announced to the public)</source>
        <translation>（向社会公告）</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="160" />
        <source>Issued by: %1        Date: %2</source>
        <translation>发布单位：%1        日期：%2</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="167" />
        <source>Permanent basic farmland of %1 by village</source>
        <translation>%1各行政村永久基本农田</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="169" />
        <source>Parcels and area by village</source>
        <translation>各行政村图斑数与面积</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="171" />
        <source>Village</source>
        <translation>行政村</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="171" />
        <source>Parcels</source>
        <translation>图斑数</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="171" />
        <source>Area (m²)</source>
        <translation>面积（平方米）</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="172" />
        <source>Area (mu)</source>
        <translation>面积（亩）</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="175" />
        <source>(outside every village)</source>
        <translation>（不在任何行政村内）</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="180" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="184" />
        <source>A parcel belongs to the township and village that contain its point on surface.</source>
        <translation>图斑按其内点所在的乡镇和行政村归属。</translation>
    </message>
</context>
<context>
    <name>fg::gis::ReportInputs</name>
    <message>
        <location filename="../../gis/usecases/report_inputs.cpp" line="86" />
        <source>the project has no incidents layer</source>
        <translation>项目中没有图斑图层</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs.cpp" line="142" />
        <source>no case is open for this id: open one before a joint-discipline notice</source>
        <translation>此编号没有已立案的案件：出具联合惩戒通知书前须先立案</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs.cpp" line="145" />
        <source>the case was found not to be a violation: no joint-discipline notice</source>
        <translation>案件经查不属实：不出具联合惩戒通知书</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs.cpp" line="148" />
        <source>a non-occupation matter (%1) is not illegal land use: no joint-discipline notice</source>
        <translation>非占用事项（%1）不属于违法用地：不出具联合惩戒通知书</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs.cpp" line="178" />
        <source>the project has no township named '%1' (it has %2)</source>
        <translation>项目中没有名为“%1”的乡镇（现有：%2）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs.cpp" line="206" />
        <source>the project has no basic farmland layer</source>
        <translation>项目中没有永久基本农田图层</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs.cpp" line="220" />
        <source>the project holds no patrol plan (make one with Patrol → Plan Patrols… or 'farmguard-cli plan')</source>
        <translation>项目中没有巡查计划（请用 巡查 → 制定巡查计划… 或 'farmguard-cli plan' 生成）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs.cpp" line="225" />
        <source>the project's patrol grid has no cell in the township '%1'</source>
        <translation>项目的巡查网格在乡镇“%1”中没有网格</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs.cpp" line="244" />
        <source>AUDIT LOG CHECK FAILED: %1</source>
        <translation>审计日志检查未通过：%1</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs.cpp" line="246" />
        <source>Audit log head %1</source>
        <translation>审计日志头 %1</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs_major.cpp" line="22" />
        <source>no case with this id</source>
        <translation>没有此编号的案件</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs_major.cpp" line="25" />
        <source>the case is not major: it reaches no threshold and was not declared major</source>
        <translation>案件不是重大案件：未达到追责标准，也未被认定为重大案件</translation>
    </message>
</context>
<context>
    <name>fg::gis::ReportNotes</name>
    <message numerus="yes">
        <location filename="../../gis/report/report_notes.cpp" line="43" />
        <source>%1: %n invalid polygon(s) repaired before measuring (feature numbers %2).</source>
        <translation>
            <numerusform>%1：%n 个无效多边形已在量算前修复（要素编号 %2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gis/report/report_notes.cpp" line="50" />
        <source>%1: %n feature(s) without a usable polygon left out (feature numbers %2).</source>
        <translation>
            <numerusform>%1：%n 个要素无可用多边形，未参与量算（要素编号 %2）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fg::gis::ReportTableDrawer</name>
    <message>
        <location filename="../../gis/report/report_table.cpp" line="65" />
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
</context>
<context>
    <name>fg::gis::ReportWriter</name>
    <message>
        <location filename="../../gis/report/report_writer.cpp" line="195" />
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <location filename="../../gis/report/report_writer.cpp" line="196" />
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../../gis/report/report_writer.cpp" line="209" />
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location filename="../../gis/report/two_pass_pdf.cpp" line="42" />
        <location filename="../../gis/report/two_pass_pdf.cpp" line="46" />
        <source>cannot write the report: %1</source>
        <translation>无法写出报告：%1</translation>
    </message>
    <message>
        <location filename="../../gis/report/two_pass_pdf.cpp" line="68" />
        <source>cannot print the report</source>
        <translation>无法打印报告</translation>
    </message>
    <message>
        <location filename="../../gis/report/provenance_section.cpp" line="14" />
        <source>Provenance (数据来源与校验)</source>
        <translation>数据来源与校验</translation>
    </message>
</context>
<context>
    <name>fg::gis::SampleAssessment</name>
    <message>
        <location filename="../../gis/usecases/sample_assessment.cpp" line="21" />
        <source>cannot read the sample's targets: %1</source>
        <translation>无法读取示例的目标文件：%1</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/sample_assessment.cpp" line="35" />
        <source>line %1 is not township,cultivated_mu,basic_farmland_mu</source>
        <translation>第 %1 行不是 township,cultivated_mu,basic_farmland_mu 格式</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/sample_assessment.cpp" line="45" />
        <source>threshold case PS2024-005 left past its stop-order deadline</source>
        <translation>达到追责标准的案件 PS2024-005 超过制止期限未处理</translation>
    </message>
</context>
<context>
    <name>fg::gis::SampleGenerator</name>
    <message>
        <location filename="../../gis/sample/proposed_sites.cpp" line="164" />
        <location filename="../../gis/sample/sample_generator.cpp" line="78" />
        <source>cannot create the output directory</source>
        <translation>无法创建输出目录</translation>
    </message>
    <message>
        <location filename="../../gis/sample/proposed_sites.cpp" line="171" />
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <location filename="../../gis/sample/sample_targets.cpp" line="65" />
        <source>cannot write the file</source>
        <translation>无法写入文件</translation>
    </message>
</context>
<context>
    <name>fg::gis::SamplePatrol</name>
    <message>
        <location filename="../../gis/usecases/sample_patrol.cpp" line="169" />
        <source>the sample plan gives %1 no day</source>
        <translation>示例计划没有给 %1 安排任何一天</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/sample_patrol.cpp" line="175" />
        <source>cannot write the sample track</source>
        <translation>无法写入示例轨迹</translation>
    </message>
</context>
<context>
    <name>fg::gis::SampleProject</name>
    <message>
        <location filename="../../gis/usecases/sample_project.cpp" line="53" />
        <source>clue from the sample incident layer</source>
        <translation>来自示例监测图斑图层的线索</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/sample_project.cpp" line="109" />
        <source>FarmGuard sample</source>
        <translation>FarmGuard 示例</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/sample_project.cpp" line="109" />
        <source>generator</source>
        <translation>生成程序</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/sample_project.cpp" line="140" />
        <source>suspected illegal occupation of farmland (art. 342)</source>
        <translation>涉嫌非法占用农用地（刑法第三百四十二条）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/sample_project.cpp" line="142" />
        <source>case opened for investigation</source>
        <translation>已立案侦查</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/sample_project.cpp" line="154" />
        <source>sample cases judged with their parties' totals</source>
        <translation>示例案件已按当事人累计面积研判</translation>
    </message>
</context>
<context>
    <name>fg::gis::ShapefileScan</name>
    <message>
        <location filename="../../gis/io/shapefile_scan.cpp" line="76" />
        <source>%1: not a polygon shapefile with its .shx</source>
        <translation>%1：不是带 .shx 的面状 Shapefile</translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_scan.cpp" line="85" />
        <source>%1: the attribute table lists another number of records than the .shx</source>
        <translation>%1：属性表的记录数与 .shx 不一致</translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_scan.cpp" line="88" />
        <source>%1: the attribute table cannot be read whole</source>
        <translation>%1：属性表无法完整读取</translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_scan.cpp" line="108" />
        <source>from the .prj file</source>
        <translation>来自 .prj 文件</translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_scan.cpp" line="122" />
        <source>%1, record %2: the record does not lie whole in the file or is not a polygon of the layer's type</source>
        <translation>%1，第 %2 条记录：记录未完整位于文件内，或不是该图层类型的面</translation>
    </message>
</context>
<context>
    <name>fg::gis::SiteCheck</name>
    <message>
        <location filename="../../gis/usecases/site_check.cpp" line="139" />
        <source>approvals not checked: %1</source>
        <translation>未核查批准文件：%1</translation>
    </message>
</context>
<context>
    <name>fg::gis::SiteCheckReport</name>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="44" />
        <location filename="../../gis/report/site_check_report.cpp" line="85" />
        <source>Site Check Opinion</source>
        <translation>选址核查意见</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="47" />
        <source>Areas: %1 method on the CGCS2000 ellipsoid, EPSG:%2, m² and mu to 0.01 (1 mu = 10000/15 m²); overlay as in the analysis.</source>
        <translation>面积：CGCS2000 椭球 %1 方法，EPSG:%2，平方米和亩保留两位小数（1 亩 = 10000/15 平方米）；叠加方法与分析相同。</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="86" />
        <source>(pre-approval check of a proposed site, 源头严控)</source>
        <translation>（审批前选址核查，源头严控）</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="94" />
        <source>Judged under: %1. This opinion states what the law requires of such a site; it grants nothing and replaces no approval.</source>
        <translation>判定依据：%1。本意见说明此类选址依法应办理的手续，不构成任何批准，也不替代任何审批。</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="103" />
        <source>outside the townships' boundaries</source>
        <translation>位于乡镇界线之外</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="106" />
        <source>Proposed site: %1 (%2), %3. It measures %4 m² (%5 mu) and would occupy %6 mu of permanent basic farmland and %7 mu of cultivated land.</source>
        <translation>拟选地块：%1（%2），%3。面积 %4 平方米（%5 亩），将占用永久基本农田 %6 亩、耕地 %7 亩。</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="130" />
        <source>Proposed site</source>
        <translation>拟选地块</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="144" />
        <source>Land the site would occupy</source>
        <translation>选址将占用的土地</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="146" />
        <source>Land</source>
        <translation>地类</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="146" />
        <source>m²</source>
        <translation>平方米</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="146" />
        <source>mu</source>
        <translation>亩</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="147" />
        <source>The whole site</source>
        <translation>选址总面积</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="148" />
        <source>Permanent basic farmland</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="150" />
        <source>Cultivated land (basic farmland included)</source>
        <translation>耕地（含永久基本农田）</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="152" />
        <source>Cultivated land outside basic farmland</source>
        <translation>永久基本农田以外的耕地</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="158" />
        <location filename="../../gis/report/site_check_report.cpp" line="160" />
        <source>%1 %2 %3 mu</source>
        <translation>%1 %2 %3 亩</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="162" />
        <source>By land class (三调): %1.</source>
        <translation>按三调地类：%1。</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="162" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="171" />
        <source>The site overlaps no open case and no approval.</source>
        <translation>该选址不与任何未结案件或批准文件重叠。</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="172" />
        <source>The site overlaps no open case. The project's approvals could not be read.</source>
        <translation>该选址不与任何未结案件重叠。无法读取项目的批准文件。</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="178" />
        <source>Open cases and approvals the site overlaps</source>
        <translation>与选址重叠的未结案件和批准文件</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="180" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="180" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="180" />
        <source>Status or kind</source>
        <translation>状态或类型</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="181" />
        <source>Overlap m²</source>
        <translation>重叠面积（平方米）</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="181" />
        <source>Overlap mu</source>
        <translation>重叠面积（亩）</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="183" />
        <source>Open case</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="186" />
        <source>Approval</source>
        <translation>批准文件</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="187" />
        <source>%1, %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="187" />
        <source>in force</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="187" />
        <source>not in force today</source>
        <translation>今日已不在有效期内</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="190" />
        <source>The project's approvals could not be read: overlaps with approvals are not shown.</source>
        <translation>无法读取项目的批准文件：未列出与批准文件的重叠。</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="198" />
        <source>Procedures the site needs, and the departments that must not proceed without them</source>
        <translation>须办理的手续，以及手续未办结前不得放行的部门</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="200" />
        <source>Procedure</source>
        <translation>手续</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="200" />
        <source>Departments</source>
        <translation>相关部门</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="200" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="204" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="205" />
        <source>%1 (another site needed)</source>
        <translation>%1（须另行选址）</translation>
    </message>
</context>
<context>
    <name>fg::gis::SiteInput</name>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="23" />
        <source>NaN or infinite coordinates</source>
        <translation>坐标为 NaN 或无穷大</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="25" />
        <source>the polygon is invalid (a self-intersecting ring, or parts that overlap): a proposed site must be one simple polygon; correct its boundary points</source>
        <translation>多边形无效（边界自相交或各部分相互重叠）：拟选地块必须是一个简单多边形；请更正界址点</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="29" />
        <source>the polygon is invalid and has no area</source>
        <translation>多边形无效且没有面积</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="31" />
        <source>no geometry (NULL or empty): a site needs its polygon</source>
        <translation>没有几何（NULL 或空）：选址需要其多边形</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="33" />
        <source>not a polygon: a site is an area</source>
        <translation>不是多边形：选址必须是一个区域</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="49" />
        <source>the file holds no site polygon</source>
        <translation>文件中没有选址多边形</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="52" />
        <source>the file holds %1 features: a site check takes one site (one feature, which may have several parts)</source>
        <translation>文件中有 %1 个要素：一次选址核查只核查一个选址（一个要素，可以有多个部分）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="57" />
        <source>the file does not say its CRS: give it with --crs (e.g. EPSG:4547)</source>
        <translation>文件未声明坐标系：请用 --crs 指定（如 EPSG:4547）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="74" />
        <source>a site needs at least three boundary points, found %1</source>
        <translation>选址至少需要三个界址点，只有 %1 个</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="81" />
        <source>the boundary points make no polygon</source>
        <translation>界址点构不成多边形</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="90" />
        <source>the site is empty</source>
        <translation>选址为空</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="97" />
        <source>the polygon is invalid (%1): a proposed site must be one simple polygon; correct its boundary points</source>
        <translation>多边形无效（%1）：拟选地块必须是一个简单多边形；请更正界址点</translation>
    </message>
</context>
<context>
    <name>fg::gis::SqlProjectStore</name>
    <message>
        <location filename="../../gis/store/sql/sql_cases.cpp" line="52" />
        <source>the project's schema (version %1) cannot hold this record yet: its owner must open it once with this FarmGuard to upgrade it</source>
        <translation>项目数据结构（版本 %1）尚不能保存此记录：须由项目所有者用本版 FarmGuard 打开一次以升级</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_cases.cpp" line="77" />
        <source>%1: project setting 'rules'</source>
        <translation>%1：项目设置 'rules'</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_cases.cpp" line="99" />
        <source>a case is opened with its clue only; later steps go through the workflow</source>
        <translation>立卷时只登记线索；后续环节须按办案流程办理</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_cases.cpp" line="101" />
        <source>the project already has a case with this id</source>
        <translation>项目中已有此编号的案件</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_cases.cpp" line="107" />
        <source>the case lists incident %1, which the project does not have</source>
        <translation>案件列出的图斑 %1 不在项目中</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_cases.cpp" line="169" />
        <location filename="../../gis/store/sql/sql_cases.cpp" line="177" />
        <source>no case with this id</source>
        <translation>没有此编号的案件</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_cases.cpp" line="281" />
        <source>an accountability record names the organ that decided it</source>
        <translation>责任追究记录须写明作出决定的机关</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_incidents.cpp" line="125" />
        <source>an incident needs an id</source>
        <translation>监测图斑需要编号</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_incidents.cpp" line="127" />
        <location filename="../../gis/store/sql/sql_incidents.cpp" line="213" />
        <source>an incident needs a polygon</source>
        <translation>监测图斑需要多边形</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_incidents.cpp" line="129" />
        <source>the case opened with an incident must list it</source>
        <translation>与图斑一同立案的案件必须列出该图斑</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_incidents.cpp" line="132" />
        <source>the project already has an incident with this id</source>
        <translation>项目中已有此编号的监测图斑</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_incidents.cpp" line="218" />
        <source>the project has no incident with this id</source>
        <translation>项目中没有此编号的监测图斑</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol.cpp" line="66" />
        <source>the grid is in EPSG:%1 but the project works in EPSG:%2</source>
        <translation>网格坐标系为 EPSG:%1，但项目工作坐标系为 EPSG:%2</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol.cpp" line="70" />
        <source>the grid repeats a cell id</source>
        <translation>网格编号重复</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol.cpp" line="76" />
        <source>officer %1 is given cell %2, which the new grid does not have</source>
        <translation>巡查员 %1 被分配了网格 %2，但新网格中没有它</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol.cpp" line="82" />
        <source>the project has no grid officer %1</source>
        <translation>项目中没有网格巡查员 %1</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol.cpp" line="145" />
        <source>the project's grid has no such cell</source>
        <translation>项目网格中没有此网格</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol.cpp" line="153" />
        <source>an officer needs a name</source>
        <translation>网格员需要姓名</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol.cpp" line="155" />
        <source>an officer needs a daily capacity (cells or km)</source>
        <translation>网格员需要每日工作量（网格数或公里数）</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol.cpp" line="160" />
        <location filename="../../gis/store/sql/sql_patrol.cpp" line="229" />
        <source>no cell of the grid lies in village %1</source>
        <translation>行政村 %1 内没有任何网格</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol.cpp" line="227" />
        <source>a village patroller needs a name and a village</source>
        <translation>村级巡查员需要姓名和所在行政村</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol_plans.cpp" line="54" />
        <source>the new plan changes days before %1, which are kept as planned</source>
        <translation>新计划改动了 %1 之前的日期，这些日期仍按原计划保留</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol_plans.cpp" line="82" />
        <source>a track needs the officer who walked it</source>
        <translation>轨迹需要注明巡查的网格员</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol_plans.cpp" line="88" />
        <source>this track is already in the project (track %1)</source>
        <translation>此轨迹已在项目中（轨迹 %1）</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol_plans.cpp" line="96" />
        <source>no officer or village patroller named %1</source>
        <translation>没有名为 %1 的网格员或村级巡查员</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol_plans.cpp" line="150" />
        <source>no track with this id</source>
        <translation>没有此编号的轨迹</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol_plans.cpp" line="160" />
        <source>a visit needs a day and an officer</source>
        <translation>巡查记录需要日期和网格员</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_project_store.cpp" line="53" />
        <source>nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_project_store.cpp" line="54" />
        <source>the project is open read-only: nothing was changed</source>
        <translation>项目以只读方式打开：未作任何修改</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_project_store.cpp" line="133" />
        <source>no attachment with this id</source>
        <translation>没有此编号的附件</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_project_store.cpp" line="150" />
        <source>this setting is kept by the audit log and cannot be set</source>
        <translation>此设置由审计日志维护，不能手动设置</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_reference.cpp" line="80" />
        <source>the project has no reference layer '%1'</source>
        <translation>项目中没有参考图层“%1”</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_reference.cpp" line="89" />
        <source>a FarmGuard project stores text as Unicode</source>
        <translation>FarmGuard 项目以 Unicode 存储文本</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_approvals.cpp" line="49" />
        <source>the project's schema (version %1) has no approvals layer yet: its owner must open it once with this FarmGuard to upgrade it</source>
        <translation>项目的数据结构（版本 %1）尚无批准文件图层：须由其所有者用本版 FarmGuard 打开一次以升级</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_approvals.cpp" line="59" />
        <source>an approval needs a polygon</source>
        <translation>批准文件须有面状范围</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_approvals.cpp" line="61" />
        <source>the document number is given twice</source>
        <translation>文号重复出现</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_approvals.cpp" line="71" />
        <source>the project already has an approval with this document number</source>
        <translation>项目中已有此文号的批准文件</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_approvals.cpp" line="152" />
        <location filename="../../gis/store/sql/sql_data_rows.cpp" line="75" />
        <source>(no geometry)</source>
        <translation>（无几何图形）</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_data_rows.cpp" line="79" />
        <source>(unreadable geometry)</source>
        <translation>（几何图形无法读取）</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log.cpp" line="78" />
        <source>the audit log is keyed (key %1): writing needs that key (the file named by %2); nothing was changed</source>
        <translation>操作日志已加密链接（密钥 %1）：写入需要该密钥（由 %2 指定的文件）；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="120" />
        <source>the data was not checked against the log: the project has schema version %1 (open it once for editing to upgrade it)</source>
        <translation>未根据日志核对数据：项目的结构版本为 %1（请以编辑方式打开一次以升级）</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="144" />
        <source>the patrol tables (grid, officers, plans, tracks, records) are not derived from the log</source>
        <translation>巡查数据表（网格、网格员、计划、轨迹、记录）不由日志推导核对</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="151" />
        <source>receipt of event %1 sealed %2</source>
        <translation>%2 封存的事件 %1 回执</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="153" />
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="155" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="159" />
        <source>head %1: %2</source>
        <translation>日志头 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="169" />
        <source>receipt kept in the project (event %1, sealed %2 by %3): %4</source>
        <translation>项目内保存的回执（事件 %1，%3 于 %2 封存）：%4</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="173" />
        <source>a receipt kept in the project cannot be read: %1</source>
        <translation>项目内保存的一份回执无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="182" />
        <source>the project's working CRS (EPSG:%1) is not a CGCS2000 Gauss-Krüger zone: its areas cannot be measured (the file was changed outside FarmGuard or is damaged)</source>
        <translation>项目的工作坐标系（EPSG:%1）不是 CGCS2000 高斯-克吕格投影带：无法量算面积（文件在 FarmGuard 之外被改动或已损坏）</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="207" />
        <source>the project file is damaged (%1): restore it from a backup, or copy what can still be read with 'farmguard-cli project copy'</source>
        <translation>项目文件已损坏（%1）：请从备份恢复，或用 'farmguard-cli project copy' 复制仍可读取的内容</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="211" />
        <source>its audit log cannot be trusted: %1</source>
        <translation>其操作日志不可信：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="213" />
        <source>its data differs from its audit log (%n difference(s); first: %1); run farmguard-cli verify-log</source>
        <translation>
            <numerusform>其数据与操作日志不符（%n 处差异；第一处：%1）；请运行 farmguard-cli verify-log</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="218" />
        <source>opened read-only because %1</source>
        <translation>已以只读方式打开，因为%1</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="226" />
        <source>a receipt never certifies a log that failed its check: %1</source>
        <translation>核验未通过的日志不能出具回执：%1</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="240" />
        <source>the audit log is empty: there is nothing to seal</source>
        <translation>操作日志为空：没有可封存的内容</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="257" />
        <source>the audit log is keyed already (key %1): a keyed log keeps its key</source>
        <translation>操作日志已加密链接（密钥 %1）：加密链接的日志不能更换密钥</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_assessment.cpp" line="39" />
        <source>the project's schema (version %1) has no township targets yet: the bureau opens it once to upgrade it</source>
        <translation>项目结构版本 %1 尚无乡镇目标：请县自然资源局打开一次以升级</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_assessment.cpp" line="45" />
        <source>the login %1 may not record targets or measures: that is the bureau's right</source>
        <translation>登录 %1 不能录入目标或措施：这是县自然资源局的权限</translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_assessment.cpp" line="155" />
        <source>unknown measure kind '%1'</source>
        <translation>未知的措施类型 '%1'</translation>
    </message>
</context>
<context>
    <name>fg::gis::SqliteConnection</name>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="27" />
        <source>the project file cannot be written (read-only file or folder); nothing was changed (%1)</source>
        <translation>项目文件不可写（只读文件或文件夹）；未做任何更改（%1）</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="33" />
        <source>the project file is damaged (%1): restore it from a backup, or copy what can still be read with 'farmguard-cli project copy'</source>
        <translation>项目文件已损坏（%1）：请从备份恢复，或用 'farmguard-cli project copy' 复制仍可读取的内容</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="39" />
        <source>another program kept the project busy for more than %1 s: try again (%2)</source>
        <translation>另一程序占用项目超过 %1 秒：请重试（%2）</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="43" />
        <source>the disk is full: nothing was changed (%1)</source>
        <translation>磁盘已满：未做任何更改（%1）</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="46" />
        <source>the project file cannot be read or written (%1)</source>
        <translation>无法读写项目文件（%1）</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="90" />
        <source>statement failed</source>
        <translation>语句执行失败</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="147" />
        <source>cannot open the project: %1</source>
        <translation>无法打开项目：%1</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="155" />
        <source>the project file is read-only: open it read-only or ask for write access</source>
        <translation>项目文件为只读：请以只读方式打开，或申请写权限</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="181" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="198" />
        <source>cannot prepare '%1'</source>
        <translation>无法预编译“%1”</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="234" />
        <source>cannot bind parameter %1</source>
        <translation>无法绑定参数 %1</translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="254" />
        <source>database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
</context>
<context>
    <name>fg::gis::TownshipReport</name>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="83" />
        <source>No patrol records</source>
        <translation>无巡查记录</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="97" />
        <source>ellipsoidal (三调, CGCS2000 ellipsoid)</source>
        <translation>椭球面积（三调方法，CGCS2000 椭球）</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="98" />
        <source>geodesic (GeographicLib, CGCS2000 ellipsoid)</source>
        <translation>测地线面积（GeographicLib，CGCS2000 椭球）</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="99" />
        <source>planar (Gauss-Krüger plane)</source>
        <translation>平面面积（高斯-克吕格投影平面）</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="110" />
        <source>Township Statistics Report</source>
        <translation>乡镇考核统计报告</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="113" />
        <source>Areas: %1 method, as stored with each incident, m² and mu to 0.01 (1 mu = 10000/15 m²). Figures as of %2.</source>
        <translation>面积：%1方法，取各图斑存储的量算结果，平方米与亩保留两位小数（1 亩 = 10000/15 平方米）。统计截至 %2。</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="126" />
        <source>Township Farmland Protection Statistics (Assessment)</source>
        <translation>乡镇耕地保护考核统计报告</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="130" />
        <source>Figures as of %1 for: %2.</source>
        <translation>统计截至 %1，范围：%2。</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="131" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="148" />
        <source>1. Summary by township</source>
        <translation>一、各乡镇考核汇总</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="150" />
        <source>Assessment figures by township</source>
        <translation>各乡镇考核指标</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="153" />
        <location filename="../../gis/report/township_report.cpp" line="195" />
        <location filename="../../gis/report/township_report.cpp" line="215" />
        <location filename="../../gis/report/township_report.cpp" line="277" />
        <location filename="../../gis/report/township_report_targets.cpp" line="40" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="153" />
        <location filename="../../gis/report/township_report.cpp" line="239" />
        <source>Clues</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="153" />
        <location filename="../../gis/report/township_report.cpp" line="239" />
        <source>Cases opened</source>
        <translation>立案登记案件</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="154" />
        <location filename="../../gis/report/township_report.cpp" line="240" />
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="154" />
        <source>Closure rate</source>
        <translation>结案率</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="155" />
        <location filename="../../gis/report/township_report.cpp" line="280" />
        <source>Over threshold</source>
        <translation>达到追责标准</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="155" />
        <location filename="../../gis/report/township_report.cpp" line="280" />
        <source>Overdue steps</source>
        <translation>逾期环节</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="156" />
        <source>Patrol coverage</source>
        <translation>巡查覆盖率</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="156" />
        <source>One-vote-veto warnings</source>
        <translation>一票否决预警</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="165" />
        <source>Clues: incidents recorded. Closure rate: closed cases over cases not dismissed. Over threshold: incidents reaching the accountability threshold (≥ 5 mu basic farmland or ≥ 10 mu cultivated land) by their own measures or their case's flag. Overdue steps: overdue or late-met deadlines. Patrol coverage: share of the cells' farmland seen (cells at least half seen) in the %1 days up to the report time.</source>
        <translation>线索：登记的图斑数。结案率：已结案案件数 ÷ 未被认定不属实的案件数。达到追责标准：按图斑自身量算或案件标记，占用永久基本农田 ≥ 5 亩或耕地 ≥ 10 亩的图斑数。逾期环节：已逾期或逾期后完成的期限。巡查覆盖率：截至报告时间前 %1 天内，巡查看到的网格耕地占比（看到一半以上的网格计为已覆盖）。</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="175" />
        <source>2. One-vote-veto warnings</source>
        <translation>二、一票否决预警</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="182" />
        <location filename="../../gis/report/township_report_targets.cpp" line="70" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="182" />
        <location filename="../../gis/report/township_report_targets.cpp" line="70" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="185" />
        <source>None: no case over a threshold is open, and no major case has an overdue step.</source>
        <translation>无：没有未结的达标案件，也没有逾期的重大案件。</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="191" />
        <source>3. Cases by stage</source>
        <translation>三、各办理阶段案件数</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="193" />
        <source>Cases by stage (number of cases)</source>
        <translation>各阶段案件数（件）</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="195" />
        <source>No case yet</source>
        <translation>未立案登记</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="210" />
        <source>4. Occupied land</source>
        <translation>四、占用土地面积</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="213" />
        <source>Occupied basic farmland and cultivated land by township</source>
        <translation>各乡镇占用永久基本农田和耕地面积</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="215" />
        <source>Basic farmland (m²)</source>
        <translation>永久基本农田（平方米）</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="216" />
        <location filename="../../gis/report/township_report.cpp" line="279" />
        <source>Basic farmland (mu)</source>
        <translation>永久基本农田（亩）</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="216" />
        <source>Cultivated land (m²)</source>
        <translation>耕地（平方米）</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="217" />
        <location filename="../../gis/report/township_report.cpp" line="279" />
        <source>Cultivated land (mu)</source>
        <translation>耕地（亩）</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="225" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="227" />
        <source>Area method: %1. Incidents whose case was dismissed are not counted; cultivated land includes basic farmland; an incident counts in the township it was recorded in.</source>
        <translation>面积方法：%1。不计不属实案件的图斑；耕地含永久基本农田；图斑计入其登记所在乡镇。</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="235" />
        <source>5. Charts</source>
        <translation>五、统计图</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="237" />
        <source>Clues, cases and closed cases</source>
        <translation>线索、立案与结案数</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="238" />
        <source>number</source>
        <translation>件</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="242" />
        <source>Occupied land (mu)</source>
        <translation>占用土地面积（亩）</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="243" />
        <source>mu</source>
        <translation>亩</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="245" />
        <source>Basic farmland</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="246" />
        <source>Cultivated land</source>
        <translation>耕地</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="290" />
        <source>Figures of each case: the union of its incidents, rounded to 0.01 mu as the verdict is; cultivated land as the rules read it (%1; %2). %3</source>
        <translation>各案件面积：其图斑的合并范围，与研判一致保留 0.01 亩；耕地按规则口径计算（%1；%2）。%3</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="292" />
        <source>basic farmland included</source>
        <translation>含永久基本农田</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="293" />
        <source>outside basic farmland</source>
        <translation>永久基本农田以外</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="296" />
        <source>Judged under: %1.</source>
        <translation>研判依据：%1。</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="298" />
        <source>6. Cases</source>
        <translation>六、案件清单</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="274" />
        <source>Cases by township</source>
        <translation>各乡镇案件</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="40" />
        <source>not an occupation</source>
        <translation>非占用</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="48" />
        <source> (%1 together: %2 mu basic farmland, %3 mu cultivated)</source>
        <translation>（%1 合计：永久基本农田 %2 亩，耕地 %3 亩）</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="54" />
        <source>yes (party total %1 mu basic farmland, %2 mu cultivated)</source>
        <translation>是（当事人累计永久基本农田 %1 亩，耕地 %2 亩）</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="58" />
        <source>, 临界 (review)</source>
        <translation>，临界（待复核）</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="61" />
        <source>; recorded %1: to be judged again</source>
        <translation>；登记为 %1：待重新研判</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="86" />
        <source>farmland %1; %2 of %3 cells half seen</source>
        <translation>耕地 %1；%3 个网格中 %2 个过半</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="277" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="278" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="278" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="31" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="31" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="300" />
        <source>No case was opened.</source>
        <translation>尚无立案登记的案件。</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="309" />
        <source>Case %1, approved land: %2.</source>
        <translation>案件 %1，已批准用地：%2。</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="316" />
        <source>Compiled by: ____________    Reviewed by: ____________    Date: ____________</source>
        <translation>编制：____________    审核：____________    日期：____________</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_review.cpp" line="15" />
        <source>%1 (%2): 临界 — %3</source>
        <translation>%1（%2）：临界 — %3</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_review.cpp" line="20" />
        <source>8. For review on site: 临界 and 疑似化整为零</source>
        <translation>八、待现场核查：临界与疑似化整为零</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_review.cpp" line="21" />
        <source>7. For review on site: 临界 and 疑似化整为零</source>
        <translation>七、待现场核查：临界与疑似化整为零</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_review.cpp" line="23" />
        <source>Cases whose verdict a person must check (re-measure on site, or decide the 田坎 reading):</source>
        <translation>须人工核查结论的案件（现场复测，或确定田坎口径）：</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_review.cpp" line="29" />
        <source>Suspected split plots (化整为零): incidents of one party (or with no party) near each other in space and time, each below the thresholds, that together reach one:</source>
        <translation>疑似化整为零：同一当事人（或无当事人）在空间和时间上相近的图斑，单个均未达标准，合计达到标准：</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_review.cpp" line="34" />
        <source>%1: %2 (%3) — together %4 mu basic farmland, %5 mu cultivated land</source>
        <translation>%1：%2（%3）— 合计永久基本农田 %4 亩、耕地 %5 亩</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_review.cpp" line="35" />
        <source>no party</source>
        <translation>无当事人</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="35" />
        <source>7. Targets and assessment (%1)</source>
        <translation>七、目标责任考核（%1 年度）</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="37" />
        <source>Responsibility-letter targets and current figures (mu)</source>
        <translation>责任状目标与现状面积（亩）</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="40" />
        <source>Cultivated target</source>
        <translation>耕地保有量目标</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="41" />
        <source>Cultivated now</source>
        <translation>现状耕地</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="41" />
        <source>Cultivated gap</source>
        <translation>耕地差额</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="42" />
        <source>Basic farmland target</source>
        <translation>永久基本农田保护目标</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="42" />
        <source>Basic farmland now</source>
        <translation>现状永久基本农田</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="43" />
        <source>Basic farmland gap</source>
        <translation>永久基本农田差额</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="43" />
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="50" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="50" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="54" />
        <source>Now: the Third Land Survey's cultivated land and basic farmland inside the township (ellipsoidal, overlapping parcels once) minus the unlawful occupation found (the incidents not dismissed nor reclaimed, overlaps once). Gap: now − target; negative is short. Deadlines judged as of %1.</source>
        <translation>现状：乡镇范围内三调耕地和永久基本农田面积（椭球面积，重叠图斑只计一次）减去已查实的违法占用面积（不含不属实和已复耕验收的图斑，重叠只计一次）。差额 = 现状 − 目标，负数为未达标。期限判定截至 %1。</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="63" />
        <source>One-vote veto: %1</source>
        <translation>一票否决：%1</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="65" />
        <source>Measure: %1 %2, %3 %4%5</source>
        <translation>措施：%1 %2，%3 %4%5</translation>
    </message>
</context>
<context>
    <name>fg::gis::TownshipStatsBuilder</name>
    <message>
        <location filename="../../gis/report/township_stats.cpp" line="139" />
        <source>Incident %1 reaches the accountability threshold but no case was opened</source>
        <translation>图斑 %1 已达到责任追究标准，但尚未立案登记</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_stats.cpp" line="161" />
        <source>Case %1 reaches the accountability threshold and is not closed (%2)</source>
        <translation>案件 %1 已达到责任追究标准，尚未结案（%2）</translation>
    </message>
    <message>
        <location filename="../../gis/report/township_stats.cpp" line="164" />
        <source>Major case %1 has %2 overdue step(s)</source>
        <translation>重大案件 %1 有 %2 个环节逾期</translation>
    </message>
</context>
<context>
    <name>fg::gis::TrackCoverage</name>
    <message>
        <location filename="../../gis/patrol/track_coverage.cpp" line="37" />
        <source>after point %1</source>
        <translation>在第 %1 个点之后</translation>
    </message>
    <message>
        <location filename="../../gis/patrol/track_coverage.cpp" line="39" />
        <source>time hole %1: no fix for %2 min (%3 m apart)</source>
        <translation>时间缺口，%1：%2 分钟无定位（相距 %3 米）</translation>
    </message>
    <message>
        <location filename="../../gis/patrol/track_coverage.cpp" line="43" />
        <source>jump %1: %2 m in a straight line</source>
        <translation>跳跃，%1：直线 %2 米</translation>
    </message>
</context>
<context>
    <name>fg::gis::TrackImporter</name>
    <message>
        <location filename="../../gis/usecases/track_import.cpp" line="47" />
        <source>a track needs the officer who walked it</source>
        <translation>轨迹需要注明巡查的网格员</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/track_import.cpp" line="50" />
        <source>cannot read the track file</source>
        <translation>无法读取轨迹文件</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/track_import.cpp" line="54" />
        <source>this track is already in the project (track %1)</source>
        <translation>此轨迹已在项目中（轨迹 %1）</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/track_import.cpp" line="57" />
        <source>the project has no patrol grid yet: make one with 'farmguard-cli grid'</source>
        <translation>项目还没有巡查网格：请用 'farmguard-cli grid' 生成</translation>
    </message>
    <message>
        <location filename="../../gis/usecases/track_import.cpp" line="94" />
        <source>cannot write a temporary copy of the track</source>
        <translation>无法写入轨迹的临时副本</translation>
    </message>
</context>
<context>
    <name>fg::gis::ValidityReason</name>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="14" />
        <source>topology error</source>
        <translation>拓扑错误</translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="15" />
        <source>repeated point</source>
        <translation>重复点</translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="16" />
        <source>hole outside its shell</source>
        <translation>内环在外环之外</translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="17" />
        <source>nested holes</source>
        <translation>内环嵌套</translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="18" />
        <source>interior cut in two</source>
        <translation>内部被分割</translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="19" />
        <source>ring touches itself</source>
        <translation>环自接触</translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="20" />
        <source>self-intersection</source>
        <translation>自相交</translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="21" />
        <source>nested shells</source>
        <translation>外环嵌套</translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="22" />
        <source>duplicate rings</source>
        <translation>重复环</translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="23" />
        <source>too few points</source>
        <translation>点数过少</translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="24" />
        <source>invalid coordinate</source>
        <translation>坐标无效</translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="25" />
        <source>ring not closed</source>
        <translation>环未闭合</translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="42" />
        <source>%1 near %2</source>
        <translation>%1（位于 %2 附近）</translation>
    </message>
</context>
<context>
    <name>fg::gis::VerdictEdges</name>
    <message>
        <location filename="../../gis/analysis/verdict_edges.cpp" line="174" />
        <source>no field "%1" for the discovery date</source>
        <translation>没有用于发现日期的字段 "%1"</translation>
    </message>
</context>
<context>
    <name>fg::gis::sample</name>
    <message>
        <location filename="../../gis/sample/sample_layer_writer.cpp" line="65" />
        <source>cannot create the file: %1</source>
        <translation>无法创建文件：%1</translation>
    </message>
    <message>
        <location filename="../../gis/sample/sample_layer_writer.cpp" line="78" />
        <source>cannot create layer %1: %2</source>
        <translation>无法创建图层 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gis/sample/sample_layer_writer.cpp" line="86" />
        <source>cannot create field %1: %2</source>
        <translation>无法创建字段 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gis/sample/sample_layer_writer.cpp" line="125" />
        <source>cannot write a feature: %1</source>
        <translation>无法写入要素：%1</translation>
    </message>
    <message>
        <location filename="../../gis/sample/sample_layer_writer.cpp" line="154" />
        <source>cannot clear the DBF language driver byte</source>
        <translation>无法清零 DBF 语言驱动字节</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="24" />
        <source>FarmGuard farmland protection map</source>
        <translation>FarmGuard 耕地保护地图</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="28" />
        <source>Open every layer of DIR at start.</source>
        <translation>启动时打开 DIR 中的所有图层。</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="29" />
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="32" />
        <source>Open the project at start: a GeoPackage FILE or a postgresql://[USER@]HOST[:PORT]/DB?schema=NAME URI.</source>
        <translation>启动时打开项目：GeoPackage 文件，或 postgresql://[用户@]主机[:端口]/数据库?schema=名称 形式的 URI。</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="34" />
        <source>FILE|URI</source>
        <translation>文件|URI</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="36" />
        <source>Layer files to open.</source>
        <translation>要打开的图层文件。</translation>
    </message>
</context>
</TS>