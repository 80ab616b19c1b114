package jp.hoshin.shared;

/**
 * A business act refused because of the record's state (a closed year, a duplicate name, a wrong
 * workflow step). The message is Japanese and meant for the user; shown next to the form or as 409.
 */
public class BusinessRuleException extends RuntimeException {

    public BusinessRuleException(String message) {
        super(message);
    }
}
