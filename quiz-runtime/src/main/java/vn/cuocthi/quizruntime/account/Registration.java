package vn.cuocthi.quizruntime.account;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.cuocthi.platformcore.PersonalNumbers;
import vn.cuocthi.platformcore.TypedText;
import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestState;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.contest.ContestantGroup;
import vn.cuocthi.platformcore.contest.RegistrationForm;
import vn.cuocthi.platformcore.contest.RegistrationForm.FieldName;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.unit.Localities;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

/**
 * Registers a person for a contest: the contest's own form, Vietnamese identity numbers, the group's minimum age,
 * the contest's unit list, the place of residence from the official list of communes, consent to personal-data processing (Decree 13/2023/NĐ-CP) with its time and text
 * version, the exclusion list, a bot check, and one registration per person per contest, which the database
 * enforces. The person is signed in at once.
 */
@Service
public class Registration {

    /** The version of the consent text the pages show (runtime.consent.text); recorded with each registration. */
    public static final String CONSENT_VERSION = "ND13-2023/v1";

    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");
    private static final Set<String> GENDERS = Set.of("MALE", "FEMALE", "OTHER");

    private final ContestStore contests;
    private final ContestantStore contestants;
    private final AccountConfiguration.ContestantPasswords passwords;
    private final ContestantTokens tokens;
    private final BotCheck botCheck;
    private final RateLimits limits;
    private final Localities localities;
    private final Clock clock;
    private final int freeRegistrationsPerAddress;
    private final int takenPerAddressPerHour;

    Registration(ContestStore contests, ContestantStore contestants, AccountConfiguration.ContestantPasswords passwords,
                 ContestantTokens tokens, BotCheck botCheck, RateLimits limits, Localities localities, Clock clock,
                 @Value("${cuocthi.contestant.bot-check.free-per-address:5}") int freeRegistrationsPerAddress,
                 @Value("${cuocthi.contestant.registration.taken-per-address-per-hour:20}") int takenPerAddressPerHour) {
        this.takenPerAddressPerHour = takenPerAddressPerHour;
        this.contests = contests;
        this.contestants = contestants;
        this.passwords = passwords;
        this.tokens = tokens;
        this.botCheck = botCheck;
        this.limits = limits;
        this.localities = localities;
        this.clock = clock;
        this.freeRegistrationsPerAddress = freeRegistrationsPerAddress;
    }

