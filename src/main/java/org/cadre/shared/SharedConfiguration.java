package org.cadre.shared;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Clock and languages: the browser's language unless the person chose one with the switch in the header. */
@Configuration(proxyBeanMethods = false)
class SharedConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("cadre-lang");
        resolver.setDefaultLocaleFunction(request -> {
            Locale browser = request.getLocale();
            return browser != null && "en".equals(browser.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }
}
