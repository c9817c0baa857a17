/**
 * Value types every module may use: periods, domain exceptions, the acting user's name for audit columns.
 * Depends on nothing else in Resulta.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.resulta.shared;
