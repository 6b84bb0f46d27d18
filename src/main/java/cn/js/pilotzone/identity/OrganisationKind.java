package cn.js.pilotzone.identity;

public enum OrganisationKind {
    /** 省工业和信息化厅. */
    PROVINCE_DEPARTMENT,
    /** 市、省管县（市）工业和信息化（大数据产业）主管部门. */
    CITY_AUTHORITY,
    /** 园区（申报单位）. */
    PARK,
    /** An expert's employer, for the expert pool. */
    EXPERT_INSTITUTION
}
