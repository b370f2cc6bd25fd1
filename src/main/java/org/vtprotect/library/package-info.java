/**
 * The library of good practices, guides and tools: documents with their metadata and files, text
 * extracted from them, full-text search in six languages, and the rule of who may read what.
 * Depends on {@code directory} for the organisation a document comes from.
 */
@ApplicationModule(
        displayName = "Library",
        allowedDependencies = {"platform", "reference", "account", "directory"})
@NullMarked
package org.vtprotect.library;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
