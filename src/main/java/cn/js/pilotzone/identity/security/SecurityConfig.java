package cn.js.pilotzone.identity.security;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import cn.js.pilotzone.identity.IdentityProperties;
import cn.js.pilotzone.identity.PrincipalFactory;
import cn.js.pilotzone.identity.Role;

/**
 * The web protections a level-3 (等保三级) assessment looks for: form login with lock and
 * throttling, a fresh session id at login, CSRF tokens on every state change, a strict content
 * security policy with no inline script, and role rules that keep the system administrator out of
 * evaluation data and audit records, and the auditor out of everything but the audit log.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(IdentityProperties.class)
public class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final String[] STATIC_RESOURCES = {"/css/", "/js/", "/img/", "/webjars/", "/favicon.ico"};

    static boolean isStaticResource(String path) {
        for (String prefix : STATIC_RESOURCES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Bean
    PasswordEncoder passwordEncoder(IdentityProperties properties) {
        return new BCryptPasswordEncoder(properties.bcryptStrength());
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, AccountAuthenticationProvider provider, LoginHandlers handlers,
            AuditingAccessDeniedHandler accessDenied, LoginThrottle throttle, PrincipalFactory principals,
            Clock clock) throws Exception {
        http.authenticationProvider(provider)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/login", "/register", "/register/**", "/error", "/public/**", "/verify",
                                "/verify/**").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.SYSADMIN.name())
                        .requestMatchers("/audit/**").hasRole(Role.AUDITOR.name())
                        .requestMatchers("/registrations/**")
                        .hasAnyRole(Role.CITY_REVIEWER.name(), Role.SYSADMIN.name())
                        .requestMatchers("/", "/account/**", "/logout").authenticated()
                        // Everything else is evaluation work: closed by default to the system and audit
                        // administrators, so that a page added later cannot open evaluation data to them.
                        .anyRequest().hasAnyRole(Role.APPLICANT.name(), Role.CITY_REVIEWER.name(),
                                Role.EXPERT.name(), Role.PROVINCE_ADMIN.name()))
                .formLogin(form -> form.loginPage("/login")
                        .authenticationDetailsSource(LoginDetails::new)
                        .successHandler(handlers)
                        .failureHandler(handlers)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(handlers))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(accessDenied))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                // Comparing a file on the public verification page changes nothing and needs no session;
                // without a token to look for, its upload is not read before the page has checked its size.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/verify/**"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new PendingStepFilter(principals, clock), AuthorizationFilter.class);
        return http.build();
    }
}
