package jp.hoshin.publiccomment;

/** How an opinion reached the city. */
public enum OpinionChannel {
    WEB("意見募集フォーム"),
    POST("郵送"),
    FAX("ファクス"),
    EMAIL("電子メール"),
    IN_PERSON("持参");

    private final String label;

    OpinionChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
