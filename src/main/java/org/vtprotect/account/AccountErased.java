package org.vtprotect.account;

/**
 * A person was erased at their request: every module that holds something of the person with this
 * address (trimmed and lower-cased, as it was before erasure) erases its share too. Published by
 * {@link AccountPrivacy#erase} whether or not an account had this address, and handled by plain
 * {@code @EventListener}s in the erasing transaction, before {@code erase} returns: a listener that
 * fails undoes the whole erasure. Never handle it with {@code @ApplicationModuleListener} or
 * {@code @TransactionalEventListener}: the event publication registry would store the address.
 */
public record AccountErased(String email) {}
