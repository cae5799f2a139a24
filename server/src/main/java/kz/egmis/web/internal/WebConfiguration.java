package kz.egmis.web.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of the pages: the person's choice ({@code ?lang=kk|ru|en}, kept in a cookie for a year), else the
 * browser's first language EGMIS speaks, else Kazakh.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"), Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("egmis-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            for (Locale wanted : Collections.list(request.getLocales())) {
                Locale spoken = spoken(wanted.getLanguage());
                if (spoken != null) {
                    return spoken;
                }
            }
            return LANGUAGES.get(0);
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                Locale chosen = spoken(request.getParameter("lang"));
                if (chosen != null) {
                    localeResolver().setLocale(request, response, chosen);
                }
                return true;
            }
        });
    }

    /** The language EGMIS speaks with this code, or null. */
    static Locale spoken(String language) {
        return language == null ? null : LANGUAGES.stream().filter(locale -> locale.getLanguage().equals(language))
                .findFirst().orElse(null);
    }
}
