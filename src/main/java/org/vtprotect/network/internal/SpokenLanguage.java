package org.vtprotect.network.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.vtprotect.network.LanguageLevel;

/** A language (ISO 639-1) an applicant speaks, and how well. */
@Embeddable
public class SpokenLanguage {

    private String code;

    @Enumerated(EnumType.STRING)
    private LanguageLevel level;

    protected SpokenLanguage() {
        this.code = "";
        this.level = LanguageLevel.BASIC;
    }

    SpokenLanguage(String code, LanguageLevel level) {
        this.code = code;
        this.level = level;
    }

    public String code() {
        return code;
    }

    public LanguageLevel level() {
        return level;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpokenLanguage that && code.equals(that.code) && level == that.level;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, level);
    }
}
