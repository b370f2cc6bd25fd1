package org.vtprotect.network.internal;

import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One code of the taxonomy the applicant claims expertise in, with its vocabulary's key. */
@Embeddable
public class ExpertiseCode {

    private String vocabulary;
    private String code;

    protected ExpertiseCode() {
        this.vocabulary = "";
        this.code = "";
    }

    ExpertiseCode(String vocabulary, String code) {
        this.vocabulary = vocabulary;
        this.code = code;
    }

    public String vocabulary() {
        return vocabulary;
    }

    public String code() {
        return code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExpertiseCode that && vocabulary.equals(that.vocabulary) && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vocabulary, code);
    }
}
