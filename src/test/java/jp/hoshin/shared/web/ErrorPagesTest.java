package jp.hoshin.shared.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;

import jp.hoshin.StaffUsers;
import jp.hoshin.identity.SignIns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every error a visitor can meet is a Japanese page in the site's layout (or Japanese problem+json under /api), without exception text. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ErrorPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    private String page(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
        String body = mvc.perform(request)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body)
                .doesNotContain(
                        "Whitelabel", "Exception", "exception", "HTTP Status", "Not Found", "Method Not Allowed");
        return body;
    }

    @Test
    void aMistypedAddressIsAJapanesePageInTheLayout() throws Exception {
        assertThat(page(get("/m/132047/2020/no-such-page"), 404)).contains("ページが見つかりません", "トップページへ戻る", "site-header");
        assertThat(page(get("/no-such-page"), 404)).contains("ページが見つかりません");
        assertThat(page(get("/m/132047/2099"), 404)).contains("見つかりません");
    }

    @Test
    void anErrorUnderAMunicipalityLeadsBackToItsFrontPage() throws Exception {
        assertThat(page(get("/m/132047/2020/no-such-page"), 404))
                .contains("三鷹市のトップページへ戻る", "href=\"/m/132047/\"", "| 三鷹市</title>")
                .doesNotContain("| Hoshin</title>");
        assertThat(page(get("/m/132047/2099"), 404)).contains("三鷹市のトップページへ戻る", "2099");
        assertThat(page(get("/m/132047/abc/plans"), 404)).contains("三鷹市のトップページへ戻る");
        assertThat(page(get("/m/999999/"), 404)).contains("トップページへ戻る").doesNotContain("のトップページへ戻る");
    }

    @Test
    void aYearsAddressIsTheYearsPage() throws Exception {
        String year = mvc.perform(get("/m/132047/2020"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(year).contains("<h1>令和2（2020）年度</h1>", "href=\"/m/132047/2020/departments\"");
        mvc.perform(get("/m/132047/2020/")).andExpect(status().isOk());
    }

    @Test
    void aWrongMethodIs405InJapaneseWithAllow() throws Exception {
        mvc.perform(delete("/m/132047").with(csrf()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().exists("Allow"));
        assertThat(page(delete("/m/132047").with(csrf()), 405)).contains("この操作はできません");
    }

    @Test
    void theApiAnswersProblemJsonInJapanese() throws Exception {
        String body = mvc.perform(get("/api/v1/municipalities/132047/plans/x/y/z"))
                .andExpect(status().isNotFound())
                .andExpect(
                        header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("ページが見つかりません").doesNotContain("Exception");
        String refused = mvc.perform(post("/api/v1/municipalities/132047").with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isMethodNotAllowed())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("この操作はできません");
    }

    @ParameterizedTest(name = "{0} from the container → {1}")
    @CsvSource({"400,入力内容に誤りがあります", "404,ページが見つかりません", "405,この操作はできません", "413,送信された内容が大きすぎます", "500,エラーが発生しました"})
    void theContainersErrorsUseTheSamePage(int status, String title) throws Exception {
        String body = page(
                get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/m/132047/x")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret stack text")),
                status);
        assertThat(body).contains(title, "トップページへ戻る").doesNotContain("secret stack text");
        String api = mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/municipalities"))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"title\":\"" + title).contains("\"status\":" + status);
    }

    @Test
    void aDamagedWorkbookInThePlanImportIsExplainedWithoutTheLibrarysMessage() throws Exception {
        byte[] notAWorkbook = "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);
        String body = page(
                multipart("/staff/m/132047/policy/import")
                        .file(new MockMultipartFile("files", "壊れた.xlsx", null, notAWorkbook))
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin")),
                200);
        assertThat(body)
                .contains("ファイルを読み取れませんでした。Excel（.xlsx）か CSV（.csv）のファイルで")
                .doesNotContain("zip", "Zip", "POI", "valid entries", "OOXML");
    }
}
