package vn.cuocthi.platformcore.ranking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;

/**
 * Freezes each round's figure soon after it closes even when nobody reads a ranking then, so the value is the
 * one at the close. Every node runs it; the insert keeps whichever node came first.
 */
@Component
class RoundFigureFreezer {

    private static final Logger log = LoggerFactory.getLogger(RoundFigureFreezer.class);

    private final TenantRegistry tenants;
    private final ContestStore contests;
    private final RoundFigures figures;

    RoundFigureFreezer(TenantRegistry tenants, ContestStore contests, RoundFigures figures) {
        this.tenants = tenants;
        this.contests = contests;
        this.figures = figures;
    }

    @Scheduled(fixedDelayString = "${cuocthi.results.freeze-every:15s}", initialDelayString = "${cuocthi.results.freeze-every:15s}")
    void freezeAll() {
        tenants.forEachActive(tenant -> {
            try {
                for (Contest contest : contests.published()) {
                    if (RoundFigures.applies(contest)) {
                        figures.frozen(contest);
                    }
                }
            } catch (RuntimeException e) {
                log.warn("Freezing prediction figures of {} failed; the next run retries: {}", tenant.slug(), e.toString());
            }
        });
    }
}
