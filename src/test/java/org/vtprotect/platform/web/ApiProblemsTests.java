package org.vtprotect.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vtprotect.platform.Problems;
import tools.jackson.databind.json.JsonMapper;

/** Failures the API controllers do not handle themselves become translated problem+json. */
class ApiProblemsTests {

    @RestController
    static class RacingController {
        @PutMapping("/api/v1/things/1")
        void save() {
            throw new OptimisticLockingFailureException("row was updated by another transaction");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new RacingController())
            .setControllerAdvice(new ApiProblems(
                    new Problems(messages(), JsonMapper.builder().build())))
            .build();

    @Test
    void aConcurrentChangeIsA409ProblemThatHidesTheCause() throws Exception {
        mvc.perform(put("/api/v1/things/1").locale(Locale.FRENCH))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Quelqu’un d’autre")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("another transaction"))));
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/platform");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
