package kz.egmis.testing.oidc;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * A real OpenID Connect provider for the tests (Spring Authorization Server on a random port), standing in for the
 * national identity provider or Keycloak. Programs get tokens by client credentials; people sign in with the
 * authorization code flow. The claims each client or person gets are set in {@link #CLIENT_CLAIMS} and
 * {@link #PERSON_CLAIMS}. Never part of the server's own context: started by the OIDC tests only.
 */
@TestConfiguration(proxyBeanMethods = false) // a test component: the server's component scan leaves it out
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
public class TestIdentityProvider {

    public static final String SECRET = "test-client-secret-0123456789";
    public static final String PASSWORD = "test-person-password";
    public static final String WEB_CLIENT = "egmis-web";
    public static final String AUDIENCE = "egmis";

    /** Claims of the access tokens of each client (client credentials). */
    static final Map<String, Map<String, Object>> CLIENT_CLAIMS = Map.of(
            "auditor-app", Map.of("egmis_role", "AUDITOR", "name", "Audit robot", "aud", List.of(AUDIENCE)),
            "manager-app", Map.of("egmis_role", "FACILITY_MANAGER", "egmis_organizations", List.of("140240001469"),
                    "aud", List.of(AUDIENCE)),
            "norole-app", Map.of("aud", List.of(AUDIENCE)),
            "tworoles-app", Map.of("egmis_role", List.of("AUDITOR", "ADMINISTRATOR"), "aud", List.of(AUDIENCE)),
            "unbound-manager-app", Map.of("egmis_role", "FACILITY_MANAGER", "aud", List.of(AUDIENCE)),
            "otheraudience-app", Map.of("egmis_role", "AUDITOR"),
            "shortlived-app", Map.of("egmis_role", "AUDITOR", "aud", List.of(AUDIENCE)));

    /** Claims of the ID tokens of each person (authorization code). */
    static final Map<String, Map<String, Object>> PERSON_CLAIMS = Map.of(
            "oidc.auditor", Map.of("egmis_role", "AUDITOR", "name", "Дана Серікқызы"),
            "oidc.norole", Map.of("name", "Nobody In Particular"));

    private final InMemoryRegisteredClientRepository clients = new InMemoryRegisteredClientRepository(
            CLIENT_CLAIMS.keySet().stream().map(TestIdentityProvider::program).toList());

    /** Starts a provider on a random port; its issuer is {@code http://localhost:<port>}. */
    public static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TestIdentityProvider.class)
                .run("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN");
    }

    /** Each client's own secret (the provider refuses two clients with one secret). */
    public static String secretOf(String clientId) {
        return clientId.equals(WEB_CLIENT) ? SECRET : SECRET + "-" + clientId;
    }

    public static String issuer(ConfigurableApplicationContext provider) {
        return "http://localhost:" + provider.getEnvironment().getProperty("local.server.port");
    }

    /** Registers EGMIS's web client, which may be sent back to {@code redirectUri} after a sign-in. */
    public static void registerWebClient(ConfigurableApplicationContext provider, String redirectUri) {
        InMemoryRegisteredClientRepository clients = provider.getBean(InMemoryRegisteredClientRepository.class);
        if (clients.findByClientId(WEB_CLIENT) != null) {
            return;
        }
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(WEB_CLIENT).clientSecret("{noop}" + SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri).scope("openid").scope("profile")
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build());
    }

    private static RegisteredClient program(String clientId) {
        Duration lifetime = clientId.equals("shortlived-app") ? Duration.ofSeconds(1) : Duration.ofMinutes(5);
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId).clientSecret("{noop}" + secretOf(clientId))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(lifetime).build())
                .build();
    }

    @Bean
    InMemoryRegisteredClientRepository registeredClients() {
        return clients;
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService people() {
        return new InMemoryUserDetailsManager(PERSON_CLAIMS.keySet().stream()
                .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build()).toList());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> egmisClaims() {
        return context -> {
            boolean idToken = "id_token".equals(context.getTokenType().getValue());
            Map<String, Object> claims = idToken ? PERSON_CLAIMS.get(context.getPrincipal().getName())
                    : CLIENT_CLAIMS.get(context.getRegisteredClient().getClientId());
            if (claims != null && (idToken || context.getAuthorizationGrantType().equals(AuthorizationGrantType.CLIENT_CREDENTIALS))) {
                claims.forEach((name, value) -> {
                    if (name.equals("aud")) {
                        context.getClaims().audience(List.copyOf((List<String>) value));
                    } else {
                        context.getClaims().claim(name, value);
                    }
                });
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> signingKeys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }
}
