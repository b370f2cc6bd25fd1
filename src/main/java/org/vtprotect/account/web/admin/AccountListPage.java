package org.vtprotect.account.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.vtprotect.account.AccountAdministration;
import org.vtprotect.account.AccountView;
import org.vtprotect.directory.Organisations;
import org.vtprotect.platform.Role;

/** The administrators' list of accounts: search, filters, order, paging; htmx gets just the results. */
@Controller
class AccountListPage {

    private final AccountAdministration administration;
    private final Organisations organisations;

    AccountListPage(AccountAdministration administration, Organisations organisations) {
        this.administration = administration;
        this.organisations = organisations;
    }

    @GetMapping("/admin/accounts")
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "email") String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
            HttpServletRequest request,
            Model model) {
        String query = AccountListQuery.clip(q);
        Page<AccountView> accounts = administration.search(
                query,
                AccountListQuery.role(role),
                AccountListQuery.status(status),
                AccountListQuery.order(sort),
                Paging.of(page, Paging.DEFAULT_SIZE));
        model.addAttribute("accounts", accounts.getContent());
        model.addAttribute("pager", Pager.of(accounts, request));
        model.addAttribute("organisationNames", organisationNames(accounts));
        model.addAttribute("q", query);
        model.addAttribute("role", AccountListQuery.role(role) == null ? "" : role);
        model.addAttribute("status", AccountListQuery.status(status) == null ? "" : status);
        model.addAttribute("sort", AccountListQuery.order(sort).name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("roles", Role.values());
        boolean fragment = htmx != null && restore == null;
        return fragment ? "administration/accountResults" : "administration/accounts";
    }

    private Map<Long, String> organisationNames(Page<AccountView> accounts) {
        Map<Long, String> names = new HashMap<>();
        accounts.getContent().stream()
                .map(AccountView::organisationId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id -> organisations.find(id).ifPresent(o -> names.put(id, o.name())));
        return names;
    }
}
