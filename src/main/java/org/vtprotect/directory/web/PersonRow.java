package org.vtprotect.directory.web;

/** One person in the list, their organisation and country named in the reader's language. */
public record PersonRow(long id, String name, String email, String organisation, String country) {}