    public Registered register(UUID contestId, RegistrationRequest request, String address) {
        // generous: a school or an office registers many people from one address on the same morning
        limits.hit("register", address, 300, Duration.ofMinutes(10), "registration.rateLimited");
        Contest contest = contests.findPublished(contestId)
                .orElseThrow(() -> ApiException.notFound("contest.notFound", contestId));
        if (contest.stateAt(clock.instant()) == ContestState.CLOSED) {
            throw ApiException.conflict("registration.closed");
        }
        ContestantStore.NewContestant person = validate(contest, request);
        checkBot(request.botCheck(), address);
        if (excluded(contest.definition().registrationFields(), person)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "registration.excluded");
        }
        String hash = passwords.encoder().encode(request.password());
        UUID id;
        try {
            id = contestants.insert(contestId, person, hash, CONSENT_VERSION, clock.instant(), address);
        } catch (DuplicateKeyException e) {
            // The refusal names neither field: a stranger holding someone's CCCD learns no more than that the
            // pair cannot register, and a few such refusals per address and hour make probing a list slow.
            limits.hit("register-taken", address, takenPerAddressPerHour, Duration.ofHours(1), "registration.rateLimited");
            throw ApiException.conflict("registration.duplicate");
        }
        ContestantTokens.Issued token = tokens.issue(TenantContext.require().slug(), contestId, id);
        return new Registered(id, contestId, person.fullName(), person.groupCode(), token.token(), token.expiresAt());
    }

    private void checkBot(RegistrationRequest.BotCheckSolution solution, String address) {
        if (solution != null && (solution.challenge() != null || solution.nonce() != null)) {
            if (!botCheck.accept(solution.challenge(), solution.nonce())) {
                throw ApiException.invalid(List.of(FieldError.field("botCheck", "registration.botCheck.invalid")));
            }
            return;
        }
        limits.hit("register-unchecked", address, freeRegistrationsPerAddress, Duration.ofMinutes(10),
                "registration.botCheckRequired");
    }

    private static boolean excluded(RegistrationForm form, ContestantStore.NewContestant person) {
        if (form == null) {
            return false;
        }
        return (person.cccd() != null && form.excludedCccds().contains(person.cccd()))
                || (person.phone() != null && form.excludedPhones().contains(person.phone()));
    }

    private ContestantStore.NewContestant validate(Contest contest, RegistrationRequest request) {
        RegistrationForm form = contest.definition().registrationFields() == null
                ? new RegistrationForm(List.of(), List.of()) : contest.definition().registrationFields();
        List<FieldError> errors = new ArrayList<>();

        String fullName = text("fullName", request.fullName(), errors);
        if (fullName == null) {
            if (!refused(errors, "fullName")) {
                errors.add(FieldError.field("fullName", "registration.fullName.required"));
            }
        } else if (fullName.length() < 2 || fullName.length() > 200 || fullName.chars().anyMatch(Character::isDigit)) {
            errors.add(FieldError.field("fullName", "registration.fullName.invalid"));
        }

        String cccd = null;
        String typedCccd = text("cccd", request.cccd(), errors);
        if (typedCccd != null && form.shows(FieldName.CCCD)) {
            cccd = PersonalNumbers.cccd(typedCccd).orElse(null);
            if (cccd == null) {
                errors.add(FieldError.field("cccd", "registration.cccd.invalid"));
            }
        } else if (form.requires(FieldName.CCCD) && !refused(errors, "cccd")) {
            errors.add(FieldError.field("cccd", "registration.cccd.required"));
        }

        String phone = null;
        String typedPhone = text("phone", request.phone(), errors);
        if (typedPhone != null && form.shows(FieldName.PHONE)) {
            phone = PersonalNumbers.mobile(typedPhone).orElse(null);
            if (phone == null) {
                errors.add(FieldError.field("phone", "registration.phone.invalid"));
            }
        } else if (form.requires(FieldName.PHONE) && !refused(errors, "phone")) {
            errors.add(FieldError.field("phone", "registration.phone.required"));
        }
        if (typedCccd == null && typedPhone == null && !form.requires(FieldName.CCCD) && !form.requires(FieldName.PHONE)) {
            errors.add(FieldError.field("phone", "registration.login.required"));
        }

        String email = optional(form, FieldName.EMAIL, request.email(), "email", errors);
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            errors.add(FieldError.field("email", "registration.email.invalid"));
        }
        String gender = optional(form, FieldName.GENDER, request.gender(), "gender", errors);
        if (gender != null) {
            gender = gender.toUpperCase(Locale.ROOT);
            if (!GENDERS.contains(gender)) {
                errors.add(FieldError.field("gender", "registration.gender.invalid"));
            }
        }
        String address = optional(form, FieldName.ADDRESS, request.address(), "address", errors);
        if (address != null && address.length() > 300) {
            errors.add(FieldError.field("address", "registration.address.invalid"));
        }

        ContestantGroup group = group(contest, form, request.group(), errors);
        // a group not (yet) chosen does not hide a missing birth date: every problem is reported at once
        boolean ageMatters = group != null ? group.minAge() != null
                : contest.definition().groups().stream().anyMatch(candidate -> candidate.minAge() != null);
        LocalDate birthDate = birthDate(form, request.birthDate(), group, ageMatters, errors);

        String unitCode = optional(form, FieldName.UNIT, request.unitCode(), "unitCode", errors);
        if (unitCode != null && !contests.hasUnit(contest.id(), unitCode)) {
            errors.add(FieldError.field("unitCode", "registration.unit.unknown"));
        }
        String residenceCode = null;
        String province = TenantContext.require().name();
        if (form.shows(FieldName.RESIDENCE) && !localities.of(province).isEmpty()) {
            // a province whose name is not on the official list gets no picker, and nothing is asked
            residenceCode = optional(form, FieldName.RESIDENCE, request.residenceCode(), "residenceCode", errors);
            if (residenceCode != null && localities.find(province, residenceCode).isEmpty()) {
                errors.add(FieldError.field("residenceCode", "registration.residence.unknown"));
            }
        }

        String password = request.password();
        if (password == null || password.isBlank()) {
            errors.add(FieldError.field("password", "registration.password.required"));
        } else if (password.length() < 8 || password.length() > 128) {
            errors.add(FieldError.field("password", "registration.password.length"));
        } else if (password.equals(cccd) || password.equals(phone)) {
            errors.add(FieldError.field("password", "registration.password.guessable"));
        }
        if (!Boolean.TRUE.equals(request.consent())) {
            errors.add(FieldError.field("consent", "registration.consent.required"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new ContestantStore.NewContestant(fullName, cccd, phone, email, birthDate, gender, address,
                unitCode, residenceCode, group == null ? "" : group.code());
    }

    private ContestantGroup group(Contest contest, RegistrationForm form, String requested, List<FieldError> errors) {
        List<ContestantGroup> groups = contest.definition().groups();
        String code = text("group", requested, errors);
        if (code == null) {
            if (refused(errors, "group")) {
                return null;
            }
            if (groups.size() == 1) {
                return groups.getFirst();
            }
            if (!groups.isEmpty()) {
                errors.add(FieldError.field("group", "registration.group.required"));
            }
            return null;
        }
        Optional<ContestantGroup> found = groups.stream().filter(group -> group.code().equals(code)).findFirst();
        if (found.isEmpty() && !groups.isEmpty()) {
            errors.add(FieldError.field("group", "registration.group.unknown"));
        }
        return found.orElse(null);
    }

    private LocalDate birthDate(RegistrationForm form, String typed, ContestantGroup group, boolean ageMatters,
                                List<FieldError> errors) {
        String text = text("birthDate", typed, errors);
        boolean needed = form.requires(FieldName.BIRTH_DATE) || ageMatters;
        if (text == null) {
            if (needed && !refused(errors, "birthDate")) {
                errors.add(FieldError.field("birthDate", "registration.birthDate.required"));
            }
            return null;
        }
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        Optional<LocalDate> parsed = BirthDates.parse(text, today);
        if (parsed.isEmpty()) {
            errors.add(FieldError.field("birthDate", "registration.birthDate.invalid"));
            return null;
        }
        LocalDate date = parsed.get();
        if (group != null && group.minAge() != null && Period.between(date, today).getYears() < group.minAge()) {
            errors.add(FieldError.field("birthDate", "registration.birthDate.tooYoung", group.minAge(), group.name()));
        }
        return date;
    }

    private static String optional(RegistrationForm form, FieldName name, String typed, String field, List<FieldError> errors) {
        String text = form.shows(name) ? text(field, typed, errors) : null;
        if (text == null && form.requires(name) && !refused(errors, field)) {
            errors.add(FieldError.field(field, "registration." + field + ".required"));
        }
        return text;
    }

    /** NFC, one line, no control or bidi characters (the shared rule); each field checks its own length. */
    private static String text(String field, String typed, List<FieldError> errors) {
        return TypedText.check(field, typed, TypedText.Kind.LINE, Integer.MAX_VALUE, errors);
    }

    private static boolean refused(List<FieldError> errors, String field) {
        return errors.stream().anyMatch(error -> field.equals(error.field()));
    }

    /** A new registration, signed in. */
    public record Registered(UUID contestantId, UUID contestId, String fullName, String group, String token,
                             java.time.Instant expiresAt) {
    }
}
