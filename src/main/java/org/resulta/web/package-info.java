/**
 * The web shell: what every page and API controller shares. RFC 9457 problem details for the API, form errors
 * for pages, the error page. Depends only on shared, so every module's web package may use it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.resulta.web;
