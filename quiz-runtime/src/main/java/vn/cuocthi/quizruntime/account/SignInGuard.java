package vn.cuocthi.quizruntime.account;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How much a sign-in must prove before its password is tried. Wrong passwords are counted per account (the phone
 * and the CCCD of one registration are one account), per account and address, and per address; none of them locks
 * anyone out. Past a few failures the sign-in needs the bot check (proof of work), whose work grows slowly with
 * the failures: a guesser pays more for every guess, while the owner, from another address, pays at most a few
 * seconds of the phone's time (docs/security.md). The only hard refusal is the per-address request limit.
 */
@Component
class SignInGuard {

    private static final String ACCOUNT = "sign-in-failed";
    private static final String PAIR = "sign-in-failed-from";
    private static final String ADDRESS = "sign-in-failed-address";
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration ACCOUNT_WINDOW = Duration.ofHours(1);
    /** The owner's extra work, however many strangers guess: 2 bits, four times the registration's. */
    private static final int ACCOUNT_MAX_EXTRA = 2;

    private final RateLimits limits;
    private final BotCheck botCheck;
    private final int pairFree;
    private final int accountFree;
    private final int addressFree;

    SignInGuard(RateLimits limits, BotCheck botCheck,
                @Value("${cuocthi.contestant.sign-in.failures-per-account-and-address:5}") int pairFree,
                @Value("${cuocthi.contestant.sign-in.failures-per-account:20}") int accountFree,
                @Value("${cuocthi.contestant.sign-in.failures-per-address:10}") int addressFree) {
        this.limits = limits;
        this.botCheck = botCheck;
        this.pairFree = pairFree;
        this.accountFree = accountFree;
        this.addressFree = addressFree;
    }

    /** The bits of work a sign-in of these accounts from this address must bring; 0 when none. */
    int requiredBits(List<String> accounts, String address) {
        int base = botCheck.difficulty();
        int required = limits.current(ADDRESS, address) >= addressFree ? base : 0;
        for (String account : accounts) {
            long pair = limits.current(PAIR, pair(account, address));
            if (pair >= pairFree) {
                // one more bit for every five more guesses from the same address at the same account
                required = Math.max(required, base + (int) Math.min(BotCheck.MAX_EXTRA_BITS, (pair - pairFree) / 5));
            }
            long total = limits.current(ACCOUNT, account);
            if (total >= accountFree) {
                required = Math.max(required, base + (int) Math.min(ACCOUNT_MAX_EXTRA, (total - accountFree) / accountFree));
            }
        }
        return required;
    }

    void failed(List<String> accounts, String address) {
        limits.record(ADDRESS, address, WINDOW);
        for (String account : accounts) {
            limits.record(PAIR, pair(account, address), WINDOW);
            limits.record(ACCOUNT, account, ACCOUNT_WINDOW);
        }
    }

    /** The owner got in: their account's counts start again (the address's do not). */
    void succeeded(UUID contestantId, String address) {
        limits.clear(ACCOUNT, contestantId.toString());
        limits.clear(PAIR, pair(contestantId.toString(), address));
    }

    private static String pair(String account, String address) {
        return account + "@" + address;
    }
}
