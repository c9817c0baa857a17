package org.resulta.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.resulta.identity.ApiTokenView;
import org.resulta.identity.ApiTokens;
import org.resulta.identity.CurrentUser;
import org.resulta.identity.IssuedToken;
import org.resulta.identity.NewUserRequest;
import org.resulta.identity.SignedInUser;
import org.resulta.identity.UserAccounts;
import org.resulta.identity.UserView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "Your account, personal API tokens, and user administration")
class AccountApiController {

    private final CurrentUser currentUser;
    private final ApiTokens tokens;
    private final UserAccounts users;

    AccountApiController(CurrentUser currentUser, ApiTokens tokens, UserAccounts users) {
        this.currentUser = currentUser;
        this.tokens = tokens;
        this.users = users;
    }

    record TokenRequest(@NotBlank String name, @Min(1) @Max(366) int daysValid) {
    }

    @GetMapping("/me")
    @Operation(summary = "Who you are: roles, permissions and org-unit scope")
    SignedInUser me() {
        return currentUser.require();
    }

    @GetMapping("/me/tokens")
    List<ApiTokenView> myTokens() {
        return tokens.mine();
    }

    @PostMapping("/me/tokens")
    @Operation(summary = "Issue a personal API token; the secret is shown only in this response")
    ResponseEntity<IssuedToken> issue(@Valid @RequestBody TokenRequest request) {
        return ResponseEntity.status(201).body(tokens.issue(request.name(), request.daysValid()));
    }

    @DeleteMapping("/me/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/users")
    List<UserView> users() {
        return users.listInScope();
    }

    @PostMapping("/users")
    ResponseEntity<UserView> createUser(@Valid @RequestBody NewUserRequest request) {
        return ResponseEntity.status(201).body(users.create(request));
    }
}
