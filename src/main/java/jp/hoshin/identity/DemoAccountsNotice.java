package jp.hoshin.identity;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Whether this instance has demo staff accounts that still sign in with the published demo password: then the
 * sign-in page says so loudly. Told by the demo module at start.
 */
@Component
public class DemoAccountsNotice {

    private volatile List<String> usernames = List.of();

    public void demoAccountsPresent(List<String> usernames) {
        this.usernames = List.copyOf(usernames);
    }

    public boolean present() {
        return !usernames.isEmpty();
    }

    public List<String> usernames() {
        return usernames;
    }
}
