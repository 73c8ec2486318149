package vn.cuocthi.platformcore.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A round's results as staff published them: per contestant group the prize winners in rank order, per block the
 * collective winners, and the round's prediction figure. Frozen when published (staff build it in tenant-admin, the
 * province site reads it through {@link Announcements}), so a later change of data does not rewrite an announcement.
 *
 * @param round  1-based
 * @param figure the round's frozen prediction figure, null when the contest does not rank by one
 */
public record ResultsAnnouncement(int round, String roundName, Instant publishedAt, String publishedBy, Long figure,
                                  List<GroupWinners> groups, List<BlockWinners> blocks) {

    public ResultsAnnouncement {
        groups = groups == null ? List.of() : List.copyOf(groups);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    public record GroupWinners(String code, String name, List<Winner> winners) {
    }

    /** @param prize FIRST, SECOND, THIRD or CONSOLATION; fullName is stored whole and masked where the public sees it */
    public record Winner(int rank, String prize, UUID contestantId, String fullName, String unitName, int score,
                         int maxScore) {
    }

    public record BlockWinners(String block, List<UnitWinner> units) {
    }

    public record UnitWinner(int place, String prize, String code, String name, BigDecimal participationRate,
                             BigDecimal averageScorePercent, BigDecimal points) {
    }
}
