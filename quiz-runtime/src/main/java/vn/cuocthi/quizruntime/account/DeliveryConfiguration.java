package vn.cuocthi.quizruntime.account;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** Which SMS gateway this node uses: the provider's HTTP API when {@code cuocthi.sms.url} is set, else the log. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    /** A JSON body most providers accept in some variant; override with CUOCTHI_SMS_BODY_TEMPLATE. */
    static final String DEFAULT_BODY = "{\"to\":\"{phone}\",\"text\":\"{text}\"}";

    @Bean
    SmsGateway smsGateway(Optional<DevOutbox> outbox,
                          @Value("${cuocthi.sms.url:}") String url,
                          @Value("${cuocthi.sms.auth-header:Authorization}") String authHeader,
                          @Value("${cuocthi.sms.auth-token:}") String authToken,
                          @Value("${cuocthi.sms.body-template:}") String bodyTemplate,
                          @Value("${cuocthi.sms.content-type:application/json}") String contentType) {
        if (url.isBlank()) {
            return new LogSmsGateway(outbox);
        }
        return new HttpSmsGateway(RestClient.builder(), url, authHeader, authToken,
                bodyTemplate.isBlank() ? DEFAULT_BODY : bodyTemplate, contentType);
    }
}
