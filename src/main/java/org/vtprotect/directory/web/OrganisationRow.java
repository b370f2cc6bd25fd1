package org.vtprotect.directory.web;

import org.jspecify.annotations.Nullable;

/** One organisation in the list, its type and country named in the reader's language. */
public record OrganisationRow(
        long id, String name, @Nullable String acronym, String type, String country) {}
