/**
 * Operator and provincial staff: onboarding, contests, question banks, units, results, exports, staff console.
 * Depends on platform-core only; never on quiz-runtime.
 */
@ApplicationModule(allowedDependencies = {"platformcore", "platformcore::tenancy", "platformcore::web",
        "platformcore::security", "platformcore::contest", "platformcore::question", "platformcore::unit", "platformcore::ranking",
        "platformcore::identity", "platformcore::migration", "platformcore::participation", "platformcore::session", "platformcore::recovery",
        "platformcore::personal", "platformcore::branding"})
package vn.cuocthi.tenantadmin;

import org.springframework.modulith.ApplicationModule;
