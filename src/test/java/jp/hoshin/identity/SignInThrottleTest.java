package jp.hoshin.identity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Failed sign-ins slow down the account from that client address and the address itself, never the account for
 * everyone; every failure gets the same answer; the session row holds no credential; the first administrator's
 * password is in an owner-only file, not on the console.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInThrottleTest {

    private static final String PASSWORD = "throttle-password-ok-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Value("${hoshin.embedded-db.data-dir}")
    String dataDir;

    @Test
    void failuresFromOneAddressDoNotLockTheAccountForSomeoneElse() throws Exception {
        create("throttle-a");
        for (int i = 0; i < 7; i++) {
            mvc.perform(login("throttle-a", "wrong-password-" + i, "10.1.0.1"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login("throttle-a", PASSWORD, "10.1.0.1")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login("throttle-a", PASSWORD, "10.1.0.2")).andExpect(redirectedUrl("/staff"));
    }

    @Test
    void anonymousBasicCallsDoNotLockTheAccount() throws Exception {
        create("throttle-b");
        for (int i = 0; i < 8; i++) {
            mvc.perform(get("/api/v1/municipalities/132047/staff-accounts")
                            .with(httpBasic("throttle-b", "guess-" + i))
                            .with(from("10.2.0.1")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(login("throttle-b", PASSWORD, "10.2.0.9")).andExpect(redirectedUrl("/staff"));
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedDownForEveryAccount() throws Exception {
        create("throttle-c");
        for (int i = 0; i < 32; i++) {
            mvc.perform(login("nobody-" + i, "x-password-" + i, "10.3.0.1")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login("throttle-c", PASSWORD, "10.3.0.1")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login("throttle-c", PASSWORD, "10.3.0.2")).andExpect(redirectedUrl("/staff"));
    }

    @Test
    void unknownLockedAndDisabledAccountsGetTheSameAnswerAsAWrongPassword() throws Exception {
        long id = create("throttle-d");
        var view = accounts.get(id).orElseThrow();
        accounts.update(id, view.version(), view.displayName(), view.role(), view.departmentCodes(), false);
        String unknown = mvc.perform(login("no-such-user", PASSWORD, "10.4.0.1"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String disabled = mvc.perform(login("throttle-d", PASSWORD, "10.4.0.2"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String wrong = mvc.perform(login("mitaka-admin", "not-the-password", "10.4.0.3"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(List.of(unknown, disabled, wrong)).containsOnly("/login?error");
        for (String old : List.of("locked", "disabled", "bad")) {
            mvc.perform(get("/login").param("error", old))
                    .andExpect(content().string(containsString("ユーザー名またはパスワードが正しくないか、いまはサインインできません。")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("ロックされています"))));
        }
    }

    @Test
    void theSignInPageSaysLoudlyThatDemoAccountsExist() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("注意: このインスタンスにはデモ用アカウントがあります")))
                .andExpect(content().string(containsString("mitaka-admin")));
    }

    @Test
    void theSessionRowHoldsNoPasswordHash() throws Exception {
        create("throttle-e");
        mvc.perform(login("throttle-e", PASSWORD, "10.5.0.1")).andExpect(redirectedUrl("/staff"));
        String hash = jdbc.queryForObject(
                "select password_hash from staff_account where username = 'throttle-e'", String.class);
        List<byte[]> attributes = jdbc.queryForList("""
                select a.attribute_bytes from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
                where s.principal_name = 'throttle-e'""", byte[].class);
        assertThat(attributes).as("the signed-in session is stored").isNotEmpty();
        String hashTail = hash.substring(hash.length() - 31); // bcrypt's checksum part
        for (byte[] bytes : attributes) {
            String serialized = new String(bytes, StandardCharsets.ISO_8859_1);
            assertThat(serialized)
                    .doesNotContain(hash)
                    .doesNotContain(hashTail)
                    .doesNotContain("{bcrypt}")
                    .doesNotContain(PASSWORD);
        }
    }

    @Test
    void theFirstAdministratorsPasswordIsInAnOwnerOnlyFile() throws Exception {
        Path file = Path.of(dataDir).toAbsolutePath().getParent().resolve("initial-admin-password.txt");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String password = Files.readAllLines(file).stream()
                .filter(l -> l.startsWith("パスワード: "))
                .map(l -> l.substring("パスワード: ".length()).strip())
                .findFirst()
                .orElseThrow();
        String hash =
                jdbc.queryForObject("select password_hash from staff_account where username = 'admin'", String.class);
        assertThat(encoder.matches(password, hash)).isTrue();
    }

    private long create(String username) {
        return accounts.create(
                new StaffAccounts.NewStaffAccount("132047", username, "試験 太郎", Role.VIEWER, Set.of(), PASSWORD));
    }

    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
