package org.vtprotect.event;

import java.util.List;

/**
 * What an import stored: the registrations made, and the rows rejected when importing (checked
 * again then: someone may have registered since the preview).
 */
public record ImportResult(int imported, List<ImportRow> rejected) {}
