package jp.resas.ops.platform.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The OpenAPI description of the ops API, generated from the controllers at compile time into
 * {@code META-INF/swagger/} and served at {@code /openapi.yml}.
 */
@OpenAPIDefinition(
        info = @Info(title = "RESAS Ops API", version = "0.1",
                description = "運用・保守事業者の運用ポータル API: 障害、問合せ、作業依頼、変更管理、課題、保守、カレンダー"),
        security = @SecurityRequirement(name = "cognito"))
@SecurityScheme(name = "cognito", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Cognito のアクセストークン (ローカルでは resas-ops token が発行)。ロールは cognito:groups。")
final class OpsApiDefinition {

    private OpsApiDefinition() {
    }
}
