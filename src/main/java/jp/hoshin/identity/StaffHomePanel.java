package jp.hoshin.identity;

import java.util.Optional;

/**
 * A panel another module puts at the top of a municipality's staff home, where every signed-in staff member lands
 * (the schedule module's to-do list). The page inserts the fragment {@code panel(data)} of {@link Content#template()}.
 */
public interface StaffHomePanel {

    /** The template holding a {@code panel(data)} fragment, and the data it shows. */
    record Content(String template, Object data) {}

    /** The panel for the staff member on the municipality's home, or empty when there is nothing to show. */
    Optional<Content> content(StaffPrincipal staff, String municipalityCode);
}
