package jp.hoshin.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public page cache cannot be filled with made-up addresses, holds at most its size in bytes, and is skipped only
 * by a real signed-in session — a made-up {@code SESSION} cookie is served from it (a chapter took 65 ms instead of 4).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicPageCacheLimitsTest {

    private static final String PAGE = "/m/132047/2020/departments";

    @Autowired
    MockMvc mvc;

    @Autowired
    FilterRegistrationBean<PublicPageCache.CacheFilter> registration;

    @Test
    void unknownQueryParametersAreAnsweredButNotKept() throws Exception {
        PublicPageCache.CacheFilter cache = registration.getFilter();
        mvc.perform(get(PAGE)).andExpect(status().isOk());
        int held = cache.pagesHeld();
        long bytes = cache.bytesHeld();
        String plain = mvc.perform(get(PAGE)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (int i = 0; i < 30; i++) {
            String page = mvc.perform(get(PAGE + "?x=" + "1".repeat(i + 1)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).isEqualTo(plain);
        }
        assertThat(cache.pagesHeld()).isEqualTo(held);
        assertThat(cache.bytesHeld()).isEqualTo(bytes);
    }

    @Test
    void theCacheHoldsAtMostItsSizeInBytes() {
        // a fresh filter has seen no version yet (-1): pages of version -1 are current, so the oldest give way one by
        // one
        PublicPageCache.CacheFilter cache =
                new PublicPageCache.CacheFilter(new JdbcTemplate(), 100_000, true, 0, java.time.Clock.systemUTC());
        for (int i = 0; i < 200; i++) {
            cache.keep("/m/132047/page" + i, new PublicPageCache.Page(-1, List.of(), new byte[5_000], null, null));
            assertThat(cache.bytesHeld()).isLessThanOrEqualTo(100_000);
        }
        assertThat(cache.pagesHeld()).isBetween(15, 19);
        cache.keep("/huge", new PublicPageCache.Page(1, List.of(), new byte[200_000], null, null));
        assertThat(cache.bytesHeld()).isLessThanOrEqualTo(100_000);
    }

    @Test
    void aMadeUpSessionCookieIsServedFromTheCacheAndASignedInSessionIsNot() throws Exception {
        PublicPageCache.CacheFilter cache = registration.getFilter();
        mvc.perform(get(PAGE)).andExpect(status().isOk());
        long served = cache.servedFromCache();
        String anonymous = mvc.perform(get(PAGE).cookie(new Cookie("SESSION", "bWFkZS11cA")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(cache.servedFromCache())
                .as("a made-up cookie: served from the cache")
                .isEqualTo(served + 1);
        assertThat(anonymous).doesNotContain("サインアウト");

        Cookie session = mvc.perform(formLogin("/login").user("mitaka-viewer").password("hoshin-demo-local"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(session).as("Spring Session's cookie").isNotNull();
        String page = mvc.perform(get(PAGE).cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(cache.servedFromCache()).as("a signed-in session: rendered").isEqualTo(served + 1);
        assertThat(page).contains("サインアウト");
    }
}
