package org.vtprotect.library;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on a bulk import's archive, checked before anything is stored: its size, how many entries
 * it holds, how much they expand to (bytes actually inflated, not what the headers claim), how
 * much one entry may expand relative to its compressed bytes, and the manifest's size. A running
 * import not heard from for {@code staleAfter} is taken over; queued imports are looked for every
 * {@code pollInterval}.
 */
@ConfigurationProperties("vtp.library.import")
public record ImportLimits(
        @DefaultValue("100MB") DataSize maxArchiveSize,
        @DefaultValue("1000") int maxEntries,
        @DefaultValue("1GB") DataSize maxExpandedSize,
        @DefaultValue("100") int maxCompressionRatio,
        @DefaultValue("5MB") DataSize maxManifestSize,
        @DefaultValue("3m") Duration staleAfter,
        @DefaultValue("10s") Duration pollInterval) {}
