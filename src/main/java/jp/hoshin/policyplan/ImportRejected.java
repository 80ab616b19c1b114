package jp.hoshin.policyplan;

import java.util.List;

import jp.hoshin.shared.BusinessRuleException;

/** An upload with problems: nothing was changed, and every problem found is listed. */
public class ImportRejected extends BusinessRuleException {

    private final transient List<ImportProblem> problems;

    public ImportRejected(List<ImportProblem> problems) {
        super("取り込むデータに " + problems.size() + " 件の誤りがあります。何も変更していません。");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
