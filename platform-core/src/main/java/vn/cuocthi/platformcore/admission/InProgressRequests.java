package vn.cuocthi.platformcore.admission;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Requests of work already under way (an exam's autosave, its submission, its clock), which the node's door lets in
 * after it has started refusing new work ({@link NodeDoor}). Each module declares its own as a bean; the door asks
 * every one of them.
 */
@FunctionalInterface
public interface InProgressRequests {

    /** Whether the request continues work already under way; called before the request's body is read. */
    boolean matches(HttpServletRequest request);
}
