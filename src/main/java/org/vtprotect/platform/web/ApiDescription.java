package org.vtprotect.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Completes the API description the same way for every module: each operation gets a summary
 * (from its handler's name when it declares none) and the problem+json answers every endpoint can
 * give — 400 for bad input, 401 without a valid token, 403 for a role that may not call it.
 */
@Component
class ApiDescription implements GlobalOpenApiCustomizer {

    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "Invalid input: problem+json, with errors[].field for each field at fault",
            "401", "No valid bearer token where one is needed: problem+json",
            "403", "The caller's role may not do this: problem+json");

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        if (api.getComponents() != null
                && (api.getComponents().getSchemas() == null
                        || !api.getComponents().getSchemas().containsKey("ProblemDetail"))) {
            api.getComponents()
                    .addSchemas("ProblemDetail", new Schema<>().type("object").description("RFC 9457 problem"));
        }
        api.getPaths().values().forEach(path -> path.readOperations().forEach(this::complete));
    }

    private void complete(Operation operation) {
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(sentence(operation.getOperationId()));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        PROBLEMS.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, problem(description));
            }
        });
        operation.setResponses(responses);
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))));
    }

    /** {@code revokePresented_1} → "Revoke presented". */
    static String sentence(String operationId) {
        if (operationId == null || operationId.isBlank()) {
            return "Operation";
        }
        String words = operationId
                .replaceAll("_\\d+$", "")
                .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
