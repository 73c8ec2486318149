package vn.cuocthi.platformcore.security;

import org.springframework.security.core.AuthenticationException;

/** A genuine token of ours, issued for another province (or for the platform): refused with 403, not 401. */
class ForeignProvinceTokenException extends AuthenticationException {

    ForeignProvinceTokenException(String message) {
        super(message);
    }
}
