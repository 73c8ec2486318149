/**
 * Operator and provincial staff: onboarding, contests, question banks, units, results, exports, staff console.
 * Depends on platform-core only; never on quiz-runtime.
 */
@ApplicationModule(allowedDependencies = "platformcore")
package vn.cuocthi.tenantadmin;

import org.springframework.modulith.ApplicationModule;
