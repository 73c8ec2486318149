package vn.cuocthi.tenantadmin.results;

import java.util.List;
import java.util.UUID;

import vn.cuocthi.platformcore.contest.TieBreak;

/**
 * A page of the individual ranking (rows ranked within their group, groups in the contest's order), with the
 * tie-break order and the frozen prediction figure next to it.
 *
 * @param round             1-based, null for the overall ranking
 * @param figure            the round's frozen figure; null overall or while the round has not closed
 * @param figures           every frozen figure of the contest (the overall ranking compares each counted exam with
 *                          its own round's)
 * @param predictionPending the contest ranks by the prediction but this round's figure is not frozen yet
 */
public record ResultsPage(UUID contestId, Integer round, String roundName, String group, List<TieBreak> tieBreaks,
                          Figure figure, List<Figure> figures, boolean predictionPending,
                          List<ResultRow> content, int page, int size, long totalElements, int totalPages) {
}
