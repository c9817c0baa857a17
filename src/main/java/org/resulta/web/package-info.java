/**
 * The web shell: the page layout, the home scorecard, error pages and the mapping of domain errors to
 * RFC 9457 problem details for the API. Depends on every module whose pages it frames.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "organisation", "analytics", "measurement", "measurement::calculation", "results", "framework"})
package org.resulta.web;
