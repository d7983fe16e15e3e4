/**
 * The small kernel every module may use: the embedded database, clock, paging, problem details, i18n helpers,
 * the business-rule exception. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cadre.shared;
