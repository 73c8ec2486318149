/**
 * Contestants: registration, sign-in, exam engine, leaderboards, public statistics pages.
 * Depends on platform-core only; never on tenant-admin.
 */
@ApplicationModule(allowedDependencies = {"platformcore", "platformcore::tenancy", "platformcore::web",
        "platformcore::security", "platformcore::contest", "platformcore::question", "platformcore::unit", "platformcore::ranking",
        "platformcore::participation", "platformcore::session", "platformcore::recovery",
        "platformcore::personal", "platformcore::branding", "platformcore::admission"})
package vn.cuocthi.quizruntime;

import org.springframework.modulith.ApplicationModule;
