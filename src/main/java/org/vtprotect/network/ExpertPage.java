package org.vtprotect.network;

import java.util.List;

/** One page of experts, as the API lists it. */
public record ExpertPage(List<ExpertProfile> items, int page, int size, long totalItems) {}
