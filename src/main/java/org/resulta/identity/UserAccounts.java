package org.resulta.identity;

import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/** Administration of user accounts, within the administrator's own scope. */
public interface UserAccounts {

    @PreAuthorize("hasAuthority('USER_MANAGE')")
    List<UserView> listInScope();

    @PreAuthorize("hasPermission(#request.scopeUnitCode(), 'OrgUnit', 'USER_MANAGE')")
    UserView create(NewUserRequest request);

    /** Changes the signed-in user's own password after checking the current one. */
    @PreAuthorize("isAuthenticated()")
    void changeOwnPassword(String currentPassword, String newPassword);
}
