package com.wuyebot.bot.security.web;

import com.wuyebot.bot.security.ApiToken;
import com.wuyebot.bot.security.ApiTokens;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API tokens for other systems; the secret is in the answer to the creation only. */
@RestController
@RequestMapping("/api/tokens")
class ApiTokenApiController {

  private final ApiTokens tokens;

  ApiTokenApiController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping
  List<TokenResponse> list() {
    return tokens.list().stream().map(TokenResponse::of).toList();
  }

  @GetMapping("/{id}")
  TokenResponse get(@PathVariable long id) {
    return TokenResponse.of(tokens.get(id));
  }

  @PostMapping
  ResponseEntity<CreatedTokenResponse> create(@Valid @RequestBody TokenRequest request, Principal admin) {
    ApiTokens.Created created = tokens.create(request.name(), admin.getName());
    return ResponseEntity.created(URI.create("/api/tokens/" + created.token().id()))
        .body(CreatedTokenResponse.of(created));
  }

  /** Revokes; the token stays listed with its revocation time. */
  @DeleteMapping("/{id}")
  TokenResponse revoke(@PathVariable long id, Principal admin) {
    return TokenResponse.of(tokens.revoke(id, admin.getName()));
  }

  record TokenRequest(@NotBlank @Size(max = 100) String name) {
  }

  record TokenResponse(long id, String name, String createdBy, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    static TokenResponse of(ApiToken token) {
      return new TokenResponse(token.id(), token.name(), token.createdBy(), token.createdAt(), token.lastUsedAt(),
          token.revokedAt());
    }
  }

  /** @param token the secret for {@code Authorization: Bearer}; shown this once, never again */
  record CreatedTokenResponse(long id, String name, String createdBy, Instant createdAt, String token) {
    static CreatedTokenResponse of(ApiTokens.Created created) {
      ApiToken token = created.token();
      return new CreatedTokenResponse(token.id(), token.name(), token.createdBy(), token.createdAt(), created.secret());
    }
  }
}
