package jp.hoshin.customfield;

import jp.hoshin.shared.BusinessRuleException;

/** Extra fields' values refused: the message lists every problem, {@link #checked()} has them per field. */
public class ExtraFieldsRefusedException extends BusinessRuleException {

    private final CheckedValues checked;

    public ExtraFieldsRefusedException(CheckedValues checked) {
        super(String.join(" ", checked.errors().values()));
        this.checked = checked;
    }

    public CheckedValues checked() {
        return checked;
    }
}
