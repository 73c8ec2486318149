package vn.cuocthi.platformcore.web;

import org.springframework.dao.DataAccessException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.cuocthi.platformcore.branding.Branding;
import vn.cuocthi.platformcore.branding.Brandings;
import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantContext;

/**
 * Every page's model holds the province of its host as {@code province} and its look as {@code branding} (both null
 * on the platform's host), which the pages' headers, footers and stylesheet link use: no page controller reads the
 * tenancy for that.
 */
@ControllerAdvice
class ProvinceModel {

    private final Brandings brandings;

    ProvinceModel(Brandings brandings) {
        this.brandings = brandings;
    }

    @ModelAttribute("province")
    Tenant province() {
        return TenantContext.current().orElse(null);
    }

    /**
     * Cached per province (read on every page). Without a database (the busy page during a restart, an unmigrated
     * schema) the page keeps the platform's look rather than failing for its decoration.
     */
    @ModelAttribute("branding")
    Branding branding() {
        if (TenantContext.current().isEmpty()) {
            return null;
        }
        try {
            return brandings.current();
        } catch (DataAccessException e) {
            return Branding.DEFAULT;
        }
    }
}
