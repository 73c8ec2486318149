package vn.cuocthi.quizruntime.account;

/**
 * What a person submits to register for a contest (API.md). {@code birthDate} is ISO ({@code 1990-05-31}) or day
 * first as Vietnamese people write it ({@code 31/05/1990}, {@code 31-05-1990}, {@code 31.05.1990}, {@code 31051990};
 * {@link BirthDates}). {@code residenceCode} is a commune's code from {@code GET /api/v1/localities}. {@code botCheck} is the solved proof of work; the pages always
 * send one, scripts need one after a few registrations from one address.
 */
public record RegistrationRequest(String fullName, String cccd, String phone, String email, String birthDate,
                                  String gender, String address, String unitCode, String group, String password,
                                  Boolean consent, BotCheckSolution botCheck, String residenceCode) {

    /** The form as it was before the place of residence existed. */
    public RegistrationRequest(String fullName, String cccd, String phone, String email, String birthDate, String gender,
                               String address, String unitCode, String group, String password, Boolean consent,
                               BotCheckSolution botCheck) {
        this(fullName, cccd, phone, email, birthDate, gender, address, unitCode, group, password, consent, botCheck, null);
    }

    public record BotCheckSolution(String challenge, String nonce) {
    }
}
