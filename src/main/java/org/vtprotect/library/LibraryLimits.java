package org.vtprotect.library;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on reading uploaded files: the largest file accepted, the most characters of text kept
 * from one file (what search sees), and how long reading one file may take.
 */
@ConfigurationProperties("vtp.library")
public record LibraryLimits(
        @DefaultValue("100MB") DataSize maxFileSize,
        @DefaultValue("1000000") int maxCharacters,
        @DefaultValue("60s") Duration extractionTimeout) {}
