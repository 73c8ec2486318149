package vn.cuocthi.tenantadmin.onboarding;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.cuocthi.platformcore.TypedText;
import vn.cuocthi.platformcore.tenancy.OnboardingReport;
import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantChanges;
import vn.cuocthi.platformcore.tenancy.TenantProvisioningStep;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;
import vn.cuocthi.platformcore.tenancy.TenantSlug;
import vn.cuocthi.platformcore.tenancy.TenantStatus;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

/**
 * Onboards, suspends and resumes provinces. Onboarding records the province as PROVISIONING, runs every
 * {@link TenantProvisioningStep} (each idempotent) and only then makes it ACTIVE; if a step fails the
 * province stays inactive with the error kept, and sending the same request again finishes it.
 */
@Service
public class TenantOnboarding {

    private static final Logger log = LoggerFactory.getLogger(TenantOnboarding.class);
    private static final int LOCK_NAMESPACE = 0x43540001; // "CT" + 1: onboarding locks, apart from other advisory locks

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final List<TenantProvisioningStep> steps;
    private final TenantRegistry registry;
    private final TenantChanges changes;

    public TenantOnboarding(JdbcClient jdbc, DataSource dataSource, List<TenantProvisioningStep> steps,
                            TenantRegistry registry, TenantChanges changes) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.steps = steps;
        this.registry = registry;
        this.changes = changes;
    }

    public Onboarded onboard(String slug, String name, String actor) {
        return onboard(slug, name, null, actor);
    }

    /**
     * Onboards a province whose first admin has this e-mail address (null: none given). Each step's outcome is
     * recorded ({@code STEP_DONE}, {@code STEP_FAILED} with the step's name), so the operator's console shows the
     * last run step by step.
     */
    public Onboarded onboard(String slug, String name, String adminEmail, String actor) {
        String cleanName = name == null ? null : name.strip();
        String email = adminEmail == null || adminEmail.isBlank() ? null : adminEmail.strip();
        validate(slug, cleanName, email);
        return withOnboardingLock(slug, () -> {
            Tenant existing = registry.load(slug).orElse(null);
            if (existing != null && existing.status() != TenantStatus.PROVISIONING) {
                throw ApiException.conflict("tenant.exists", slug);
            }
            if (existing == null) {
                jdbc.sql("insert into platform.tenant (slug, name, status) values (?, ?, 'PROVISIONING')")
                        .params(slug, cleanName).update();
                record(slug, "ONBOARDING_STARTED", null, actor);
            } else {
                jdbc.sql("update platform.tenant set name = ?, updated_at = now() where slug = ?").params(cleanName, slug).update();
                record(slug, "ONBOARDING_RETRIED", null, actor);
            }
            Tenant tenant = registry.load(slug).orElseThrow();
            OnboardingReport report = new OnboardingReport(email);
            for (TenantProvisioningStep step : steps) {
                try {
                    step.provision(tenant, report);
                    record(slug, "STEP_DONE", step.name(), actor);
                } catch (Exception e) {
                    log.error("Onboarding of {} failed at step {}", slug, step.name(), e);
                    String error = step.name() + ": " + e.getMessage();
                    jdbc.sql("update platform.tenant set last_error = ?, updated_at = now() where slug = ?").params(error, slug).update();
                    record(slug, "STEP_FAILED", error, actor);
                    record(slug, "ONBOARDING_FAILED", error, actor);
                    throw new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "tenant.onboardingFailed", slug, step.name());
                }
            }
            jdbc.sql("""
                    update platform.tenant set status = 'ACTIVE', activated_at = now(), last_error = null, updated_at = now()
                    where slug = ?""").param(slug).update();
            record(slug, "ONBOARDED", null, actor);
            changes.announce(slug);
            log.info("Province {} ({}) onboarded", slug, cleanName);
            return new Onboarded(registry.load(slug).orElseThrow(), report.firstAdmin());
        });
    }

    /** An onboarded province, and its first admin when this request created it. */
    public record Onboarded(Tenant tenant, OnboardingReport.FirstAdmin firstAdmin) {
    }

    public Tenant suspend(String slug, String actor) {
        return changeStatus(slug, TenantStatus.SUSPENDED, "SUSPENDED", null, actor);
    }

    public Tenant resume(String slug, String actor) {
        return changeStatus(slug, TenantStatus.ACTIVE, "RESUMED", null, actor);
    }

    /** Suspends with the operator's reason (required here), kept in the audit with the action. */
    public Tenant suspend(String slug, String reason, String actor) {
        return changeStatus(slug, TenantStatus.SUSPENDED, "SUSPENDED", reason(reason), actor);
    }

    public Tenant resume(String slug, String reason, String actor) {
        return changeStatus(slug, TenantStatus.ACTIVE, "RESUMED", reason(reason), actor);
    }

    /** The names of the provisioning steps, in the order they run. */
    public List<String> stepNames() {
        return steps.stream().map(TenantProvisioningStep::name).toList();
    }

    /** The last message of the province's failed step, or null. */
    public String lastError(String slug) {
        return jdbc.sql("select last_error from platform.tenant where slug = ?").param(slug).query(String.class)
                .optional().orElse(null);
    }

    public List<Tenant> list() {
        return List.copyOf(registry.refresh().values()).stream()
                .sorted(java.util.Comparator.comparing(Tenant::slug)).toList();
    }

    public Tenant get(String slug) {
        return registry.load(slug).orElseThrow(() -> ApiException.notFound("tenant.notFound", slug));
    }

    private static String reason(String typed) {
        List<FieldError> errors = new ArrayList<>();
        String reason = TypedText.check("reason", typed, TypedText.Kind.LINE, 500, errors);
        if (reason == null && errors.isEmpty()) {
            errors.add(FieldError.field("reason", "tenant.reason.required"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return reason;
    }

    private Tenant changeStatus(String slug, TenantStatus target, String event, String reason, String actor) {
        Tenant tenant = get(slug);
        if (tenant.status() == TenantStatus.PROVISIONING) {
            throw ApiException.conflict("tenant.notReady", slug);
        }
        if (tenant.status() != target) {
            for (TenantProvisioningStep step : steps) {
                try {
                    if (target == TenantStatus.SUSPENDED) {
                        step.suspend(tenant);
                    } else {
                        step.resume(tenant);
                    }
                } catch (Exception e) {
                    log.error("Step {} could not {} province {}", step.name(), event, slug, e);
                    throw new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "tenant.statusFailed", slug, step.name());
                }
            }
            jdbc.sql("update platform.tenant set status = ?, updated_at = now() where slug = ? and status <> 'PROVISIONING'")
                    .params(target.name(), slug).update();
            record(slug, event, reason, actor);
            changes.announce(slug);
            log.info("Province {} is now {}", slug, target);
        }
        return get(slug);
    }

    /** An address Keycloak stores: one @, a dot in the domain, no spaces (what it checks itself is looser). */
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private void validate(String slug, String name, String email) {
        List<FieldError> errors = new ArrayList<>();
        if (!TenantSlug.isWellFormed(slug)) {
            errors.add(FieldError.field("slug", "tenant.slug.invalid", slug == null ? "" : slug));
        } else if (TenantSlug.isReserved(slug)) {
            errors.add(FieldError.field("slug", "tenant.slug.reserved", slug));
        }
        if (name == null || name.isEmpty() || name.length() > 200) {
            errors.add(FieldError.field("name", "tenant.name.invalid"));
        }
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(FieldError.field("adminEmail", "tenant.adminEmail.invalid"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private void record(String slug, String kind, String detail, String actor) {
        jdbc.sql("insert into platform.tenant_event (slug, kind, detail, actor) values (?, ?, ?, ?)")
                .params(slug, kind, detail, actor).update();
    }

    /** Two nodes (or two clicks) onboarding the same province run one after the other, never interleaved. */
    private <T> T withOnboardingLock(String slug, java.util.function.Supplier<T> work) {
        try (Connection lock = dataSource.getConnection()) {
            advisory(lock, "select pg_advisory_lock(?, hashtext(?))", slug);
            try {
                return work.get();
            } finally {
                advisory(lock, "select pg_advisory_unlock(?, hashtext(?))", slug);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the onboarding lock for " + slug, e);
        }
    }

    private static void advisory(Connection connection, String sql, String slug) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, LOCK_NAMESPACE);
            statement.setString(2, slug);
            statement.execute();
        }
    }
}
