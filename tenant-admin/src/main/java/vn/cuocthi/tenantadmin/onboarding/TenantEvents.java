package vn.cuocthi.tenantadmin.onboarding;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.cuocthi.platformcore.VietnamTime;

/**
 * The operators' audit: what operators did to provinces and what onboarding went through ({@code platform.tenant_event},
 * written by {@link TenantOnboarding}), newest first.
 */
@Service
public class TenantEvents {

    /** A page of the audit is for reading, not for exporting: bounded. */
    static final int LIMIT = 500;

    private final JdbcClient jdbc;

    TenantEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One recorded action: {@code kind} is e.g. ONBOARDING_STARTED, STEP_DONE, STEP_FAILED, SUSPENDED, RESUMED. */
    public record TenantEvent(long id, String slug, String kind, String detail, String actor, OffsetDateTime at) {
    }

    /** The newest events, of one province or (slug null) of all, at most {@value #LIMIT}. */
    public List<TenantEvent> latest(String slug) {
        return jdbc.sql("""
                select id, slug, kind, detail, actor, at from platform.tenant_event
                where (cast(? as varchar) is null or slug = ?) order by id desc limit ?""")
                .params(slug, slug, LIMIT)
                .query((rs, row) -> new TenantEvent(rs.getLong("id"), rs.getString("slug"), rs.getString("kind"),
                        rs.getString("detail"), rs.getString("actor"), VietnamTime.of(rs.getTimestamp("at").toInstant())))
                .list();
    }

    /** The outcome of one step in the last onboarding run: done, failed (with its message) or not reached. */
    public record StepOutcome(String step, Outcome outcome, String error) {
    }

    public enum Outcome { DONE, FAILED, NOT_RUN }

    /** Each step of the province's last onboarding run (the events after its last start or retry), in order. */
    public List<StepOutcome> lastRun(String slug, List<String> stepNames) {
        List<TenantEvent> run = new ArrayList<>();
        for (TenantEvent event : latest(slug)) {
            if (event.kind().equals("ONBOARDING_STARTED") || event.kind().equals("ONBOARDING_RETRIED")) {
                break;
            }
            run.add(event);
        }
        List<StepOutcome> outcomes = new ArrayList<>();
        for (String step : stepNames) {
            StepOutcome outcome = new StepOutcome(step, Outcome.NOT_RUN, null);
            for (TenantEvent event : run) {
                if (event.kind().equals("STEP_DONE") && step.equals(event.detail())) {
                    outcome = new StepOutcome(step, Outcome.DONE, null);
                } else if (event.kind().equals("STEP_FAILED") && event.detail() != null && event.detail().startsWith(step + ": ")) {
                    outcome = new StepOutcome(step, Outcome.FAILED, event.detail().substring(step.length() + 2));
                }
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }
}
