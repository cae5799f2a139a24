package kz.egmis.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The one access policy every request goes through: the {@link PathRule}s that every feature declares in its
 * {@link AccessRules}, joined. A request that no rule declares for its method and path is refused to everyone
 * (401 without credentials, 403 with them); a declared one is allowed to the roles it names.
 */
final class DeclaredAccessPolicy implements AuthorizationManager<RequestAuthorizationContext> {

    private record CompiledRule(PathRule rule, PathPattern pattern) {
    }

    private final List<CompiledRule> rules = new ArrayList<>();

    DeclaredAccessPolicy(Collection<AccessRules> declarations) {
        PathPatternParser parser = new PathPatternParser();
        for (AccessRules declaration : declarations) {
            for (PathRule rule : declaration.rules()) {
                rules.add(new CompiledRule(rule, parser.parse(rule.pattern())));
            }
        }
    }

    /** Every declared rule, for the role matrix test and the docs. */
    List<PathRule> rules() {
        return rules.stream().map(CompiledRule::rule).toList();
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        String method = "HEAD".equals(request.getMethod()) ? "GET" : request.getMethod();
        PathContainer path = PathContainer.parsePath(RequestPaths.of(request));
        Caller caller = CallerAuthentication.callerOf(authentication.get());
        for (CompiledRule compiled : rules) {
            if (compiled.rule().method().equals(method) && compiled.pattern().matches(path)
                    && (compiled.rule().anonymous() || (caller != null && compiled.rule().roles().contains(caller.role())))) {
                return new AuthorizationDecision(true);
            }
        }
        return new AuthorizationDecision(false);
    }
}
