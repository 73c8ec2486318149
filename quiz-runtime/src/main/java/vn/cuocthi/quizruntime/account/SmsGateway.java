package vn.cuocthi.quizruntime.account;

/**
 * Sends a text message to a Vietnamese mobile number. Production uses a provider's HTTP API ({@link HttpSmsGateway},
 * configured by environment); without one, {@link LogSmsGateway}. Throws when the message could not be handed over.
 */
public interface SmsGateway {

    void send(String phone, String text);
}
