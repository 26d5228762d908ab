package se.esfkg.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.esfkg.serve.LiveData;
import se.esfkg.web.site.GenerationValidators;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Pages speak Swedish or English: {@code Accept-Language} decides until the visitor picks one with
 * {@code ?lang=sv|en}, which a cookie keeps for a year.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** The pages whose content is a function of the live generation, the query string and the language. */
    static final List<String> GENERATION_PAGES = List.of("/projects", "/organisations", "/municipalities", "/search",
            "/pictures", "/pictures/**");

    private final LiveData live;

    WebConfiguration(LiveData live) {
        this.live = live;
    }

    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    static final List<Locale> SUPPORTED = List.of(SWEDISH, Locale.ENGLISH);
    static final String LANGUAGE_COOKIE = "esf-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE) {
            @Override
            public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
                // ?lang=fr must not label English text as French: only the site's languages stick.
                Locale wanted = context == null ? null : context.getLocale();
                boolean supported = wanted != null && SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(wanted.getLanguage()));
                super.setLocaleContext(request, response, supported ? context : null);
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> {
            String header = request.getHeader("Accept-Language");
            if (header == null || header.isBlank()) {
                return SWEDISH;
            }
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                return best != null ? best : SWEDISH;
            } catch (IllegalArgumentException e) {
                return SWEDISH;
            }
        });
        return resolver;
    }

    @Bean
    PublicIris publicIris(SiteSettings settings) {
        return new PublicIris(settings.publicRoot().toString());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        // After the language change, so a ?lang= request is tagged in the language it asks for.
        registry.addInterceptor(new GenerationValidators(live)).addPathPatterns(GENERATION_PAGES);
    }
}
