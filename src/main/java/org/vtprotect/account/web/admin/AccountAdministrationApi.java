package org.vtprotect.account.web.admin;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vtprotect.account.AccountAdministration;
import org.vtprotect.account.AccountView;
import org.vtprotect.platform.Role;

/** Accounts for administrators' scripts: list, read, open, change. Never returns a password. */
@RestController
class AccountAdministrationApi {

    record NewAccountRequest(
            @Nullable String email,
            @Nullable String displayName,
            @Nullable List<String> roles,
            @Nullable Long organisationId,
            @Nullable String password) {}

    record ChangeRequest(
            @Nullable String displayName,
            @Nullable List<String> roles,
            @Nullable Long organisationId,
            @Nullable Boolean enabled) {}

    private final AccountAdministration administration;

    AccountAdministrationApi(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/api/v1/users")
    ApiPage<AccountView> list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable Role role,
            @RequestParam(required = false) @Nullable Boolean enabled,
            @RequestParam(defaultValue = "email") String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return ApiPage.of(administration.search(
                AccountListQuery.clip(q), role, enabled, AccountListQuery.order(sort), Paging.checked(page, size)));
    }

    @GetMapping("/api/v1/users/{id}")
    AccountView get(@PathVariable long id) {
        return administration.get(id);
    }

    @PostMapping("/api/v1/users")
    ResponseEntity<AccountView> create(@RequestBody NewAccountRequest body, Locale locale) {
        AccountView created = administration.create(
                new AccountAdministration.NewAccount(
                        body.email(), body.displayName(), body.roles(), body.organisationId(), body.password()),
                locale);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/v1/users/{id}")
    AccountView update(@PathVariable long id, @RequestBody ChangeRequest body) {
        return administration.update(
                id,
                new AccountAdministration.Changes(
                        body.displayName(), body.roles(), body.organisationId(), body.enabled()));
    }
}
