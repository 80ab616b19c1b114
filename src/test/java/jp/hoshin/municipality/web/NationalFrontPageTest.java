package jp.hoshin.municipality.web;

import java.nio.charset.StandardCharsets;

import jp.hoshin.municipality.Municipalities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A deployment with more municipalities than its front page lists (here: more than one) shows the prefectures with
 * their numbers, each leading to a page of its municipalities; a municipality is found by its name or reading.
 */
@SpringBootTest(properties = "hoshin.home.list-all-up-to=1")
@AutoConfigureMockMvc
class NationalFrontPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Municipalities municipalities;

    private String page(String path) throws Exception {
        return found(mvc.perform(get(path)));
    }

    private String find(String words) throws Exception {
        // in the address, as a browser sends it (the public page cache keys on it)
        return found(mvc.perform(get("/?q={q}", words)));
    }

    private static String found(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theFrontPageListsThePrefecturesNotEveryMunicipality() throws Exception {
        String front = page("/");
        // other tests of the same database may have registered more municipalities than the two of the demo
        assertThat(front)
                .contains(municipalities.count() + " の自治体を都道府県別に掲載しています。")
                .contains("東京都（" + municipalities.inPrefecture("東京都").size() + "）")
                .contains("href=\"/prefectures/%E6%9D%B1%E4%BA%AC%E9%83%BD\"")
                .doesNotContain("href=\"/m/132047/\"");

        String tokyo = page("/prefectures/東京都");
        assertThat(tokyo).contains("<h1>東京都の自治体</h1>", "href=\"/m/132047/\"").doesNotContain("/m/990001/");
    }

    @Test
    void aMunicipalityIsFoundByItsNameOrReadingInAnyWidthOrScript() throws Exception {
        for (String words : new String[] {"三鷹", "みたか", "ミタカ", "ﾐﾀｶ"}) {
            assertThat(find(words))
                    .as(words)
                    .contains("で探した結果", "href=\"/m/132047/\"")
                    .doesNotContain("href=\"/m/990001/\"");
        }
        assertThat(find("%")).contains("「%」を名前または読みに含む自治体はありません。");
        assertThat(find("該当なし村")).contains("「該当なし村」を名前または読みに含む自治体はありません。");
    }

    @Test
    void anUnknownPrefectureIsAJapanese404() throws Exception {
        String body = mvc.perform(get("/prefectures/生成県99"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("「生成県99」の自治体は登録されていません。");
    }
}
