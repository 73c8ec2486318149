package vn.cuocthi.platformcore.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantContext;

/**
 * Every page's model holds the province of its host as {@code province} (null on the platform's host), which the
 * pages' headers name: no page controller reads the tenancy for that.
 */
@ControllerAdvice
class ProvinceModel {

    @ModelAttribute("province")
    Tenant province() {
        return TenantContext.current().orElse(null);
    }
}
