package jp.hoshin.policyplan;

import java.util.List;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.exchange.ExchangeProblem;

/** An upload with problems: nothing was changed, and every problem found is listed. */
public class ImportRejected extends BusinessRuleException {

    private final transient List<ExchangeProblem> problems;

    public ImportRejected(List<ExchangeProblem> problems) {
        super(Messages.get("policy.import.rejected", problems.size()));
        this.problems = List.copyOf(problems);
    }

    public List<ExchangeProblem> problems() {
        return problems;
    }
}
