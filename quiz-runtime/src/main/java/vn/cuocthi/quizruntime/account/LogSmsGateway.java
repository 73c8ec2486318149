package vn.cuocthi.quizruntime.account;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No SMS provider configured. Locally the message (code included) goes to the log and to the dev outbox page
 * ({@code /dev/tin-nhan}); in production, where there is no outbox, only a warning that nothing was sent, never the
 * text, because a code in the log is a password in the log.
 */
final class LogSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LogSmsGateway.class);

    private final Optional<DevOutbox> outbox;

    LogSmsGateway(Optional<DevOutbox> outbox) {
        this.outbox = outbox;
    }

    @Override
    public void send(String phone, String text) {
        if (outbox.isPresent()) {
            log.info("SMS to {} (local, not sent): {}", phone, text);
            outbox.get().record(DevOutbox.Kind.SMS, phone, null, text);
        } else {
            log.warn("SMS to {} not sent: no SMS gateway configured (CUOCTHI_SMS_URL)", Contacts.masked(phone));
        }
    }
}
