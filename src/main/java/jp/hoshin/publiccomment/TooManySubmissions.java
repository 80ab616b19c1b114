package jp.hoshin.publiccomment;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;

/** A client sent more opinions in a minute than the limit allows. */
public class TooManySubmissions extends BusinessRuleException {

    public TooManySubmissions() {
        super(Messages.get("comment.opinion.tooMany"));
    }
}
