package kz.egmis.platform.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** One clock for the whole server, so tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
