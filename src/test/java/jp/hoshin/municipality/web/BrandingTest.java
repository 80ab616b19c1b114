package jp.hoshin.municipality.web;

import java.nio.charset.StandardCharsets;

import jp.hoshin.StaffUsers;
import jp.hoshin.identity.SignIns;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityBrandings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The planning section gives its public pages the city's look; citizens see the city, not the deployment. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class BrandingTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13};

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    Municipalities municipalities;

    @Autowired
    MunicipalityBrandings brandings;

    private String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void thePublicHeaderNamesTheCityAndTheStaffHeaderTheDeployment() throws Exception {
        String front =
                body(mvc.perform(get("/m/132047/")).andExpect(status().isOk()).andReturn());
        assertThat(front)
                .contains("<title>三鷹市</title>", "<span>三鷹市</span>", "href=\"/m/132047/feed.atom\"")
                .doesNotContain("Hoshin");
        String plans = body(mvc.perform(get("/m/132047/2003/plans")).andReturn());
        assertThat(plans).doesNotContain("Hoshin");
        String staff = body(mvc.perform(get("/staff/m/132047/settings").with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(staff).contains("<span>Hoshin</span>", "公開ページの表示", "アクセントカラー");
    }

    @Test
    void thePlanningSectionSetsColourAndLogo() throws Exception {
        mvc.perform(multipart("/staff/m/132047/settings/branding")
                        .file(new MockMultipartFile("logo", "logo.png", "image/png", PNG))
                        .param("accentColour", "＃０６４")
                        .param("version", "-1")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "公開ページの表示の設定を保存しました。"));
        String front = body(mvc.perform(get("/m/132047/")).andReturn());
        assertThat(front).contains("href=\"/m/132047/theme.css?v=", "class=\"brand-logo\"", "rel=\"icon\"");
        String logo = front.replaceAll("(?s).*class=\"brand-logo\" src=\"([^\"]+)\".*", "$1");
        assertThat(logo).startsWith("/m/132047/logo/");
        mvc.perform(get(logo))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(content().bytes(PNG));
        assertThat(body(mvc.perform(get("/m/132047/theme.css"))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("--brand: #006644;");
        mvc.perform(get("/m/132047/logo/" + "0".repeat(64))).andExpect(status().isNotFound());
    }

    @Test
    void aPaleColourIsRefusedWithTheReasonAndWhatWasTyped() throws Exception {
        MvcResult refused = mvc.perform(multipart("/staff/m/132047/settings/branding")
                        .param("accentColour", "#ffcc00")
                        .param("version", "-1")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "入力内容に誤りがあります。各項目のメッセージを確認してください。"))
                .andExpect(
                        flash().attribute("brandingInput", new BrandingController.BrandingInput("#ffcc00", false, -1)))
                .andReturn();
        assertThat(refused.getFlashMap().get("brandingErrors").toString()).contains("明るさの比が1.5:1で");
        assertThat(brandings.branding(municipalities.get("132047")).accentColour())
                .isNull();
    }

    @Test
    void onlyTheMunicipalitysAdministratorsMaySetIt() throws Exception {
        mvc.perform(multipart("/staff/m/132047/settings/branding")
                        .param("accentColour", "#003366")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-viewer")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/staff/m/132047/settings/branding")
                        .param("accentColour", "#003366")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "sample-admin")))
                .andExpect(status().isForbidden());
    }
}
