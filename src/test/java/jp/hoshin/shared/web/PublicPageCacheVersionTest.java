package jp.hoshin.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import jp.hoshin.StaffUsers;
import jp.hoshin.identity.SignIns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The public page cache per municipality (issue 19): an edit in one city is visible on the next request there while the
 * other city's copies stay valid; a 304 is answered only for the bytes the reader holds; signed-in staff never get a
 * cached copy; a change on another instance is seen within the check interval.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicPageCacheVersionTest {

    private static final String CITY_A = "/m/132047/2020/departments/kenko-fukushi";
    private static final String CITY_A_API =
            "/api/v1/municipalities/132047/fiscal-years/2020/departments/kenko-fukushi";
    private static final String CITY_B = "/m/990001/2024/results";
    private static final String CITY_B_API = "/api/v1/municipalities/990001/fiscal-years/2024/departments";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PublicCacheProperties cacheProperties;

    @Autowired
    FilterRegistrationBean<PublicPageCache.CacheFilter> registration;

    /** How many answers the cache had served before the request under test. */
    long served;

    private void countFromHere() {
        served = registration.getFilter().servedFromCache();
    }

    /** Whether an answer since {@link #countFromHere} was served from a kept copy. */
    private boolean fromCopySince() {
        return registration.getFilter().servedFromCache() > served;
    }

    private MockHttpServletResponse anonymous(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse();
    }

    /** Whether the page was served from the rendered copy (the cache counts what it serves). */
    private boolean servedFromCopy(String url) throws Exception {
        countFromHere();
        assertThat(anonymous(url).getStatus()).isEqualTo(200);
        return fromCopySince();
    }

    private long version(String scope) {
        Long v = jdbc.queryForObject(
                "select coalesce((select version from content_version where scope = ?), 0)", Long.class, scope);
        return v == null ? 0 : v;
    }

    private void writeBasicPolicy(String text) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        String current = mvc.perform(get(CITY_A_API).with(StaffUsers.as(signIns, "mitaka-admin")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        @SuppressWarnings("unchecked")
        Map<String, Object> department = json.readValue(current, Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sections = (List<Map<String, Object>>) department.get("sections");
        Map<String, Object> update = new java.util.LinkedHashMap<>();
        update.put("version", department.get("version"));
        update.put("head", department.get("head"));
        update.put("basicPolicy", text);
        update.put("work", department.get("work"));
        update.put("missionHeadline", department.get("missionHeadline"));
        update.put("mission", department.get("mission"));
        update.put("resources", department.get("resources"));
        update.put("sections", sections.stream().map(s -> s.get("name")).toList());
        int status = mvc.perform(put(CITY_A_API)
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(update)))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(200);
    }

    @Test
    void anEditIsVisibleOnTheNextRequestInItsCityAndTheOtherCityStaysCached() throws Exception {
        String original = jdbc.queryForObject(
                "select d.basic_policy from department d join fiscal_year f on f.id = d.fiscal_year_id"
                        + " join municipality m on m.id = f.municipality_id"
                        + " where m.code = '132047' and f.start_year = 2020 and d.code = 'kenko-fukushi'",
                String.class);
        for (String url : List.of(CITY_A, CITY_B, CITY_B_API, "/")) {
            anonymous(url);
            assertThat(servedFromCopy(url)).as("kept: " + url).isTrue();
        }
        MockHttpServletResponse before = anonymous(CITY_A);
        String etagA = before.getHeader("ETag");
        MockHttpServletResponse b = anonymous(CITY_B);
        String etagB = b.getHeader("ETag");
        assertThat(etagA).matches("\"[0-9a-f]{24}\"");
        long a0 = version("132047");
        long b0 = version("990001");
        long shared0 = version("");

        try {
            writeBasicPolicy("キャッシュ確認のための基本方針");

            MockHttpServletResponse after = anonymous(CITY_A);
            assertThat(after.getContentAsString(StandardCharsets.UTF_8))
                    .as("the next request in the same city shows the edit")
                    .contains("キャッシュ確認のための基本方針");
            assertThat(after.getHeader("ETag")).isNotEqualTo(etagA);
            MockHttpServletResponse revalidated = mvc.perform(get(CITY_A).header("If-None-Match", etagA))
                    .andReturn()
                    .getResponse();
            assertThat(revalidated.getStatus()).as("no 304 for changed content").isEqualTo(200);
            assertThat(revalidated.getContentAsString(StandardCharsets.UTF_8)).contains("キャッシュ確認のための基本方針");

            assertThat(version("132047")).isGreaterThan(a0);
            assertThat(version("990001")).isEqualTo(b0);
            assertThat(version("")).isEqualTo(shared0);
            assertThat(servedFromCopy(CITY_B)).as("city B stays cached").isTrue();
            assertThat(servedFromCopy(CITY_B_API))
                    .as("city B's API answer stays cached")
                    .isTrue();
            assertThat(servedFromCopy("/"))
                    .as("the shared front page stays cached")
                    .isTrue();

            MockHttpServletResponse notModified = mvc.perform(get(CITY_B).header("If-None-Match", etagB))
                    .andReturn()
                    .getResponse();
            assertThat(notModified.getStatus()).isEqualTo(304);
            assertThat(notModified.getContentAsByteArray()).isEmpty();
            assertThat(notModified.getHeader("ETag")).isEqualTo(etagB);
        } finally {
            writeBasicPolicy(original);
        }
        assertThat(anonymous(CITY_A).getContentAsString(StandardCharsets.UTF_8)).doesNotContain("キャッシュ確認のための基本方針");
    }

    @Test
    void aChangeMadeByAnotherInstanceIsSeenWithinTheCheckIntervalAndASharedChangeEmptiesEveryCity() throws Exception {
        anonymous(CITY_B);
        assertThat(servedFromCopy(CITY_B)).isTrue();
        String etag = anonymous(CITY_B).getHeader("ETag");
        // another instance's change: only the database knows (nothing passed through this instance's filter)
        jdbc.execute("select bump_content_version('990001')");
        waitPastTheCheckInterval();
        assertThat(servedFromCopy(CITY_B))
                .as("rendered again after the check interval")
                .isFalse();
        assertThat(servedFromCopy(CITY_B)).isTrue();
        // the page's bytes did not change, so the reader's copy is still right
        assertThat(mvc.perform(get(CITY_B).header("If-None-Match", etag))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(304);

        anonymous(CITY_A);
        assertThat(servedFromCopy(CITY_A)).isTrue();
        jdbc.execute("select bump_content_version('')");
        waitPastTheCheckInterval();
        assertThat(servedFromCopy(CITY_A))
                .as("a change of no municipality: every page is rendered again")
                .isFalse();
        assertThat(servedFromCopy(CITY_B)).isFalse();
    }

    @Test
    void anonymousReadersMayCacheAndGzipHasItsOwnTag() throws Exception {
        anonymous(CITY_A);
        MockHttpServletResponse plain = anonymous(CITY_A);
        assertThat(plain.getHeader("Cache-Control")).isEqualTo("public, max-age=5, stale-while-revalidate=30");
        assertThat(plain.getHeader("Pragma")).isNull();
        assertThat(plain.getHeader("Expires")).isNull();
        assertThat(plain.getHeader("Vary")).isEqualTo("Accept-Encoding, Cookie");
        assertThat(plain.getHeader("Last-Modified")).isNotNull();
        assertThat(plain.getHeader("X-Content-Type-Options"))
                .as("security headers replayed")
                .isEqualTo("nosniff");
        MockHttpServletResponse gzip = mvc.perform(get(CITY_A).header("Accept-Encoding", "gzip"))
                .andReturn()
                .getResponse();
        assertThat(gzip.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzip.getHeader("ETag")).isNotEqualTo(plain.getHeader("ETag")).endsWith("-gz\"");
        assertThat(mvc.perform(get(CITY_A).header("If-None-Match", plain.getHeader("ETag")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(304);
        assertThat(mvc.perform(get(CITY_A)
                                .header("Accept-Encoding", "gzip")
                                .header("If-None-Match", plain.getHeader("ETag")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the uncompressed bytes' tag does not stand for the compressed ones")
                .isEqualTo(200);
        // the first reader after a change gets the compressed copy too (nginx keeps what it gets)
        jdbc.execute("select bump_content_version('132047')");
        waitPastTheCheckInterval();
        countFromHere();
        MockHttpServletResponse rendered = mvc.perform(get(CITY_A).header("Accept-Encoding", "gzip"))
                .andReturn()
                .getResponse();
        assertThat(fromCopySince()).as("rendered").isFalse();
        assertThat(rendered.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(rendered.getHeader("ETag")).isEqualTo(gzip.getHeader("ETag"));
        MockHttpServletResponse missing = anonymous("/m/132047/2020/departments/no-such-department");
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getHeader("Cache-Control")).contains("no-store");
        assertThat(missing.getHeader("ETag")).isNull();
    }

    @Test
    void signedInStaffNeverReceiveACachedPublicCopy() throws Exception {
        anonymous(CITY_A);
        assertThat(servedFromCopy(CITY_A)).isTrue();
        Cookie session = mvc.perform(formLogin("/login").user("mitaka-viewer").password("hoshin-demo-local"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(session).isNotNull();
        String etag = anonymous(CITY_A).getHeader("ETag");
        countFromHere();
        MockHttpServletResponse staff = mvc.perform(get(CITY_A).cookie(session).header("If-None-Match", etag))
                .andReturn()
                .getResponse();
        assertThat(staff.getStatus()).isEqualTo(200);
        assertThat(fromCopySince()).as("rendered").isFalse();
        assertThat(staff.getContentAsString(StandardCharsets.UTF_8)).contains("サインアウト");
        assertThat(staff.getHeader("Cache-Control")).contains("no-store");
        assertThat(staff.getHeader("ETag")).isNull();
    }

    @Test
    void everyAuditTableRaisesItsMunicipalitysCounter() {
        List<String> missing = jdbc.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and c.relkind = 'r' and c.relname like '%\\_aud'
                   and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid
                                   and t.tgfoid = 'content_changed'::regproc)
                """, String.class);
        assertThat(missing)
                .as("audit tables without the content_changed trigger (add them in a migration)")
                .isEmpty();
        List<String> unknown = jdbc.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and c.relkind = 'r' and c.relname like '%\\_aud'
                   and not exists (select 1 from information_schema.columns k
                                   where k.table_schema = current_schema() and k.table_name = c.relname
                                   and k.column_name = 'municipality_code')
                """, String.class);
        unknown.removeAll(KNOWN);
        assertThat(unknown)
                .as(
                        "audit tables content_scope_of (V25, V27) finds no municipality for (no municipality_code column and"
                                + " no case of their own): their changes empty every city's cached pages until the function"
                                + " knows them")
                .isEmpty();
    }

    /**
     * Another instance's change is seen once this instance reads the counters again, which it does at most every
     * check interval (measured on the monotonic clock, so no test clock can stand in): waits a little longer than that.
     * Waiting longer under load only makes the next read more certain.
     */
    private void waitPastTheCheckInterval() throws InterruptedException {
        Thread.sleep(cacheProperties.checkInterval().plusMillis(100).toMillis());
    }

    /** The audit tables content_scope_of maps to their municipality. */
    private static final List<String> KNOWN = List.of(
            "evaluation_sheet_aud",
            "evaluation_labor_cost_aud",
            "white_paper_aud",
            "schedule_aud",
            "schedule_deadline_aud",
            "progress_scale_setting_aud",
            "midyear_checkpoint_aud",
            "midyear_check_aud",
            "municipality_aud",
            "fiscal_year_aud",
            "department_aud",
            "section_aud",
            "department_lineage_aud",
            "staff_account_aud",
            "staff_department_aud",
            "department_plan_aud",
            "plan_project_aud",
            "policy_plan_aud",
            "policy_plan_revision_aud",
            "policy_plan_phase_aud",
            "policy_element_aud",
            "element_progress_aud",
            "indicator_aud",
            "indicator_placement_aud",
            "indicator_value_aud",
            "individual_plan_aud",
            "plan_draft_document_aud",
            "consultation_aud",
            "opinion_aud",
            "opinion_item_aud",
            "municipality_branding_aud");
}
