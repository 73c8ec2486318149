/**
 * Shared foundation of every module: tenancy, persistence, security base, Redis, metrics and the
 * tenant schema's model and migrations. Open to the other modules by design: it is their base.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.cuocthi.platformcore;

import org.springframework.modulith.ApplicationModule;
