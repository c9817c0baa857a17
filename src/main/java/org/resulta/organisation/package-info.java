/**
 * Organisation: the units of government and their hierarchy, numbered in pre-order so that a subtree is a
 * contiguous range. Depends on identity (it supplies the unit directory that scope checks use).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "audit"})
package org.resulta.organisation;
