package vn.cuocthi.localinfra;

/** Start-up stops because a service would have to be embedded where that is not allowed; the message says what to set. */
public class EmbeddedServicesRefused extends IllegalStateException {

    EmbeddedServicesRefused(String message) {
        super(message);
    }
}
