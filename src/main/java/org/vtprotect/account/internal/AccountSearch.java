package org.vtprotect.account.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.vtprotect.account.AccountOrder;
import org.vtprotect.platform.Role;

/** Finds accounts by text (e-mail or name), role and status, for the administrators' list. */
@Component
public class AccountSearch {

    private final EntityManager entities;

    AccountSearch(EntityManager entities) {
        this.entities = entities;
    }

    public Page<Account> find(
            String text, @Nullable Role role, @Nullable Boolean enabled, AccountOrder order, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        String needle = text.strip().toLowerCase(Locale.ROOT);
        if (!needle.isEmpty()) {
            where.append(" and (lower(a.email) like :text escape '!' or lower(a.displayName) like :text escape '!')");
            parameters.put("text", "%" + escapeLike(needle) + "%");
        }
        if (role != null) {
            where.append(" and :role member of a.roles");
            parameters.put("role", role);
        }
        if (enabled != null) {
            where.append(" and a.enabled = :enabled");
            parameters.put("enabled", enabled);
        }
        TypedQuery<Long> count = entities.createQuery("select count(a) from Account a" + where, Long.class);
        TypedQuery<Account> select =
                entities.createQuery("select a from Account a" + where + " order by " + orderBy(order), Account.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<Account> items = pageable.getOffset() >= total
                ? List.of()
                : select.setFirstResult((int) pageable.getOffset())
                        .setMaxResults(pageable.getPageSize())
                        .getResultList();
        return new PageImpl<>(items, pageable, total);
    }

    /** Enabled accounts holding the administrator role: the platform must always keep one. */
    public long countEnabledAdministrators() {
        return entities.createQuery(
                        "select count(a) from Account a where a.enabled = true and :role member of a.roles", Long.class)
                .setParameter("role", Role.ADMINISTRATOR)
                .getSingleResult();
    }

    private static String orderBy(AccountOrder order) {
        return switch (order) {
            case EMAIL -> "a.email asc, a.id asc";
            case NAME -> "lower(a.displayName) asc, a.id asc";
            case NEWEST -> "a.createdAt desc, a.id desc";
        };
    }

    private static String escapeLike(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
