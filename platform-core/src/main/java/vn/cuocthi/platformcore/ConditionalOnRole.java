package vn.cuocthi.platformcore;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Loads a module's beans only on nodes whose {@code cuocthi.role} serves that part. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(ConditionalOnRole.OnRole.class)
public @interface ConditionalOnRole {

    AppRole value();

    final class OnRole implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var attributes = metadata.getAnnotationAttributes(ConditionalOnRole.class.getName());
            AppRole part = (AppRole) attributes.get("value");
            String configured = context.getEnvironment().getProperty("cuocthi.role", "both");
            return AppRole.valueOf(configured.trim().toUpperCase(Locale.ROOT)).serves(part);
        }
    }
}
