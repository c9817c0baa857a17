package org.resulta.identity.web;

import org.resulta.identity.ApiTokens;
import org.resulta.identity.CurrentUser;
import org.resulta.identity.IssuedToken;
import org.resulta.identity.NewUserRequest;
import org.resulta.identity.Role;
import org.resulta.identity.UserAccounts;
import org.resulta.shared.DomainException;
import org.resulta.web.FormErrors;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own account (password, API tokens) and the administrators' list of users. */
@Controller
class AccountPageController {

    private final CurrentUser currentUser;
    private final ApiTokens tokens;
    private final UserAccounts users;

    AccountPageController(CurrentUser currentUser, ApiTokens tokens, UserAccounts users) {
        this.currentUser = currentUser;
        this.tokens = tokens;
        this.users = users;
    }

    @GetMapping("/account")
    String account(Model model) {
        return accountPage(model, FormErrors.none());
    }

    @PostMapping("/account/tokens")
    String issue(@RequestParam String name, @RequestParam(defaultValue = "90") int daysValid, Model model,
                 RedirectAttributes redirect) {
        try {
            IssuedToken issued = tokens.issue(name, daysValid);
            redirect.addFlashAttribute("secret", issued.secret());
            redirect.addFlashAttribute("notice", "Token '" + issued.token().name() + "' issued. Copy it now: it will not be shown again.");
            return "redirect:/account";
        } catch (DomainException e) {
            return accountPage(model, FormErrors.of(e));
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            tokens.revoke(id);
            redirect.addFlashAttribute("notice", "Token revoked.");
            return "redirect:/account";
        } catch (DomainException e) {
            return accountPage(model, FormErrors.of(e));
        }
    }

    @PostMapping("/account/password")
    String password(@RequestParam String currentPassword, @RequestParam String newPassword, Model model,
                    RedirectAttributes redirect) {
        try {
            users.changeOwnPassword(currentPassword, newPassword);
            redirect.addFlashAttribute("notice", "Your password has changed.");
            return "redirect:/account";
        } catch (DomainException e) {
            return accountPage(model, FormErrors.of(e));
        }
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("section", "admin");
        return "identity/admin";
    }

    @GetMapping("/admin/users")
    String usersPage(Model model) {
        return usersPage(model, new NewUserRequest(null, null, null, null, java.util.Set.of(Role.VIEWER), null), FormErrors.none());
    }

    @PostMapping("/admin/users")
    String create(@Valid @ModelAttribute("newUser") NewUserRequest request, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return usersPage(model, request, FormErrors.of(binding));
        }
        try {
            users.create(request);
            redirect.addFlashAttribute("notice", "Created user " + request.username() + ".");
            return "redirect:/admin/users";
        } catch (DomainException e) {
            return usersPage(model, request, FormErrors.of(e));
        }
    }

    private String accountPage(Model model, FormErrors errors) {
        model.addAttribute("user", currentUser.require());
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("now", java.time.OffsetDateTime.now());
        model.addAttribute("errors", errors);
        return "identity/account";
    }

    private String usersPage(Model model, NewUserRequest form, FormErrors errors) {
        model.addAttribute("section", "admin");
        model.addAttribute("users", users.listInScope());
        model.addAttribute("roles", Role.values());
        model.addAttribute("newUser", form);
        model.addAttribute("errors", errors);
        return "identity/users";
    }
}
