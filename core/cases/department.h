// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace fg::core {

/// The bodies a case is transferred to (移送) or coordinated with, and those the notice's
/// section 二 gives a duty (DOMAIN.md §5). Stored by code: new bodies are appended, never
/// renumbered or renamed, so every stored transfer and right keeps reading.
enum class Department {
    DisciplineInspection, ///< 县纪委监委
    PublicSecurity, ///< 县公安局
    Procuratorate, ///< 县检察院
    Court, ///< 县法院
    Township, ///< 乡镇人民政府
    AgricultureRural, ///< 县农业农村局
    WaterResources, ///< 县水利局
    Forestry, ///< 县林业局
    Transport, ///< 县交通运输局
    CivilAffairs, ///< 县民政局
    EcologyEnvironment, ///< 市生态环境局平顺分局
    HousingConstruction, ///< 县住房和城乡建设管理局
    DevelopmentReform, ///< 县发展改革和科学技术局
    MarketRegulation, ///< 县市场监管局
    NaturalResources, ///< 县自然资源局
    // Added with issue 12 (appended: the codes above are stored in projects).
    Organization, ///< 县委组织部
    Finance, ///< 县财政局
    Audit, ///< 县审计局
    Statistics, ///< 县统计局
    EmergencyManagement, ///< 县应急管理局
    Education, ///< 县教育局
    CultureTourism, ///< 县文化和旅游局
    HealthCommission, ///< 县卫生健康局
    FireRescue, ///< 县消防救援大队
    Energy, ///< 县能源局
    WaterSupply, ///< 供水公司
    PowerSupply, ///< 供电公司
    GasSupply, ///< 燃气公司
    FinancialInstitutions, ///< 金融机构
    Village, ///< 行政村 (村民委员会)
};

/// Every department in declaration order.
QList<Department> allDepartments();
/// Stable storage code, e.g. "public_security".
QString departmentCode(Department department);
/// Inverse of departmentCode(); throws InputError on an unknown code.
Department departmentFromCode(const QString &code);
/// Display name through tr() (context fg::core::Department): in Chinese, the body as the notice
/// writes it (县自然资源局, 市生态环境局平顺分局 …).
QString departmentName(Department department);
/// The body's duty in farmland protection under the notice (section 二), through tr().
QString departmentDuty(Department department);
/// True for the water, power and gas companies and the financial institutions: utilities and
/// lenders, not government departments.
bool isUtilityOrLender(Department department);

} // namespace fg::core
