// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace fg::core {

/// The bodies a case is transferred to (移送) or coordinated with (DOMAIN.md §5). The natural
/// resources bureau is the tool's own user and appears only as a reclamation co-acceptor.
enum class Department {
    DisciplineInspection, ///< 县纪委监委
    PublicSecurity, ///< 县公安局
    Procuratorate, ///< 县检察院
    Court, ///< 县法院
    Township, ///< 乡镇人民政府
    AgricultureRural, ///< 农业农村局
    WaterResources, ///< 水利局
    Forestry, ///< 林业局
    Transport, ///< 交通运输局
    CivilAffairs, ///< 民政局
    EcologyEnvironment, ///< 市生态环境局平顺分局
    HousingConstruction, ///< 住房和城乡建设管理局
    DevelopmentReform, ///< 发展改革和科学技术局
    MarketRegulation, ///< 市场监管局
    NaturalResources, ///< 自然资源局
};

/// Every department in declaration order.
QList<Department> allDepartments();
/// Stable storage code, e.g. "public_security".
QString departmentCode(Department department);
/// Inverse of departmentCode(); throws InputError on an unknown code.
Department departmentFromCode(const QString &code);
/// Display name through tr() (context fg::core::Department).
QString departmentName(Department department);

} // namespace fg::core
