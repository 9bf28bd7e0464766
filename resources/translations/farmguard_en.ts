<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>fg::app::AnalysisRunner</name>
    <message>
        <location filename="../../app/map/analysis_runner.cpp" line="89"/>
        <location filename="../../app/map/analysis_runner.cpp" line="139"/>
        <source>An analysis is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/analysis_runner.cpp" line="94"/>
        <source>Open an incident layer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/analysis_runner.cpp" line="96"/>
        <source>Open a basic farmland or land-use layer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/analysis_runner.cpp" line="98"/>
        <source>The analysis needs a CGCS2000 Gauss-Krüger working CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/analysis_runner.cpp" line="144"/>
        <source>project analysed (F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::AnalyzeCommand</name>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="381"/>
        <source>measure incidents on basic farmland and cultivated land; accountability verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="217"/>
        <source>For each incident: the permanent basic farmland and cultivated land it occupies (m² and mu, by land class), and whether it reaches the accountability thresholds (≥ 5 mu basic farmland or ≥ 10 mu cultivated land by default). Incidents of one party accumulate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="61"/>
        <source>cannot read the rules file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="129"/>
        <source>the project&apos;s working CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="150"/>
        <source>the project failed its audit log check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="208"/>
        <source>Accumulated (累计计算): every incident of a party in the layer (a layer file holds no case records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="223"/>
        <source>Incident (监测图斑) polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="223"/>
        <location filename="../../app/cli/analyze_command.cpp" line="224"/>
        <location filename="../../app/cli/analyze_command.cpp" line="226"/>
        <location filename="../../app/cli/analyze_command.cpp" line="247"/>
        <location filename="../../app/cli/analyze_command.cpp" line="251"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="224"/>
        <source>Permanent basic farmland polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="225"/>
        <source>Cultivated land or land-use (DLTB) polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="227"/>
        <source>Incident id field (default: the source FID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="228"/>
        <location filename="../../app/cli/analyze_command.cpp" line="230"/>
        <location filename="../../app/cli/analyze_command.cpp" line="233"/>
        <location filename="../../app/cli/analyze_command.cpp" line="235"/>
        <location filename="../../app/cli/analyze_command.cpp" line="244"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="229"/>
        <source>Party field; incidents of one party accumulate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="231"/>
        <source>Discovery date field (e.g. FXRQ), for the split-plot period (化整为零); without it incidents count as undated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="234"/>
        <source>Land-class code field of the cultivated layer (default DLBM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="236"/>
        <source>Area method: ellipsoidal, geodesic or planar (default ellipsoidal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="237"/>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="239"/>
        <source>Working CRS (a CGCS2000 Gauss-Krüger zone), also assumed for layers without a CRS, e.g. EPSG:4547.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="242"/>
        <source>CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="243"/>
        <source>Attribute text encoding (overrides detection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="245"/>
        <source>JSON rules file (thresholds, reading, cultivated classes); with --project it replaces the project&apos;s own rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="252"/>
        <source>Analyse a project&apos;s incidents instead, with the project&apos;s rules; parties accumulate the incidents whose cases are not yet decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="248"/>
        <source>Output format: table, json or csv (default table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="249"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="250"/>
        <source>Write the output to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="254"/>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="262"/>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="265"/>
        <source>--incidents PATH is required (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="267"/>
        <source>give at least one of --basic-farmland and --cultivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="270"/>
        <source>--area-method must be ellipsoidal, geodesic or planar, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="274"/>
        <source>--format must be table, json or csv, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="276"/>
        <source>--crs must be an EPSG code such as EPSG:4547, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="396"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="365"/>
        <source>project analysed (analyze --project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="372"/>
        <source>case %1: threshold flag %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="368"/>
        <source>the cases&apos; flags were not judged again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_command.cpp" line="327"/>
        <source>cannot write the output: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::AnalyzeFormatter</name>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="138"/>
        <source>basic farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="140"/>
        <source>cultivated land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="141"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="141"/>
        <source>★ yes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="141"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="152"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="152"/>
        <location filename="../../app/cli/analyze_formatter.cpp" line="183"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="152"/>
        <source>Incident (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="152"/>
        <source>Basic farmland (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="152"/>
        <source>Approved (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="153"/>
        <location filename="../../app/cli/analyze_formatter.cpp" line="183"/>
        <source>Basic farmland (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="153"/>
        <source>Cultivated (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="153"/>
        <location filename="../../app/cli/analyze_formatter.cpp" line="184"/>
        <source>Cultivated (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="155"/>
        <source>Cultivated net of 田坎 (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="156"/>
        <location filename="../../app/cli/analyze_formatter.cpp" line="184"/>
        <source>Outside basic farmland (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="156"/>
        <source>Land classes (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="156"/>
        <location filename="../../app/cli/analyze_formatter.cpp" line="184"/>
        <source>Accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="174"/>
        <source>not an occupation: no threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="183"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="200"/>
        <source>%1 incidents, %2 reach the accountability thresholds; %3 parties, %4 reach them when their incidents are accumulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="215"/>
        <source>Possibly the same party (not added up until a person confirms: &apos;project same-party&apos;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="236"/>
        <source>疑似化整为零 (suspected split plots: each below the thresholds, together over; within %1 m and %2 days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="243"/>
        <source>%1 (%2): %3 — together %4 mu basic farmland, %5 mu cultivated land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="244"/>
        <source>no party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="256"/>
        <source>ellipsoidal (CGCS2000, TD/T 1055-2019)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="259"/>
        <source>geodesic (GeographicLib, CGCS2000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="262"/>
        <source>planar (Gauss-Krüger plane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="266"/>
        <source>notice reading: all cultivated land counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="267"/>
        <source>judicial reading: only cultivated land outside basic farmland counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="269"/>
        <source>Area method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="270"/>
        <source>Working CRS: EPSG:%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="273"/>
        <source>Audit log head %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="274"/>
        <source>Thresholds: basic farmland ≥ %1 mu or cultivated land ≥ %2 mu (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="281"/>
        <source>Parties, incidents accumulated (overlaps counted once):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="287"/>
        <source>Not added up (outside the time window): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="292"/>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/analyze_formatter.cpp" line="226"/>
        <source>Provenance:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::AssessmentDialog</name>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="59"/>
        <source>Township Assessment (考核)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="62"/>
        <location filename="../../app/project/assessment_forms.cpp" line="44"/>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="69"/>
        <source>Set Targets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="70"/>
        <source>Record Measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="75"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="75"/>
        <source>Cultivated target (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="76"/>
        <source>Cultivated now (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="76"/>
        <location filename="../../app/project/assessment_dialog.cpp" line="77"/>
        <source>Gap (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="76"/>
        <source>Basic farmland target (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="77"/>
        <source>Basic farmland now (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="77"/>
        <source>One-vote veto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="77"/>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="84"/>
        <source>Now: the Third Land Survey&apos;s land inside the township (ellipsoidal) minus the unlawful occupation found. A negative gap in red is short of the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="92"/>
        <source>Targets and measures are the bureau&apos;s to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="111"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="130"/>
        <source>The figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="134"/>
        <source>Deadlines as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_dialog.cpp" line="155"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="22"/>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="31"/>
        <source>Set a Township&apos;s Targets (责任状)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="39"/>
        <source>mu (亩)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="40"/>
        <source>hectares (公顷)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="43"/>
        <location filename="../../app/project/assessment_forms.cpp" line="77"/>
        <source>Township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="45"/>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="46"/>
        <source>Cultivated land to keep (耕地保有量):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="47"/>
        <source>Basic farmland to protect (永久基本农田保护面积):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="48"/>
        <source>A target left at 0 keeps its stored value. Every change is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="64"/>
        <source>Record a Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="78"/>
        <source>Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="79"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="80"/>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="81"/>
        <source>Document number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="82"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/assessment_forms.cpp" line="84"/>
        <source>A measure is never changed once recorded: record a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::AttachmentFiles</name>
    <message>
        <location filename="../../app/project/attachment_files.cpp" line="20"/>
        <source>cannot read the attachment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::AttributeTableDock</name>
    <message>
        <location filename="../../app/map/attribute_table_dock.cpp" line="22"/>
        <source>Attribute table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/attribute_table_dock.cpp" line="35"/>
        <source>Filter: text in any column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::BoundaryPointParser</name>
    <message>
        <location filename="../../app/project/boundary_point_parser.cpp" line="65"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/boundary_point_parser.cpp" line="71"/>
        <source>expected &quot;X Y&quot; or &quot;point,X,Y&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/boundary_point_parser.cpp" line="75"/>
        <source>X looks like a zone-prefixed easting: X is the northing, Y the easting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/boundary_point_parser.cpp" line="77"/>
        <source>X looks like an easting and Y like a northing: X is the northing, Y the easting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/boundary_point_parser.cpp" line="81"/>
        <source>Y carries zone %1 but the working CRS (EPSG:%2) is no Gauss-Krüger zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/boundary_point_parser.cpp" line="83"/>
        <source>Y is in zone %1 but the project works in zone %2 (EPSG:%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/boundary_point_parser.cpp" line="95"/>
        <source>point %1 repeats the point before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/boundary_point_parser.cpp" line="98"/>
        <source>a boundary needs at least three points, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::CaseActionDialog</name>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="34"/>
        <source>for example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="40"/>
        <source>Attach files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="50"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="51"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="52"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="53"/>
        <source>Document no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="54"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="55"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="64"/>
        <source>Penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="67"/>
        <source>Enforced through the court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="74"/>
        <source>the officer of the Agriculture and Rural Affairs Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="75"/>
        <source>Accepted jointly with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="118"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_action_dialog.cpp" line="119"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.ofd);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::CaseListDock</name>
    <message>
        <location filename="../../app/project/case_list_dock.cpp" line="20"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_list_dock.cpp" line="28"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_list_dock.cpp" line="29"/>
        <source>No case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_list_dock.cpp" line="34"/>
        <source>Any verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_list_dock.cpp" line="35"/>
        <source>accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_list_dock.cpp" line="36"/>
        <source>below threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_list_dock.cpp" line="37"/>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_list_dock.cpp" line="40"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_list_dock.cpp" line="96"/>
        <source>Any township</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::CasePanel</name>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="86"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="92"/>
        <location filename="../../app/project/case_panel.cpp" line="204"/>
        <source>Select an incident in the case list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="110"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="110"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="110"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="110"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="114"/>
        <source>Suggested department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="110"/>
        <location filename="../../app/project/case_panel.cpp" line="114"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="114"/>
        <source>Lead or involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="116"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="123"/>
        <source>Next actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="118"/>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="205"/>
        <source>Incident %1 has no case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="57"/>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="59"/>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="61"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="63"/>
        <source>not an occupation: no threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="72"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="74"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="76"/>
        <source>met late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="78"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="109"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="109"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="109"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="109"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="110"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="112"/>
        <source>Organ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="112"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="112"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="112"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="112"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="117"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="119"/>
        <source>Accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="120"/>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="125"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="140"/>
        <source>Accountability…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="141"/>
        <source>Suspected crime or misconduct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="142"/>
        <source>Declare major…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="143"/>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="144"/>
        <source>Reply to a transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="145"/>
        <source>Threshold flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="156"/>
        <source>Major-case report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="228"/>
        <source>Next deadline: %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="237"/>
        <source>declared major %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="239"/>
        <source>crime suspected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="241"/>
        <source>misconduct suspected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="249"/>
        <source> (recorded: %1, kept from the decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="250"/>
        <source> (recorded: %1, to be judged again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="252"/>
        <source>&lt;b&gt;Case %1&lt;/b&gt; — %2&lt;br&gt;Party: %3 · %4 · threshold: %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="267"/>
        <source>Closed, but the closing conditions no longer hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="290"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="290"/>
        <source>no reply yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="321"/>
        <source>No further action: the case is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="342"/>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="342"/>
        <source>involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="345"/>
        <source>%1 (transferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel.cpp" line="382"/>
        <source>Threshold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel_records.cpp" line="24"/>
        <source>No case is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel_records.cpp" line="34"/>
        <location filename="../../app/project/case_panel_records.cpp" line="57"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel_records.cpp" line="43"/>
        <source>No incident is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_panel_records.cpp" line="131"/>
        <source>Refused:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::CaseRecordDialog</name>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="24"/>
        <source>Record accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="26"/>
        <source>Record a suspicion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="28"/>
        <source>Declare a major case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="30"/>
        <source>Transfer the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="32"/>
        <source>Record a department&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="34"/>
        <source>Set the threshold flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="36"/>
        <source>Open a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="57"/>
        <source>%1 — case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="67"/>
        <source>A crime (→ public security bureau within 24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="68"/>
        <source>Officials&apos; misconduct (→ discipline commission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="69"/>
        <source>Suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="70"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="73"/>
        <source>A major case is reported to the county before it is filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="74"/>
        <source>Declared on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="98"/>
        <source>Open a case on incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="103"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="104"/>
        <source>Clue received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="106"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="136"/>
        <source>e.g. 石城镇分管副镇长 王某</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="139"/>
        <source>e.g. 警告处分, 诫勉谈话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="146"/>
        <source>e.g. 平纪发〔2025〕12号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="147"/>
        <source>Organ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="148"/>
        <source>Persons held to account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="149"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="150"/>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="151"/>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="163"/>
        <source>★ %1 — suggested: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="165"/>
        <source>%1 (transferred already)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="171"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="172"/>
        <location filename="../../app/project/case_record_dialog.cpp" line="204"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="173"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="182"/>
        <source>%1 — %2, sent %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="187"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="188"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="189"/>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="196"/>
        <source>Threshold reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="197"/>
        <source>Below thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="198"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="199"/>
        <source>Not an occupation: no threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="202"/>
        <source>The flag must agree with the case&apos;s figures; lowering it needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_record_dialog.cpp" line="203"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::CaseTableModel</name>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="97"/>
        <source>no case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="145"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="146"/>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="147"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="148"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="149"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="150"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="151"/>
        <source>Violation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="152"/>
        <source>Basic farmland (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="153"/>
        <source>Cultivated (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_table_model.cpp" line="154"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::CaseText</name>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="14"/>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="15"/>
        <source>Party: %1; violation type: %2; incidents: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="19"/>
        <source>Threshold: %1; major: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="20"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="20"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="23"/>
        <source>Declared major: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="25"/>
        <source>Crime suspected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="27"/>
        <source>Officials&apos; misconduct suspected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="31"/>
        <source>Figures: %1 (judged: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="39"/>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="44"/>
        <source>with %1 (Agriculture and Rural Affairs Bureau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="50"/>
        <source>Transfer %1 to %2 on %3 by %4: %5; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="52"/>
        <source>replied %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="53"/>
        <source>no reply yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="56"/>
        <source>Accountability: %1 — %2: %3, %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="58"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="73"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="75"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="77"/>
        <source>met late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="79"/>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="89"/>
        <source>Deadlines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="91"/>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="100"/>
        <source>Next actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="100"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="103"/>
        <source>Closed, but the closing conditions no longer hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/case_text.cpp" line="105"/>
        <source>Before closing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::CaseTimeline</name>
    <message numerus="yes">
        <location filename="../../app/project/case_timeline.cpp" line="32"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/project/case_timeline.cpp" line="40"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_timeline.cpp" line="40"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_timeline.cpp" line="40"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_timeline.cpp" line="40"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_timeline.cpp" line="40"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_timeline.cpp" line="40"/>
        <source>Document no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_timeline.cpp" line="49"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_timeline.cpp" line="71"/>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/case_timeline.cpp" line="72"/>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::CliApp</name>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="65"/>
        <source>Usage: farmguard-cli COMMAND [OPTIONS] ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="66"/>
        <source>FarmGuard command line: farmland protection patrol and enforcement analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="67"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="70"/>
        <source>Run &apos;farmguard-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="95"/>
        <location filename="../../app/cli/cli_app.cpp" line="98"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="101"/>
        <source>internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_app.cpp" line="105"/>
        <source>farmguard-cli: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::ClueRecorder</name>
    <message>
        <location filename="../../app/project/clue_recorder.cpp" line="35"/>
        <source>no incident %1 in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/clue_recorder.cpp" line="37"/>
        <source>incident %1 has case %2 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/clue_recorder.cpp" line="45"/>
        <source>case opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::CoverageCommand</name>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="21"/>
        <source>%1 of %2 cells covered, %3% of %4 mu farmland seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="49"/>
        <source>Track %1 (%2, %3): %4 points, %5 gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="57"/>
        <source>Patrol records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="99"/>
        <source>import GPS tracks and report patrol coverage, gaps and overdue cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="105"/>
        <source>Measure what GPS patrol tracks covered of each cell&apos;s farmland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="108"/>
        <source>Grid GeoPackage written by &apos;farmguard-cli grid&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="108"/>
        <location filename="../../app/cli/coverage_command.cpp" line="110"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="110"/>
        <source>Land-use layer: farmland is its 0101/0102/0103 parcels (default: whole cells).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="111"/>
        <source>Officer who walked the tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="111"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="112"/>
        <source>Sight distance each side of the track, m (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="113"/>
        <location filename="../../app/cli/coverage_command.cpp" line="115"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="114"/>
        <source>Longest straight step still walked, m (default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="116"/>
        <source>Longest time without a fix, s (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="117"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="119"/>
        <source>Share of farmland seen for a cell to count as covered (default 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="119"/>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="122"/>
        <source>First day of the period, yyyy-MM-dd (default: earliest track).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="122"/>
        <location filename="../../app/cli/coverage_command.cpp" line="124"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="124"/>
        <source>Last day of the period, yyyy-MM-dd (default: latest track).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="151"/>
        <source>farmguard-cli coverage: give --grid, --officer, valid numbers and dates, and TRACK.gpx (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="70"/>
        <source>Track %1: %2 points, %3 gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="55"/>
        <location filename="../../app/cli/coverage_command.cpp" line="73"/>
        <source>gap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="127"/>
        <source>Project file: its patrol records and grid (give --from and --to); or, with --grid, GPX files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="128"/>
        <source>PROJECT | TRACK.gpx...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="144"/>
        <source>farmguard-cli coverage: give PROJECT --from DATE --to DATE (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="76"/>
        <source>%1 on %2: %3% of %4 mu farmland seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="85"/>
        <source>No cell&apos;s farmland lies within sight of these tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="31"/>
        <source>Period %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="32"/>
        <source>Coverage per officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="33"/>
        <source>Coverage per township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="34"/>
        <source>Cells overdue on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/coverage_command.cpp" line="37"/>
        <source>due by %1, %2 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::FirstPicture</name>
    <message>
        <location filename="../../app/map/first_picture.cpp" line="28"/>
        <source>%1: not a shapefile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/first_picture.cpp" line="36"/>
        <location filename="../../app/map/first_picture.cpp" line="119"/>
        <source>%1: not in a CGCS2000 Gauss-Krüger zone that fits its coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/first_picture.cpp" line="46"/>
        <source>%1: its labels or verdicts need the loaded layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/first_picture.cpp" line="53"/>
        <source>%1: the class field %2 is not plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/first_picture.cpp" line="106"/>
        <source>a CRS given for the files needs the load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/first_picture.cpp" line="125"/>
        <source>the layers need a transformation into the working CRS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::GridCommand</name>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="20"/>
        <source>Grid: %1 cells (%2) in EPSG:%3, written to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="22"/>
        <source>%1 m squares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="23"/>
        <source>one per village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="29"/>
        <source>%1 cells, basic farmland %2 mu, cultivated %3 mu (ellipsoidal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="34"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="51"/>
        <source>make the patrol grid: cells over townships with their farmland and risk inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="57"/>
        <source>Make patrol cells over townships and measure what each holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="59"/>
        <source>Square cell side in metres (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="59"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="62"/>
        <source>Townships to cover, names or codes, comma-separated (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="62"/>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="63"/>
        <source>One cell per village instead of squares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="65"/>
        <source>Township boundaries layer (without PROJECT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="65"/>
        <location filename="../../app/cli/grid_command.cpp" line="66"/>
        <location filename="../../app/cli/grid_command.cpp" line="67"/>
        <location filename="../../app/cli/grid_command.cpp" line="68"/>
        <location filename="../../app/cli/grid_command.cpp" line="70"/>
        <location filename="../../app/cli/grid_command.cpp" line="75"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="66"/>
        <source>Village boundaries layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="67"/>
        <source>Land-use (三调 DLTB) layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="68"/>
        <source>Permanent basic farmland layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="70"/>
        <source>Incidents layer with discovery dates (FXRQ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="72"/>
        <source>Working CRS (EPSG:4513-4554); default: the zone of the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="72"/>
        <source>CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="74"/>
        <source>GeoPackage to write the grid to (must not exist); without it the grid is stored in PROJECT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="91"/>
        <source>farmguard-cli grid: give PROJECT, or --boundaries with --output (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="78"/>
        <source>[PROJECT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="78"/>
        <source>Project file: its reference layers are used and the grid is stored in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/grid_command.cpp" line="85"/>
        <source>farmguard-cli grid: --cell-size takes a positive number of metres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::IdentifyDock</name>
    <message>
        <location filename="../../app/map/identify_dock.cpp" line="18"/>
        <source>Identify results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/identify_dock.cpp" line="26"/>
        <source>Choose the identify tool and click on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/identify_dock.cpp" line="29"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/identify_dock.cpp" line="29"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/identify_dock.cpp" line="45"/>
        <source>%1 features at X %2, Y %3 m: the most relevant first, the others below (click one to see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/identify_dock.cpp" line="49"/>
        <source>%1 features at X %2, Y %3 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/identify_dock.cpp" line="61"/>
        <source>feature %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::ImportIncidentsDialog</name>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="37"/>
        <source>Import incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="39"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="44"/>
        <source>Incident layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="58"/>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="59"/>
        <source>How far an incident may reach beyond the project&apos;s townships; farther is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="62"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="63"/>
        <source>The largest incident as a share of the county&apos;s area; larger is refused as a wrong unit, CRS or digitising slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="65"/>
        <source>Reach beyond the townships:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="66"/>
        <source>Largest incident (share of the county):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="76"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="80"/>
        <source>Preview (first rows, as mapped):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="104"/>
        <source>Incident layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="105"/>
        <source>Vector layers (*.shp *.gpkg *.geojson *.json *.kml *.gml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/project/import_incidents_dialog.cpp" line="119"/>
        <source>%n incident(s) in the layer.</source>
        <translation>
            <numerusform>%n incident in the layer.</numerusform>
            <numerusform>%n incidents in the layer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="134"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="168"/>
        <source>Importing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_dialog.cpp" line="178"/>
        <source>Cancelling: nothing of the file will be stored...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/project/import_incidents_dialog.cpp" line="183"/>
        <source>Imported %n incident(s).</source>
        <translation>
            <numerusform>Imported %n incident.</numerusform>
            <numerusform>Imported %n incidents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fg::app::ImportIncidentsModel</name>
    <message>
        <location filename="../../app/project/import_incidents_model.cpp" line="28"/>
        <source>Incident number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_model.cpp" line="30"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_model.cpp" line="32"/>
        <source>Violation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_model.cpp" line="34"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_model.cpp" line="36"/>
        <source>Discovery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_model.cpp" line="38"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_model.cpp" line="82"/>
        <source>the layer has no field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/import_incidents_model.cpp" line="134"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::IncidentDialog</name>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="21"/>
        <source>New incident from boundary point coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="21"/>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="38"/>
        <source>Incident number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="39"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="40"/>
        <source>Discovery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="41"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="42"/>
        <source>Violation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="43"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="47"/>
        <source>One point a line: &quot;X Y&quot; or &quot;point,X,Y&quot; (X northing, Y easting; a zone-prefixed Y is accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="48"/>
        <source>Boundary points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="52"/>
        <source>Add photos or documents...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="54"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="56"/>
        <source>Township, village, areas and verdict are computed from the project&apos;s layers when saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="88"/>
        <source>Attach photos or documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_dialog.cpp" line="89"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.tif *.pdf *.doc *.docx *.xls *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::IncidentEditTool</name>
    <message>
        <location filename="../../app/project/incident_edit_tool.cpp" line="99"/>
        <source>no project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_edit_tool.cpp" line="144"/>
        <source>A ring keeps at least three vertices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::IncidentFactory</name>
    <message>
        <location filename="../../app/project/incident_factory.cpp" line="27"/>
        <source>the boundary is no polygon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_factory.cpp" line="34"/>
        <source>the boundary is not a valid polygon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_factory.cpp" line="46"/>
        <source>the incident needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_factory.cpp" line="49"/>
        <source>incident %1 is already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_factory.cpp" line="75"/>
        <source>new incident %1 recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::IncidentListDock</name>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="38"/>
        <source>accountability (party total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="39"/>
        <source>accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="40"/>
        <source>below threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="43"/>
        <source>not analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="72"/>
        <source>not an occupation: no threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="74"/>
        <source>%1, 临界 (review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="102"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="110"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="110"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="110"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="110"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="110"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="110"/>
        <source>Area (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="110"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="111"/>
        <source>Basic farmland (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="111"/>
        <source>Cultivated (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="111"/>
        <source>Cultivated gross (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="112"/>
        <source>Cultivated net of 田坎 (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="113"/>
        <source>The cultivated figure the verdict compared: the rules&apos; reading and cultivated area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/incident_list_dock.cpp" line="114"/>
        <source>Each cultivated parcel piece × (1 − KCXS); blank when the land-use layer has no KCXS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::IncidentReshaper</name>
    <message>
        <location filename="../../app/project/incident_reshaper.cpp" line="58"/>
        <source>a ring of the boundary has fewer than three vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_reshaper.cpp" line="68"/>
        <source>the boundary has no polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_reshaper.cpp" line="71"/>
        <source>the boundary is no polygon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_reshaper.cpp" line="77"/>
        <source>the edited boundary is not a valid polygon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/incident_reshaper.cpp" line="90"/>
        <source>the project has no incident %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::InfoCommand</name>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="42"/>
        <source>describe layers: driver, features, geometry, CRS, extent, encoding, fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="141"/>
        <source>Describe each vector layer as FarmGuard reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="144"/>
        <location filename="../../app/cli/info_command.cpp" line="152"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="144"/>
        <source>Attribute text encoding (overrides detection), e.g. GBK, UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="146"/>
        <source>Source CRS (overrides detection), e.g. EPSG:4547.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="146"/>
        <location filename="../../app/cli/info_command.cpp" line="150"/>
        <source>CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="148"/>
        <source>Working CRS for analysis (a CGCS2000 3-degree zone, EPSG:4513-4554); default: the zone of the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="152"/>
        <source>Layer inside a multi-layer source (GeoPackage, FileGDB, GPX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="154"/>
        <source>Required geometry kind: polygon, line or point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="154"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="156"/>
        <source>Rebuild a missing .shx in a temporary copy (your folder is not changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="157"/>
        <source>Layer files to describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="157"/>
        <source>PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="162"/>
        <source>farmguard-cli info: give at least one PATH (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="192"/>
        <source>Working CRS for all layers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="195"/>
        <source>Working CRS for all layers: cannot choose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="121"/>
        <source>Layer: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="68"/>
        <source>%1 (no EPSG code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="70"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="72"/>
        <source>decided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="75"/>
        <source>Extent: none (no geometries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="86"/>
        <source>Working CRS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="88"/>
        <source>Working CRS: cannot choose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="96"/>
        <source>Geometry check: %1 invalid (%2 repaired, %3 collapsed and skipped), %4 null or empty skipped, %5 of another kind skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="122"/>
        <source>Driver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="123"/>
        <source>Features: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="124"/>
        <source>Geometry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="71"/>
        <source>CRS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="78"/>
        <source>Extent: %1, %2 - %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="126"/>
        <source>Encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="108"/>
        <source>Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="113"/>
        <source>First feature (FID %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="127"/>
        <source> (given with --encoding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="128"/>
        <source>evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="132"/>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="171"/>
        <source>farmguard-cli info: --expect takes polygon, line or point, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="175"/>
        <source>farmguard-cli info: --working-crs must be a CGCS2000 3-degree zone, EPSG:4513-4554</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="183"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::JudgedVerdict</name>
    <message>
        <location filename="../../app/project/judged_verdict.cpp" line="34"/>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::LayerEvents</name>
    <message>
        <location filename="../../app/map/layer_events.cpp" line="32"/>
        <source>Opened 「%1」: %2 features. Text encoding %3 (%4). Coordinates: %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_events.cpp" line="36"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_events.cpp" line="43"/>
        <location filename="../../app/map/layer_events.cpp" line="44"/>
        <source> (features %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_events.cpp" line="46"/>
        <source>「%1」: %2 invalid geometries were repaired%3; %4 features were skipped (empty, nothing left after repair or of another geometry type)%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_events.cpp" line="57"/>
        <source>「%1」 is longitude/latitude labelled WGS 84 in China: web-map data (AMap, DataV, Tencent) is usually GCJ-02, shifted by several hundred metres against CGCS2000 layers. Do not measure occupation against it before checking it with a known layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_events.cpp" line="69"/>
        <source>「%1」 is not where its coordinate system says: %2. It is left out of the full extent until its coordinate system is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::LayerLoader</name>
    <message>
        <location filename="../../app/map/layer_loader.cpp" line="30"/>
        <source>layers left in their own coordinates: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::LayerStyleDialog</name>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="37"/>
        <source>Layer style: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="39"/>
        <source>Single symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="40"/>
        <source>Categorised by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="41"/>
        <source>Land use by class (三调 colours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="42"/>
        <source>Basic farmland (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="43"/>
        <source>Boundary (outline and label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="44"/>
        <source>Incidents by verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="47"/>
        <source>(no labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="62"/>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="63"/>
        <source>Class field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="64"/>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="65"/>
        <source>Stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="66"/>
        <source>Stroke width (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="67"/>
        <source>Label field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_style_dialog.cpp" line="100"/>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::LayerText</name>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="30"/>
        <location filename="../../app/map/layer_text.cpp" line="31"/>
        <source>Land-use parcels (3rd survey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="32"/>
        <source>Cultivated land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="33"/>
        <location filename="../../app/map/layer_text.cpp" line="34"/>
        <location filename="../../app/map/layer_text.cpp" line="35"/>
        <location filename="../../app/map/layer_text.cpp" line="36"/>
        <source>Permanent basic farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="37"/>
        <location filename="../../app/map/layer_text.cpp" line="38"/>
        <source>Monitored parcels (incidents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="39"/>
        <source>Township boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="40"/>
        <source>Administrative areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="41"/>
        <source>Village boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="42"/>
        <source>Village survey areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="43"/>
        <source>County boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="44"/>
        <source>Patrol grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="45"/>
        <source>Approved land (approvals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="50"/>
        <source>Feature id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="51"/>
        <source>Feature code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="52"/>
        <source>Parcel pre-number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="53"/>
        <source>Parcel number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="54"/>
        <source>Land class code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="55"/>
        <source>Land class name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="56"/>
        <source>Ownership type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="57"/>
        <source>Owner code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="58"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="59"/>
        <source>Location code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="60"/>
        <source>Located in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="61"/>
        <source>Parcel area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="62"/>
        <source>Deducted class code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="63"/>
        <source>Deduction coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="64"/>
        <source>Deducted area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="65"/>
        <source>Net class area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="66"/>
        <source>Cultivated land type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="67"/>
        <source>Slope grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="68"/>
        <source>Cultivated land grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="69"/>
        <source>Linear feature width (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="70"/>
        <source>Refinement code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="71"/>
        <source>Refinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="72"/>
        <source>Planting code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="73"/>
        <source>Planting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="74"/>
        <source>Urban/village code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="75"/>
        <source>Data year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="76"/>
        <location filename="../../app/map/layer_text.cpp" line="108"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="77"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="78"/>
        <source>Division code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="79"/>
        <source>Division name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="80"/>
        <location filename="../../app/map/layer_text.cpp" line="104"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="81"/>
        <source>Surveyed area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="82"/>
        <source>Computed area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="83"/>
        <source>Monitoring number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="84"/>
        <source>Parcel type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="85"/>
        <source>Monitored area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="86"/>
        <source>Earlier image date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="87"/>
        <source>Later image date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="88"/>
        <source>Class before change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="89"/>
        <source>Class after change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="90"/>
        <location filename="../../app/map/layer_text.cpp" line="107"/>
        <source>Violation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="91"/>
        <location filename="../../app/map/layer_text.cpp" line="106"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="92"/>
        <location filename="../../app/map/layer_text.cpp" line="103"/>
        <source>Found on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="93"/>
        <source>Monitored on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="94"/>
        <location filename="../../app/map/layer_text.cpp" line="101"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="95"/>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="96"/>
        <source>Approval kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="97"/>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="98"/>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="99"/>
        <source>Valid to (temporary use: end date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="100"/>
        <source>Approved use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="102"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="105"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="109"/>
        <source>Area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="110"/>
        <source>Basic farmland occupied (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="111"/>
        <source>Cultivated land occupied (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="113"/>
        <source>Cultivated land outside basic farmland occupied (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="114"/>
        <source>Basic farmland occupied (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="115"/>
        <source>Cultivated land occupied (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="116"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="117"/>
        <source>Area method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="118"/>
        <source>Source&apos;s computed area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="119"/>
        <source>Source&apos;s computed perimeter (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="154"/>
        <source>reaches the accountability thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="155"/>
        <source>below the thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="156"/>
        <source>Ellipsoidal area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="157"/>
        <source>Geodesic area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="158"/>
        <source>Planar area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_text.cpp" line="192"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::LayerTreeDock</name>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="28"/>
        <source>land use by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="29"/>
        <source>basic farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="30"/>
        <source>boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="31"/>
        <source>incidents by verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="32"/>
        <source>categorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="35"/>
        <source>single symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="59"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="68"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="68"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="77"/>
        <source>Move layer up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="78"/>
        <source>Move layer down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="79"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="79"/>
        <source>Zoom to layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="80"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="80"/>
        <source>Remove layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="81"/>
        <source>Style...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="81"/>
        <source>Change the layer&apos;s symbols and labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="87"/>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/layer_tree_dock.cpp" line="148"/>
        <source>%1
Style: %2
CRS: %3 (%4)
Encoding: %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::LogWarningBar</name>
    <message>
        <location filename="../../app/project/log_warning_bar.cpp" line="13"/>
        <source>Audit log warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/log_warning_bar.cpp" line="35"/>
        <source>This project failed its audit log check and is open read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::MainWindow</name>
    <message>
        <location filename="../../app/main_window.cpp" line="42"/>
        <source>FarmGuard - Farmland Protection Patrol and Enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="54"/>
        <source>Open the sample county or your layers from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="107"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="114"/>
        <source>&amp;Open layers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="121"/>
        <source>Open &amp;sample county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="122"/>
        <source>&amp;Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="125"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="132"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="66"/>
        <source>&amp;Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="72"/>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="83"/>
        <source>Township &amp;Assessment (考核)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="91"/>
        <source>Targets, gaps, one-vote veto and measures of every township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="92"/>
        <source>Needs an open project (File → Open Project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="95"/>
        <source>&amp;Patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="96"/>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="97"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="98"/>
        <source>&amp;About FarmGuard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="99"/>
        <source>About FarmGuard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="100"/>
        <source>FarmGuard %1
Farmland protection patrol and enforcement analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="110"/>
        <source>Recent &amp;projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="116"/>
        <source>Open layers with o&amp;ptions...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="135"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="138"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="149"/>
        <source>The language changes at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="157"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="160"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="171"/>
        <source>No layers found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="190"/>
        <source>Open layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="191"/>
        <source>Vector layers (*.shp *.gpkg *.geojson *.json *.kml *.gml *.tab *.mif *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="202"/>
        <source>Sample county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="203"/>
        <source>The sample county is not in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="242"/>
        <source>Some layers could not be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::MakeGridDialog</name>
    <message>
        <location filename="../../app/patrol/make_grid_dialog.cpp" line="15"/>
        <source>One cell per village instead of squares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/make_grid_dialog.cpp" line="17"/>
        <source>Make Patrol Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/make_grid_dialog.cpp" line="21"/>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/make_grid_dialog.cpp" line="24"/>
        <source>Cell size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/make_grid_dialog.cpp" line="27"/>
        <source>The project&apos;s grid will be replaced; officers keep their villages and get the cells nearest their base. Plans already stored keep their days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/make_grid_dialog.cpp" line="29"/>
        <source>Cells cover every township of the project; each gets its farmland (by the project&apos;s rules) and risk inputs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::MakeSampleCommand</name>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="17"/>
        <source>basic farmland at the 5 mu threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="19"/>
        <source>cultivated land at the 10 mu threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="21"/>
        <source>notice wording and judicial reading differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="23"/>
        <source>one party, crosses 5 mu only accumulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="25"/>
        <source>spans two townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="27"/>
        <source>over two overlapping basic farmland parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="29"/>
        <source>疑似化整为零: one party&apos;s three small pieces together over 5 mu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="36"/>
        <source>Designed incidents (intended ellipsoidal areas):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="39"/>
        <source>basic farmland %1 mu, cultivated %2 mu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="42"/>
        <source> (naive sum %1 mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="51"/>
        <source>write the sample county (shapefiles in GBK and a GeoPackage) into a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="58"/>
        <source>Generate the sample county over Pingshun (EPSG:4547): townships, villages, land-use parcels, basic farmland with flaws, and incidents with designed threshold cases. The same seed always gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="63"/>
        <source>Random seed (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="63"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="64"/>
        <source>Output directory (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="69"/>
        <source>farmguard-cli make-sample: give exactly one DIR (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="75"/>
        <source>farmguard-cli make-sample: --seed wants a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="78"/>
        <source>Sample county written to %1 (seed %2, EPSG:%3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/make_sample_command.cpp" line="84"/>
        <source>%1 features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::MapStatusWidgets</name>
    <message>
        <location filename="../../app/map/map_status_widgets.cpp" line="28"/>
        <source>Cursor position in the working CRS (east, north, metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_status_widgets.cpp" line="30"/>
        <source>Cursor position as CGCS2000 longitude and latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_status_widgets.cpp" line="32"/>
        <source>Map scale: type 1:N and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_status_widgets.cpp" line="33"/>
        <source>Working coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_status_widgets.cpp" line="37"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_status_widgets.cpp" line="51"/>
        <source>CRS: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_status_widgets.cpp" line="68"/>
        <source>X %1  Y %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_status_widgets.cpp" line="71"/>
        <source>E %1°  N %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_status_widgets.cpp" line="73"/>
        <source>lon/lat unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::MapWorkspace</name>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="58"/>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="58"/>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="58"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="66"/>
        <location filename="../../app/map/map_workspace.cpp" line="314"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="94"/>
        <source>&amp;Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="95"/>
        <source>&amp;Identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="96"/>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="97"/>
        <source>Measure &amp;distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="98"/>
        <source>Measure &amp;area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="110"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="111"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="112"/>
        <source>&amp;Full extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="113"/>
        <source>The project&apos;s area (or the layers&apos; when no project is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="114"/>
        <source>Zoom to &amp;all layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="115"/>
        <source>Zoom to &amp;layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="116"/>
        <source>Zoom to se&amp;lection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="117"/>
        <source>&amp;Previous extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="118"/>
        <source>&amp;Next extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="119"/>
        <source>&amp;Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="120"/>
        <source>&amp;Remove layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="121"/>
        <source>Layer st&amp;yle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="122"/>
        <source>Open &amp;attribute table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="123"/>
        <source>Run &amp;overlay analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="124"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="153"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="155"/>
        <source>Choose a measure tool, click vertices, double-click to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="187"/>
        <source>Loading %1 layer(s)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="223"/>
        <source>Loading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="258"/>
        <source>Loaded %1 layer(s). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="274"/>
        <source>%1 (%2 features)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="279"/>
        <source>Set coordinate system…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="281"/>
        <source>Remove layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="286"/>
        <source>Opened %1 layers: %2. Working coordinates: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="288"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="298"/>
        <source>Set the coordinate system of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="315"/>
        <source>Analysing the project&apos;s incidents with its rules...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="316"/>
        <source>Analysing the incidents against basic farmland and cultivated land...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="334"/>
        <source>Analysis cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="355"/>
        <source>judicial reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="355"/>
        <source>notice reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="357"/>
        <source>Analysed the project&apos;s %1 incidents with its rules (%2): %3 reach the accountability thresholds alone or with their party; %4 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/map_workspace.cpp" line="363"/>
        <source>Analysed %1 incidents: %2 reach the accountability thresholds; %3 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::Measurer</name>
    <message>
        <location filename="../../app/map/measurement.cpp" line="25"/>
        <source>The map&apos;s CRS is unknown: only planar values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="53"/>
        <source>Ellipsoidal and geodesic areas need a CGCS2000 Gauss-Krüger working CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="70"/>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="73"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="74"/>
        <source>%1: %2 m² = %3 mu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="77"/>
        <source>Ellipsoidal area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="78"/>
        <source>Geodesic area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="79"/>
        <source>Planar area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="80"/>
        <source>Perimeter (planar): %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="82"/>
        <source>Planar length: %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="83"/>
        <source>Geodesic length: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/measurement.cpp" line="84"/>
        <source>Geodesic length: %1 m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::MessageBar</name>
    <message>
        <location filename="../../app/map/message_bar.cpp" line="70"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::NewProjectDialog</name>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="16"/>
        <source>New project from layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="19"/>
        <source>Basic farmland (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="20"/>
        <source>Land use / cultivated land (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="21"/>
        <source>Township boundaries (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="22"/>
        <source>Village boundaries (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="24"/>
        <source>chosen from the layers, e.g. EPSG:4547</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="25"/>
        <source>Working CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="26"/>
        <source>Project file (.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="45"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="50"/>
        <source>GeoPackage project (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/new_project_dialog.cpp" line="52"/>
        <source>Vector layers (*.shp *.gpkg *.geojson *.json *.kml *.gml *.tab *.mif *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::OfficerCommand</name>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="79"/>
        <source>%1 (%2): base %3, %4; %5 cells a day, %6 km a day; %7 cells, villages: %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="86"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="89"/>
        <source>Officers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="132"/>
        <source>Township the officer works in (add: required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="133"/>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="135"/>
        <source>Where each day&apos;s route starts, working CRS metres (default: the cell nearest the middle of the officer&apos;s cells).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="137"/>
        <source>X,Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="138"/>
        <source>Cells a day; 0 = no limit by count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="138"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="139"/>
        <source>Route km a day; 0 = no limit by distance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="139"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="140"/>
        <source>Days off besides weekends, replacing the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="141"/>
        <location filename="../../app/cli/officer_command.cpp" line="143"/>
        <source>D,D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="143"/>
        <source>Weekend days worked (调休), replacing the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="144"/>
        <source>Cells assigned one by one, replacing the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="145"/>
        <source>ID,ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="146"/>
        <source>Villages whose cells are all assigned, replacing the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="147"/>
        <source>V,V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="148"/>
        <source>list: text or json (default text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="149"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="151"/>
        <source>Project file with a patrol grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="152"/>
        <source>list, add NAME or update NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="153"/>
        <source>list | add NAME | update NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="164"/>
        <source>farmguard-cli officer: malformed --base, --capacity, --max-km or date list (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="168"/>
        <source>Officer %1 added (logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="168"/>
        <source>Officer %1 updated (logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="178"/>
        <source>list, add and update the project&apos;s grid officers (网格员)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="184"/>
        <source>Manage the grid officers of a project: every change is logged, none deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/officer_command.cpp" line="198"/>
        <source>farmguard-cli officer: give PROJECT list, or PROJECT add NAME --township T, or PROJECT update NAME (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::OfficersDialog</name>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="39"/>
        <source>Grid Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="40"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="40"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="40"/>
        <source>Cells a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="40"/>
        <source>Km a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="41"/>
        <source>Assigned cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="41"/>
        <source>Villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="47"/>
        <location filename="../../app/patrol/officers_dialog.cpp" line="50"/>
        <location filename="../../app/patrol/officers_dialog.cpp" line="95"/>
        <location filename="../../app/patrol/officers_dialog.cpp" line="96"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="52"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="53"/>
        <source>Township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="54"/>
        <source>Cells a day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="55"/>
        <source>Km a day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="57"/>
        <source>&amp;Save Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/officers_dialog.cpp" line="116"/>
        <source>Give the officer a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::OpenLayersDialog</name>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="27"/>
        <source>Open layers with options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="30"/>
        <source>Detect (.cpg, code page, trial decoding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="32"/>
        <source>GBK / GB18030 (Chinese offices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="33"/>
        <source>Big5 (traditional Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="33"/>
        <source>Western (CP1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="36"/>
        <source>detect from .prj or coordinates, or e.g. EPSG:4547</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="38"/>
        <source>Add files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="39"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="47"/>
        <source>Attribute encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="48"/>
        <source>Source CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="51"/>
        <source>What will be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="101"/>
        <source>Add a file to see what will be read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="107"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="114"/>
        <source>Open layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/open_layers_dialog.cpp" line="115"/>
        <source>Vector layers (*.shp *.gpkg *.geojson *.json *.kml *.gml *.tab *.mif *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::OpenLayersPreview</name>
    <message>
        <location filename="../../app/map/open_layers_preview.cpp" line="35"/>
        <source>First feature: %1 (garbled characters here mean the wrong encoding)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::OperatorDialog</name>
    <message>
        <location filename="../../app/project/operator_dialog.cpp" line="23"/>
        <source>Who is working on this project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/operator_dialog.cpp" line="26"/>
        <source>Every change to %1 is recorded with your name and role in the project&apos;s tamper-evident log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/operator_dialog.cpp" line="70"/>
        <source>county land law enforcement officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/operator_dialog.cpp" line="70"/>
        <source>township land officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/operator_dialog.cpp" line="70"/>
        <source>village grid patroller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/operator_dialog.cpp" line="71"/>
        <source>department head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/operator_dialog.cpp" line="39"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/operator_dialog.cpp" line="40"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::PartyPanel</name>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="23"/>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="37"/>
        <location filename="../../app/project/party_panel.cpp" line="48"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="37"/>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="37"/>
        <source>Basic farmland (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="37"/>
        <source>Cultivated (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="37"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="39"/>
        <source>Totals count incidents whose cases have no penalty decision yet; overlapping incidents count once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="44"/>
        <source>Possibly the same party (not added up until you decide):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="48"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="52"/>
        <source>Same party...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="53"/>
        <source>Different parties...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="168"/>
        <source>当事人累计: %1 together (union, overlaps once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="180"/>
        <source>Over a threshold (accountability): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="194"/>
        <source>Overlapping incidents count once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="212"/>
        <source>parties %1 and %2 decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="228"/>
        <source>Same party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="228"/>
        <source>Different parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/party_panel.cpp" line="229"/>
        <source>Why (recorded in the log, e.g. the licence or ID card seen):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::PatrolController</name>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="37"/>
        <source>Show Patrol &amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="39"/>
        <source>Plan &amp;Patrols…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="41"/>
        <source>Make &amp;Grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="43"/>
        <source>&amp;Next Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="44"/>
        <source>P&amp;revious Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="47"/>
        <source>Colour Grid by &amp;Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="48"/>
        <source>Colour Grid by &amp;Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="49"/>
        <source>Colour Grid by O&amp;fficer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="58"/>
        <source>&amp;Hide Patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="61"/>
        <source>Grid &amp;Officers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="118"/>
        <source>The project has no patrol grid yet. Make one now from the project&apos;s townships and farmland?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="120"/>
        <source>Make Grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="132"/>
        <location filename="../../app/patrol/patrol_controller.cpp" line="135"/>
        <source>Plan patrols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="146"/>
        <source>Make grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="158"/>
        <source>The project has no patrol grid yet: make one first (Patrol → Make Grid…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="162"/>
        <source>Planning patrols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="164"/>
        <source>Stored the patrol plan %1 to %2: %3 visits, %4 intervals it cannot keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="169"/>
        <source>Days before %1 kept as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="171"/>
        <source>The project had no officers; one per township was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="179"/>
        <source>Making the patrol grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="182"/>
        <source>Stored the patrol grid: %1 cells in %2 townships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="193"/>
        <source>A patrol job is running; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="220"/>
        <source>%1 cancelled; the project is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="235"/>
        <location filename="../../app/patrol/patrol_controller.cpp" line="242"/>
        <source>Grid Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="250"/>
        <location filename="../../app/patrol/patrol_controller.cpp" line="254"/>
        <location filename="../../app/patrol/patrol_controller.cpp" line="260"/>
        <source>Patrol plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_controller.cpp" line="132"/>
        <location filename="../../app/patrol/patrol_controller.cpp" line="146"/>
        <location filename="../../app/patrol/patrol_controller.cpp" line="194"/>
        <location filename="../../app/patrol/patrol_controller.cpp" line="235"/>
        <location filename="../../app/patrol/patrol_controller.cpp" line="250"/>
        <source>Open a project first (File → Open Project).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::PatrolDock</name>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="37"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="38"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="38"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="39"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="39"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="40"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="40"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="47"/>
        <source>Patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="60"/>
        <source>Grid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="61"/>
        <source>risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="62"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="63"/>
        <source>officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="66"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="73"/>
        <source>Officer and stops in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="73"/>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="94"/>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="97"/>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="98"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="139"/>
        <source>Show the patrol plan (Patrol → Show Patrol Plan) to see each officer&apos;s stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="153"/>
        <source>no patrol this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="154"/>
        <source>%1 stops, %2 km from the base (straight legs, without the way back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="160"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="163"/>
        <source>Cell %1; visit by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="168"/>
        <source>%1: %2 of %3 officers on patrol. Click a stop to centre the map on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="183"/>
        <source>low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="184"/>
        <source>medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="186"/>
        <source>high risk: much basic farmland, recent clues or cases, long since the last patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="190"/>
        <source>overdue: not patrolled within its interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="191"/>
        <source>patrolled within its interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="197"/>
        <source>cells of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="200"/>
        <source>stop, numbered in route order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="201"/>
        <source>officer&apos;s base (start and end of the route)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_dock.cpp" line="203"/>
        <source>seen from the day&apos;s imported tracks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::PatrolImportCommand</name>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="15"/>
        <source>store an officer&apos;s GPS track (GPX) in the project and record what it covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="21"/>
        <source>Import a GPX patrol track into the project and record its coverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="23"/>
        <source>Officer who walked the track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="23"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="24"/>
        <source>Sight distance each side of the track, m (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="25"/>
        <location filename="../../app/cli/patrol_import_command.cpp" line="27"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="26"/>
        <source>Longest straight step still walked, m (default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="28"/>
        <source>Longest time without a fix, s (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="28"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="31"/>
        <source>Project file with a patrol grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="31"/>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="32"/>
        <source>GPX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="32"/>
        <source>TRACK.gpx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="44"/>
        <source>farmguard-cli patrol-import: give PROJECT, --officer NAME and one TRACK.gpx (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="48"/>
        <source>Track %1 stored as track %2 for %3: %4 points, %5 to %6, %7 gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="57"/>
        <source>gap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="60"/>
        <source>%1 on %2: %3% of %4 mu farmland seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_import_command.cpp" line="65"/>
        <source>Cells seen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::PatrolMarkCommand</name>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="14"/>
        <source>record a patrol visit to a grid cell by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="21"/>
        <source>Record by hand that an officer patrolled a grid cell: the cell&apos;s farmland counts as seen that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="23"/>
        <source>Officer who patrolled the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="23"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="24"/>
        <source>Grid cell id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="24"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="25"/>
        <source>Day of the visit, yyyy-MM-dd (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="25"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="27"/>
        <source>Project file with a patrol grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="27"/>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="38"/>
        <source>farmguard-cli patrol-mark: give PROJECT, --officer NAME, --cell ID and a valid --date (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/patrol_mark_command.cpp" line="42"/>
        <source>Visit of %1 to cell %2 on %3 recorded (logged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::PatrolReportDialog</name>
    <message>
        <location filename="../../app/patrol/patrol_report_dialog.cpp" line="20"/>
        <source>Patrol plan report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_report_dialog.cpp" line="30"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_report_dialog.cpp" line="31"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_report_dialog.cpp" line="32"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_report_dialog.cpp" line="34"/>
        <source>The plan runs from %1 to %2. The report has one map per officer and day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::PatrolView</name>
    <message>
        <location filename="../../app/patrol/patrol_view.cpp" line="104"/>
        <source>grid by risk: pale = low, dark red = high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_view.cpp" line="105"/>
        <source>grid by overdue: red = overdue, green = within interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_view.cpp" line="106"/>
        <source>grid by officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/patrol_view.cpp" line="107"/>
        <source>Patrol plan %1: %2 routes, %3 cells; %4; shaded: seen from the day&apos;s tracks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::PlanCommand</name>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="29"/>
        <source>cannot open the officers file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="48"/>
        <source>line %1: expected name,township,base_x,base_y,max_cells,max_km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="68"/>
        <source>plan the grid patrol: each officer&apos;s daily route, with reasons and shortfalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="111"/>
        <source>%1 %2: %3 cells, %4 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="119"/>
        <source>Intervals the plan cannot keep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="122"/>
        <source>due by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="124"/>
        <source>Cells no officer patrols: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="127"/>
        <source>Village daily patrols: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="131"/>
        <source>Villages without a daily patrol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="145"/>
        <source>note: the project had no officers; one per township was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="149"/>
        <source>note: village %1 (patroller %2) has no cell in the grid; not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="161"/>
        <source>Plan each officer&apos;s daily patrol route over a grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="164"/>
        <location filename="../../app/cli/plan_command.cpp" line="174"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="164"/>
        <source>Grid GeoPackage written by &apos;farmguard-cli grid --output&apos; (instead of PROJECT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="165"/>
        <source>First day, yyyy-MM-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="165"/>
        <location filename="../../app/cli/plan_command.cpp" line="167"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="167"/>
        <source>Days before this one of the project&apos;s current plan are kept (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="170"/>
        <source>Project file: plans over its grid and officers and stores the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="170"/>
        <source>[PROJECT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="172"/>
        <source>Number of days (default 14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="172"/>
        <location filename="../../app/cli/plan_command.cpp" line="176"/>
        <location filename="../../app/cli/plan_command.cpp" line="182"/>
        <location filename="../../app/cli/plan_command.cpp" line="184"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="174"/>
        <source>Officers CSV: name,township,base_x,base_y,max_cells,max_km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="176"/>
        <source>Cells a day for officers without their own (default 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="178"/>
        <source>Route km a day for officers without their own (default none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="178"/>
        <source>KM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="180"/>
        <source>Days off besides weekends, comma-separated yyyy-MM-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="180"/>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="181"/>
        <source>Revisit interval of high-risk cells (default 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="183"/>
        <source>Revisit interval of normal cells (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="185"/>
        <source>text or json (default text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="185"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_command.cpp" line="213"/>
        <source>farmguard-cli plan: give PROJECT or --grid, --start yyyy-MM-dd and valid numbers, dates and --format (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::PlanPatrolsDialog</name>
    <message>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="28"/>
        <source>Plan Patrols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="32"/>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="34"/>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="36"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="38"/>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="41"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="43"/>
        <source>First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="44"/>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="45"/>
        <source>Revisit high-risk cells every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="46"/>
        <source>Revisit normal cells every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="47"/>
        <source>Cells a day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="48"/>
        <source>Km a day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/patrol/plan_patrols_dialog.cpp" line="50"/>
        <source>Officers keep their own daily capacity; the capacity above is given to the officers made for a project that has none (one per township). Days of the current plan before today (%1) are kept as planned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectApprovalCommands</name>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="41"/>
        <source>Import an approvals layer (农用地转用 / 土地征收 批复, 临时用地, 设施农业用地 备案, 宅基地 审批): all or nothing per file; the stored incidents they meet are measured again and their cases judged again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="45"/>
        <location filename="../../app/cli/project_approval_commands.cpp" line="93"/>
        <source>The project: a .gpkg file or a postgresql:// URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="46"/>
        <source>Approval polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="49"/>
        <source>Source field for this attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="49"/>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="52"/>
        <source>Kind of the rows without one: conversion, temporary, facility_agriculture, homestead (or 农用地转用, 临时用地, 设施农业, 宅基地).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="54"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="55"/>
        <source>CRS of a layer without one, e.g. EPSG:4547.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="55"/>
        <source>CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="56"/>
        <source>Attribute text encoding (overrides detection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="56"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="73"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="77"/>
        <source>Imported %1 approval(s) into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="79"/>
        <source>Incident %1 measured again with the approved part taken out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="81"/>
        <source>Case %1: %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="91"/>
        <source>The project&apos;s approvals: 文号, kind, dates, approved use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="94"/>
        <source>table or json (default table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_approval_commands.cpp" line="94"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectAssessmentCommands</name>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="28"/>
        <source>no township &apos;%1&apos; in the project&apos;s boundaries (townships: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="46"/>
        <source>--%1 must be an area greater than 0, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="55"/>
        <source>--year must be a year such as 2026, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="64"/>
        <source>--unit must be mu or ha, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="68"/>
        <source>--set needs --cultivated, --basic or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="70"/>
        <source>--cultivated and --basic need --set TOWNSHIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="86"/>
        <source>No targets recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="90"/>
        <source>%1 %2: cultivated land %3 mu, basic farmland %4 mu (entered in %5; %6, %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="101"/>
        <source>%1 %2 mu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="103"/>
        <source>, target %1 mu, gap %2 mu%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="106"/>
        <source> (SHORT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="108"/>
        <source>, no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="114"/>
        <source>Assessment %1 (ellipsoidal areas; deadlines as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="120"/>
        <source>  [ONE-VOTE VETO]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="123"/>
        <source>Cultivated land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="125"/>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="132"/>
        <source> (三调 %1 mu − occupied %2 mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="130"/>
        <source>Basic farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="137"/>
        <source>Veto: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="140"/>
        <source>Measure: %1 %2 by %3, %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="153"/>
        <source>List a year&apos;s township targets (责任状: 耕地保有量 and 永久基本农田保护面积), or set one township&apos;s with --set (the bureau&apos;s right; logged old → new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="155"/>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="197"/>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="249"/>
        <source>The project (path or postgresql:// URI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="157"/>
        <source>The year (default: this year when setting, every year when listing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="157"/>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="251"/>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="158"/>
        <source>The township whose targets to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="158"/>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="199"/>
        <source>TOWNSHIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="159"/>
        <source>Cultivated land to keep (耕地保有量).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="159"/>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="160"/>
        <source>AREA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="160"/>
        <source>Basic farmland to protect (永久基本农田保护面积).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="161"/>
        <source>Unit of the areas: mu (亩, default) or ha (公顷).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="161"/>
        <source>UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="195"/>
        <source>Record a measure taken against a township (约谈, 挂牌督办, 暂停用地审批, 通报批评) or for it (通报表扬): the bureau&apos;s right; logged, never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="199"/>
        <source>The township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="201"/>
        <source>约谈, 挂牌督办, 暂停用地审批, 通报批评 or 通报表扬 (or interview, supervision, suspend_approvals, criticism, commendation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="203"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="204"/>
        <source>The day it was taken (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="204"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="205"/>
        <source>Its document number (文号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="205"/>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="206"/>
        <source>The issuing body (default 县人民政府).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="206"/>
        <source>BODY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="208"/>
        <source>A note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="208"/>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="215"/>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="217"/>
        <source>--kind must be 约谈, 挂牌督办, 暂停用地审批, 通报批评 or 通报表扬, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="220"/>
        <source>--date must be a day as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="245"/>
        <source>Each township&apos;s current cultivated land and basic farmland (三调 inside the township minus the unlawful occupation found, ellipsoidal), the gap to its targets, the one-vote-veto (一票否决) triggers with their cases and the measures of the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="251"/>
        <source>The year (default: the latest year with targets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="253"/>
        <source>Judge deadlines at this time (ISO 8601; default now, or the year&apos;s end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="253"/>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="254"/>
        <source>Output format: text or json (default text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="254"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="261"/>
        <source>--format must be text or json, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_assessment_commands.cpp" line="264"/>
        <source>--as-of must be a time such as 2026-12-06T10:00:00Z, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectCaseCommands</name>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="29"/>
        <source>Output format: table or json (default table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="30"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="31"/>
        <source>Judge deadlines at this time instead of now (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="32"/>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="41"/>
        <source>--format must be table or json, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="43"/>
        <source>--now must be an ISO 8601 date-time, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/project_case_commands.cpp" line="104"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="126"/>
        <source>List the project&apos;s cases; overdue steps are always shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="127"/>
        <location filename="../../app/cli/project_case_commands.cpp" line="194"/>
        <location filename="../../app/cli/project_case_commands.cpp" line="231"/>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="128"/>
        <source>Only cases in this status (e.g. stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="128"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="129"/>
        <source>Only cases with an overdue step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="192"/>
        <source>Show one case: its timeline, transfers, accountability, next actions and late steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="195"/>
        <location filename="../../app/cli/project_case_commands.cpp" line="232"/>
        <source>The case id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="113"/>
        <location filename="../../app/cli/project_case_commands.cpp" line="206"/>
        <source>no case with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="87"/>
        <source>case | status | party | violation type | threshold | verdict | opened | overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="94"/>
        <source>%1 (due %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="222"/>
        <source>Audit log head %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="229"/>
        <source>Apply one step to a case through the case workflow; a refused step changes nothing and exits with 5 and the reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="234"/>
        <source>verify, dismiss, stop, report, file, decide, execute, accept_reclamation, close; or the action&apos;s name as &apos;project case&apos; prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="237"/>
        <source>Who did the step (also recorded as the operator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="237"/>
        <location filename="../../app/cli/project_case_commands.cpp" line="246"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="238"/>
        <source>The actor&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="238"/>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="239"/>
        <source>When the step was done (ISO 8601; default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="239"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="240"/>
        <source>A note on the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="240"/>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="241"/>
        <source>decide: demolish, confiscate or fine (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="241"/>
        <source>PENALTY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="242"/>
        <source>execute: execution was forced through the court.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="244"/>
        <source>accept_reclamation: the officer of the Agriculture and Rural Affairs Bureau who accepted the reclamation with the bureau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="248"/>
        <source>The case&apos;s revision the step is based on (from &apos;project case --format json&apos;); exit 5 when someone changed the case since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="250"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="257"/>
        <source>--actor NAME and --role ROLE are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="263"/>
        <source>--date must be ISO 8601, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="275"/>
        <source>--revision takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="278"/>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_case_commands.cpp" line="282"/>
        <source>Case %1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectCommand</name>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="47"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="70"/>
        <source>the county&apos;s record: create a project, import incidents, list and advance cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="76"/>
        <source>Operator&apos;s name, recorded on every change (default: the login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="76"/>
        <location filename="../../app/cli/project_command.cpp" line="231"/>
        <location filename="../../app/cli/project_command.cpp" line="291"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="77"/>
        <source>Operator&apos;s role, recorded on every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="77"/>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="105"/>
        <source>expected %1 argument(s), got %2 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="117"/>
        <source>Usage: farmguard-cli project SUBCOMMAND PROJECT [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="118"/>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="119"/>
        <source>create a project from reference layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="120"/>
        <source>create the sample county project with cases at different stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="121"/>
        <source>import an incident layer (each incident one commit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="124"/>
        <source>list cases, by status or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="125"/>
        <source>show one case: timeline, transfers, next actions, deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="126"/>
        <source>apply a case step through the workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="129"/>
        <source>transfer a case to any department, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="210"/>
        <source>farmguard-cli project: unknown subcommand &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="218"/>
        <source>Create a project (one GeoPackage) from the reference layers, reprojected to one CGCS2000 Gauss-Krüger working CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="264"/>
        <source>The new project file (.gpkg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="222"/>
        <source>Permanent basic farmland polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="56"/>
        <source>--outside-tolerance must be a distance in metres (0 or more), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="61"/>
        <source>--max-county-share must be a share above 0 and at most 1, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="122"/>
        <source>import an approvals layer (all or nothing; incidents measured again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="123"/>
        <source>list the project&apos;s approvals (文号, kind, dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="127"/>
        <source>show the project&apos;s accountability rules, or set them from a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="128"/>
        <source>open a case at its clue on stored incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="130"/>
        <source>record a department&apos;s reply to a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="131"/>
        <source>record an accountability decision (organ, persons, decision, date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="132"/>
        <source>record a suspected crime or officials&apos; misconduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="133"/>
        <source>declare a case major (重大案件报告)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="134"/>
        <source>set a case&apos;s threshold flag (checked against its figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="135"/>
        <source>the parties as accumulation matches them, and those that may be one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="136"/>
        <source>record whether two recorded parties are the same (logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="137"/>
        <source>list or set the townships&apos; targets of a year (责任状)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="138"/>
        <source>record a measure against a township (约谈, 挂牌督办, 暂停用地审批, 通报)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="139"/>
        <source>each township&apos;s figures, gaps to its targets, one-vote-veto triggers, measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="140"/>
        <source>copy a project to another place or backend (GeoPackage, PostGIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="141"/>
        <source>give a login rights on a shared PostGIS project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="142"/>
        <source>write a receipt of the audit log&apos;s head, to keep outside the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="143"/>
        <source>chain the audit log with HMAC under an office key kept outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="145"/>
        <source>PROJECT is a GeoPackage file or a postgresql://HOST/DB?schema=NAME URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="146"/>
        <source>Exit codes: 0 done, 2 usage, 3 bad input, 4 read-only or damaged project, 5 step refused by the case workflow or changed meanwhile by another user, 6 no right to the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="220"/>
        <source>The new project: a .gpkg file or a postgresql:// URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="222"/>
        <location filename="../../app/cli/project_command.cpp" line="223"/>
        <location filename="../../app/cli/project_command.cpp" line="224"/>
        <location filename="../../app/cli/project_command.cpp" line="225"/>
        <location filename="../../app/cli/project_command.cpp" line="229"/>
        <location filename="../../app/cli/project_command.cpp" line="233"/>
        <location filename="../../app/cli/project_command.cpp" line="295"/>
        <location filename="../../app/cli/project_command.cpp" line="345"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="223"/>
        <source>Land-use (DLTB) or cultivated land polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="224"/>
        <source>Township boundary polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="225"/>
        <source>Village boundary polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="227"/>
        <source>Nature reserve polygon layer (自然保护区): decides whether the ecology bureau takes part in a mining case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="230"/>
        <source>Working CRS, also assumed for layers without a CRS, e.g. EPSG:4547.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="230"/>
        <location filename="../../app/cli/project_command.cpp" line="290"/>
        <source>CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="231"/>
        <location filename="../../app/cli/project_command.cpp" line="291"/>
        <source>Attribute text encoding (overrides detection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="232"/>
        <source>JSON rules file (thresholds, reading, cultivated classes), recorded with its SHA-256 as the project&apos;s rules; default: the notice&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="241"/>
        <source>--%1 PATH is required (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="251"/>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="252"/>
        <source>Working CRS: EPSG:%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="261"/>
        <source>Create the sample county project: the layers and incidents of the sample directory and six cases at different stages (one overdue), dated relative to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="265"/>
        <source>Sample directory (default: the data/sample directory of the source tree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="266"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="272"/>
        <source>Created %1 with cases %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="279"/>
        <source>Import an incident layer: each incident is measured against the project&apos;s layers and committed with its case (clue) as one edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="281"/>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="282"/>
        <source>Incident polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="284"/>
        <source>Source field for this attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="284"/>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="287"/>
        <source>Source when the layer has none: patrol, public_report, satellite, department_transfer, other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="289"/>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="290"/>
        <source>CRS of a layer without one, e.g. EPSG:4547.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="293"/>
        <source>JSON rules file (thresholds, reading, cultivated classes); default: the project&apos;s own rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="298"/>
        <source>How far an incident may reach beyond the project&apos;s townships, in metres (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="300"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="302"/>
        <source>The largest incident as a share of the county&apos;s area, 0-1 (default 0.05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="304"/>
        <source>SHARE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="341"/>
        <source>The project&apos;s accountability rules (thresholds, reading, cultivated classes) that analysis, import and reports judge with. Without --set, prints them as JSON (the notice&apos;s defaults when the project sets none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="344"/>
        <source>The project: a .gpkg file or a postgresql:// URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="345"/>
        <source>Record these rules (a JSON rules file) as the project&apos;s; logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="354"/>
        <source>Rules in effect: %1 (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="359"/>
        <source>cannot read the rules file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="362"/>
        <source>Recorded the rules of %1 from %2 (SHA-256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="365"/>
        <source>Case %1: %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="369"/>
        <source>Case %1 was changed by someone else meanwhile: judge it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="296"/>
        <source>Record the incidents without opening a case for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_command.cpp" line="334"/>
        <source>Imported %1 incident(s) into %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectController</name>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="108"/>
        <source>Recorded the clue: case %1 opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="112"/>
        <location filename="../../app/project/project_controller.cpp" line="244"/>
        <location filename="../../app/project/project_controller_session.cpp" line="49"/>
        <source>Opening the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="125"/>
        <location filename="../../app/project/project_controller.cpp" line="260"/>
        <source>Building the new project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="128"/>
        <source>Party totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="147"/>
        <source>Saved the new boundary of %1; areas and verdict recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="150"/>
        <location filename="../../app/project/project_controller_incidents.cpp" line="105"/>
        <source>Edit incident vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="174"/>
        <source>Open &amp;project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="176"/>
        <source>Open &amp;shared project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="177"/>
        <source>&amp;New project from layers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="178"/>
        <source>Save a &amp;copy of the project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="179"/>
        <source>&amp;Overdue steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="180"/>
        <source>New incident from &amp;coordinates...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="181"/>
        <source>&amp;Draw new incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="183"/>
        <source>&amp;Edit incident vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="185"/>
        <source>&amp;Import incidents...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="186"/>
        <source>Import &amp;approvals...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="223"/>
        <location filename="../../app/project/project_controller.cpp" line="301"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="224"/>
        <location filename="../../app/project/project_controller_session.cpp" line="110"/>
        <source>FarmGuard project (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="240"/>
        <location filename="../../app/project/project_controller.cpp" line="256"/>
        <location filename="../../app/project/project_controller_session.cpp" line="45"/>
        <source>A project is already being opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="301"/>
        <source>Opening %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="306"/>
        <source>Building %1 cancelled; no file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="372"/>
        <source>Opened %1: %2 incidents, %3 cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="388"/>
        <source>the project&apos;s working CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="469"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_incidents.cpp" line="59"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="336"/>
        <source>Accumulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="336"/>
        <source>With the new incident these parties are over an accountability threshold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="306"/>
        <location filename="../../app/project/project_controller.cpp" line="308"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_session.cpp" line="66"/>
        <source>%1 — %2 — %3 (%4) — FarmGuard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_session.cpp" line="94"/>
        <source>The project was changed elsewhere (%1 new log events); incidents and cases are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_session.cpp" line="109"/>
        <source>Save a copy of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_session.cpp" line="114"/>
        <location filename="../../app/project/project_controller_session.cpp" line="125"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_session.cpp" line="114"/>
        <source>Choose another file than the open project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_session.cpp" line="123"/>
        <source>Saved a copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_session.cpp" line="146"/>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_session.cpp" line="147"/>
        <source>Threshold flags judged again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_session.cpp" line="136"/>
        <source>The cases&apos; flags were not judged again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="466"/>
        <source>%1: %2, due %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="474"/>
        <source>Overdue steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="475"/>
        <source>No step is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller.cpp" line="478"/>
        <source>%1 overdue incident(s) outlined on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_incidents.cpp" line="97"/>
        <source>Click the vertices of the new incident (snapping to parcels); Backspace undoes, double-click finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_incidents.cpp" line="105"/>
        <source>Select an incident in the case list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_incidents.cpp" line="116"/>
        <source>Drag a vertex to move it, double-click an edge to add one, right-click a vertex to delete it; Ctrl+Z undoes. Every edit is saved and logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_approvals.cpp" line="52"/>
        <location filename="../../app/project/project_controller_approvals.cpp" line="63"/>
        <location filename="../../app/project/project_controller_approvals.cpp" line="94"/>
        <location filename="../../app/project/project_controller_approvals.cpp" line="96"/>
        <source>Import approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_approvals.cpp" line="54"/>
        <source>Approval layers (*.shp *.gpkg *.geojson *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_approvals.cpp" line="58"/>
        <source>As each row says (its kind field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_approvals.cpp" line="63"/>
        <source>Kind of the rows that name none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_controller_approvals.cpp" line="86"/>
        <source>%1 approval(s) imported from %2; %3 incident(s) measured again with the approved part taken out; %4 case(s) judged again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectOpener</name>
    <message>
        <location filename="../../app/project/project_opener.cpp" line="28"/>
        <source>project records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectPartyCommands</name>
    <message numerus="yes">
        <location filename="../../app/cli/project_party_commands.cpp" line="56"/>
        <source>%n party(ies)</source>
        <translation>
            <numerusform>%n party</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/project_party_commands.cpp" line="62"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="64"/>
        <source>; recorded as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="69"/>
        <source>Possibly the same party (decide with &apos;project same-party&apos;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="79"/>
        <source>List the project&apos;s parties as the accumulation (累计计算) matches them — by name and, when recorded, ID number — and the recorded parties that may be one, which are never added up until a person decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="82"/>
        <location filename="../../app/cli/project_party_commands.cpp" line="110"/>
        <source>The project (path or postgresql:// URI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="83"/>
        <source>Output format: table or json (default table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="83"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="89"/>
        <source>--format must be table or json, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="106"/>
        <source>Record a person&apos;s decision on two recorded parties that may be one: --same adds their incidents up from now on, --different keeps them apart and stops asking. Logged with the operator, the time and the note; a later decision on the same pair replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="111"/>
        <source>The first party&apos;s name as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="112"/>
        <source>The second party&apos;s name as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="114"/>
        <source>They are the same party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="115"/>
        <source>They are different parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="116"/>
        <source>The first party&apos;s ID number, when recorded with one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="116"/>
        <location filename="../../app/cli/project_party_commands.cpp" line="117"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="117"/>
        <source>The second party&apos;s ID number, when recorded with one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="118"/>
        <source>Why (e.g. the business licence seen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="118"/>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="123"/>
        <source>say --same or --different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="134"/>
        <source>Recorded: %1 and %2 are the same party; their incidents accumulate together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="135"/>
        <source>Recorded: %1 and %2 are different parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="140"/>
        <source>parties %1 and %2 decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_party_commands.cpp" line="142"/>
        <source>Case %1: threshold flag %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectRecordCommands</name>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="21"/>
        <source>The project (path or postgresql:// URI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="22"/>
        <source>The case id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="24"/>
        <source>The case&apos;s revision the change is based on (from &apos;project case --format json&apos;); exit 5 when someone changed the case since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="26"/>
        <location filename="../../app/cli/project_record_commands.cpp" line="222"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="42"/>
        <source>--date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="63"/>
        <source>no case with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="69"/>
        <source>--revision takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="80"/>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="91"/>
        <source>--%1 is required (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="93"/>
        <source>--organ must be discipline_inspection (纪委监委), organization (组织部) or natural_resources (自然资源局), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="97"/>
        <source>--date must be YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="106"/>
        <source>Record an accountability decision on a case (问责, 既处理事、又处理人): a case over a threshold cannot be closed without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="110"/>
        <source>Who decided: discipline_inspection (纪委监委), organization (组织部) or natural_resources (自然资源局).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="111"/>
        <source>ORGAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="112"/>
        <source>The persons held to account, as the decision names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="112"/>
        <source>NAMES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="113"/>
        <source>What was decided, e.g. 警告处分.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="113"/>
        <location filename="../../app/cli/project_record_commands.cpp" line="193"/>
        <location filename="../../app/cli/project_record_commands.cpp" line="223"/>
        <location filename="../../app/cli/project_record_commands.cpp" line="252"/>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="114"/>
        <source>The decision&apos;s date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="114"/>
        <location filename="../../app/cli/project_record_commands.cpp" line="143"/>
        <location filename="../../app/cli/project_record_commands.cpp" line="173"/>
        <location filename="../../app/cli/project_record_commands.cpp" line="194"/>
        <location filename="../../app/cli/project_record_commands.cpp" line="224"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="115"/>
        <source>The decision&apos;s document number (文号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="115"/>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="130"/>
        <source>Accountability recorded on case %1: %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="138"/>
        <source>Record that a crime (→ 公安局 within 24 hours) or officials&apos; misconduct (→ 纪委监委) is suspected behind a case; its referral deadline starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="141"/>
        <source>A crime is suspected (art. 342).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="142"/>
        <source>Officials&apos; misconduct is suspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="143"/>
        <source>When it was suspected (YYYY-MM-DD or ISO date-time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="146"/>
        <source>give exactly one of --crime and --misconduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="153"/>
        <location filename="../../app/cli/project_record_commands.cpp" line="178"/>
        <location filename="../../app/cli/project_record_commands.cpp" line="206"/>
        <location filename="../../app/cli/project_record_commands.cpp" line="234"/>
        <source>--date must be ISO 8601, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="160"/>
        <source>Case %1: a crime is suspected; transfer it to the public security bureau within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="162"/>
        <source>Case %1: officials&apos; misconduct is suspected; transfer it to the discipline commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="170"/>
        <source>Declare a case major (重大案件): it is reported to the county before filing; print its report with &apos;report major-case&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="173"/>
        <source>When it was declared (YYYY-MM-DD or ISO date-time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="183"/>
        <source>Case %1 is declared major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="189"/>
        <source>Transfer a case (移送) to any department with a reason; the department then sees it and may reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="192"/>
        <source>The department: its code (e.g. public_security) or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="192"/>
        <source>DEPARTMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="193"/>
        <source>Why the case goes to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="194"/>
        <source>When it was sent (ISO 8601; default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="197"/>
        <source>--to DEPARTMENT and --reason TEXT are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="199"/>
        <source>unknown department &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="214"/>
        <source>Case %1 transferred to %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="220"/>
        <source>Record a department&apos;s reply to a transfer; a transfer is answered once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="222"/>
        <source>The transfer&apos;s id (T1, T2, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="223"/>
        <source>The reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="224"/>
        <source>When it was answered (ISO 8601; default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="228"/>
        <source>--transfer N and --text TEXT are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="242"/>
        <source>Reply to %1 of case %2 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="248"/>
        <source>Set a case&apos;s threshold flag by hand: refused when the figures contradict it; lowering it needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="251"/>
        <source>reached, below, not_assessed or not_applicable (a non-occupation matter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="252"/>
        <source>Why the flag changes (required to lower it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_record_commands.cpp" line="260"/>
        <source>Case %1 is flagged %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectRights</name>
    <message>
        <location filename="../../app/project/project_rights.cpp" line="25"/>
        <source>whole county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_rights.cpp" line="32"/>
        <source>The project is open read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_rights.cpp" line="34"/>
        <source>A department login (%1) reads the cases transferred to it and adds its reply; it cannot change incidents or patrols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_rights.cpp" line="38"/>
        <source>Approvals are the county&apos;s record: only the bureau&apos;s login can import them (this login works for %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/project_rights.cpp" line="42"/>
        <source>The grid and the patrol plan are county-wide: only the bureau&apos;s login can change them (this login works for %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectSealCommands</name>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="31"/>
        <source>cannot write the receipt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="39"/>
        <source>Write a receipt of the project&apos;s audit log as it is now: the project, the head event&apos;s number and hash, the number of events, the time and this FarmGuard&apos;s version; signed (HMAC-SHA256) with the office key when one is given. Keep it OUTSIDE the project (another disk, a printout, the county archive): a receipt is evidence only there. &apos;farmguard-cli verify-log PROJECT --receipt R&apos; later proves the log still holds that head, so a log rewritten, cut or rebuilt since is caught. A copy is also kept in the project&apos;s receipts table (on a shared PostGIS project, by the server). A project that fails its check is not sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="46"/>
        <location filename="../../app/cli/project_seal_command.cpp" line="86"/>
        <source>The project file or postgresql:// URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="48"/>
        <source>Write the receipt to this file (default: print it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="48"/>
        <source>R.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="50"/>
        <source>The office key, kept outside the project, to sign the receipt (default: the file named by FARMGUARD_LOG_KEY_FILE; none: unsigned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="52"/>
        <location filename="../../app/cli/project_seal_command.cpp" line="87"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/project_seal_command.cpp" line="69"/>
        <source>Sealed %1 at %2 (%n event(s)), %3</source>
        <translation>
            <numerusform>Sealed %1 at %2 (%n event), %3</numerusform>
            <numerusform>Sealed %1 at %2 (%n events), %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="70"/>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="70"/>
        <source>signed with key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="73"/>
        <source>warning: the project is read-only: no copy of the receipt was kept in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="80"/>
        <source>Key the project&apos;s audit log: from now on every event is chained with HMAC-SHA256 under the office key instead of plain SHA-256, so someone with the file but without the key cannot re-hash a rewritten log. The key stays outside the project (a file only the office reads); every later write and check needs it (FARMGUARD_LOG_KEY_FILE or --key-file). Logged; a keyed log keeps its key. Seal the project before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="87"/>
        <source>The office key file (at least 16 bytes, e.g. openssl rand -hex 32 &gt; K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="92"/>
        <source>--key-file K is required (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_seal_command.cpp" line="98"/>
        <source>The audit log of %1 is keyed from %2 on (key %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::ProjectShareCommands</name>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="36"/>
        <source>FarmGuard copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="44"/>
        <source>Copy a project to a new place on any backend (GeoPackage file or PostGIS schema): every row, geometry, attachment and the audit log as they are. No event is added, so verify-log passes on both ends. Refuses an existing destination; a failed copy leaves nothing behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="48"/>
        <source>The project to copy (path or postgresql:// URI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="49"/>
        <source>The new project (path or postgresql:// URI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="58"/>
        <source>Copied %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="67"/>
        <source>Give a PostgreSQL login rights on a shared (PostGIS) project, run by the project&apos;s owner: the bureau reads and writes everything, a township its own incidents, cases and patrols, a department the cases transferred to it (its reply only). Creates the login if missing (without a password: set one with ALTER ROLE … PASSWORD, or use the server&apos;s pg_hba.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="72"/>
        <source>The shared project (postgresql:// URI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="73"/>
        <source>The PostgreSQL login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="75"/>
        <source>The login acts for the bureau: every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="76"/>
        <source>The login acts for this township (as in the townships layer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="76"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="77"/>
        <source>The login acts for this department (e.g. public_security).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="77"/>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="78"/>
        <source>Take the login&apos;s rights on the project away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="84"/>
        <source>give exactly one of --bureau, --township NAME, --department CODE, --revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="103"/>
        <source>%1 acts for the bureau on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="106"/>
        <source>%1 acts for the township %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="109"/>
        <source>%1 acts for the department %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="114"/>
        <source>%1 has no rights on %2 any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="123"/>
        <source>Open a case at its clue on incidents already in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="124"/>
        <source>The project (path or postgresql:// URI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="125"/>
        <source>The new case&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="126"/>
        <source>The incident&apos;s id (repeat the option --incident for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="128"/>
        <source>A further incident of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="128"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="129"/>
        <source>A note on the clue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="129"/>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="130"/>
        <source>When the clue came in (ISO 8601; default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="130"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="143"/>
        <source>--date must be ISO 8601, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/project_share_commands.cpp" line="147"/>
        <source>Opened case %1 on %2 (threshold: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::ReportCommand</name>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="67"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="69"/>
        <source>Incident (监测图斑) polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="70"/>
        <source>Permanent basic farmland polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="71"/>
        <source>Cultivated land or land-use (DLTB) polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="73"/>
        <source>Township or village boundary layer (repeatable; a layer with XZMC is villages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="75"/>
        <source>The case (incident) id to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="75"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="76"/>
        <source>Incident id field (default: the source FID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="76"/>
        <location filename="../../app/cli/report_command.cpp" line="77"/>
        <location filename="../../app/cli/report_command.cpp" line="83"/>
        <location filename="../../app/cli/report_command.cpp" line="86"/>
        <location filename="../../app/cli/report_command.cpp" line="91"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="77"/>
        <source>Party field (default DSR when present).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="78"/>
        <source>Area method of the verdict: ellipsoidal, geodesic or planar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="79"/>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="80"/>
        <source>JSON rules file (thresholds, reading, cultivated classes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="81"/>
        <source>Working CRS, also assumed for layers without one, e.g. EPSG:4547.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="82"/>
        <source>CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="83"/>
        <source>Attribute text encoding (overrides detection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="84"/>
        <source>Paper: A4, A3, A4-landscape or A3-landscape (default A4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="85"/>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="86"/>
        <source>Issuing bureau in the page header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="88"/>
        <source>Report date, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="88"/>
        <location filename="../../app/cli/report_command.cpp" line="92"/>
        <location filename="../../app/cli/report_command.cpp" line="93"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="89"/>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="90"/>
        <source>Township (乡镇) the report is about (township, public-map, patrol).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="92"/>
        <source>First day of the patrol period, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="93"/>
        <source>Last day of the patrol period, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="106"/>
        <source>give a project, or --basic-farmland PATH and --boundaries PATH (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="108"/>
        <location filename="../../app/cli/report_command.cpp" line="116"/>
        <source>--township NAME is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="110"/>
        <source>give the project: &apos;report %1 PROJECT …&apos; (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="119"/>
        <source>--%1 must be a date such as 2024-05-20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="138"/>
        <location filename="../../app/cli/report_command.cpp" line="160"/>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="104"/>
        <location filename="../../app/cli/report_command.cpp" line="165"/>
        <source>give either a project or layer files, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="167"/>
        <source>give a project, or --incidents PATH (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="169"/>
        <source>give at least one of --basic-farmland and --cultivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="113"/>
        <location filename="../../app/cli/report_command.cpp" line="171"/>
        <source>--case ID is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="122"/>
        <location filename="../../app/cli/report_command.cpp" line="142"/>
        <location filename="../../app/cli/report_command.cpp" line="173"/>
        <source>--output FILE.pdf is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="176"/>
        <source>--area-method must be ellipsoidal, geodesic or planar, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="125"/>
        <location filename="../../app/cli/report_command.cpp" line="145"/>
        <location filename="../../app/cli/report_command.cpp" line="180"/>
        <source>--page must be A4, A3, A4-landscape or A3-landscape, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="55"/>
        <source>Writes a report as PDF. &apos;report case&apos; makes the case report (案件图斑分析报告): the incident&apos;s facts, a map over basic farmland and land-use parcels, the area table by class, the verdict, the boundary point coordinate table and signature lines. &apos;report township PROJECT [--township NAME]&apos; makes the township statistics report (考核); &apos;report public-map PROJECT --township NAME&apos; (or --basic-farmland and --boundaries) the public basic-farmland map (向社会公告); &apos;report patrol PROJECT --township NAME --from DATE --to DATE&apos; the patrol plan report; &apos;report major-case PROJECT --case ID&apos; the major-case report (重大案件报告); &apos;report joint-discipline PROJECT CASE&apos; the one-page joint-discipline notice (联合惩戒通知书) of a case to the departments and companies that must refuse approvals, licences, funds, water, power, gas and loans for illegal land use. Every report prints the rules it judged with and their SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="127"/>
        <location filename="../../app/cli/report_command.cpp" line="147"/>
        <location filename="../../app/cli/report_command.cpp" line="183"/>
        <source>--date must be a date such as 2024-05-20, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="136"/>
        <source>give the project: &apos;report joint-discipline PROJECT CASE …&apos; (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="140"/>
        <source>name the case once: &apos;report joint-discipline PROJECT CASE&apos; or --case ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="155"/>
        <source>say which report: case, township, public-map, patrol, major-case or joint-discipline (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="185"/>
        <source>--crs must be an EPSG code such as EPSG:4547, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="248"/>
        <source>cannot read the rules file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="312"/>
        <source>Wrote the township statistics report of %1 township(s) (%2 pages) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="353"/>
        <source>Wrote the public basic-farmland map of %1 (%2 parcels, %3 pages, 1:%4) to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="375"/>
        <source>Wrote the patrol plan report of %1, %2 to %3 (%4 visits, %5 pages) to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="402"/>
        <source>Wrote the major-case report of %1 (%2 pages) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="420"/>
        <source>Wrote the joint-discipline notice of case %1 to %2 bodies (%3 page(s)) to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="433"/>
        <source>write reports as PDF: case report, township statistics, public basic-farmland map, patrol plan, joint-discipline notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="444"/>
        <source>farmguard-cli report: fonts need a GUI application object (internal error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report_command.cpp" line="293"/>
        <source>Wrote the case report of %1 (%2 pages, map 1:%3) to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::ReportController</name>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="33"/>
        <source>&amp;Case Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="34"/>
        <source>&amp;Major Case Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="35"/>
        <source>&amp;Township Assessment Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="36"/>
        <source>&amp;Public Basic Farmland Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="37"/>
        <source>P&amp;atrol Plan Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="39"/>
        <source>&amp;Joint Discipline Notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="54"/>
        <source>Case report (案件图斑分析报告) of an incident: preview, print, PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="55"/>
        <source>Open a project or an incident layer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="56"/>
        <source>Needs an open project (File → Open Project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="58"/>
        <source>Report of a major case to the county (重大案件报告): preview, print, PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="59"/>
        <source>Statistics of every township (考核): preview, print, PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="60"/>
        <source>Basic farmland map of a township for public notice: preview, print, PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="61"/>
        <source>A township&apos;s patrol plan over the plan period: preview, print, PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="63"/>
        <source>A case&apos;s joint-discipline notice (联合惩戒) to the departments and companies: preview, print, PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="79"/>
        <source>Preparing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="91"/>
        <source>%1 prepared in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="102"/>
        <source>Case report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="102"/>
        <source>Incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="106"/>
        <source>Case report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="116"/>
        <location filename="../../app/report/report_controller.cpp" line="121"/>
        <source>Major case report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="117"/>
        <source>No case of the project is major: none reaches a threshold or was declared major.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="121"/>
        <location filename="../../app/report/report_controller.cpp" line="153"/>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="130"/>
        <source>Major case report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="148"/>
        <location filename="../../app/report/report_controller.cpp" line="153"/>
        <source>Joint discipline notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="149"/>
        <source>No open case calls for one: a notice needs a case of illegal land use that was not dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="155"/>
        <source>Joint discipline notice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="164"/>
        <source>Township statistics report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="176"/>
        <location filename="../../app/report/report_controller.cpp" line="200"/>
        <source>The project&apos;s patrol grid has no cells in any township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="177"/>
        <source>The project has no township boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="181"/>
        <source>Township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="187"/>
        <source>Public basic farmland map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="187"/>
        <source>Public basic farmland map of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="199"/>
        <source>Patrol plan report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="201"/>
        <source>The project has no patrol plan yet: Patrol → Plan Patrols…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_controller.cpp" line="209"/>
        <source>Patrol plan report of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::ReportFactory</name>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="44"/>
        <source>Case report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="73"/>
        <source>open an incident layer or a project first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="81"/>
        <source>open a basic farmland or land-use layer first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="111"/>
        <source>Township statistics report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="112"/>
        <source>township-report-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="126"/>
        <source>Major case report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="127"/>
        <source>major-case-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="149"/>
        <source>Public basic farmland map of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="150"/>
        <source>public-map-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="166"/>
        <source>Patrol plan report of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="167"/>
        <source>patrol-%1-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="187"/>
        <source>Joint discipline notice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_factory.cpp" line="188"/>
        <source>joint-discipline-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::ReportPreview</name>
    <message>
        <location filename="../../app/report/report_preview.cpp" line="50"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_preview.cpp" line="60"/>
        <location filename="../../app/report/report_preview.cpp" line="69"/>
        <location filename="../../app/report/report_preview.cpp" line="74"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_preview.cpp" line="61"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/report_preview.cpp" line="70"/>
        <source>Wrote %1 (%2 pages).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::ReviewListDock</name>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="23"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="29"/>
        <source>For review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="29"/>
        <source>Basic farmland (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="29"/>
        <source>Cultivated (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="29"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="43"/>
        <source>basic farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="44"/>
        <source>cultivated land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="65"/>
        <source>疑似化整为零 %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="65"/>
        <source>no party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="67"/>
        <source>each below the thresholds, together over: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="67"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map/review_list_dock.cpp" line="80"/>
        <source>临界 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::SessionChanges</name>
    <message>
        <location filename="../../app/project/session_changes.cpp" line="20"/>
        <location filename="../../app/project/session_changes.cpp" line="30"/>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/session_changes.cpp" line="21"/>
        <source>%1 opened case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/session_changes.cpp" line="21"/>
        <source>%1 changed case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/session_changes.cpp" line="31"/>
        <source>%1 recorded incident %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/session_changes.cpp" line="31"/>
        <source>%1 changed incident %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/session_changes.cpp" line="43"/>
        <source>%1 (and %2 more changes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::SharedProjectDialog</name>
    <message>
        <location filename="../../app/project/shared_project_dialog.cpp" line="32"/>
        <source>Open Shared Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/shared_project_dialog.cpp" line="35"/>
        <source>(your system user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/shared_project_dialog.cpp" line="40"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/shared_project_dialog.cpp" line="41"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/shared_project_dialog.cpp" line="42"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/shared_project_dialog.cpp" line="43"/>
        <source>Project (schema):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/shared_project_dialog.cpp" line="44"/>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/shared_project_dialog.cpp" line="45"/>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/shared_project_dialog.cpp" line="46"/>
        <source>Your role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/shared_project_dialog.cpp" line="48"/>
        <source>FarmGuard never stores a password. The server&apos;s password comes from ~/.pgpass, the PGPASSWORD variable or a PostgreSQL service file (PGSERVICE), as for psql; ask your county&apos;s IT person. What you may see and change is set on the server per login (township, bureau or department).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::SiteCheckCommand</name>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="38"/>
        <source>Checks a proposed site before approval (选址核查, 源头严控): the permanent basic farmland and cultivated land it would occupy (ellipsoidal, m² and mu, with the analysis&apos; overlay), the open cases and approvals it overlaps, and the procedures it needs with the departments that must not proceed without them. Reads the project only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="46"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="49"/>
        <source>The site: a GeoJSON, shapefile or GeoPackage with one polygon feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="52"/>
        <source>The site as boundary points (界址点坐标): a text file, one &quot;X Y&quot; or &quot;point,X,Y&quot; a line, X the northing, in the project&apos;s CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="55"/>
        <source>The project (GeoPackage file or postgresql:// URI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="56"/>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="58"/>
        <source>What the site is for: construction (建设项目), homestead (宅基地), facility_agriculture (设施农业), burial (殡葬/墓地) or other (default construction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="61"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="62"/>
        <source>Output: text or json (default text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="63"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="64"/>
        <source>Also write the one-page site check opinion (选址核查意见) as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="66"/>
        <source>CRS of a site file that declares none, e.g. EPSG:4547.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="67"/>
        <source>CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="68"/>
        <source>Issuing bureau in the PDF&apos;s page header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="69"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="70"/>
        <source>Date of the PDF, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="71"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="78"/>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="81"/>
        <source>give the site once: --site FILE or --points FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="83"/>
        <source>--project PROJECT is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="86"/>
        <source>--format must be text or json, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="88"/>
        <source>--crs must be an EPSG code such as EPSG:4547, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="91"/>
        <source>--date must be a date such as 2024-05-20, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="116"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="134"/>
        <source>farmguard-cli site-check: fonts need a GUI application object (internal error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="144"/>
        <source>Wrote the site check opinion of %1 (%2 page(s)) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_command.cpp" line="156"/>
        <source>check a proposed site before approval: farmland it takes, overlaps, procedures (选址核查)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::SiteCheckController</name>
    <message>
        <location filename="../../app/project/site_check_controller.cpp" line="21"/>
        <source>&amp;Site check (选址核查)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_controller.cpp" line="26"/>
        <source>Check a proposed site before approval: the farmland it would take, the cases and approvals it meets, the procedures and departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_controller.cpp" line="48"/>
        <source>Open a project first: the site is checked against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_controller.cpp" line="75"/>
        <source>Click the vertices of the proposed site (snapping to parcels); Backspace undoes, double-click finishes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::SiteCheckDialog</name>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="37"/>
        <source>%1 m² (%2 mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="51"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="52"/>
        <source>Save &amp;PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="55"/>
        <source>Site check (选址核查)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="60"/>
        <source>Boundary points, one a line: &quot;X Y&quot; or &quot;point,X,Y&quot; (X the northing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="61"/>
        <source>Boundary points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="64"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="67"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="70"/>
        <source>Draw on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="71"/>
        <source>No site drawn yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="74"/>
        <source>Drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="77"/>
        <source>Site kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="97"/>
        <source>Site file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="98"/>
        <source>Site polygons (*.geojson *.json *.shp *.gpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="103"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="112"/>
        <source>A site of %1 vertices drawn on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="143"/>
        <source>site file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="143"/>
        <source>choose a file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="152"/>
        <source>drawn site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="155"/>
        <source>boundary points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="182"/>
        <source>&lt;p&gt;Checking the site…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="219"/>
        <source>Save the site check opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="220"/>
        <source>-site-check.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="220"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="244"/>
        <source>&lt;h3&gt;%1 (%2)&lt;/h3&gt;&lt;p&gt;%3%4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="250"/>
        <source>Site area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="251"/>
        <source>&lt;b&gt;Permanent basic farmland&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="252"/>
        <source>&lt;b&gt;Cultivated land&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="253"/>
        <source>Cultivated land outside basic farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="255"/>
        <source>&lt;p&gt;Open cases overlapped: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="259"/>
        <source>&lt;p&gt;Approvals overlapped: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="260"/>
        <source>&lt;p&gt;Approvals: could not be read&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="264"/>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="264"/>
        <source>not in force today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="265"/>
        <source>&lt;h4&gt;Procedures&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project/site_check_dialog.cpp" line="268"/>
        <source> — another site needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::SiteCheckFormat</name>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="118"/>
        <source>%1 m² (%2 mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="119"/>
        <source>Site check of %1 (%2), %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="122"/>
        <source>  site area:                 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="123"/>
        <source>  permanent basic farmland:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="124"/>
        <source>  cultivated land:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="125"/>
        <source>  cultivated outside BF:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="126"/>
        <source>  (%1 method, EPSG:%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="130"/>
        <source>Open cases overlapped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="132"/>
        <source>  %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="134"/>
        <source>Approvals: could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="136"/>
        <source>Approvals overlapped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="138"/>
        <source>  %1 (%2, %3; %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="140"/>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="140"/>
        <source>not in force today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="142"/>
        <source>Procedures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="144"/>
        <source>%1 (another site needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="147"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="150"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/site_check_format.cpp" line="151"/>
        <source>Rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::app::VerifyLogCommand</name>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="46"/>
        <source>--head takes a printed log head, &quot;#SEQ HASH&quot; or SEQ:HASH (12 to 64 hex digits): &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="58"/>
        <source>check a project&apos;s audit log, its data against the log, the file and receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="64"/>
        <source>SHA-256 chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="65"/>
        <source>keyed chain (HMAC-SHA256, key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/verify_log_command.cpp" line="69"/>
        <source>%1: the project file is DAMAGED (%n problem(s) found):</source>
        <translation>
            <numerusform>%1: the project file is DAMAGED (%n problem found):</numerusform>
            <numerusform>%1: the project file is DAMAGED (%n problems found):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/verify_log_command.cpp" line="77"/>
        <source>%1: audit log intact (%n event(s), %2)</source>
        <translation>
            <numerusform>%1: audit log intact (%n event, %2)</numerusform>
            <numerusform>%1: audit log intact (%n events, %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="79"/>
        <source>%1: log head %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="88"/>
        <source>%1: the data matches the log (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/verify_log_command.cpp" line="90"/>
        <source>%1: the DATA DIFFERS FROM THE LOG (%n difference(s)):</source>
        <translation>
            <numerusform>%1: the DATA DIFFERS FROM THE LOG (%n difference):</numerusform>
            <numerusform>%1: the DATA DIFFERS FROM THE LOG (%n differences):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/verify_log_command.cpp" line="95"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="98"/>
        <source>%1: ANCHOR FAILED: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/verify_log_command.cpp" line="100"/>
        <source>%1: %n receipt(s) given or kept in the project hold</source>
        <translation>
            <numerusform>%1: %n receipt given or kept in the project hold</numerusform>
            <numerusform>%1: %n receipts given or kept in the project hold</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="102"/>
        <source>%1: note: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="108"/>
        <source>Check a project&apos;s record without changing it: the audit log&apos;s chain and recorded head, the file&apos;s integrity, the data re-derived from the log against every incident, case, step, transfer, accountability record, setting and attachment (each row that differs is named), and the receipts and printed log heads given. A receipt (farmguard-cli project seal) is evidence only when it is kept outside the project: a log rewritten, cut or rebuilt after it is caught against it. Exit 0 when everything passed, 4 when anything failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="116"/>
        <source>The project file or postgresql:// URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="118"/>
        <source>Run SQLite&apos;s full integrity_check instead of quick_check and recompute each reference layer&apos;s content hash from its rows (slow on a big county).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="120"/>
        <source>A receipt written by &apos;project seal&apos;: the log must still hold its head. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="120"/>
        <source>R.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="121"/>
        <source>A log head printed on a report, &quot;#SEQ HASH&quot;: the log must still hold it. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="121"/>
        <source>HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="123"/>
        <source>The office key (kept outside the project; default: the file named by FARMGUARD_LOG_KEY_FILE): checks a keyed log and signed receipts. With a key, a plain log fails unless a signed receipt says it was plain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="126"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="131"/>
        <source>give one project file (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_log_command.cpp" line="74"/>
        <source>%1: audit log BROKEN at event %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::AccountabilityOrgan</name>
    <message>
        <location filename="../../core/cases/accountability_record.cpp" line="13"/>
        <source>organ not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/accountability_record.cpp" line="15"/>
        <source>County Commission for Discipline Inspection and Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/accountability_record.cpp" line="18"/>
        <source>County Party Committee Organization Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/accountability_record.cpp" line="20"/>
        <source>Natural Resources Bureau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::AccumulationSelector</name>
    <message>
        <location filename="../../core/cases/accumulation_selector.cpp" line="85"/>
        <source>an incident has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/accumulation_selector.cpp" line="87"/>
        <source>incident listed twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::Approval</name>
    <message>
        <location filename="../../core/approvals/approval.cpp" line="109"/>
        <source>the approval has no document number (文号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/approvals/approval.cpp" line="111"/>
        <source>the approval has no valid approval date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/approvals/approval.cpp" line="113"/>
        <source>a temporary land use permit needs its end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/approvals/approval.cpp" line="115"/>
        <source>the approval ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::ApprovalKind</name>
    <message>
        <location filename="../../core/approvals/approval.cpp" line="16"/>
        <source>Farmland conversion / land expropriation approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/approvals/approval.cpp" line="18"/>
        <source>Temporary land use permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/approvals/approval.cpp" line="20"/>
        <source>Facility agriculture land filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/approvals/approval.cpp" line="22"/>
        <source>Homestead approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/approvals/approval.cpp" line="60"/>
        <source>unknown approval kind &apos;%1&apos; (农用地转用, 土地征收, 临时用地, 设施农业用地 or 宅基地; or conversion, temporary, facility_agriculture, homestead)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::AssessmentRules</name>
    <message>
        <location filename="../../core/assessment/assessment_rules.cpp" line="23"/>
        <source>key &quot;assessment&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assessment/assessment_rules.cpp" line="35"/>
        <source>key &quot;assessment.%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assessment/assessment_rules.cpp" line="41"/>
        <source>key &quot;assessment.%1&quot; must be a whole number of days, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assessment/assessment_rules.cpp" line="45"/>
        <source>unknown key &quot;assessment.%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::AuditEvent</name>
    <message>
        <location filename="../../core/cases/audit_event.cpp" line="77"/>
        <source>audit event has no &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::Borderline</name>
    <message>
        <location filename="../../core/borderline.cpp" line="34"/>
        <source>%1–%2 mu basic farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/borderline.cpp" line="36"/>
        <source>%1–%2 mu cultivated land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/borderline.cpp" line="37"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/borderline.cpp" line="46"/>
        <source>gross and net of 田坎 give different verdicts (cultivated land %1 / %2 mu, threshold %3 mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/borderline.cpp" line="50"/>
        <source>moving the boundary by ±%1 m gives %2 (thresholds %3 and %4 mu): re-measure on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/borderline.cpp" line="60"/>
        <source>临界: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/borderline.cpp" line="60"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::CaseAction</name>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="13"/>
        <source>Record clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="14"/>
        <source>Verify on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="16"/>
        <source>Dismiss as not a violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="17"/>
        <source>Issue stop order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="18"/>
        <source>Report major case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="19"/>
        <source>File case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="20"/>
        <source>Decide penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="21"/>
        <source>Execute decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="23"/>
        <source>Accept reclamation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="24"/>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::CaseFile</name>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="41"/>
        <source>a case needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="43"/>
        <source>the clue has no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="45"/>
        <source>the clue has no recording officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="82"/>
        <source>a transfer needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="85"/>
        <source>transfer %1 is already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="88"/>
        <source>transfer %1 has no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="90"/>
        <source>transfer %1 has no sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="92"/>
        <source>transfer %1 is answered before it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="102"/>
        <source>transfer %1 already has a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="105"/>
        <source>the reply to transfer %1 has no date or predates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="110"/>
        <source>no transfer %1 in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="126"/>
        <source>an accountability record needs who, the decision and its date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::CaseStatus</name>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="13"/>
        <source>Clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="14"/>
        <source>Verified on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="16"/>
        <source>Dismissed (not a violation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="17"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="19"/>
        <source>Reported as a major case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="20"/>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="21"/>
        <source>Penalty decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="22"/>
        <source>Decision executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="23"/>
        <source>Reclamation accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="24"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::CaseWorkflow</name>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="31"/>
        <source>the case is %1: no further step is possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="32"/>
        <source>&apos;%1&apos; is not allowed from status &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="40"/>
        <source>only a major case is reported to the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="44"/>
        <source>a major case must be reported to the county before it is filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="48"/>
        <source>demolition was decided: the reclamation must be accepted before closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="58"/>
        <source>the step has no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="60"/>
        <source>the step is dated before the previous step (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="63"/>
        <source>the step has no actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="65"/>
        <source>a penalty decision must name at least one penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="67"/>
        <source>only a penalty decision names penalties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="69"/>
        <source>only an execution step can be forced through the court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="71"/>
        <source>the reclamation is accepted jointly with the Agriculture and Rural Affairs Bureau: name its officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="74"/>
        <source>only a reclamation acceptance names a joint acceptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="82"/>
        <source>a case records its clue only once, when it is opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_workflow.cpp" line="110"/>
        <source>stored step &apos;%1&apos; (%2 → %3) does not follow status &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::ClosingRule</name>
    <message>
        <location filename="../../core/cases/closing_rule.cpp" line="15"/>
        <source>a crime is suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/closing_rule.cpp" line="17"/>
        <source>officials&apos; misconduct is suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/closing_rule.cpp" line="19"/>
        <source>execution was forced through the court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/closing_rule.cpp" line="42"/>
        <source>the occupied area has not been assessed against the accountability thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/closing_rule.cpp" line="47"/>
        <source>the case reaches an accountability threshold and has no accountability record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/closing_rule.cpp" line="50"/>
        <source>no transfer to %1 although %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::ConflictError</name>
    <message>
        <location filename="../../core/store_errors.cpp" line="10"/>
        <source>changed by %1 at %2 — reload and try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::DeadlineCountdown</name>
    <message numerus="yes">
        <location filename="../../core/cases/deadline_countdown.cpp" line="50"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_countdown.cpp" line="51"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cases/deadline_countdown.cpp" line="53"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cases/deadline_countdown.cpp" line="53"/>
        <source>%n hour(s) overdue</source>
        <translation>
            <numerusform>%n hour overdue</numerusform>
            <numerusform>%n hours overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_countdown.cpp" line="54"/>
        <source>met on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cases/deadline_countdown.cpp" line="56"/>
        <source>met %n day(s) late</source>
        <translation>
            <numerusform>met %n day late</numerusform>
            <numerusform>met %n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cases/deadline_countdown.cpp" line="56"/>
        <source>met %n hour(s) late</source>
        <translation>
            <numerusform>met %n hour late</numerusform>
            <numerusform>met %n hours late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fg::core::DeadlineRules</name>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="85"/>
        <source>&apos;%1&apos; in %2 is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="96"/>
        <source>a rule has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="100"/>
        <source>unknown key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="106"/>
        <source>&apos;within&apos; must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="137"/>
        <source>give either &apos;do&apos; or &apos;transfer&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="143"/>
        <source>a suspicion is answered by a &apos;transfer&apos;, not by a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="147"/>
        <source>&apos;%1&apos; cannot follow status &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="152"/>
        <source>&apos;do&apos; lists no action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="230"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="234"/>
        <source>rules file version %1 is not supported (expected 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="236"/>
        <source>no &apos;rules&apos; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="242"/>
        <source>duplicate rule id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="251"/>
        <source>&apos;official_calendar&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::Department</name>
    <message>
        <location filename="../../core/cases/department.cpp" line="16"/>
        <source>County Commission for Discipline Inspection and Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="17"/>
        <source>County Public Security Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="18"/>
        <source>County Procuratorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="19"/>
        <source>County Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="20"/>
        <source>Township government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="22"/>
        <source>Agriculture and Rural Affairs Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="23"/>
        <source>Water Resources Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="24"/>
        <source>Forestry Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="25"/>
        <source>Transport Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="26"/>
        <source>Civil Affairs Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="28"/>
        <source>Municipal Ecology and Environment Bureau, Pingshun Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="30"/>
        <source>Housing and Urban-Rural Construction Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="32"/>
        <source>Development, Reform, Science and Technology Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="33"/>
        <source>Market Regulation Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="34"/>
        <source>Natural Resources Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="36"/>
        <source>Organization Department of the County Party Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="37"/>
        <source>County Finance Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="38"/>
        <source>County Audit Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="39"/>
        <source>County Statistics Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="41"/>
        <source>Emergency Management Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="42"/>
        <source>Education Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="43"/>
        <source>Culture and Tourism Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="44"/>
        <source>Health Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="45"/>
        <source>Fire and Rescue Brigade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="46"/>
        <source>Energy Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="47"/>
        <source>Water supply company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="48"/>
        <source>Power supply company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="49"/>
        <source>Gas company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="51"/>
        <source>Financial institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="52"/>
        <source>Administrative village</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::DepartmentAdvisor</name>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="28"/>
        <source>the township stops rural housing on cultivated land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="29"/>
        <source>homestead management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="31"/>
        <source>facility agriculture and greenhouse houses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="33"/>
        <source>non-grain use and abandoned cultivated land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="34"/>
        <source>lakes, landscapes and water projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="35"/>
        <source>afforestation and green belts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="36"/>
        <source>green belts along roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="37"/>
        <source>burial land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="38"/>
        <source>construction in nature reserves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="39"/>
        <source>mining on farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="41"/>
        <source>no construction permit for transport projects without land approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="43"/>
        <source>municipal and building works without approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="45"/>
        <source>government-invested projects without land pre-approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="47"/>
        <source>the enterprise&apos;s credit record is made public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="87"/>
        <source>the mining site lies in a nature reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="89"/>
        <source>Whether the mining site lies in a nature reserve (then 市生态环境局平顺分局 takes part) needs a nature-reserve layer, which the project does not have: check by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="94"/>
        <source>the case reaches an accountability threshold: officials&apos; responsibility is examined (既处理事、又处理人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="96"/>
        <source>the occupied area reaches the criminal standard of 法释〔2000〕14号 art. 3: consider a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="99"/>
        <source>a suspected crime is investigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="100"/>
        <source>the procuratorate takes part early in a suspected crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="103"/>
        <source>officials&apos; misconduct behind the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="105"/>
        <source>forced execution of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="107"/>
        <source>reclamation acceptance together with the natural resources bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department_advisor.cpp" line="109"/>
        <source>confiscated buildings and land are handed to the finance bureau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::DepartmentDuty</name>
    <message>
        <location filename="../../core/cases/department.cpp" line="63"/>
        <source>holds officials to account for misconduct behind a case; receives audit clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="64"/>
        <source>investigates suspected crimes of illegal land occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="65"/>
        <source>prosecutes, taking part early in suspected crimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="66"/>
        <source>enforces decisions by force where needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="67"/>
        <source>patrols its villages&apos; grid, stops violations on the spot, stops rural housing on cultivated land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="68"/>
        <source>homesteads, facility agriculture and greenhouse houses, non-grain use and abandoned land; takes part in reclamation acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="69"/>
        <source>digging fields for lakes and landscapes, water projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="70"/>
        <source>afforestation and green belts on farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="71"/>
        <source>no construction permit for transport projects without land approval; green belts along roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="72"/>
        <source>burial land; guides the choice of burial sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="73"/>
        <source>mining, roads and dams in nature reserves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="74"/>
        <source>no start of municipal or building works before the land procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="75"/>
        <source>approves no feasibility study of a government-invested project without land pre-approval and a site opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="76"/>
        <source>makes enterprises&apos; violations public in their credit record; no business licence in illegal buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="77"/>
        <source>measures and files cases, mining on farmland, reclamation acceptance, the annual change survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="78"/>
        <source>uses the townships&apos; assessment results in appointing and evaluating leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="79"/>
        <source>takes over confiscated buildings and land; funds protection; no funds for illegal land use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="80"/>
        <source>audits the performance of protection duties on departure; passes clues to the discipline commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="81"/>
        <source>keeps the statistics of the protection targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="82"/>
        <location filename="../../core/cases/department.cpp" line="83"/>
        <location filename="../../core/cases/department.cpp" line="84"/>
        <location filename="../../core/cases/department.cpp" line="85"/>
        <location filename="../../core/cases/department.cpp" line="87"/>
        <source>issues no licence for businesses in illegal buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="86"/>
        <source>issues no fire-safety approval for businesses in illegal buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="88"/>
        <source>supplies no water to illegal land use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="89"/>
        <source>supplies no power to illegal land use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="90"/>
        <source>supplies no gas to illegal land use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="91"/>
        <source>grants no loans for illegal land use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="92"/>
        <source>patrols daily and reports a clue to the township at once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::EnumTable</name>
    <message>
        <location filename="../../core/cases/case_action.cpp" line="40"/>
        <source>case action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="34"/>
        <source>threshold flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_status.cpp" line="40"/>
        <source>case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_step.cpp" line="26"/>
        <source>penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="108"/>
        <source>deadline unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/deadline_rules.cpp" line="110"/>
        <source>case scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/department.cpp" line="108"/>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/enum_table.h" line="50"/>
        <source>unknown %1 code &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="53"/>
        <source>violation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/accountability_record.cpp" line="38"/>
        <source>accountability organ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::FlagCheck</name>
    <message>
        <location filename="../../core/cases/flag_check.cpp" line="34"/>
        <source>the threshold flag goes down from &apos;%1&apos; to &apos;%2&apos;: state the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/flag_check.cpp" line="46"/>
        <source>incident %1 alone occupies %2 mu of permanent basic farmland (threshold %3 mu): the case cannot be &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/flag_check.cpp" line="51"/>
        <source>incident %1 alone occupies %2 mu of cultivated land (threshold %3 mu): the case cannot be &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::HashChain</name>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="73"/>
        <source>event %1 stands after event %2: it is out of order or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="77"/>
        <source>event %1 stands where event %2 belongs: the log was reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="82"/>
        <source>event %1 is missing before event %2: it was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="95"/>
        <source>event %1 differs from its anchored copy: the log was rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="99"/>
        <source>the log ends at event %1 but event %2 was recorded: events were deleted from the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="111"/>
        <source>event %1 names a second key (%2 after %3): a keyed log keeps its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="115"/>
        <source>the log is keyed from event %1 with the key %2, not with the key given (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="125"/>
        <source>event %1 was changed after it was recorded: its content does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="151"/>
        <source>event %1 does not chain to the event before it: an earlier event was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="162"/>
        <source>the log is keyed (HMAC-SHA256, key %1) from event %2: it can be checked and written only with the key (--key-file or %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/hash_chain.cpp" line="169"/>
        <source>the log is a plain SHA-256 chain although a keyed one was expected: if this project was keyed, its log was rewritten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::InputError</name>
    <message>
        <location filename="../../core/input_error.cpp" line="13"/>
        <source>feature %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::InputRejected</name>
    <message>
        <location filename="../../core/input_rejected.cpp" line="19"/>
        <source>... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::LogKey</name>
    <message>
        <location filename="../../core/cases/log_key.cpp" line="17"/>
        <source>a log key needs at least %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/log_key.cpp" line="24"/>
        <source>cannot read the key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/log_key.cpp" line="30"/>
        <source>the key file holds %1 bytes; a log key needs at least %2 (e.g. `openssl rand -hex 32 &gt; FILE`)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::LogReceipt</name>
    <message>
        <location filename="../../core/cases/log_receipt.cpp" line="45"/>
        <source>not a FarmGuard log receipt (format %1 expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/log_receipt.cpp" line="59"/>
        <source>the receipt names no log head (head_seq, head_hash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/log_receipt.cpp" line="67"/>
        <source>cannot read the receipt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/log_receipt.cpp" line="71"/>
        <source>the receipt is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/log_receipt.cpp" line="91"/>
        <source>the receipt is signed (key %1): give the key (--key-file) to check its signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/log_receipt.cpp" line="93"/>
        <source>the receipt is signed with the key %1, not with the key given (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/log_receipt.cpp" line="95"/>
        <source>the receipt&apos;s signature does not match its content: the receipt was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/log_receipt.cpp" line="108"/>
        <source>the log holds %1 events; the receipt counted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/log_receipt.cpp" line="114"/>
        <source>the receipt was sealed on a log keyed with %1, but the log is now a plain chain: it was rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/log_receipt.cpp" line="116"/>
        <source>the receipt was sealed on a log keyed with %1, but the log is now keyed with %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::MeasureKind</name>
    <message>
        <location filename="../../core/assessment/township_measure.cpp" line="20"/>
        <source>Interview (约谈)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assessment/township_measure.cpp" line="23"/>
        <source>Listed supervision (挂牌督办)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assessment/township_measure.cpp" line="25"/>
        <source>Land approvals suspended (暂停用地审批)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assessment/township_measure.cpp" line="28"/>
        <source>Public criticism (通报批评)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assessment/township_measure.cpp" line="30"/>
        <source>Public commendation (通报表扬)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::Obligation</name>
    <message>
        <location filename="../../core/cases/obligation.cpp" line="22"/>
        <source>Transfer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/obligation.cpp" line="26"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/obligation.cpp" line="31"/>
        <source>counted on the ordinary week (the year&apos;s holiday notice is not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/obligation.cpp" line="37"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::OfficialCalendar</name>
    <message>
        <location filename="../../core/cases/official_calendar.cpp" line="23"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/official_calendar.cpp" line="27"/>
        <source>expected date,holiday,kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/official_calendar.cpp" line="30"/>
        <source>&apos;%1&apos; is not a date such as 2025-10-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/official_calendar.cpp" line="32"/>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/official_calendar.cpp" line="41"/>
        <source>kind &apos;%1&apos; is neither off nor work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/official_calendar.cpp" line="50"/>
        <source>cannot read the holiday notice file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/official_calendar.cpp" line="68"/>
        <source>line 1: expected the header date,holiday,kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/official_calendar.cpp" line="117"/>
        <source>warning: holiday notice skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::PartyMatcher</name>
    <message>
        <location filename="../../core/cases/party_matcher.cpp" line="98"/>
        <source>the same name, recorded without an ID number beside several ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/party_matcher.cpp" line="217"/>
        <source>names alike once full-/half-width forms, spaces and 有限责任公司 / 有限公司 are evened out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::PatrolPlanner</name>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="81"/>
        <source>the plan needs a valid start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="83"/>
        <source>the plan must cover at least one day, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="85"/>
        <source>revisit intervals must be at least one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="93"/>
        <source>cell id repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="99"/>
        <source>officer %1 has no daily capacity (cells or km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="103"/>
        <source>officer %1 is assigned a cell that is not in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="106"/>
        <source>cell assigned to two officers: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="266"/>
        <source>due by %1 (%2: every %3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="269"/>
        <source>risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="309"/>
        <source>out of reach: the round trip from %1&apos;s base is %2 km, more than the %3 km a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="314"/>
        <source>already overdue when the plan starts (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="319"/>
        <source>%1 has no working day in the plan between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="322"/>
        <source>capacity: %1&apos;s %2 a day went to cells due earlier or at higher risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="324"/>
        <source>%1 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/patrol_planner.cpp" line="325"/>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::Penalty</name>
    <message>
        <location filename="../../core/cases/case_step.cpp" line="13"/>
        <source>Demolish and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_step.cpp" line="14"/>
        <source>Confiscate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_step.cpp" line="15"/>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::RiskModel</name>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="54"/>
        <source>high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="54"/>
        <source>normal risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="71"/>
        <source>rural homestead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="72"/>
        <source>road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="72"/>
        <source>town land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="82"/>
        <source>no homestead, road or town land within the search radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="84"/>
        <source>%1 inside the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="86"/>
        <source>%1 %2 m away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="96"/>
        <source>basic farmland %1% of the cell (%2 mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="114"/>
        <source>no incidents recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="115"/>
        <source>incidents: %1, latest %2 (half-life %3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="126"/>
        <source>open cases in or near the cell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="169"/>
        <source>never patrolled (%1: every %2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/risk_model.cpp" line="173"/>
        <source>last patrolled %1 days ago (%2: every %3 days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::Rules</name>
    <message>
        <location filename="../../core/rules.cpp" line="73"/>
        <source>cannot read the rules file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="83"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="85"/>
        <source>the rules file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="93"/>
        <source>key &quot;%1&quot; must be a positive number of mu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="97"/>
        <source>key &quot;%1&quot; must be &quot;notice&quot; or &quot;judicial&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="105"/>
        <source>key &quot;%1&quot; must be a non-empty array of class codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="109"/>
        <source>unknown key &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="124"/>
        <source>key &quot;%1&quot; must be &quot;gross&quot; or &quot;net&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="127"/>
        <source>key &quot;%1&quot; must be &quot;until_decision&quot; or &quot;until_closed&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="131"/>
        <source>key &quot;%1&quot; must be a whole number of months, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="187"/>
        <source>a party&apos;s incidents count until their case is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="188"/>
        <source>a party&apos;s incidents count until a penalty decision is made (未经处理)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="190"/>
        <source>Accumulated (累计计算): %1; no time window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="191"/>
        <source>Accumulated (累计计算): %1, within %2 months before the party&apos;s latest incident (法释〔2000〕14号 art. 9: 一年内多次实施、未经处理的, 累计计算).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="200"/>
        <source>net of 田坎 (each parcel piece × (1 − KCXS), as TBDLMJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules.cpp" line="201"/>
        <source>gross (the parcels&apos; whole area, 田坎 included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules_edges.cpp" line="31"/>
        <source>key &quot;%1&quot; must be a distance in metres, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules_edges.cpp" line="35"/>
        <source>key &quot;%1&quot; must be a whole number of days, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules_edges.cpp" line="39"/>
        <source>key &quot;%1&quot; must be a distance in metres from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::RulesRecord</name>
    <message>
        <location filename="../../core/rules_record.cpp" line="56"/>
        <source>the rules&apos; SHA-256 does not match their text: the setting was changed outside FarmGuard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules_record.cpp" line="71"/>
        <source>notice reading (all cultivated land, basic farmland included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules_record.cpp" line="72"/>
        <source>judicial reading (cultivated land outside basic farmland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules_record.cpp" line="78"/>
        <source>built-in rules of the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules_record.cpp" line="79"/>
        <source>project rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules_record.cpp" line="80"/>
        <source>project rules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/rules_record.cpp" line="81"/>
        <source>%1, %2: %3 mu basic farmland, %4 mu cultivated land; SHA-256 %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::SiteKind</name>
    <message>
        <location filename="../../core/site/site_kind.cpp" line="14"/>
        <source>Construction project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_kind.cpp" line="15"/>
        <source>Homestead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_kind.cpp" line="17"/>
        <source>Facility agriculture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_kind.cpp" line="18"/>
        <source>Burial site or cemetery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_kind.cpp" line="19"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_kind.cpp" line="58"/>
        <source>unknown site kind &apos;%1&apos;: use construction, homestead, facility_agriculture, burial or other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::SiteProcedures</name>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="50"/>
        <source>Land pre-review and site selection opinion (用地预审与选址意见书)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="52"/>
        <source>A construction project&apos;s land is pre-reviewed and its site approved by the natural resources bureau before the project itself may be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="57"/>
        <source>approves no feasibility study (可研), and approves or files no project, before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="61"/>
        <source>Construction land approval (农用地转用、土地征收、供地)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="63"/>
        <source>Building on the site needs its land approved first: agricultural land converted (农用地转用), collective land expropriated (土地征收) and the land supplied. Until then the land may not be built on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="70"/>
        <source>issues no construction permit (施工许可) for a transport project before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="73"/>
        <source>allows no start of work (开工) before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="76"/>
        <source>Cultivated land compensation (耕地占补平衡)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="77"/>
        <source>The site would occupy %1 mu of cultivated land. Its conversion is approved only when as much cultivated land of the same quality has been made up (占一补一、占优补优).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="82"/>
        <source>submits no conversion before the compensation is secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="85"/>
        <source>Occupation of permanent basic farmland (State Council approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="87"/>
        <source>The site would occupy %1 mu of permanent basic farmland. Ordinary construction may not occupy it: only a key project that cannot avoid it may, after a demonstration that it cannot, and the conversion then needs the State Council&apos;s approval. The site should be moved off permanent basic farmland wherever it can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="95"/>
        <source>approves nothing for the project before that approval exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="98"/>
        <source>cannot approve it at county level; reports the demonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="101"/>
        <source>Homestead approval (宅基地审批)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="102"/>
        <source>A rural household&apos;s homestead is approved by the township after the village&apos;s review, within the village plan: one household, one homestead, within the province&apos;s area limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="107"/>
        <source>guides the village&apos;s homestead layout and checks the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="110"/>
        <source>issues no rural construction planning permit (乡村建设规划许可证) without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="113"/>
        <source>Conversion of cultivated land for the homestead (农用地转用)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="115"/>
        <source>The site would occupy %1 mu of cultivated land. A homestead on cultivated land needs its conversion approved first; building on cultivated land without it is what the eight prohibitions (八不准) forbid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="120"/>
        <source>approves no homestead before the conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="123"/>
        <source>No homestead on permanent basic farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="124"/>
        <source>The site would occupy %1 mu of permanent basic farmland. The eight prohibitions forbid building houses on it and no procedure allows a homestead there: another site is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="128"/>
        <source>approves no homestead on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="130"/>
        <source>guides the household to another site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="133"/>
        <source>Facility agricultural land filing (设施农业用地备案)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="135"/>
        <source>Facility agricultural land is filed with the township before building, and the natural resources bureau checks and maps it (上图入库). Without the filing, buildings on farmland are unlawful (&quot;大棚房&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="141"/>
        <source>checks that the facility serves agricultural production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="144"/>
        <source>checks and maps the filing (上图入库)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="147"/>
        <source>Making up cultivated land taken by facility agriculture (进出平衡)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="149"/>
        <source>The site would occupy %1 mu of cultivated land. Facility agriculture should avoid it; where it cannot, as much cultivated land must be made up, and the filing must say how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="154"/>
        <source>accepts no filing without the make-up plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="157"/>
        <source>Facility agriculture on permanent basic farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="158"/>
        <source>The site would occupy %1 mu of permanent basic farmland. Only planting facilities that leave the plough layer intact may use it; livestock sheds, storage and other facilities may not. The facility&apos;s type must be checked before the filing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="165"/>
        <source>files only planting facilities that leave the plough layer intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="168"/>
        <source>Burial site selection (殡葬选址)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="169"/>
        <source>Cemeteries follow the county&apos;s funeral facility plan: the civil affairs bureau guides the site selection and approves public cemeteries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="174"/>
        <source>guides the selection; approves no cemetery outside the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="177"/>
        <source>No graves or cemeteries on cultivated land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="178"/>
        <source>The site would occupy %1 mu of cultivated land. The Funeral Regulations forbid building cemeteries and graves on cultivated land: another site is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="181"/>
        <source>approves no cemetery here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="182"/>
        <source>stops burials here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="185"/>
        <source>Open enforcement case on the land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="186"/>
        <source>The site overlaps %1 open case(s): the land is under enforcement. No approval, permit, licence or connection may be granted for it until the case is dealt with (源头严控).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="191"/>
        <source>deals with the case before any land procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="194"/>
        <source>allows no start of work (开工) while the case is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="197"/>
        <source>Approvals already on the land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="198"/>
        <source>The site overlaps %1 approval(s) on record (listed above). An approval covers only its own use, area and period: the project must match them, and anything beyond them needs its own procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/site/site_procedures.cpp" line="203"/>
        <source>checks the project against the approved use, area and period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::ThresholdFlag</name>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="14"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="15"/>
        <source>Below thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="16"/>
        <source>Threshold reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/case_file.cpp" line="18"/>
        <source>Not an occupation: no threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::TownshipMeasure</name>
    <message>
        <location filename="../../core/assessment/township_measure.cpp" line="72"/>
        <source>a measure needs the township it was taken against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assessment/township_measure.cpp" line="74"/>
        <source>a measure needs its date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assessment/township_measure.cpp" line="76"/>
        <source>a measure needs the body that issued it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::TownshipTarget</name>
    <message>
        <location filename="../../core/assessment/township_target.cpp" line="36"/>
        <source>a target needs its township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assessment/township_target.cpp" line="39"/>
        <source>the year of a target must lie between 2000 and 2100, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assessment/township_target.cpp" line="42"/>
        <source>give the cultivated-land target, the basic-farmland target or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assessment/township_target.cpp" line="45"/>
        <source>a target must be an area greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::VetoTriggers</name>
    <message>
        <location filename="../../core/assessment/veto_triggers.cpp" line="64"/>
        <source>%1 %2 mu is below the target %3 mu (short by %4 mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assessment/veto_triggers.cpp" line="69"/>
        <source>Basic farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assessment/veto_triggers.cpp" line="72"/>
        <source>Cultivated land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assessment/veto_triggers.cpp" line="77"/>
        <source>Threshold case(s) left unprocessed past the deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assessment/veto_triggers.cpp" line="84"/>
        <source>Incident(s) over a threshold without a case: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::VillagePatrolPlanner</name>
    <message>
        <location filename="../../core/patrol/village_patrol_planner.cpp" line="50"/>
        <source>a village patroller needs a name and a village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/village_patrol_planner.cpp" line="52"/>
        <source>no cell of the grid lies in village %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/village_patrol_planner.cpp" line="55"/>
        <source>village %1 has two village patrollers: %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/village_patrol_planner.cpp" line="72"/>
        <source>no village patroller: the village&apos;s daily patrol is not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/patrol/village_patrol_planner.cpp" line="91"/>
        <source>%1&apos;s configured day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/patrol/village_patrol_planner.cpp" line="103"/>
        <source>daily village patrol, %n cell(s)</source>
        <translation>
            <numerusform>daily village patrol, %n cell</numerusform>
            <numerusform>daily village patrol, %n cells</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/patrol/village_patrol_planner.cpp" line="105"/>
        <source>riskiest %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::ViolationType</name>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="14"/>
        <source>Rural housing on cultivated land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="16"/>
        <source>Greenhouse houses / facility agriculture misuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="18"/>
        <source>Non-grain use or abandoned cultivated land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="20"/>
        <source>Digging fields for lakes or landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="22"/>
        <source>Afforestation or green belts on farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="24"/>
        <source>Graves and burial land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="26"/>
        <source>Roads, dams or other construction in nature reserves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="27"/>
        <source>Mining on farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="29"/>
        <source>Transport project without land approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="31"/>
        <source>Municipal or building works without approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="33"/>
        <source>Government-invested project without land pre-approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="36"/>
        <source>Enterprise violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/violation_type.cpp" line="37"/>
        <source>Other violation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::core::WorkingCalendar</name>
    <message>
        <location filename="../../core/cases/working_calendar.cpp" line="18"/>
        <source>no working day within ten years after %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis</name>
    <message>
        <location filename="../../gis/analysis/encroachment_analysis.cpp" line="29"/>
        <source>no field &quot;%1&quot; for the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/analysis/encroachment_analysis.cpp" line="39"/>
        <source>the incident has no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/analysis/encroachment_analysis.cpp" line="42"/>
        <source>the incident is not a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/analysis/encroachment_analysis.cpp" line="48"/>
        <source>the incident polygon is invalid and has no area once repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/analysis/encroachment_analysis.cpp" line="50"/>
        <source>%1: feature %2: invalid incident polygon repaired (MakeValid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/analysis/encroachment_analysis.cpp" line="108"/>
        <source>incident id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/analysis/encroachment_analysis.cpp" line="109"/>
        <source>party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/analysis/encroachment_analysis.cpp" line="245"/>
        <source>incident %1: an overlay needed the 0.1 mm precision grid (near-coincident edges); areas may differ by ~0.001 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="149"/>
        <source>%1, identified as EPSG:%2 (%3% match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="157"/>
        <source>%1 (Esri-style CGCS2000 &quot;%2&quot;), matched to EPSG:%3 by its datum and projection parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="166"/>
        <source>%1 (no EPSG equivalent found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="198"/>
        <source>no .prj or CRS definition and no coordinates to infer one from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="209"/>
        <source>inferred from coordinates (%1): longitude/latitude in China, CGCS2000 assumed (WGS 84 differs by under 1 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="212"/>
        <source>inferred from coordinates (%1): longitude/latitude, WGS 84 assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="222"/>
        <source>inferred from coordinates (%1): 8-digit eastings carry zone prefix %2, so Gauss-Kruger zone %2; datum assumed CGCS2000 (Xian 1980 and Beijing 1954 cannot be told apart from coordinates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="230"/>
        <source>coordinates (%1) look like Gauss-Kruger without a zone prefix; the zone cannot be known from coordinates alone - give it with --crs (e.g. EPSG:4547 for CM 114°E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="235"/>
        <source>no .prj or CRS definition, and the coordinates (%1) fit no known CRS (local or engineering coordinates?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="295"/>
        <source>it puts the data at %1..%2°E, %3..%4°N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="300"/>
        <source>the coordinates are outside its valid range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="301"/>
        <source>the declared CRS %1 does not fit the coordinates (x %2..%3, y %4..%5): %6%7; the CRS definition (.prj) is probably wrong - check it or give the CRS with --crs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/crs_detection.cpp" line="309"/>
        <source>, outside its area of use (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="68"/>
        <source>not a vector data source FarmGuard can read (Shapefile, GeoPackage, GeoJSON, KML, GPX, CSV, FileGDB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="70"/>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="94"/>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="107"/>
        <source>cannot wrap the bare JSON array in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="117"/>
        <source>cannot make a temporary copy to rebuild the .shx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="126"/>
        <source>cannot copy to a temporary folder to rebuild the .shx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="130"/>
        <source>the shape index (.shx) was missing: GDAL rebuilt it in a temporary copy; your folder was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="147"/>
        <source>the shape file %1.shp is missing; a shapefile needs its .shp, .shx and .dbf together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="165"/>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="169"/>
        <source>is a folder, not a layer file: give the .shp, .gpkg, .geojson ... inside it (only an Esri .gdb folder is read as a whole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="172"/>
        <source>cannot read the file (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="174"/>
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dataset_opener.cpp" line="201"/>
        <source>the file&apos;s top level is a bare array of Features, not a FeatureCollection (invalid GeoJSON, common in web-map data): read it as a FeatureCollection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="149"/>
        <source>as %1: %2 of %3 strings invalid, %4% Chinese characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="159"/>
        <source>no .cpg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="159"/>
        <source>.cpg says &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="162"/>
        <source>LDID 0x%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="164"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="166"/>
        <source>LDID unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="205"/>
        <source>given with --encoding (%1); %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="210"/>
        <source>all text is ASCII, so every encoding reads it alike (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="221"/>
        <source>%1 strings (values, field names) with non-ASCII bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="227"/>
        <source>%1 four-byte GB18030 sequences (characters beyond GBK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="228"/>
        <source>GBK-compatible: no four-byte GB18030 sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="231"/>
        <source>the .cpg says %1 but the bytes are %2: the .cpg is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_encoding.cpp" line="234"/>
        <source>%1 byte sequences are invalid in every candidate and show as replacement characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="49"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="33"/>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="35"/>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="37"/>
        <source>polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="41"/>
        <source>mixed or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="50"/>
        <source>no vector layer named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="55"/>
        <source>the source holds no vector layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="65"/>
        <source>the source holds %1 layers (%2); read &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="80"/>
        <source>the %1 format stores text as Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="82"/>
        <source>--encoding %1 ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="89"/>
        <source>from the .prj file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="91"/>
        <source>declared by the GeoJSON file (WGS 84 unless it has a crs member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="92"/>
        <source>declared by the %1 source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="108"/>
        <source>%1, but PROJ cannot use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="117"/>
        <source>given with --crs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="120"/>
        <source>--crs &apos;%1&apos; is not a coordinate reference system PROJ knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="134"/>
        <source>WGS 84 longitude/latitude in China: web-map data (AMap, DataV, Tencent) labelled WGS 84 is often GCJ-02, offset by several hundred metres; check it against a known layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="144"/>
        <source>%1 of %2 records in the .dbf were not read: they are marked deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="154"/>
        <source>is a %1 layer (%2), but a %3 layer is needed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/layer_reader.cpp" line="229"/>
        <location filename="../../gis/io/layer_stream.cpp" line="39"/>
        <source>unknown text encoding &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="32"/>
        <source>cannot read the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="34"/>
        <source>the %1 is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="38"/>
        <source>the %1 is truncated: %2 bytes, shorter than the 100-byte header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="43"/>
        <source>the %1 is not a shapefile (file code %2, expected 9994)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="52"/>
        <source>shape index (.shx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="56"/>
        <source>cannot read the shape index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="60"/>
        <source>the shape index is truncated: %1 bytes is not a whole number of 8-byte records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="73"/>
        <source>the shape file is truncated: record %1 of %2 ends at byte %3 but the file has %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="88"/>
        <source>shape file (.shp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="93"/>
        <source>the shape file is truncated: its header says %1 bytes but the file has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="103"/>
        <source>the shape index %1.shx is missing. GDAL can rebuild it: read again with --restore-shx (FarmGuard rebuilds it in a temporary copy and leaves your folder untouched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="113"/>
        <source>the attribute table %1.dbf is missing; a shapefile needs its .shp, .shx and .dbf together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_check.cpp" line="119"/>
        <source>record counts differ: the .shx lists %1 shapes but the .dbf has %2 records; the set is damaged or mixed from different versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="47"/>
        <source>coordinate reference system unknown (%1); give it with --crs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="57"/>
        <source>; the other layers use EPSG:%1 (%2): try --crs EPSG:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="93"/>
        <source>&apos;%1&apos; is not a CGCS2000 3-degree Gauss-Kruger zone (EPSG:4513-4554)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="94"/>
        <source>EPSG:%1 %2, given with --crs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="147"/>
        <source>no feature could be located on the earth to choose a working CRS; give one with --crs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="166"/>
        <source>the data lies at %1°E, outside the CGCS2000 3-degree zones (75°E-135°E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="170"/>
        <source>zone %1 (CM %2°E) contains the centre of the data at %3°E, %4°N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="176"/>
        <source>zone-prefixed eastings, as the input uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="177"/>
        <source>central-meridian-only eastings, as the input uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="178"/>
        <source>central-meridian-only eastings (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="181"/>
        <source>the data spans zones %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="207"/>
        <source>several tens of metres, in places over 100 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="209"/>
        <source>under 1 m (WGS 84 and CGCS2000 agree to decimetres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="211"/>
        <source>unknown, possibly hundreds of metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="212"/>
        <source>datum shift %1 -&gt; CGCS2000 is approximate (PROJ has no parameters for it); expected position error: %2. Ask the data owner for the official transformation parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="217"/>
        <source>datum shift %1 -&gt; CGCS2000 is accurate to about %2 m only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="237"/>
        <source>EPSG:%1 is not a CGCS2000 3-degree Gauss-Kruger zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="248"/>
        <source>PROJ finds no transformation from %1 to EPSG:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="264"/>
        <source>coordinates cannot be transformed from %1 to EPSG:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="284"/>
        <source>transformed from %1 (EPSG:%2; %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="296"/>
        <source>CGCS2000 3-degree Gauss-Kruger, central meridian %1°E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="298"/>
        <source>CGCS2000 3-degree Gauss-Kruger, zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/working_crs.cpp" line="300"/>
        <source>China Geodetic Coordinate System 2000 (CGCS2000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/special_files.cpp" line="37"/>
        <source>a FIFO (named pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/special_files.cpp" line="39"/>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/special_files.cpp" line="41"/>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/special_files.cpp" line="43"/>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/special_files.cpp" line="46"/>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/special_files.cpp" line="53"/>
        <source>is %1, not a regular file: refused (reading it could wait forever)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::ApprovalImporter</name>
    <message>
        <location filename="../../gis/usecases/approval_importer.cpp" line="31"/>
        <source>the layer has no field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/approval_importer.cpp" line="52"/>
        <source>the layer has no document number (文号) field: name it with --number-field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/approval_importer.cpp" line="102"/>
        <source>no kind (give the layer a kind field or --kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/approval_importer.cpp" line="109"/>
        <source>a date field holds something that is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/approval_importer.cpp" line="123"/>
        <source>%1 problem(s) found before anything was written: no approval was imported (all or nothing per file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/approval_importer.cpp" line="150"/>
        <source>the project already has an approval with this document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/approval_importer.cpp" line="160"/>
        <source>approvals imported from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::AreaCalculator</name>
    <message>
        <location filename="../../gis/geometry/area_calculator.cpp" line="123"/>
        <source>coordinates outside the domain of EPSG:%1 cannot be measured on the ellipsoid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::CaseActions</name>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="21"/>
        <source>no case with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="81"/>
        <source>case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="90"/>
        <source>judged again before closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="103"/>
        <source>the organ that decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="105"/>
        <source>the persons held to account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="107"/>
        <source>the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="109"/>
        <source>the date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="111"/>
        <source>an accountability record needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="111"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="121"/>
        <source>the suspicion has no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="123"/>
        <source>the suspicion is dated before the clue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="127"/>
        <source>a crime is suspected already since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="128"/>
        <source>officials&apos; misconduct is suspected already since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="138"/>
        <source>the declaration has no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="141"/>
        <source>the case was declared major already on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="142"/>
        <source>the case was declared major already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="154"/>
        <source>the case is %1: a closed or dismissed case is not transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="157"/>
        <source>a transfer states its reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="159"/>
        <source>the transfer has no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="184"/>
        <source>the reply has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="189"/>
        <source>transfer %1 was answered already on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="191"/>
        <source>the reply must be dated on or after the transfer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_actions.cpp" line="195"/>
        <source>the case has no transfer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::CaseFigures</name>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="88"/>
        <source>party total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="102"/>
        <source>accountability (party total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="102"/>
        <source>accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="105"/>
        <source>below threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="108"/>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="110"/>
        <source>not an occupation: no threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="112"/>
        <source>%1, 临界 (review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="122"/>
        <source>%1 (±%2 m: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="132"/>
        <source>%1: %2 mu basic farmland, %3 mu cultivated land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="134"/>
        <source>当事人累计 (the party&apos;s total): %1&apos;s incidents not yet dealt with count together, overlaps once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="139"/>
        <source>Together %1 mu basic farmland, %2 mu cultivated land (thresholds %3 and %4 mu): %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="142"/>
        <source>threshold reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="142"/>
        <source>below the thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="144"/>
        <source>This case alone (%1): %2 mu basic farmland, %3 mu cultivated land.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="149"/>
        <source>Left out by the time window: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="216"/>
        <source>%1 (%2, %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="218"/>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="219"/>
        <source>%1 mu approved (已批准) by %2; the figures are of the unlawful part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="226"/>
        <source>not an occupation (非粮化, 撂荒): the occupation thresholds do not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="228"/>
        <source>not every incident of the case is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="230"/>
        <source>%1 mu basic farmland, %2 mu cultivated land (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="233"/>
        <source>; cultivated land gross %1 mu, net of 田坎 %2 mu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="236"/>
        <source>; accumulated with the party&apos;s %1: %2 mu basic farmland, %3 mu cultivated land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="240"/>
        <source>; 临界: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="242"/>
        <source>; 疑似化整为零 with %1 (together %2 mu basic farmland, %3 mu cultivated land)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="245"/>
        <source>; thresholds %1 and %2 mu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::CaseFlags</name>
    <message>
        <location filename="../../gis/usecases/case_flags.cpp" line="22"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_flags.cpp" line="131"/>
        <source>no case with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_flags.cpp" line="136"/>
        <source>the figures say &apos;%1&apos;, not &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_flags.cpp" line="140"/>
        <source>the threshold flag goes down from &apos;%1&apos; to &apos;%2&apos;: state the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_flags.cpp" line="143"/>
        <source>the case is already flagged &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::CaseJudgement</name>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="27"/>
        <source>the project has no case with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/case_judgement.cpp" line="346"/>
        <source>the project has no incident with this id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::CaseMapPainter</name>
    <message>
        <location filename="../../gis/report/case_map.cpp" line="210"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_map_furniture.cpp" line="61"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_map_furniture.cpp" line="66"/>
        <source>This case&apos;s incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_map_furniture.cpp" line="73"/>
        <source>Boundary point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_map_furniture.cpp" line="79"/>
        <source>Permanent basic farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_map_furniture.cpp" line="86"/>
        <source>Village boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_map_furniture.cpp" line="124"/>
        <source>Scale 1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_map_furniture.cpp" line="124"/>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_map_furniture.cpp" line="124"/>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_map_furniture.cpp" line="135"/>
        <source>Location in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_map_furniture.cpp" line="145"/>
        <source>No township boundary layer was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::CaseReport</name>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="49"/>
        <source>ellipsoidal (三调, CGCS2000 ellipsoid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="50"/>
        <source>geodesic (GeographicLib, CGCS2000 ellipsoid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="51"/>
        <source>planar (Gauss-Krüger plane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="59"/>
        <source>Ellipsoidal area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="60"/>
        <source>Geodesic area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="61"/>
        <source>Planar area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="68"/>
        <source>Areas: %1 method, m² and mu to 0.01 (1 mu = 10000/15 m²). Coordinates: %2 (EPSG:%3), metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="79"/>
        <location filename="../../gis/report/case_report.cpp" line="114"/>
        <source>Case Incident Analysis Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="80"/>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="102"/>
        <location filename="../../gis/report/case_report.cpp" line="107"/>
        <source>cannot write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="131"/>
        <location filename="../../gis/report/case_report.cpp" line="133"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="132"/>
        <location filename="../../gis/report/case_report.cpp" line="134"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="136"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="136"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="138"/>
        <source>Violation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="138"/>
        <source>Clue source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="139"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="139"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="140"/>
        <source>Discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="140"/>
        <source>Report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="152"/>
        <source>1. Map of the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="197"/>
        <source>2. Occupied area by land class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="201"/>
        <source>Occupied area by land class (m² and mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="202"/>
        <source>Land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="202"/>
        <source>%1 m² (verdict method)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="203"/>
        <source>%1 mu (verdict method)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="204"/>
        <location filename="../../gis/report/case_report.cpp" line="205"/>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="211"/>
        <source>Incident (whole polygon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="213"/>
        <source>Permanent basic farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="215"/>
        <source>Cultivated land (basic farmland included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="216"/>
        <source>Cultivated land outside basic farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="218"/>
        <source>Cultivated land net of 田坎 (KCXS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="219"/>
        <source>Cultivated land outside basic farmland, net of 田坎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="222"/>
        <source>  of which %1 %2 (cultivated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="224"/>
        <source>  of which %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="225"/>
        <source>Each figure is the area of (incident ∩ union of the layer&apos;s parcels), overlaps counted once. Verdict method: %1. Other columns: %2 and %3, for comparison. CRS: %4 (EPSG:%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="254"/>
        <source>The land-use layer gives no 田坎 coefficient (KCXS): cultivated land is measured gross only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="257"/>
        <source>Gross %1 mu, net of 田坎 %2 mu; the rules judge the %3 figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="275"/>
        <source>%1 %2 mu basic farmland, %3 mu cultivated land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="280"/>
        <source>当事人累计 (the party&apos;s total): the party&apos;s incidents not yet dealt with are judged together — %1; the case is judged on its own figures and on this total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="286"/>
        <source>Not added up (outside the time window): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="293"/>
        <source>临界 (needs review): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="295"/>
        <source>疑似化整为零 (suspected split plots, %1): incidents %2%3, each below the thresholds, together %4 mu basic farmland and %5 mu cultivated land (overlaps once) — to be reviewed as one occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="299"/>
        <source> (no party recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="299"/>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="306"/>
        <source>3. Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="308"/>
        <source>The county notice, section 三(三), rules: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="246"/>
        <location filename="../../gis/report/case_report.cpp" line="272"/>
        <location filename="../../gis/report/case_report.cpp" line="321"/>
        <source>threshold reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="246"/>
        <location filename="../../gis/report/case_report.cpp" line="272"/>
        <location filename="../../gis/report/case_report.cpp" line="321"/>
        <source>below the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="248"/>
        <source>all cultivated land, basic farmland included (the notice&apos;s wording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="249"/>
        <source>cultivated land outside basic farmland (judicial interpretation of Criminal Law art. 342)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="312"/>
        <source>This is not an occupation of land but cultivated land kept from grain or left idle (%1): the occupation thresholds do not apply and it is not added to the party&apos;s occupations. It is handled by the agriculture and rural affairs bureau. Areas above are for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="317"/>
        <source>Conclusion: not judged against the accountability thresholds (not an occupation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="322"/>
        <source>Permanent basic farmland occupied: %1 mu; threshold %2 mu or more: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="250"/>
        <source>Cultivated land occupied, %1: %2 mu; threshold %3 mu or more: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="328"/>
        <source>Figures by the %1 method, rounded to 0.01 mu as printed; “or more” includes the threshold itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="268"/>
        <source>Accumulated over the party&apos;s incidents %1 (union, overlaps counted once): basic farmland %2 mu, cultivated land %3 mu: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="327"/>
        <source>Approved land: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="333"/>
        <source>Judged under: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="338"/>
        <source>The case&apos;s recorded threshold flag (%1) differs from these figures (%2): the case must be judged again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="343"/>
        <source>Verdict: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="345"/>
        <source>Conclusion: this case reaches the accountability threshold; the accountability procedure (责任追究程序) must be started without exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report.cpp" line="347"/>
        <source>Conclusion: this case does not reach the accountability thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="34"/>
        <source>4. Boundary point coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="36"/>
        <source>Boundary point coordinate table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="37"/>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="37"/>
        <source>X (northing, m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="38"/>
        <source>Y (easting, m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="38"/>
        <source>Edge to next point (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="43"/>
        <source>Part %1, hole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="43"/>
        <source>Part %1, outer ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="52"/>
        <source>Coordinates in %1 (EPSG:%2), to 0.001 m: X is the northing, Y the easting. Points run clockwise from the north-west corner; edge lengths are distances in the Gauss-Krüger plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="99"/>
        <source>5. Case timeline and transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="101"/>
        <source>No case steps or transfers are recorded: the report was made from layer files, not from a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="107"/>
        <source>Case steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="89"/>
        <location filename="../../gis/report/case_report_sections.cpp" line="108"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="66"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="67"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="67"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="67"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="71"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="72"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="84"/>
        <source>No accountability record yet: the case cannot be closed without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="88"/>
        <source>Accountability (既处理事、又处理人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="89"/>
        <source>Organ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="89"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="89"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="90"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="108"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="108"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="108"/>
        <location filename="../../gis/report/case_report_sections.cpp" line="129"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="109"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="109"/>
        <location filename="../../gis/report/case_report_sections.cpp" line="129"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="114"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="124"/>
        <source>No transfers are recorded for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="128"/>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="129"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="129"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="130"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="130"/>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="133"/>
        <source>no reply yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="140"/>
        <source>Data notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="149"/>
        <source>Analyst (signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="149"/>
        <source>Reviewer (signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="149"/>
        <source>Bureau (seal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_sections.cpp" line="159"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::CaseReportBuilder</name>
    <message>
        <location filename="../../gis/report/case_report_builder.cpp" line="48"/>
        <source>the incident layer has no field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_builder.cpp" line="55"/>
        <source>no incident has the id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_builder.cpp" line="122"/>
        <source>party total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_builder.cpp" line="152"/>
        <source>incident layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_builder.cpp" line="153"/>
        <source>basic farmland layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_builder.cpp" line="154"/>
        <source>land-use layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_builder.cpp" line="155"/>
        <source>village boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_builder.cpp" line="156"/>
        <source>township boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/case_report_builder.cpp" line="160"/>
        <source>Accumulated (累计计算): every incident of the party in the layer (a layer file holds no case records).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::CaseRows</name>
    <message>
        <location filename="../../gis/store/sql/sql_case_rows.cpp" line="117"/>
        <source>the case has no clue step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::DataFinding</name>
    <message>
        <location filename="../../gis/store/log_replay.cpp" line="22"/>
        <source>%1 %2: the log records this row but the table has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/log_replay.cpp" line="24"/>
        <source>%1 %2: the table has this row but the log never recorded it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/log_replay.cpp" line="25"/>
        <source>%1 %2: %3 is &apos;%4&apos; but the log says &apos;%5&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::DbfFile</name>
    <message>
        <location filename="../../gis/io/dbf_file.cpp" line="48"/>
        <source>cannot read the attribute table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_file.cpp" line="53"/>
        <source>attribute table is truncated: %1 bytes, shorter than the 32-byte dBASE header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_file.cpp" line="62"/>
        <source>not a valid dBASE attribute table (header length %1, record length %2, file size %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/dbf_file.cpp" line="84"/>
        <source>attribute table is truncated: its header promises %1 records (%2 bytes) but the file has %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::EmptyLayers</name>
    <message>
        <location filename="../../gis/usecases/empty_layers.cpp" line="17"/>
        <source>%1: the layer holds no features (the file is empty, or every feature was skipped): every area measured against it is 0 and nothing is drawn from it; check that this is the right file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::FeatureReader</name>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="241"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="310"/>
        <source>feature %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="326"/>
        <source>reading stopped after %1 features: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="395"/>
        <source>%1 invalid polygons repaired with GEOS MakeValid, feature ids: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="399"/>
        <source>%1 features skipped: null or empty geometry, feature ids: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="403"/>
        <source>%1 features skipped: invalid and nothing left after repair, feature ids: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="407"/>
        <source>%1 features skipped: geometry of another kind than the layer&apos;s, feature ids: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="412"/>
        <source>%1 features skipped: NaN or infinite coordinates, feature ids: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="416"/>
        <source>%1 geometries could not be converted (unsupported type), feature ids: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/feature_reader.cpp" line="420"/>
        <source>GDAL: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::GpkgBackend</name>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_backend.cpp" line="115"/>
        <source>the new project is still in use: it was not given its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_backend.cpp" line="117"/>
        <source>cannot give the new project its name (a file of that name appeared meanwhile, or the folder cannot be written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_backend.cpp" line="133"/>
        <source>the file exists already: choose a new project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_backend.cpp" line="135"/>
        <source>the operator&apos;s name is required: every change records who made it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_restore_sink.cpp" line="27"/>
        <source>the destination exists already: choose a new project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_restore_sink.cpp" line="77"/>
        <source>the dump holds no tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::GpkgFile</name>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_file.cpp" line="30"/>
        <source>cannot create field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_file.cpp" line="55"/>
        <source>the file exists already: choose a new project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_file.cpp" line="60"/>
        <source>cannot create the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_file.cpp" line="71"/>
        <source>cannot open the project to add layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_file.cpp" line="78"/>
        <source>cannot create layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_file.cpp" line="82"/>
        <source>cannot write layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::GpkgLayerWriter</name>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_layer_writer.cpp" line="116"/>
        <source>cannot write layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_layer_writer.cpp" line="154"/>
        <source>cannot write a feature of layer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::GpkgProjectStore</name>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="88"/>
        <source>the operator&apos;s name is required: every change records who made it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="90"/>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="154"/>
        <source>no such project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="101"/>
        <source>the project was written by an older FarmGuard (schema version %1): open it once for editing to upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="112"/>
        <source>the project file is read-only (its permissions or its folder&apos;s): it was opened for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="164"/>
        <source>verify-log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="193"/>
        <source>the check stopped where the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="278"/>
        <source>the project&apos;s working CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="69"/>
        <source>not a GeoPackage, so not a FarmGuard project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="74"/>
        <source>not a FarmGuard project (create one with &apos;farmguard-cli project create&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_project_store.cpp" line="160"/>
        <source>not a FarmGuard project: it has no audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::GpkgRtree</name>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_rtree.cpp" line="183"/>
        <source>the spatial index of %1 is not empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::GridBuilder</name>
    <message>
        <location filename="../../gis/patrol/grid_builder.cpp" line="25"/>
        <source>the layer has no field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_builder.cpp" line="63"/>
        <source>no township named or coded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_builder.cpp" line="87"/>
        <source>the cell size must be positive, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_builder.cpp" line="98"/>
        <source>a %1 m grid over these townships would have more than a million squares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_builder.cpp" line="118"/>
        <source>some cells were clipped on the 0.1 mm precision grid (near-coincident edges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_builder.cpp" line="127"/>
        <source>one cell per village needs a villages layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/patrol/cell_probes.cpp" line="95"/>
        <source>%1: feature %2: discovery date &apos;%3&apos; in %4 is not a date; the incident is left out of the cell&apos;s risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::GridFile</name>
    <message>
        <location filename="../../gis/patrol/grid_file.cpp" line="76"/>
        <source>cell %1 has a geometry GDAL cannot take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_file.cpp" line="79"/>
        <source>cannot write cell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_file.cpp" line="87"/>
        <source>the file exists; choose a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_file.cpp" line="92"/>
        <source>cannot create the GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_file.cpp" line="97"/>
        <source>cannot create the grid layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_file.cpp" line="119"/>
        <source>not a patrol grid: the field %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/patrol/grid_file.cpp" line="141"/>
        <source>incident date &apos;%1&apos; is not yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::ImportGuard</name>
    <message>
        <location filename="../../gis/usecases/import_guard.cpp" line="70"/>
        <source>NaN or infinite coordinates: refused (repairing them would measure another shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/import_guard.cpp" line="72"/>
        <source>no geometry (NULL or empty): an incident needs its polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/import_guard.cpp" line="73"/>
        <source>invalid polygon with no area left once repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/import_guard.cpp" line="74"/>
        <source>not a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/import_guard.cpp" line="84"/>
        <source>duplicate id %1 (also feature %2 of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/import_guard.cpp" line="129"/>
        <source>its area %1 km² is %2% of the county&apos;s %3 km², over the limit of %4% (a wrong unit or CRS?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/import_guard.cpp" line="141"/>
        <source>lies outside the project&apos;s townships, %1 km from the nearest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/import_guard.cpp" line="149"/>
        <source>reaches beyond the project&apos;s townships by more than the tolerance of %1 m (%2 m² outside)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::IncidentImporter</name>
    <message>
        <location filename="../../gis/usecases/incident_importer.cpp" line="32"/>
        <source>the layer has no field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/incident_importer.cpp" line="82"/>
        <source>%1 problem(s) found before anything was written: nothing was imported (all or nothing per file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/incident_importer.cpp" line="221"/>
        <source>%1: incident %2: the ID number &apos;%3&apos; has a wrong check character; recorded as given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/incident_importer.cpp" line="262"/>
        <source>%1: incident %2 is already in the project: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/incident_importer.cpp" line="311"/>
        <source>incidents imported from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/incident_importer.cpp" line="218"/>
        <source>%1: incident %2: unknown violation type &apos;%3&apos;, recorded as other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/incident_importer.cpp" line="202"/>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::IncidentLayer</name>
    <message>
        <location filename="../../gis/usecases/incident_layer.cpp" line="69"/>
        <source>the project&apos;s working CRS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::IncidentReshape</name>
    <message>
        <location filename="../../gis/usecases/incident_reshape.cpp" line="19"/>
        <source>the project has no incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/incident_reshape.cpp" line="34"/>
        <source>incident %1 reshaped and measured again (basic farmland %2 → %3 mu, cultivated %4 → %5 mu)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::IncidentSource</name>
    <message>
        <location filename="../../gis/store/incident_record.cpp" line="19"/>
        <source>Patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/incident_record.cpp" line="21"/>
        <source>Public report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/incident_record.cpp" line="23"/>
        <source>Satellite monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/incident_record.cpp" line="25"/>
        <source>Department transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/incident_record.cpp" line="26"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/incident_record.cpp" line="53"/>
        <source>unknown incident source &apos;%1&apos; (patrol, public_report, satellite, department_transfer, other, or 巡查, 举报, 卫片, 部门移送, 其他)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::JointDisciplineNotice</name>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="26"/>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="41"/>
        <source>Joint Discipline Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="27"/>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="29"/>
        <source>Areas: %1 method, m² and mu to 0.01 (1 mu = 10000/15 m²), as the case was judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="42"/>
        <source>(source control of illegal land use, case %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="47"/>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="47"/>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="66"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="60"/>
        <source>%1 (ID number %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="62"/>
        <source>The bureau has found that %1 uses land at %2 unlawfully (case %3, incidents %4, %5; case stage: %6). The land concerned measures %7 m² (%8 mu), of which permanent basic farmland %9 mu and cultivated land %10 mu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="65"/>
        <source>an unknown party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="65"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="71"/>
        <source>Judged under: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="72"/>
        <source>Under the county notice on the shared responsibility for farmland protection (源头严控, 部门协同), no department or company may grant approvals, permits, licences or funds, or supply water, power, gas or loans, for illegal land use. Until this case is closed, each body named below shall, for this land and the buildings and businesses on it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="83"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="83"/>
        <source>Shall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="86"/>
        <source>Each body replies to the bureau in writing within 5 working days with what it did; a breach is passed to the county discipline commission (纪委监委).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="101"/>
        <source>%1 (seal)
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/joint_discipline_notice.cpp" line="103"/>
        <source>Copy: county discipline commission (纪委监委), township government</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::LayerLegend</name>
    <message>
        <location filename="../../gis/render/layer_legend.cpp" line="47"/>
        <source>Reaches the accountability thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/render/layer_legend.cpp" line="48"/>
        <source>Below the thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/render/layer_legend.cpp" line="49"/>
        <source>Not analysed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/render/layer_legend.cpp" line="69"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/render/layer_legend.cpp" line="87"/>
        <source>Permanent basic farmland (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/render/layer_legend.cpp" line="90"/>
        <source>Boundary (outline, labelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/render/layer_legend.cpp" line="97"/>
        <source>Point symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/render/layer_legend.cpp" line="100"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/render/layer_legend.cpp" line="105"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::MajorCaseReport</name>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="28"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="30"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="32"/>
        <source>met late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="34"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="55"/>
        <source>Major case report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="58"/>
        <source>Areas in mu (1 mu = 666.67 m²), ellipsoidal (CGCS2000), rounded to 0.01 as judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="69"/>
        <source>Report of a major case of illegal land occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="70"/>
        <source>To the county people&apos;s government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="85"/>
        <source>1. The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="87"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="87"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="89"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="90"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="91"/>
        <source>Violation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="92"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="93"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="94"/>
        <source>Clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="94"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="95"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="103"/>
        <source>2. Why the case is major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="105"/>
        <source>Occupied by the case&apos;s incidents: %1 mu of permanent basic farmland, %2 mu of cultivated land.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="109"/>
        <source>Accumulated with the party&apos;s incidents not yet dealt with (%1): %2 mu of permanent basic farmland, %3 mu of cultivated land.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="114"/>
        <source>The occupied area is not measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="117"/>
        <source>The case reaches the accountability threshold of the county notice (三(三)): the accountability procedure is started without exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="122"/>
        <source>Declared a major case on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="123"/>
        <source>Declared a major case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="126"/>
        <source>A crime (Criminal Law art. 342) is suspected since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="128"/>
        <source>Officials&apos; misconduct is suspected since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="129"/>
        <source>Judged under: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="134"/>
        <source>3. What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="136"/>
        <location filename="../../gis/report/major_case_report.cpp" line="171"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="136"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="136"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="136"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="140"/>
        <source>with %1 (Agriculture and Rural Affairs Bureau) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="148"/>
        <source>4. Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="150"/>
        <source>No transfer is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="154"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="154"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="154"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="154"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="157"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="157"/>
        <source>no reply yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="163"/>
        <source>5. Accountability (既处理事、又处理人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="166"/>
        <source>No accountability record yet: the case cannot be closed without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="167"/>
        <source>No accountability record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="171"/>
        <source>Organ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="171"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="171"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="172"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="181"/>
        <source>6. Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="183"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="183"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="183"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="183"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="189"/>
        <source>Working days on the State Council&apos;s holiday notices; states as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="200"/>
        <source>Reporting unit (seal): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="200"/>
        <source>Person in charge (signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/major_case_report.cpp" line="201"/>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::OfficerRoster</name>
    <message>
        <location filename="../../gis/usecases/officer_roster.cpp" line="33"/>
        <source>an officer needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/officer_roster.cpp" line="41"/>
        <source>officer %1 already exists; use update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/officer_roster.cpp" line="43"/>
        <source>no officer named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/officer_roster.cpp" line="53"/>
        <source>no cell of the project&apos;s grid lies in township %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::OverlayEngine</name>
    <message>
        <location filename="../../gis/analysis/overlay_engine.cpp" line="32"/>
        <source>no land-class field &quot;%1&quot; (choose one with --class-field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/analysis/overlay_engine.cpp" line="71"/>
        <source>%1: feature %2: 田坎 coefficient %3 is not a fraction from 0 to 1: no 田坎 deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/analysis/overlay_engine.cpp" line="130"/>
        <source>%1: feature %2: invalid geometry repaired (MakeValid) before the overlay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::PartyIdentities</name>
    <message>
        <location filename="../../gis/usecases/party_identities.cpp" line="43"/>
        <source>project setting &apos;%1&apos; is not a list of party decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/party_identities.cpp" line="72"/>
        <source>a party cannot be paired with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/party_identities.cpp" line="80"/>
        <source>no incident records the party &apos;%1&apos;%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::PatrolPlanning</name>
    <message>
        <location filename="../../gis/usecases/patrol_planning.cpp" line="41"/>
        <source>%1 grid officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/patrol_planning.cpp" line="72"/>
        <source>the project has no patrol grid yet: make one first (&apos;farmguard-cli grid&apos; or Patrol → Make Grid…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::PatrolReport</name>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="148"/>
        <source>Patrol Plan Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="164"/>
        <source>%1 Grid Patrol Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="166"/>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="350"/>
        <source>Grid cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="351"/>
        <source>High-risk cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="352"/>
        <source>Village boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="257"/>
        <source>Scale 1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="257"/>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="257"/>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="252"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="415"/>
        <source>Patrol plan of %1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="418"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="418"/>
        <location filename="../../gis/report/patrol_report.cpp" line="443"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="398"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="399"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="399"/>
        <location filename="../../gis/report/patrol_report.cpp" line="443"/>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="399"/>
        <source>Leg (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="444"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="412"/>
        <source>Daily routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="419"/>
        <source>Route length (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="39"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="40"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="41"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="42"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="43"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="44"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="45"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="95"/>
        <source>%1 cell %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="151"/>
        <source>Distances: straight legs between cell centres in %1, km to 0.01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="171"/>
        <source>No officer patrols in %1 in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="194"/>
        <source>%1 (%2): route of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="195"/>
        <source>%1 stops, %2 km from the base through the stops (straight legs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="336"/>
        <source>Route and stops in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="369"/>
        <location filename="../../gis/report/patrol_report.cpp" line="396"/>
        <source>Stops in route order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="373"/>
        <source>%1. %2 — %3, visit by %4, leg %5 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="389"/>
        <location filename="../../gis/report/patrol_report.cpp" line="406"/>
        <source>Leg: straight distance from the previous stop, the first from the officer&apos;s base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="398"/>
        <location filename="../../gis/report/patrol_report.cpp" line="443"/>
        <source>Village and cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="400"/>
        <source>What the stop is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="418"/>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="419"/>
        <source>Villages in route order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="433"/>
        <source>Route length: from the officer&apos;s base through the cells and back, straight legs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="439"/>
        <source>What the plan cannot do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="441"/>
        <source>Interval shortfalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="444"/>
        <source>Visited on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="449"/>
        <source>not visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="452"/>
        <source>Every cell&apos;s required interval is kept in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="459"/>
        <source>Every cell of the township has an officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="460"/>
        <source>Cells no officer patrols: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/patrol_report.cpp" line="460"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::PatrolTrackReader</name>
    <message>
        <location filename="../../gis/patrol/patrol_track.cpp" line="17"/>
        <source>the GPX file holds no track points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::PatrolVisit</name>
    <message>
        <location filename="../../gis/usecases/patrol_visit.cpp" line="29"/>
        <source>no officer or village patroller named %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::PgBackend</name>
    <message>
        <location filename="../../gis/store/pg/pg_backend_stub.cpp" line="14"/>
        <source>this FarmGuard was built without PostGIS support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_backend.cpp" line="62"/>
        <source>no FarmGuard project in the schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_backend.cpp" line="68"/>
        <source>only the project&apos;s owner (or a superuser) grants rights; the login %1 is neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_restore_sink.cpp" line="24"/>
        <source>the destination exists already: copies never replace a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_restore_sink.cpp" line="43"/>
        <source>the source was written by a newer FarmGuard (schema version %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::PgConnection</name>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="219"/>
        <source>out of memory while connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="229"/>
        <source>cannot connect to the FarmGuard server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="231"/>
        <source>the FarmGuard server at %1 refused the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="232"/>
        <source>cannot reach the FarmGuard server at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="252"/>
        <source>not a valid name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="275"/>
        <source>a record of %1 outside its rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="277"/>
        <source>a change to %1, which it may not make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="280"/>
        <source>the login %1 was refused %2; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="281"/>
        <source> (the project&apos;s owner grants rights with &apos;farmguard-cli project grant&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="295"/>
        <source>lost the connection to the FarmGuard server at %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_connection.cpp" line="436"/>
        <source>the change was not saved: an earlier step of it failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::PgLayers</name>
    <message>
        <location filename="../../gis/store/pg/pg_layers.cpp" line="298"/>
        <source>a FarmGuard project stores text as Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_layers.cpp" line="314"/>
        <source>a stored geometry cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::PgProjectStore</name>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="28"/>
        <source>the operator&apos;s name is required: every change records who made it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="36"/>
        <source>it acts for the township %1: it reads the county&apos;s layers and reads and writes only the incidents, cases and patrols of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="40"/>
        <source>it acts for the department %1: it reads the cases transferred to it and adds its replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="46"/>
        <source>it acts for the bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="86"/>
        <source>verify-log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="89"/>
        <source>the login %1 may not read the whole audit log: checking it is the bureau&apos;s right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="121"/>
        <source>no FarmGuard project in the schema %1 (create one with &apos;farmguard-cli project create&apos; or copy one there with &apos;farmguard-cli project copy&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="128"/>
        <source>the project was written by a newer FarmGuard (schema version %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="195"/>
        <source>%1 events stored, numbered up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="202"/>
        <source>the login %1 sees only the events of its records: checking the whole audit log is the bureau&apos;s right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="214"/>
        <source>the project has no reference layer &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_project_store.cpp" line="290"/>
        <source>the project&apos;s working CRS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::PgRights</name>
    <message>
        <location filename="../../gis/store/pg/pg_rights.cpp" line="164"/>
        <source>no township &apos;%1&apos; in the project&apos;s townships layer (it has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_rights.cpp" line="181"/>
        <location filename="../../gis/store/pg/pg_rights.cpp" line="186"/>
        <source>the login %1 has no rights on this project: its owner gives them with &apos;farmguard-cli project grant&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_rights.cpp" line="198"/>
        <source>name the login to grant rights to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_rights.cpp" line="200"/>
        <source>name the township the login acts for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_rights.cpp" line="210"/>
        <source>no login %1 on this server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::PgSchema</name>
    <message>
        <location filename="../../gis/store/pg/pg_schema.cpp" line="349"/>
        <source>a project&apos;s schema name is 1 to %1 characters of a-z, 0-9 and _, not starting with a digit: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_schema.cpp" line="355"/>
        <source>the schema &apos;%1&apos; belongs to PostgreSQL: choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_schema.cpp" line="364"/>
        <source>the schema %1 exists already: choose a new project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/pg/pg_schema.cpp" line="494"/>
        <source>the schema %1 is not a FarmGuard project: it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::ProjectAnalysis</name>
    <message>
        <location filename="../../gis/usecases/project_analysis.cpp" line="303"/>
        <source>%1: feature %2: no measurable geometry (NULL, damaged or not a polygon): not measured; run verify-log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::ProjectBuilder</name>
    <message>
        <location filename="../../gis/usecases/project_builder.cpp" line="53"/>
        <source>cannot read the rules file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/project_builder.cpp" line="62"/>
        <source>the %1 layer is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/project_builder.cpp" line="199"/>
        <source>the file exists already: choose a new project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/project_builder.cpp" line="202"/>
        <source>the operator&apos;s name is required: every change records who made it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/project_builder.cpp" line="294"/>
        <source>reprojecting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/project_builder.cpp" line="162"/>
        <location filename="../../gis/usecases/project_builder.cpp" line="298"/>
        <source>%1: %2 features from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/project_builder.cpp" line="241"/>
        <location filename="../../gis/usecases/project_builder.cpp" line="304"/>
        <source>writing the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/project_builder.cpp" line="175"/>
        <source>project settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::ProjectLocation</name>
    <message>
        <location filename="../../gis/store/project_location.cpp" line="25"/>
        <source>not a PostgreSQL project URI: expected postgresql://[USER@]HOST[:PORT]/DB?schema=NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/project_location.cpp" line="33"/>
        <source>the schema name &apos;%1&apos; must be lower-case letters, digits and _ (not starting with a digit), at most 63</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::ProjectRules</name>
    <message>
        <location filename="../../gis/usecases/project_rules.cpp" line="20"/>
        <source>%1: project setting &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/project_rules.cpp" line="60"/>
        <source>the project&apos;s rules changed (SHA-256 %1 → %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::ProjectSchema</name>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_schema.cpp" line="304"/>
        <source>the project was written by a newer FarmGuard (schema version %1; this version reads up to %2). Open it with an up-to-date FarmGuard; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/gpkg_schema.cpp" line="377"/>
        <source>not a FarmGuard project: the incidents layer is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::ProjectStores</name>
    <message>
        <location filename="../../gis/store/project_stores.cpp" line="78"/>
        <location filename="../../gis/store/project_stores.cpp" line="88"/>
        <source>the destination exists already: copies never replace a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/project_stores.cpp" line="81"/>
        <source>FarmGuard copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/project_stores.cpp" line="90"/>
        <source>a project cannot be copied onto itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/project_stores.cpp" line="106"/>
        <source>a GeoPackage project is guarded by its file&apos;s permissions: rights are granted on a shared PostGIS project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/project_store.cpp" line="41"/>
        <source>this store checks its chain only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/project_store.cpp" line="50"/>
        <source>the audit log is empty: there is nothing to seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/project_store.cpp" line="58"/>
        <source>this project cannot keep a keyed audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::Provenance</name>
    <message>
        <location filename="../../gis/usecases/provenance.cpp" line="52"/>
        <source>FarmGuard %1; areas %2 in EPSG:%3; rules SHA-256 %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/provenance.cpp" line="57"/>
        <source>%1 (%2 bytes) SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/provenance.cpp" line="59"/>
        <source>Project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/provenance.cpp" line="61"/>
        <source>layer %1 (%2 features) content SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/provenance.cpp" line="64"/>
        <source>The project&apos;s audit log ends at %1 (the log failed its check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/provenance.cpp" line="65"/>
        <source>The project&apos;s audit log ends at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::ProvenanceBuilder</name>
    <message>
        <location filename="../../gis/usecases/provenance.cpp" line="75"/>
        <source>cannot read the file to hash it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::PublicMapReport</name>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="79"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="129"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="131"/>
        <source>Permanent basic farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="131"/>
        <source>Township boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="131"/>
        <source>Village boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="132"/>
        <source>Neighbouring township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="155"/>
        <source>Scale 1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="155"/>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="155"/>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="161"/>
        <source>%1 parcels of permanent basic farmland, %2 m² (%3 mu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_painting.cpp" line="165"/>
        <source>Notice: under the Land Administration Law and the Regulations on the Protection of Basic Farmland, the permanent basic farmland of %1 shown on this map is announced to the public. Once designated, no unit or individual may occupy it or change its use; building, digging sand, quarrying, mining, taking soil, piling waste or digging ponds on it are forbidden. Anyone may report violations to the township government or the county Natural Resources Bureau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="81"/>
        <source>no township or village boundary names the township &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="119"/>
        <source>Permanent Basic Farmland Public Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="123"/>
        <source>Coordinates: %1 (EPSG:%2), metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="130"/>
        <source>Areas: the surveyed ellipsoidal parcel areas of the land survey (三调, CGCS2000), m² and mu to 0.01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="131"/>
        <source>Areas: ellipsoidal (三调, CGCS2000 ellipsoid), measured, m² and mu to 0.01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="141"/>
        <source>%1 Permanent Basic Farmland Distribution Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="143"/>
        <source>(Announced to the public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="160"/>
        <source>Issued by: %1        Date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="167"/>
        <source>Permanent basic farmland of %1 by village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="169"/>
        <source>Parcels and area by village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="171"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="171"/>
        <source>Parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="171"/>
        <source>Area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="172"/>
        <source>Area (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="175"/>
        <source>(outside every village)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="180"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/public_map_report.cpp" line="184"/>
        <source>A parcel belongs to the township and village that contain its point on surface.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::ReportInputs</name>
    <message>
        <location filename="../../gis/usecases/report_inputs.cpp" line="86"/>
        <source>the project has no incidents layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs.cpp" line="142"/>
        <source>no case is open for this id: open one before a joint-discipline notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs.cpp" line="145"/>
        <source>the case was found not to be a violation: no joint-discipline notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs.cpp" line="148"/>
        <source>a non-occupation matter (%1) is not illegal land use: no joint-discipline notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs.cpp" line="178"/>
        <source>the project has no township named &apos;%1&apos; (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs.cpp" line="206"/>
        <source>the project has no basic farmland layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs.cpp" line="220"/>
        <source>the project holds no patrol plan (make one with Patrol → Plan Patrols… or &apos;farmguard-cli plan&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs.cpp" line="225"/>
        <source>the project&apos;s patrol grid has no cell in the township &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs.cpp" line="244"/>
        <source>AUDIT LOG CHECK FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs.cpp" line="246"/>
        <source>Audit log head %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs_major.cpp" line="22"/>
        <source>no case with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/report_inputs_major.cpp" line="25"/>
        <source>the case is not major: it reaches no threshold and was not declared major</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::ReportNotes</name>
    <message numerus="yes">
        <location filename="../../gis/report/report_notes.cpp" line="43"/>
        <source>%1: %n invalid polygon(s) repaired before measuring (feature numbers %2).</source>
        <translation>
            <numerusform>%1: %n invalid polygon repaired before measuring (feature numbers %2).</numerusform>
            <numerusform>%1: %n invalid polygons repaired before measuring (feature numbers %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gis/report/report_notes.cpp" line="50"/>
        <source>%1: %n feature(s) without a usable polygon left out (feature numbers %2).</source>
        <translation>
            <numerusform>%1: %n feature without a usable polygon left out (feature numbers %2).</numerusform>
            <numerusform>%1: %n features without a usable polygon left out (feature numbers %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fg::gis::ReportTableDrawer</name>
    <message>
        <location filename="../../gis/report/report_table.cpp" line="65"/>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::ReportWriter</name>
    <message>
        <location filename="../../gis/report/report_writer.cpp" line="195"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/report_writer.cpp" line="196"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/report_writer.cpp" line="209"/>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/two_pass_pdf.cpp" line="42"/>
        <location filename="../../gis/report/two_pass_pdf.cpp" line="46"/>
        <source>cannot write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/two_pass_pdf.cpp" line="68"/>
        <source>cannot print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/provenance_section.cpp" line="14"/>
        <source>Provenance (数据来源与校验)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::SampleAssessment</name>
    <message>
        <location filename="../../gis/usecases/sample_assessment.cpp" line="21"/>
        <source>cannot read the sample&apos;s targets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/sample_assessment.cpp" line="35"/>
        <source>line %1 is not township,cultivated_mu,basic_farmland_mu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/sample_assessment.cpp" line="45"/>
        <source>threshold case PS2024-005 left past its stop-order deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::SampleGenerator</name>
    <message>
        <location filename="../../gis/sample/proposed_sites.cpp" line="164"/>
        <location filename="../../gis/sample/sample_generator.cpp" line="78"/>
        <source>cannot create the output directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/sample/proposed_sites.cpp" line="171"/>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/sample/sample_targets.cpp" line="65"/>
        <source>cannot write the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::SamplePatrol</name>
    <message>
        <location filename="../../gis/usecases/sample_patrol.cpp" line="169"/>
        <source>the sample plan gives %1 no day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/sample_patrol.cpp" line="175"/>
        <source>cannot write the sample track</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::SampleProject</name>
    <message>
        <location filename="../../gis/usecases/sample_project.cpp" line="53"/>
        <source>clue from the sample incident layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/sample_project.cpp" line="109"/>
        <source>FarmGuard sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/sample_project.cpp" line="109"/>
        <source>generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/sample_project.cpp" line="140"/>
        <source>suspected illegal occupation of farmland (art. 342)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/sample_project.cpp" line="142"/>
        <source>case opened for investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/sample_project.cpp" line="154"/>
        <source>sample cases judged with their parties&apos; totals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::ShapefileScan</name>
    <message>
        <location filename="../../gis/io/shapefile_scan.cpp" line="76"/>
        <source>%1: not a polygon shapefile with its .shx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_scan.cpp" line="85"/>
        <source>%1: the attribute table lists another number of records than the .shx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_scan.cpp" line="88"/>
        <source>%1: the attribute table cannot be read whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_scan.cpp" line="108"/>
        <source>from the .prj file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/shapefile_scan.cpp" line="122"/>
        <source>%1, record %2: the record does not lie whole in the file or is not a polygon of the layer&apos;s type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::SiteCheck</name>
    <message>
        <location filename="../../gis/usecases/site_check.cpp" line="139"/>
        <source>approvals not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::SiteCheckReport</name>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="44"/>
        <location filename="../../gis/report/site_check_report.cpp" line="85"/>
        <source>Site Check Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="47"/>
        <source>Areas: %1 method on the CGCS2000 ellipsoid, EPSG:%2, m² and mu to 0.01 (1 mu = 10000/15 m²); overlay as in the analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="86"/>
        <source>(pre-approval check of a proposed site, 源头严控)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="94"/>
        <source>Judged under: %1. This opinion states what the law requires of such a site; it grants nothing and replaces no approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="103"/>
        <source>outside the townships&apos; boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="106"/>
        <source>Proposed site: %1 (%2), %3. It measures %4 m² (%5 mu) and would occupy %6 mu of permanent basic farmland and %7 mu of cultivated land.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="130"/>
        <source>Proposed site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="144"/>
        <source>Land the site would occupy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="146"/>
        <source>Land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="146"/>
        <source>m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="146"/>
        <source>mu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="147"/>
        <source>The whole site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="148"/>
        <source>Permanent basic farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="150"/>
        <source>Cultivated land (basic farmland included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="152"/>
        <source>Cultivated land outside basic farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="158"/>
        <location filename="../../gis/report/site_check_report.cpp" line="160"/>
        <source>%1 %2 %3 mu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="162"/>
        <source>By land class (三调): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="162"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="171"/>
        <source>The site overlaps no open case and no approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="172"/>
        <source>The site overlaps no open case. The project&apos;s approvals could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="178"/>
        <source>Open cases and approvals the site overlaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="180"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="180"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="180"/>
        <source>Status or kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="181"/>
        <source>Overlap m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="181"/>
        <source>Overlap mu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="183"/>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="186"/>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="187"/>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="187"/>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="187"/>
        <source>not in force today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="190"/>
        <source>The project&apos;s approvals could not be read: overlaps with approvals are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="198"/>
        <source>Procedures the site needs, and the departments that must not proceed without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="200"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="200"/>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="200"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="204"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/site_check_report.cpp" line="205"/>
        <source>%1 (another site needed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::SiteInput</name>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="23"/>
        <source>NaN or infinite coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="25"/>
        <source>the polygon is invalid (a self-intersecting ring, or parts that overlap): a proposed site must be one simple polygon; correct its boundary points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="29"/>
        <source>the polygon is invalid and has no area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="31"/>
        <source>no geometry (NULL or empty): a site needs its polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="33"/>
        <source>not a polygon: a site is an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="49"/>
        <source>the file holds no site polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="52"/>
        <source>the file holds %1 features: a site check takes one site (one feature, which may have several parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="57"/>
        <source>the file does not say its CRS: give it with --crs (e.g. EPSG:4547)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="74"/>
        <source>a site needs at least three boundary points, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="81"/>
        <source>the boundary points make no polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="90"/>
        <source>the site is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/site_input.cpp" line="97"/>
        <source>the polygon is invalid (%1): a proposed site must be one simple polygon; correct its boundary points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::SqlProjectStore</name>
    <message>
        <location filename="../../gis/store/sql/sql_cases.cpp" line="52"/>
        <source>the project&apos;s schema (version %1) cannot hold this record yet: its owner must open it once with this FarmGuard to upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_cases.cpp" line="77"/>
        <source>%1: project setting &apos;rules&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_cases.cpp" line="99"/>
        <source>a case is opened with its clue only; later steps go through the workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_cases.cpp" line="101"/>
        <source>the project already has a case with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_cases.cpp" line="107"/>
        <source>the case lists incident %1, which the project does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_cases.cpp" line="169"/>
        <location filename="../../gis/store/sql/sql_cases.cpp" line="177"/>
        <source>no case with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_cases.cpp" line="281"/>
        <source>an accountability record names the organ that decided it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_incidents.cpp" line="125"/>
        <source>an incident needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_incidents.cpp" line="127"/>
        <location filename="../../gis/store/sql/sql_incidents.cpp" line="213"/>
        <source>an incident needs a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_incidents.cpp" line="129"/>
        <source>the case opened with an incident must list it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_incidents.cpp" line="132"/>
        <source>the project already has an incident with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_incidents.cpp" line="218"/>
        <source>the project has no incident with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol.cpp" line="66"/>
        <source>the grid is in EPSG:%1 but the project works in EPSG:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol.cpp" line="70"/>
        <source>the grid repeats a cell id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol.cpp" line="76"/>
        <source>officer %1 is given cell %2, which the new grid does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol.cpp" line="82"/>
        <source>the project has no grid officer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol.cpp" line="145"/>
        <source>the project&apos;s grid has no such cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol.cpp" line="153"/>
        <source>an officer needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol.cpp" line="155"/>
        <source>an officer needs a daily capacity (cells or km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol.cpp" line="160"/>
        <location filename="../../gis/store/sql/sql_patrol.cpp" line="229"/>
        <source>no cell of the grid lies in village %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol.cpp" line="227"/>
        <source>a village patroller needs a name and a village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol_plans.cpp" line="54"/>
        <source>the new plan changes days before %1, which are kept as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol_plans.cpp" line="82"/>
        <source>a track needs the officer who walked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol_plans.cpp" line="88"/>
        <source>this track is already in the project (track %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol_plans.cpp" line="96"/>
        <source>no officer or village patroller named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol_plans.cpp" line="150"/>
        <source>no track with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_patrol_plans.cpp" line="160"/>
        <source>a visit needs a day and an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_project_store.cpp" line="53"/>
        <source>nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_project_store.cpp" line="54"/>
        <source>the project is open read-only: nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_project_store.cpp" line="133"/>
        <source>no attachment with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_project_store.cpp" line="150"/>
        <source>this setting is kept by the audit log and cannot be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_reference.cpp" line="80"/>
        <source>the project has no reference layer &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_reference.cpp" line="89"/>
        <source>a FarmGuard project stores text as Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_approvals.cpp" line="49"/>
        <source>the project&apos;s schema (version %1) has no approvals layer yet: its owner must open it once with this FarmGuard to upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_approvals.cpp" line="59"/>
        <source>an approval needs a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_approvals.cpp" line="61"/>
        <source>the document number is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_approvals.cpp" line="71"/>
        <source>the project already has an approval with this document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_approvals.cpp" line="152"/>
        <location filename="../../gis/store/sql/sql_data_rows.cpp" line="75"/>
        <source>(no geometry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_data_rows.cpp" line="79"/>
        <source>(unreadable geometry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log.cpp" line="78"/>
        <source>the audit log is keyed (key %1): writing needs that key (the file named by %2); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="120"/>
        <source>the data was not checked against the log: the project has schema version %1 (open it once for editing to upgrade it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="144"/>
        <source>the patrol tables (grid, officers, plans, tracks, records) are not derived from the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="151"/>
        <source>receipt of event %1 sealed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="153"/>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="155"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="159"/>
        <source>head %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="169"/>
        <source>receipt kept in the project (event %1, sealed %2 by %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="173"/>
        <source>a receipt kept in the project cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="182"/>
        <source>the project&apos;s working CRS (EPSG:%1) is not a CGCS2000 Gauss-Krüger zone: its areas cannot be measured (the file was changed outside FarmGuard or is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="207"/>
        <source>the project file is damaged (%1): restore it from a backup, or copy what can still be read with &apos;farmguard-cli project copy&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="211"/>
        <source>its audit log cannot be trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="213"/>
        <source>its data differs from its audit log (%n difference(s); first: %1); run farmguard-cli verify-log</source>
        <translation>
            <numerusform>its data differs from its audit log (%n difference; first: %1); run farmguard-cli verify-log</numerusform>
            <numerusform>its data differs from its audit log (%n differences; first: %1); run farmguard-cli verify-log</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="218"/>
        <source>opened read-only because %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="226"/>
        <source>a receipt never certifies a log that failed its check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="240"/>
        <source>the audit log is empty: there is nothing to seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_log_check.cpp" line="257"/>
        <source>the audit log is keyed already (key %1): a keyed log keeps its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_assessment.cpp" line="39"/>
        <source>the project&apos;s schema (version %1) has no township targets yet: the bureau opens it once to upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_assessment.cpp" line="45"/>
        <source>the login %1 may not record targets or measures: that is the bureau&apos;s right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/sql/sql_assessment.cpp" line="155"/>
        <source>unknown measure kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::SqliteConnection</name>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="27"/>
        <source>the project file cannot be written (read-only file or folder); nothing was changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="33"/>
        <source>the project file is damaged (%1): restore it from a backup, or copy what can still be read with &apos;farmguard-cli project copy&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="39"/>
        <source>another program kept the project busy for more than %1 s: try again (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="43"/>
        <source>the disk is full: nothing was changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="46"/>
        <source>the project file cannot be read or written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="90"/>
        <source>statement failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="147"/>
        <source>cannot open the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="155"/>
        <source>the project file is read-only: open it read-only or ask for write access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="181"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="198"/>
        <source>cannot prepare &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="234"/>
        <source>cannot bind parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/store/gpkg/sqlite_connection.cpp" line="254"/>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::TownshipReport</name>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="83"/>
        <source>No patrol records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="97"/>
        <source>ellipsoidal (三调, CGCS2000 ellipsoid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="98"/>
        <source>geodesic (GeographicLib, CGCS2000 ellipsoid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="99"/>
        <source>planar (Gauss-Krüger plane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="110"/>
        <source>Township Statistics Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="113"/>
        <source>Areas: %1 method, as stored with each incident, m² and mu to 0.01 (1 mu = 10000/15 m²). Figures as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="126"/>
        <source>Township Farmland Protection Statistics (Assessment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="130"/>
        <source>Figures as of %1 for: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="131"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="148"/>
        <source>1. Summary by township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="150"/>
        <source>Assessment figures by township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="153"/>
        <location filename="../../gis/report/township_report.cpp" line="195"/>
        <location filename="../../gis/report/township_report.cpp" line="215"/>
        <location filename="../../gis/report/township_report.cpp" line="277"/>
        <location filename="../../gis/report/township_report_targets.cpp" line="40"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="153"/>
        <location filename="../../gis/report/township_report.cpp" line="239"/>
        <source>Clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="153"/>
        <location filename="../../gis/report/township_report.cpp" line="239"/>
        <source>Cases opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="154"/>
        <location filename="../../gis/report/township_report.cpp" line="240"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="154"/>
        <source>Closure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="155"/>
        <location filename="../../gis/report/township_report.cpp" line="280"/>
        <source>Over threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="155"/>
        <location filename="../../gis/report/township_report.cpp" line="280"/>
        <source>Overdue steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="156"/>
        <source>Patrol coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="156"/>
        <source>One-vote-veto warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="165"/>
        <source>Clues: incidents recorded. Closure rate: closed cases over cases not dismissed. Over threshold: incidents reaching the accountability threshold (≥ 5 mu basic farmland or ≥ 10 mu cultivated land) by their own measures or their case&apos;s flag. Overdue steps: overdue or late-met deadlines. Patrol coverage: share of the cells&apos; farmland seen (cells at least half seen) in the %1 days up to the report time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="175"/>
        <source>2. One-vote-veto warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="182"/>
        <location filename="../../gis/report/township_report_targets.cpp" line="70"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="182"/>
        <location filename="../../gis/report/township_report_targets.cpp" line="70"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="185"/>
        <source>None: no case over a threshold is open, and no major case has an overdue step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="191"/>
        <source>3. Cases by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="193"/>
        <source>Cases by stage (number of cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="195"/>
        <source>No case yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="210"/>
        <source>4. Occupied land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="213"/>
        <source>Occupied basic farmland and cultivated land by township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="215"/>
        <source>Basic farmland (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="216"/>
        <location filename="../../gis/report/township_report.cpp" line="279"/>
        <source>Basic farmland (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="216"/>
        <source>Cultivated land (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="217"/>
        <location filename="../../gis/report/township_report.cpp" line="279"/>
        <source>Cultivated land (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="225"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="227"/>
        <source>Area method: %1. Incidents whose case was dismissed are not counted; cultivated land includes basic farmland; an incident counts in the township it was recorded in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="235"/>
        <source>5. Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="237"/>
        <source>Clues, cases and closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="238"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="242"/>
        <source>Occupied land (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="243"/>
        <source>mu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="245"/>
        <source>Basic farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="246"/>
        <source>Cultivated land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="290"/>
        <source>Figures of each case: the union of its incidents, rounded to 0.01 mu as the verdict is; cultivated land as the rules read it (%1; %2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="292"/>
        <source>basic farmland included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="293"/>
        <source>outside basic farmland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="296"/>
        <source>Judged under: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="298"/>
        <source>6. Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="274"/>
        <source>Cases by township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="40"/>
        <source>not an occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="48"/>
        <source> (%1 together: %2 mu basic farmland, %3 mu cultivated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="54"/>
        <source>yes (party total %1 mu basic farmland, %2 mu cultivated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="58"/>
        <source>, 临界 (review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="61"/>
        <source>; recorded %1: to be judged again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="86"/>
        <source>farmland %1; %2 of %3 cells half seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="277"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="278"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="278"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="31"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="31"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="300"/>
        <source>No case was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="309"/>
        <source>Case %1, approved land: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report.cpp" line="316"/>
        <source>Compiled by: ____________    Reviewed by: ____________    Date: ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_review.cpp" line="15"/>
        <source>%1 (%2): 临界 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_review.cpp" line="20"/>
        <source>8. For review on site: 临界 and 疑似化整为零</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_review.cpp" line="21"/>
        <source>7. For review on site: 临界 and 疑似化整为零</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_review.cpp" line="23"/>
        <source>Cases whose verdict a person must check (re-measure on site, or decide the 田坎 reading):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_review.cpp" line="29"/>
        <source>Suspected split plots (化整为零): incidents of one party (or with no party) near each other in space and time, each below the thresholds, that together reach one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_review.cpp" line="34"/>
        <source>%1: %2 (%3) — together %4 mu basic farmland, %5 mu cultivated land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_review.cpp" line="35"/>
        <source>no party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="35"/>
        <source>7. Targets and assessment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="37"/>
        <source>Responsibility-letter targets and current figures (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="40"/>
        <source>Cultivated target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="41"/>
        <source>Cultivated now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="41"/>
        <source>Cultivated gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="42"/>
        <source>Basic farmland target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="42"/>
        <source>Basic farmland now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="43"/>
        <source>Basic farmland gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="43"/>
        <source>Veto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="50"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="50"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="54"/>
        <source>Now: the Third Land Survey&apos;s cultivated land and basic farmland inside the township (ellipsoidal, overlapping parcels once) minus the unlawful occupation found (the incidents not dismissed nor reclaimed, overlaps once). Gap: now − target; negative is short. Deadlines judged as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="63"/>
        <source>One-vote veto: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_report_targets.cpp" line="65"/>
        <source>Measure: %1 %2, %3 %4%5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::TownshipStatsBuilder</name>
    <message>
        <location filename="../../gis/report/township_stats.cpp" line="139"/>
        <source>Incident %1 reaches the accountability threshold but no case was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_stats.cpp" line="161"/>
        <source>Case %1 reaches the accountability threshold and is not closed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/report/township_stats.cpp" line="164"/>
        <source>Major case %1 has %2 overdue step(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::TrackCoverage</name>
    <message>
        <location filename="../../gis/patrol/track_coverage.cpp" line="37"/>
        <source>after point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/patrol/track_coverage.cpp" line="39"/>
        <source>time hole %1: no fix for %2 min (%3 m apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/patrol/track_coverage.cpp" line="43"/>
        <source>jump %1: %2 m in a straight line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::TrackImporter</name>
    <message>
        <location filename="../../gis/usecases/track_import.cpp" line="47"/>
        <source>a track needs the officer who walked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/track_import.cpp" line="50"/>
        <source>cannot read the track file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/track_import.cpp" line="54"/>
        <source>this track is already in the project (track %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/track_import.cpp" line="57"/>
        <source>the project has no patrol grid yet: make one with &apos;farmguard-cli grid&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/usecases/track_import.cpp" line="94"/>
        <source>cannot write a temporary copy of the track</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::ValidityReason</name>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="14"/>
        <source>topology error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="15"/>
        <source>repeated point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="16"/>
        <source>hole outside its shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="17"/>
        <source>nested holes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="18"/>
        <source>interior cut in two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="19"/>
        <source>ring touches itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="20"/>
        <source>self-intersection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="21"/>
        <source>nested shells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="22"/>
        <source>duplicate rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="23"/>
        <source>too few points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="24"/>
        <source>invalid coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="25"/>
        <source>ring not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/io/validity_reason.cpp" line="42"/>
        <source>%1 near %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::VerdictEdges</name>
    <message>
        <location filename="../../gis/analysis/verdict_edges.cpp" line="174"/>
        <source>no field &quot;%1&quot; for the discovery date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fg::gis::sample</name>
    <message>
        <location filename="../../gis/sample/sample_layer_writer.cpp" line="65"/>
        <source>cannot create the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/sample/sample_layer_writer.cpp" line="78"/>
        <source>cannot create layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/sample/sample_layer_writer.cpp" line="86"/>
        <source>cannot create field %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/sample/sample_layer_writer.cpp" line="125"/>
        <source>cannot write a feature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/sample/sample_layer_writer.cpp" line="154"/>
        <source>cannot clear the DBF language driver byte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="24"/>
        <source>FarmGuard farmland protection map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="28"/>
        <source>Open every layer of DIR at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="29"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="32"/>
        <source>Open the project at start: a GeoPackage FILE or a postgresql://[USER@]HOST[:PORT]/DB?schema=NAME URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="34"/>
        <source>FILE|URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="36"/>
        <source>Layer files to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
