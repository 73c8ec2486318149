package vn.cuocthi.quizruntime.account;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.recovery.RecoveryChannel;

/**
 * Hands a recovery code to the contestant: an SMS to a phone, an e-mail to an address. E-mail goes through SMTP when
 * {@code spring.mail.host} is set (Boot then makes the {@link JavaMailSender}); without it, locally, into the dev
 * outbox. A failed hand-over is logged and reported to the caller, who still answers the person neutrally.
 */
@Component
class RecoveryDelivery {

    private static final Logger log = LoggerFactory.getLogger(RecoveryDelivery.class);

    private final SmsGateway sms;
    private final ObjectProvider<JavaMailSender> mail;
    private final Optional<DevOutbox> outbox;
    private final MessageSource messages;
    private final String from;

    RecoveryDelivery(SmsGateway sms, ObjectProvider<JavaMailSender> mail, Optional<DevOutbox> outbox,
                     MessageSource messages, @Value("${cuocthi.mail.from:no-reply@cuocthi.vn}") String from) {
        this.sms = sms;
        this.mail = mail;
        this.outbox = outbox;
        this.messages = messages;
        this.from = from;
    }

    /** Whether the code was handed over (to the gateway, the SMTP server or the local outbox). */
    boolean send(RecoveryChannel channel, String to, String contestName, String code, Duration validity) {
        Locale vietnamese = Locale.forLanguageTag("vi");
        Object[] arguments = {code, validity.toMinutes(), contestName};
        String text = messages.getMessage("recovery.message.text", arguments, vietnamese);
        try {
            if (channel == RecoveryChannel.SMS) {
                sms.send(to, text);
            } else {
                email(to, messages.getMessage("recovery.message.subject", arguments, vietnamese), text);
            }
            return true;
        } catch (RuntimeException e) { // a provider's error, a refused connection, a bad address
            log.error("Recovery code to {} by {} not delivered: {}", Contacts.masked(to), channel, e.toString());
            return false;
        }
    }

    private void email(String to, String subject, String text) throws MailException {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            if (outbox.isEmpty()) {
                throw new IllegalStateException("no SMTP server configured (SPRING_MAIL_HOST)");
            }
            log.info("E-mail to {} (local, not sent): {} – {}", to, subject, text);
            outbox.get().record(DevOutbox.Kind.EMAIL, to, subject, text);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        sender.send(message);
        outbox.ifPresent(box -> box.record(DevOutbox.Kind.EMAIL, to, subject, text));
    }
}
