package jp.hoshin.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Managing staff accounts: create, change role and departments, reset password, unlock, disable. */
@Service
public class StaffAccounts {

    public static final int MIN_PASSWORD_LENGTH = PasswordRule.MIN_LENGTH;
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PasswordRule passwordRule;
    private static final int CONTACT_CHUNK = 5_000;
    private final SecureRandom random = new SecureRandom();

    StaffAccounts(
            StaffAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            Clock clock,
            ApplicationEventPublisher events,
            PasswordRule passwordRule) {
        this.passwordRule = passwordRule;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
    }

    /** What a new account needs. {@code municipalityCode} null = deployment-wide administrator. */
    public record NewStaffAccount(
            @Nullable String municipalityCode,
            String username,
            String displayName,
            Role role,
            Set<String> departmentCodes,
            String password) {}

    @Transactional
    public long create(NewStaffAccount request) {
        return create(request, null);
    }

    /** Creates the account with its e-mail address for notifications (null: none), all or nothing. */
    @Transactional
    public long create(NewStaffAccount request, @Nullable EmailAddress email) {
        String username = JapaneseText.fold(request.username());
        if (!username.matches("[A-Za-z0-9._-]{3,60}")) {
            throw new BusinessRuleException(Messages.get("account.username.invalid"));
        }
        if (accounts.existsByUsername(username)) {
            throw new BusinessRuleException(Messages.get("account.username.taken", username));
        }
        passwordRule.check(request.password(), username);
        try {
            StaffAccount account = new StaffAccount(
                    request.municipalityCode(),
                    username,
                    JapaneseText.text(request.displayName()),
                    passwordEncoder.encode(request.password()),
                    request.role(),
                    request.departmentCodes());
            account.changeEmail(email);
            return accounts.save(account).id();
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(e.getMessage());
        }
    }

    @Transactional
    public void update(
            long id, long editedVersion, String displayName, Role role, Set<String> departmentCodes, boolean enabled) {
        StaffAccount account = find(id);
        String email = account.email();
        update(
                id,
                editedVersion,
                displayName,
                role,
                departmentCodes,
                enabled,
                email == null ? null : new EmailAddress(email));
    }

    /** Changes the account as its form edits it, e-mail address included (null: none). */
    @Transactional
    public void update(
            long id,
            long editedVersion,
            String displayName,
            Role role,
            Set<String> departmentCodes,
            boolean enabled,
            @Nullable EmailAddress email) {
        StaffAccount account = find(id);
        ConcurrentEditException.check(editedVersion, account.version());
        account.rename(JapaneseText.text(displayName));
        account.changeEmail(email);
        try {
            account.assignRole(role, departmentCodes);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(e.getMessage());
        }
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
    }

    @Transactional
    public void resetPassword(long id, String newPassword) {
        StaffAccount account = find(id);
        passwordRule.check(newPassword, account.username());
        account.changePassword(passwordEncoder.encode(newPassword));
        account.unlock();
        events.publishEvent(new PasswordChanged(account.id(), account.username()));
    }

    /** Changes one's own password after checking the current one. */
    @Transactional
    public void changeOwnPassword(long id, String currentPassword, String newPassword) {
        StaffAccount account = find(id);
        if (!passwordEncoder.matches(
                currentPassword, account.toPrincipal(clock.instant()).passwordHash())) {
            throw BusinessRuleException.about("currentPassword", Messages.get("password.currentWrong"));
        }
        passwordRule.check(newPassword, account.username());
        account.changePassword(passwordEncoder.encode(newPassword));
        events.publishEvent(new PasswordChanged(account.id(), account.username()));
    }

    @Transactional
    public void unlock(long id) {
        find(id).unlock();
    }

    @Transactional(readOnly = true)
    public List<StaffAccountView> list(@Nullable String municipalityCode) {
        List<StaffAccount> found =
                municipalityCode == null ? accounts.findAllOrdered() : accounts.findByMunicipality(municipalityCode);
        Instant now = clock.instant();
        return found.stream().map(a -> view(a, now)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccountView> get(long id) {
        return accounts.findById(id).map(a -> view(a, clock.instant()));
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    /** Whether the account exists and signs in with this password (for noticing demo accounts with the published one). */
    @Transactional(readOnly = true)
    public boolean signsInWith(String username, String password) {
        return accounts.findByUsername(username)
                .filter(a -> passwordEncoder.matches(
                        password, a.toPrincipal(clock.instant()).passwordHash()))
                .isPresent();
    }

    /**
     * The enabled accounts among {@code usernames} (unknown and disabled ones left out), as notifications reach them;
     * read in chunks, so a reminder run over every municipality asks with tens of thousands of names.
     */
    @Transactional(readOnly = true)
    public List<StaffContact> contacts(Collection<String> usernames) {
        List<String> names = List.copyOf(new LinkedHashSet<>(usernames));
        List<StaffContact> found = new ArrayList<>(names.size());
        for (int from = 0; from < names.size(); from += CONTACT_CHUNK) {
            found.addAll(accounts.findContactsByUsernames(
                    names.subList(from, Math.min(names.size(), from + CONTACT_CHUNK))));
        }
        return found;
    }

    /** The enabled accounts of a municipality with a role (for a department editor, use {@link #editorsOf}). */
    @Transactional(readOnly = true)
    public List<StaffContact> contactsWithRole(String municipalityCode, Role role) {
        return accounts.findContactsByRole(municipalityCode, role);
    }

    /** The enabled department editors of a department of the municipality. */
    @Transactional(readOnly = true)
    public List<StaffContact> editorsOf(String municipalityCode, String departmentCode) {
        return accounts.findEditorContacts(municipalityCode, departmentCode);
    }

    @Transactional(readOnly = true)
    public boolean deploymentAdministratorExists() {
        return accounts.existsDeploymentAdministrator();
    }

    /** A random password of 16 characters without look-alike letters. */
    public String generatePassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    private StaffAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException(Messages.get("account.notFound")));
    }

    private static StaffAccountView view(StaffAccount a, Instant now) {
        return new StaffAccountView(
                a.id(),
                a.municipalityCode(),
                a.username(),
                a.displayName(),
                a.role(),
                a.departmentCodes(),
                a.enabled(),
                a.lockedUntil(),
                a.lockedAt(now),
                a.version(),
                a.email());
    }
}
