package jp.hoshin.shared.web;

import java.util.Map;

/**
 * SPI: what an error page shows of the site its address belongs to. A module that knows the address (a municipality's
 * public pages under {@code /m/{code}}) adds what the layout shows for it — the municipality, so that the header names
 * the city and the page leads back to its front page. An implementation must not throw: an error page always answers.
 */
public interface ErrorPageSite {

    /** The model key of the address the error page offers as the way back (a municipality's front page). */
    String BACK_HREF = "errorBackHref";

    /** The model key of that link's text. */
    String BACK_LABEL = "errorBackLabel";

    /** Adds to the error page's model what it knows of {@code path} (without the context path); nothing otherwise. */
    void describe(String path, Map<String, Object> model);
}
