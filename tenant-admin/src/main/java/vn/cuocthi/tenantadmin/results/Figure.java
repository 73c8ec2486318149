package vn.cuocthi.tenantadmin.results;

import java.time.OffsetDateTime;

import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.contest.Prediction;
import vn.cuocthi.platformcore.ranking.RoundFigure;

/**
 * A round's frozen prediction figure as the API shows it (Vietnam time).
 *
 * @param round  1-based
 * @param method AT_CLOSE when frozen at the round's close, RECOMPUTED when staff recomputed it
 */
public record Figure(int round, Prediction.Measure measure, long value, RoundFigure.Method method,
                     OffsetDateTime computedAt, String computedBy) {

    static Figure of(RoundFigure figure) {
        return figure == null ? null : new Figure(figure.roundIndex() + 1, figure.measure(), figure.value(), figure.method(),
                VietnamTime.of(figure.computedAt()), figure.computedBy());
    }
}
