package vn.cuocthi.quizruntime;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import vn.cuocthi.platformcore.AppRole;
import vn.cuocthi.platformcore.ConditionalOnRole;

/** Entry point of the quiz-runtime module: loaded on nodes with the {@code runtime} role (or both). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole(AppRole.RUNTIME)
@ComponentScan
public class QuizRuntimeModule {
}
