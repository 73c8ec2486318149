package vn.cuocthi.platformcore.admission;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The door's bounds. Defaults from target 1's measurement (docs/benchmarks.md): about 45 KB of heap per request held,
 * so 2,000 in flight stay under 100 MB of a 1 GiB heap, while the node's throughput needs only a few hundred in
 * flight (autosaves answered in tens of milliseconds); new work gets 1,200 of them, enough for the starts' and
 * sign-ins' waiting rooms behind it (800 and 300 waiting at most) and the pages.
 */
@Configuration(proxyBeanMethods = false)
class NodeDoorConfiguration {

    @Bean
    NodeDoor nodeDoor(@Value("${cuocthi.admission.node.in-flight:2000}") int limit,
                      @Value("${cuocthi.admission.node.new-work-in-flight:1200}") int newWorkLimit) {
        return new NodeDoor(limit, newWorkLimit, System::nanoTime);
    }
}
