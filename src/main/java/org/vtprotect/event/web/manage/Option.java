package org.vtprotect.event.web.manage;

/** One choice of a select: the value sent, the label shown in the reader's language. */
public record Option(String value, String label) {}
