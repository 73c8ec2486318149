package vn.cuocthi.quizruntime.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.Map;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    /**
     * Argon2id at OWASP's first recommended setting (19 MiB, 2 passes, 1 lane), prefixed with its id so the
     * parameters can move later without locking anyone out.
     */
    @Bean
    ContestantPasswords contestantPasswords(
            @Value("${cuocthi.contestant.hashing.concurrent:0}") int concurrent,
            @Value("${cuocthi.contestant.hashing.max-wait:20s}") Duration maxWait) {
        PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        int turns = concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors();
        return new ContestantPasswords(new BoundedHashing(
                new DelegatingPasswordEncoder("argon2id", Map.of("argon2id", argon2)), turns, maxWait));
    }

    /** Contestants' password hashing, kept apart from any staff encoder (staff passwords live in Keycloak). */
    record ContestantPasswords(PasswordEncoder encoder) {
    }
}
