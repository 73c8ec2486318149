package vn.cuocthi.platformcore.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.condition.RequestCondition;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.cuocthi.platformcore.tenancy.TenantContext;

/** Vietnamese first (English on request), and host-scoped request mappings. */
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /**
     * Pages are Vietnamese unless the reader picked English ({@code ?lang=en}, kept in a cookie): the contests'
     * content is Vietnamese, and a phone set to English should not turn the exam's chrome English by itself.
     * API messages follow {@code Accept-Language} (Vietnamese by default), as API.md says.
     */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver acceptHeader = new AcceptHeaderLocaleResolver();
        acceptHeader.setSupportedLocales(List.of(VIETNAMESE, Locale.ENGLISH));
        acceptHeader.setDefaultLocale(VIETNAMESE);
        CookieLocaleResolver resolver = new CookieLocaleResolver("cuocthi-lang");
        resolver.setCookieMaxAge(java.time.Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith("/api/")
                ? acceptHeader.resolveLocale(request) : VIETNAMESE);
        return resolver;
    }

    @Bean
    WebMvcConfigurer languageSwitch() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
                interceptor.setParamName("lang");
                interceptor.setIgnoreInvalidLocale(true);
                registry.addInterceptor(interceptor);
            }
        };
    }

    /** A year's cache for content-hashed static names; see {@link StaticResourceCaching}. */
    @Bean
    FilterRegistrationBean<StaticResourceCaching> staticResourceCaching() {
        FilterRegistrationBean<StaticResourceCaching> registration = new FilterRegistrationBean<>(new StaticResourceCaching());
        registration.addUrlPatterns("/css/*", "/js/*", "/img/*");
        return registration;
    }

    @Bean
    WebMvcRegistrations hostScopedMappings() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new RequestMappingHandlerMapping() {
                    @Override
                    protected RequestCondition<?> getCustomTypeCondition(Class<?> handlerType) {
                        return condition(handlerType);
                    }

                    @Override
                    protected RequestCondition<?> getCustomMethodCondition(Method method) {
                        // type-level conditions only apply to types with @RequestMapping, so look at the type here too
                        HostCondition onMethod = condition(method);
                        return onMethod != null ? onMethod : condition(method.getDeclaringClass());
                    }
                };
            }
        };
    }

    private static HostCondition condition(AnnotatedElement element) {
        HostScoped scoped = AnnotatedElementUtils.findMergedAnnotation(element, HostScoped.class);
        return scoped == null ? null : new HostCondition(scoped.value());
    }

    /** Matches when the request's host is of the given kind (the tenant filter has already decided). */
    record HostCondition(HostScoped.Scope scope) implements RequestCondition<HostCondition> {

        @Override
        public HostCondition combine(HostCondition other) {
            return other; // the method's scope wins over the type's
        }

        @Override
        public HostCondition getMatchingCondition(HttpServletRequest request) {
            boolean province = TenantContext.current().isPresent();
            return (scope == HostScoped.Scope.PROVINCE) == province ? this : null;
        }

        @Override
        public int compareTo(HostCondition other, HttpServletRequest request) {
            return 0;
        }

    }
}
