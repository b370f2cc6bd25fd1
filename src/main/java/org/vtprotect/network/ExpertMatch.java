package org.vtprotect.network;

import java.util.List;

/** An expert for a need: the score, the reasons for it in the reader's language, and availability today. */
public record ExpertMatch(long expertId, String name, int score, List<String> reasons, boolean available) {}
