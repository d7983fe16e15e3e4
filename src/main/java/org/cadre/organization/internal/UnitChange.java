package org.cadre.organization.internal;

/** What opened a version of a unit, or ended it (机构变更: 设立、更名、调整隶属、合并、撤销). */
enum UnitChange {
    CREATED, RENAMED, MOVED, MERGED, DISSOLVED
}
