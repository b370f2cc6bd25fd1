package org.vtprotect.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.WebUtils;
import org.vtprotect.platform.Languages;

/**
 * The reader's language: {@code ?lang=} first (remembered in a cookie), then that cookie, then the
 * browser's {@code Accept-Language}, then English.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "vtp-lang";
    static final String PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        return new ReaderLanguage();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String lang = request.getParameter(PARAMETER);
                // API responses may be cached and shared: the cookie is for people reading pages
                if (Languages.isSupported(lang) && !request.getRequestURI().startsWith("/api/")) {
                    ResponseCookie cookie = ResponseCookie.from(COOKIE, lang)
                            .path("/")
                            .maxAge(Duration.ofDays(365))
                            .sameSite("Lax")
                            .httpOnly(true)
                            .secure(request.isSecure())
                            .build();
                    response.addHeader("Set-Cookie", cookie.toString());
                }
                return true;
            }
        });
    }

    static final class ReaderLanguage implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            String lang = request.getParameter(PARAMETER);
            if (Languages.isSupported(lang)) {
                return Languages.resolve(lang);
            }
            var cookie = WebUtils.getCookie(request, COOKIE);
            if (cookie != null && Languages.isSupported(cookie.getValue())) {
                return Languages.resolve(cookie.getValue());
            }
            String accept = request.getHeader("Accept-Language");
            if (accept != null && !accept.isBlank()) {
                try {
                    Locale best = Locale.lookup(Locale.LanguageRange.parse(accept), Languages.SUPPORTED);
                    if (best != null) {
                        return best;
                    }
                } catch (IllegalArgumentException malformed) {
                    // a malformed header falls back to the default language
                }
            }
            return Languages.DEFAULT;
        }

        @Override
        public void setLocale(
                HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
            throw new UnsupportedOperationException("the language is chosen with ?lang=");
        }
    }
}
