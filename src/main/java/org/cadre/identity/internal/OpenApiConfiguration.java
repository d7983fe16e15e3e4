package org.cadre.identity.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs (and Swagger UI): every endpoint is called with a personal bearer token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearerAuth";

    @Bean
    OpenAPI cadreOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Cadre API").version("v1").description("""
                        The JSON API of Cadre: organization, people, accounts and the audit log. Authenticate with a \
                        personal API token (created under "My account") sent as `Authorization: Bearer cad_…`. \
                        Errors are RFC 9457 problem details in the language of Accept-Language, with the message \
                        key in `code`."""))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("Personal API token (cad_…)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
