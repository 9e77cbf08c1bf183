package com.wuyebot.bot.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of /api/** (at /v3/api-docs, Swagger UI at /swagger-ui.html), with the
 * two ways in: the administrator (HTTP Basic) and API tokens (Bearer). Only /api/** is described
 * ({@code springdoc.paths-to-match}): WeChat's webhook and the console are not part of it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  static final String BASIC = "administrator";
  static final String BEARER = "apiToken";

  @Bean
  OpenAPI wuyebotApi() {
    return new OpenAPI()
        .info(new Info().title("wuyebot API")
            .description("Tickets, dispatch, incidents, knowledge base and wording of the resident-service bot. "
                + "Every call needs the administrator (HTTP Basic) or an API token (Authorization: Bearer wyb_…); "
                + "tokens are managed by the administrator only.")
            .version("1"))
        .components(new Components()
            .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
            .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }
}
