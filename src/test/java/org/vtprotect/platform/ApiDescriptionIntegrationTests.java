package org.vtprotect.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.support.IntegrationTest;

/** The public API description tells a client, for every operation, what it does and how it fails. */
@IntegrationTest
class ApiDescriptionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void everyOperationHasASummaryAndItsProblemAnswers() throws Exception {
        String json = mvc.perform(get("/api/v1/openapi.json"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(json, "$.paths");
        assertThat(paths).isNotEmpty().containsKey("/api/v1/auth/token");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            assertThat(operation.get("summary")).as(method + " " + path).isNotNull();
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(responses).as(method + " " + path).containsKeys("400", "401", "403");
        }));
        List<String> license = JsonPath.read(json, "$.info.license[*]");
        assertThat(license).isNotEmpty();
    }
}
