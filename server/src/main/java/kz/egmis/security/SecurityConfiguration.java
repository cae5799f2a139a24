package kz.egmis.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Every way into EGMIS goes through this one chain: API keys and the identity provider's JWTs as bearer tokens,
 * people's sessions (an EGMIS account, or a sign-in through OpenID Connect), then the one declared access policy
 * ({@link DeclaredAccessPolicy}), then the caller's scope. Sessions are protected against cross-site requests
 * (CSRF); bearer requests carry no cookie and need no token.
 */
@Configuration
class SecurityConfiguration {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider accountAuthentication(Accounts accounts, PasswordEncoder passwords, Clock clock,
                                                 @Value("${egmis.login.max-failures:5}") int maxFailures,
                                                 @Value("${egmis.login.lock-minutes:15}") long lockMinutes) {
        return new AccountAuthenticationProvider(accounts, passwords, clock, maxFailures, lockMinutes * 60);
    }

    @Bean
    DeclaredAccessPolicy declaredAccessPolicy(List<AccessRules> declarations) {
        return new DeclaredAccessPolicy(declarations);
    }

    @Bean
    SecurityFilterChain egmisSecurity(HttpSecurity http, DeclaredAccessPolicy policy, ObjectProvider<ApiKeys> keys,
                                      OidcSettings oidc) throws Exception {
        JsonRefusals refusals = new JsonRefusals();
        BearerAuthentication bearer = new BearerAuthentication(keys, oidc.enabled() ? jwtAuthentication(oidc) : null);
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().access(policy))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationManagerResolver(request -> bearer)
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/start"))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .httpBasic(AbstractHttpConfigurer::disable)
                .requestCache(cache -> cache.requestCache(pagesOnly()))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken))
                // programs get JSON; a browser asking for a page is sent to the sign-in page (form login's default)
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(refusals, JsonRefusals::wantsJson)
                        .accessDeniedHandler(refusals))
                .addFilterAfter(new CallerFilter(), AuthorizationFilter.class);
        if (oidc.loginEnabled()) {
            http.oauth2Login(login -> login
                    .clientRegistrationRepository(new LazyClientRegistration(oidc))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new CallerOidcUserService(oidc.claims)))
                    .defaultSuccessUrl("/start"));
        }
        return http.build();
    }

    /** Only a page a browser asked for is remembered to return to after signing in, never an API call. */
    private static HttpSessionRequestCache pagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !JsonRefusals.wantsJson(request));
        return cache;
    }

    /**
     * A state-changing request riding on a session cookie must carry the session's CSRF token; a request with its
     * own credentials (a bearer header) or with no session at all has no cookie an attacker could ride on.
     * Sign-in and sign-out always need the token (no one may be signed in or out by another site).
     */
    private static boolean needsCsrfToken(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod()) || request.getHeader("Authorization") != null) {
            return false;
        }
        String path = RequestPaths.of(request);
        return request.getRequestedSessionId() != null || path.equals("/login") || path.equals("/logout");
    }

    private static JwtAuthenticationProvider jwtAuthentication(OidcSettings oidc) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(oidc.issuer).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(Duration.ofSeconds(oidc.clockSkewSeconds)),
                new JwtIssuerValidator(oidc.issuer),
                jwt -> jwt.getAudience() != null && jwt.getAudience().contains(oidc.audience)
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                                "the token is not for audience '" + oidc.audience + "'", null))));
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(jwt -> {
            try {
                return new CallerAuthentication(oidc.claims.caller(jwt.getClaims()));
            } catch (OidcClaims.UnusableClaimsException unusable) {
                throw new InvalidBearerTokenException(unusable.getMessage());
            }
        });
        return provider;
    }
}
