/**
 * Framework packs: data files that name a framework's levels, documents, periods and terms, so that a plan
 * speaks its own dialect (OPIF/PREXC, GPRA, Canada's DRF, generic RBM). Depends only on shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.resulta.framework;
