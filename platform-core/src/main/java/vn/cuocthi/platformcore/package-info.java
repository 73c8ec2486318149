/**
 * Shared foundation of every module: tenancy, persistence, security base, Redis, metrics and the tenant schema's
 * model and migrations. Closed: the feature modules see the types of this package and the named interfaces
 * ({@code tenancy}, {@code web}, {@code security}, the model's {@code contest}, {@code question} and {@code unit}, the
 * {@code ranking} both feature modules rank by, {@code participation}, the collective exam {@code session}s, the password {@code recovery} codes,
 * and for onboarding {@code identity} and {@code migration}); the plumbing behind them (the tenant filter, the
 * schema-switching data source, the local Keycloak, Liquibase runs) stays internal, and ModularityTest fails when
 * a feature module reaches for it.
 */
@ApplicationModule
package vn.cuocthi.platformcore;

import org.springframework.modulith.ApplicationModule;
