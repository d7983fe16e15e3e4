package org.cadre.cadres.internal.selection;

/**
 * The four checks every inspection (考察) must have done before the committee decides: 档案审核, 个人有关事项报告核查,
 * 纪检监察意见, 信访举报核查.
 */
enum InspectionCheck {
    DOSSIER, PERSONAL_MATTERS, DISCIPLINE_OPINION, COMPLAINTS
}
