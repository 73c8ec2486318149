package vn.cuocthi.quizruntime;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.cuocthi.quizruntime.account.ContestantSessions;

/** Lets controllers take the signed-in contestant as a parameter. */
@Configuration(proxyBeanMethods = false)
class RuntimeWebConfiguration implements WebMvcConfigurer {

    private final ContestantSessions sessions;

    RuntimeWebConfiguration(ContestantSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(sessions);
    }
}
