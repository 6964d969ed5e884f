package jp.resas.ops.platform.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the OpenAPI description generated from the controllers (see {@link OpsApiDefinition}), with the
 * 401/403 answers their {@code @Secured} allows added to every operation ({@link OpenApiRefusals}).
 */
@Controller("/openapi.yml")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class OpenApiController {

    static final String RESOURCE = "META-INF/swagger/resas-ops-api-0.1.yml";

    private final SecuredOperations operations;
    private volatile String served;

    OpenApiController(SecuredOperations operations) {
        this.operations = operations;
    }

    @Get(produces = "application/yaml")
    HttpResponse<String> openApi() {
        if (served != null) {
            return HttpResponse.ok(served);
        }
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return HttpResponse.notFound();
            }
            served = OpenApiRefusals.add(new String(in.readAllBytes(), StandardCharsets.UTF_8), operations.refusals());
            return HttpResponse.ok(served);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
