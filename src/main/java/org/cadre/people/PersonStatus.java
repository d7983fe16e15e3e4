package org.cadre.people;

/** 人员状态: in service, retired (退休), left the company (离职), seconded elsewhere (借调/挂职). */
public enum PersonStatus {
    ACTIVE, RETIRED, LEFT, SECONDED
}
