package vn.cuocthi.deploy.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the server acknowledged during the run, written to the run folder for the check in PostgreSQL: every
 * autosave answered 200 (province, attempt, question, option, savedAt), every submission answered 200 (province,
 * attempt, score, submittedAt, prediction, the status answered), every start answered 200 or 201 (province, attempt, login, status).
 */
final class Acknowledgements {

    static final String ANSWERS = "acknowledged-answers.csv";
    static final String SUBMISSIONS = "acknowledged-submissions.csv";
    static final String STARTS = "acknowledged-starts.csv";

    private final ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> submissions = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> starts = new ConcurrentLinkedQueue<>();

    /** A start answered 201 (a new attempt) or 200 (the one in progress, resumed). */
    void start(String slug, String attemptId, String login, int status) {
        starts.add(String.join(",", slug, attemptId, login, Integer.toString(status)));
    }

    void answer(String slug, String attemptId, String questionId, String optionId, String savedAt) {
        answers.add(String.join(",", slug, attemptId, questionId, optionId, savedAt));
    }

    /**
     * A submission answered 200: {@code status} is SUBMITTED, or EXPIRED when the attempt's time had run out before
     * it (an attempt an earlier run left in progress, resumed past its limit: the server answers its final grade).
     */
    void submit(String slug, String attemptId, String score, String submittedAt, String prediction, String status) {
        submissions.add(String.join(",", slug, attemptId, score, submittedAt, prediction, status));
    }

    void write(Path runDir) {
        try {
            Files.write(runDir.resolve(ANSWERS), answers);
            Files.write(runDir.resolve(SUBMISSIONS), submissions);
            Files.write(runDir.resolve(STARTS), starts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
