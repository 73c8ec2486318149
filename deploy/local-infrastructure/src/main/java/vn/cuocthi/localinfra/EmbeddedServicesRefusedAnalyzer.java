package vn.cuocthi.localinfra;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports {@link EmbeddedServicesRefused} as its one-line message instead of a stack trace. */
class EmbeddedServicesRefusedAnalyzer extends AbstractFailureAnalyzer<EmbeddedServicesRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedServicesRefused cause) {
        return new FailureAnalysis(cause.getMessage(), "Point the application at its PostgreSQL, Redis and Keycloak with"
                + " the variables named above (see the README's configuration table), or leave CUOCTHI_PROFILE unset"
                + " for a local run with embedded services.", cause);
    }
}
