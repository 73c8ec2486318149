package vn.cuocthi.platformcore.tenancy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * Tags every HTTP server metric with the province it served ({@code none} for the platform and refusals). Metrics are recorded
 * after the request's tenant context is gone, so this reads the request attribute the tenant filter left.
 */
@ConditionalOnWebApplication
@Component
public class TenantObservationConvention extends DefaultServerRequestObservationConvention {

    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        Object tenant = context.getCarrier().getAttribute(TenantFilter.TENANT_ATTRIBUTE);
        String slug = tenant instanceof Tenant served ? served.slug() : "none";
        return super.getLowCardinalityKeyValues(context).and(KeyValue.of("tenant", slug));
    }
}
