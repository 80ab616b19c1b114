package jp.hoshin.shared.exchange;

import java.util.ArrayList;
import java.util.List;

import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * Every problem of one upload, collected instead of stopping at the first, so that the user mends the file once.
 * Bounded: after {@value #MAX} problems one more line says the rest were left out. An import uses the data only
 * when {@link #isEmpty()}, which makes it all-or-nothing.
 */
public final class Problems {

    public static final int MAX = 200;

    private final List<ExchangeProblem> problems = new ArrayList<>();
    private int total;

    public void add(ExchangeProblem problem) {
        total++;
        if (problems.size() < MAX) {
            problems.add(problem);
        } else if (problems.size() == MAX) {
            problems.add(ExchangeProblem.ofFile(Messages.get("exchange.tooManyProblems", MAX)));
        }
    }

    public void add(@Nullable String where, int row, @Nullable String column, String message) {
        add(new ExchangeProblem(where, row, column, null, message));
    }

    public void ofFile(String message) {
        add(ExchangeProblem.ofFile(message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** How many problems were found so far (including those left out of the list). */
    public int count() {
        return total;
    }

    public List<ExchangeProblem> list() {
        return List.copyOf(problems);
    }

    /** The problems as the pages show them. */
    public List<String> texts() {
        return problems.stream().map(ExchangeProblem::text).toList();
    }
}
