/**
 * Identity: user accounts, roles and their permissions, org-unit scope, sign-in, personal API tokens,
 * and the one place where a permission and a scope are checked ({@code hasPermission} in
 * {@code @PreAuthorize}). Depends only on shared; modules plug their resources in through
 * {@link org.resulta.identity.UnitDirectory} and {@link org.resulta.identity.ScopedResource}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.resulta.identity;
