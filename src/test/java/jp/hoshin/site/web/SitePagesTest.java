package jp.hoshin.site.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The front page sums the city up; the feed is valid Atom; nothing links to a page that says it is not published yet. */
@SpringBootTest
@AutoConfigureMockMvc
class SitePagesTest {

    @Autowired
    MockMvc mvc;

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theFrontPageShowsTheCityAtAGlance() throws Exception {
        String mitaka = page("/m/132047/");
        assertThat(mitaka)
                .contains("目標指標 68件の進み具合", "要注意", "role=\"img\"", "<title id=\"plan-chart-")
                .contains("rel=\"alternate\" type=\"application/atom+xml\"", "href=\"/m/132047/2020\"");
        String sample = page("/m/990001/");
        assertThat(sample).contains("部長目標 結果発表", "未達成", "要注意");
    }

    @Test
    void theFrontPageLinksOnlyToWhatIsPublished() throws Exception {
        String front = page("/m/132047/");
        for (String href : front.split("href=\"")) {
            String path = href.substring(0, href.indexOf('"'));
            if (path.startsWith("/m/132047/") && !path.contains("feed.atom") && !path.contains("#")) {
                String linked =
                        mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                assertThat(linked).as(path).doesNotContain("まだ公表されていません");
            }
        }
    }

    @Test
    void theYearPageLinksTheMeasureEvaluationsAndTheCommitteeWhereTheyArePublished() throws Exception {
        String year2020 = page("/m/132047/2020");
        assertThat(year2020)
                .contains(
                        "href=\"/m/132047/2020/measure-evaluations\"",
                        "href=\"/m/132047/2020/measure-evaluations/committee\"");
        page("/m/132047/2020/measure-evaluations");
        page("/m/132047/2020/measure-evaluations/committee");
        String sample = page("/m/990001/2024");
        assertThat(sample).doesNotContain("/measure-evaluations");
    }

    @Test
    void theFeedIsAtom() throws Exception {
        byte[] feed = mvc.perform(get("/m/990001/feed.atom"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed));
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")
                        .getLength())
                .isGreaterThan(0);
        assertThat(new String(feed, StandardCharsets.UTF_8)).contains("部長目標の結果を公表しました", "<updated>");
        mvc.perform(get("/m/999999/feed.atom")).andExpect(status().isNotFound());
    }
}
