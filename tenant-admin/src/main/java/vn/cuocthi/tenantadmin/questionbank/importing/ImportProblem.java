package vn.cuocthi.tenantadmin.questionbank.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something wrong with an imported file.
 *
 * @param line where: the line, row, question number or item index as {@link ImportedQuestion#line()} counts it;
 *             0 when the problem concerns the whole file
 * @param code a message key of the bundle {@value ImportMessages#BUNDLE}; see {@link ProblemCode}
 * @param args the values for the message's {@code {0}}, {@code {1}}…
 */
public record ImportProblem(int line, String code, List<Object> args) {

    public ImportProblem {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /** A problem for a code; a missing argument shows as "" rather than failing the whole import. */
    static ImportProblem of(int line, ProblemCode code, Object... args) {
        return new ImportProblem(line, code.key(), Arrays.stream(args).map(a -> a == null ? "" : a).toList());
    }
}
