package org.vtprotect.network;

/** What an applicant learns on sending an application: its number and that the address must be confirmed. */
public record ApplicationReceipt(long id, ApplicationState state) {}
