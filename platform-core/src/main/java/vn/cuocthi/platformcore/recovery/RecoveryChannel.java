package vn.cuocthi.platformcore.recovery;

/** How a recovery code reached the contestant. */
public enum RecoveryChannel {
    SMS, EMAIL,
    /** Read out by an officer of the province after checking the caller's identity. */
    STAFF
}
