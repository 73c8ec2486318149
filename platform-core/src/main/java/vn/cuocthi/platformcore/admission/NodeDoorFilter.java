package vn.cuocthi.platformcore.admission;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.cuocthi.platformcore.web.ProblemResponses;

/**
 * The node's door ({@link NodeDoor}) in front of everything but the request id and the observation (so refusals are
 * counted in the request metrics): a request over the bound is answered 503 {@code server.busy} with
 * {@code Retry-After} before its tenant is resolved or its body read. Health probes always pass: a busy node is
 * alive and ready, and taking it out of the balancer would only put its load on the others.
 */
@ConditionalOnWebApplication
@Component
class NodeDoorFilter extends OncePerRequestFilter implements Ordered {

    private final NodeDoor door;
    private final List<InProgressRequests> inProgress;
    private final ProblemResponses problems;
    private final Counter refusedNew;
    private final Counter refusedInProgress;

    NodeDoorFilter(NodeDoor door, List<InProgressRequests> inProgress, ProblemResponses problems, MeterRegistry meters) {
        this.door = door;
        this.inProgress = List.copyOf(inProgress);
        this.problems = problems;
        Gauge.builder("cuocthi.admission.node.in-flight", door, NodeDoor::inFlight)
                .description("Requests this node holds now").register(meters);
        Gauge.builder("cuocthi.admission.node.retry-after", door, NodeDoor::retryAfterSeconds).tag("work", "new")
                .description("Seconds the door asks refused requests to wait (before the spread)").baseUnit("seconds").register(meters);
        Gauge.builder("cuocthi.admission.node.retry-after", door, NodeDoor::underWayRetryAfterSeconds).tag("work", "in-progress")
                .description("Seconds the door asks refused requests to wait (before the spread)").baseUnit("seconds").register(meters);
        this.refusedNew = Counter.builder("cuocthi.admission.node.refused").tag("work", "new")
                .description("Requests refused at the node's door").register(meters);
        this.refusedInProgress = Counter.builder("cuocthi.admission.node.refused").tag("work", "in-progress")
                .description("Requests refused at the node's door").register(meters);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2; // after the request id and the observation filter, before the tenant
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean underWay = underWay(request);
        int retryAfter = door.enter(underWay);
        if (retryAfter > 0) {
            (underWay ? refusedInProgress : refusedNew).increment();
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfter));
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "server.busy", Map.of());
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            door.leave();
        }
    }

    private boolean underWay(HttpServletRequest request) {
        for (InProgressRequests kind : inProgress) {
            if (kind.matches(request)) {
                return true;
            }
        }
        return false;
    }
}
