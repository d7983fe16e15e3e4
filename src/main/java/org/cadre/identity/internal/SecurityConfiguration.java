package org.cadre.identity.internal;

import java.util.List;
import java.util.function.Function;

import org.cadre.identity.PublicEndpoints;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * People sign in with a form (session in the database, CSRF on); programs call /api with a bearer token (no
 * session, no CSRF, since no browser carries the token on its own). Everything else needs a signed-in user, and
 * each page and endpoint checks its permission and data scope again in the method it calls.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration implements WebMvcConfigurer {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ApiProblems apiProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        return new ApiProblems(messages, locales, json);
    }

    /** The token filter is made here, not as a bean, so that it runs only in the API's chain, not for every request. */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, AccountUserDetailsService accounts,
                            ApiProblems problems, JdbcClient jdbc, List<PublicEndpoints> open) throws Exception {
        String[] openApi = paths(open, PublicEndpoints::paths, "/api/");
        String[] openApiWithoutCsrf = paths(open, PublicEndpoints::withoutCsrf, "/api/");
        http.securityMatcher("/api/**")
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, accounts, problems),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new TemporaryPasswordGate.ForApi(jdbc, problems), ApiTokenAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(openApi).permitAll().anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenAuthenticationFilter::hasBearerToken)
                        .ignoringRequestMatchers(openApiWithoutCsrf))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, JdbcClient jdbc, List<PublicEndpoints> open) throws Exception {
        String[] openPages = paths(open, PublicEndpoints::paths, null);
        http.csrf(csrf -> csrf.ignoringRequestMatchers(paths(open, PublicEndpoints::withoutCsrf, null)))
                .authorizeHttpRequests(auth -> auth.requestMatchers(openPages).permitAll())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/**",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new TemporaryPasswordGate.SuccessHandler(jdbc)).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }

    /** The patterns the modules open: those under {@code prefix}, or (null) those of pages, not under /api/. */
    private static String[] paths(List<PublicEndpoints> open, Function<PublicEndpoints, List<String>> which,
                                  String prefix) {
        return open.stream().flatMap(o -> which.apply(o).stream())
                .filter(p -> prefix == null ? !p.startsWith("/api/") : p.startsWith(prefix))
                .toArray(String[]::new);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // the API has its own gate in its filter chain, answering with problem details
        registry.addInterceptor(new TemporaryPasswordGate()).excludePathPatterns("/api/**", "/login", "/logout",
                "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico");
    }
}
