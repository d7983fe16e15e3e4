package org.cadre.cadres.internal.selection;

/** How the candidates are found: 组织推荐, 民主推荐, 竞争上岗 (竞聘). */
enum SelectionMethod {
    ORGANIZATION_NOMINATION, DEMOCRATIC_RECOMMENDATION, OPEN_COMPETITION
}
