package se.esfkg.web.site;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.esfkg.web.SiteSettings;

/** What the people-facing pages share: the namespaces their filters use. */
@Configuration(proxyBeanMethods = false)
class SitePages {

    @Bean
    SiteIris siteIris(SiteSettings settings) {
        return new SiteIris(settings.dataBase());
    }
}
