package org.vtprotect.network.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.network.ExpertMatch;
import org.vtprotect.network.MatchNeed;

/** The need as typed, its errors, and the ranked experts once asked. */
public record MatchingForm(
        MatchNeed need,
        String limit,
        boolean asked,
        List<ExpertMatch> matches,
        long available,
        FieldErrors errors,
        ApplicationFormPage.Choices choices) {

    public List<String> ticked(@Nullable List<String> values) {
        return values == null ? List.of() : values;
    }
}
