package org.vtprotect.directory.web;

/** One choice of a {@code <select>}: the value sent and the label shown, already translated. */
public record Option(String value, String label) {}
