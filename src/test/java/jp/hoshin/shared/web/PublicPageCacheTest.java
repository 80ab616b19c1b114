package jp.hoshin.shared.web;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** A page that changes with the clock (a consultation opening at midnight) is not served after the moment it changes. */
class PublicPageCacheTest {

    private static final Instant MIDNIGHT_JST = Instant.parse("2026-01-30T15:00:00Z");

    @Test
    void aPageValidUntilMidnightIsServedBeforeAndRenderedAgainFromMidnight() {
        PublicPageCache.Page page = new PublicPageCache.Page(7, List.of(), new byte[0], null, MIDNIGHT_JST);
        assertThat(page.validAt(7, MIDNIGHT_JST.minusMillis(1))).isTrue();
        assertThat(page.validAt(7, MIDNIGHT_JST)).isFalse();
        assertThat(page.validAt(8, MIDNIGHT_JST.minusSeconds(60))).isFalse();
        assertThat(new PublicPageCache.Page(7, List.of(), new byte[0], null, null).validAt(7, Instant.MAX))
                .isTrue();
    }

    @Test
    void theEarliestMomentWinsAndAPersonalPageIsNeverValid() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        PublicPages.validUntil(request, MIDNIGHT_JST);
        PublicPages.validUntil(request, MIDNIGHT_JST.plusSeconds(3600));
        assertThat(request.getAttribute(PublicPages.VALID_UNTIL)).isEqualTo(MIDNIGHT_JST);
        PublicPages.personal(request);
        assertThat(request.getAttribute(PublicPages.VALID_UNTIL)).isEqualTo(Instant.MIN);
    }
}
