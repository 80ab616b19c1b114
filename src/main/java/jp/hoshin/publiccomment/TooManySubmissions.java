package jp.hoshin.publiccomment;

import jp.hoshin.shared.Messages;
import jp.hoshin.shared.BusinessRuleException;

/** A client sent more opinions in a minute than the limit allows. */
public class TooManySubmissions extends BusinessRuleException {

    public TooManySubmissions() {
        super(Messages.get("comment.opinion.tooMany"));
    }
}
