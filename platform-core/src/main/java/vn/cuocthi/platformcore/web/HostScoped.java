package vn.cuocthi.platformcore.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Restricts a controller (or handler method) to the bare platform domain or to province hosts, so that
 * the same path (e.g. {@code /}) can mean the platform's page on one and the province's page on the other.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface HostScoped {

    Scope value();

    enum Scope {
        PLATFORM,
        PROVINCE
    }
}
