package org.vtprotect.account;

/** The orders in which the accounts list can be shown. */
public enum AccountOrder {
    EMAIL,
    NAME,
    NEWEST
}
