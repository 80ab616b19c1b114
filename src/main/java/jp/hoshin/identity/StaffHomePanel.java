package jp.hoshin.identity;

import java.util.Optional;

/**
 * A panel another module puts at the top of a municipality's staff home, where every signed-in staff member lands
 * (the schedule module's to-do list). The page, a compiled template, writes the compiled template
 * {@code src/main/jte/}{@link Content#template()}{@code .jte} with its parameters {@code page} (the page's links and
 * texts) and {@code data}.
 */
public interface StaffHomePanel {

    /** The compiled template of the panel ({@code schedule/tasks}), and the data it shows. */
    record Content(String template, Object data) {}

    /** The panel for the staff member on the municipality's home, or empty when there is nothing to show. */
    Optional<Content> content(StaffPrincipal staff, String municipalityCode);
}
