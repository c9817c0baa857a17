package org.resulta.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.resulta.identity.CurrentUser;
import org.resulta.identity.SignedInUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user ({@code me}) into the model of every page, for the header and permission-aware links. */
@ControllerAdvice
class CurrentUserModel {

    private final CurrentUser currentUser;

    CurrentUserModel(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ModelAttribute("me")
    SignedInUser me(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return currentUser.get().orElse(null);
    }
}
