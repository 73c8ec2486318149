package vn.cuocthi.platformcore.session;

/** Registered by the unit; confirmed by staff once they know it was held; or cancelled by staff. */
public enum ExamSessionStatus {
    REGISTERED, CONFIRMED, CANCELLED
}
