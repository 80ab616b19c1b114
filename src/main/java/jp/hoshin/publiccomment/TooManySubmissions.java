package jp.hoshin.publiccomment;

import jp.hoshin.shared.BusinessRuleException;

/** A client sent more opinions in a minute than the limit allows. */
public class TooManySubmissions extends BusinessRuleException {

    public TooManySubmissions() {
        super("短い時間に多くの意見が送信されたため、受け付けられませんでした。1分ほど待ってから、もう一度送信してください。");
    }
}
