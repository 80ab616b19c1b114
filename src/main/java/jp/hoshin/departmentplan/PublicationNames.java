package jp.hoshin.departmentplan;

import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;

/**
 * 公表物の名称 — what a municipality calls its department plans publication (各部の運営方針と目標, 部長目標, 組織目標,
 * 部局経営目標 …) and its results announcement (部長目標 結果発表 …), as public pages, the booklet and staff pages print
 * them.
 */
public record PublicationNames(String plans, String results) {

    /** The longest name. */
    public static final int MAX_LENGTH = 40;

    public PublicationNames {
        plans = checked(plans, "departmentplan.names.plansRequired");
        results = checked(results, "departmentplan.names.resultsRequired");
    }

    /** The names a municipality starts with: today's wording. */
    public static PublicationNames defaults() {
        return new PublicationNames(
                Messages.get("departmentplan.names.defaultPlans"), Messages.get("departmentplan.names.defaultResults"));
    }

    /**
     * What one department's part is called: the publication's name without the leading 各部の (各部の運営方針と目標 →
     * 企画部の「運営方針と目標」), or the name itself (部長目標).
     */
    public String perDepartment() {
        String each = Messages.get("departmentplan.names.eachPrefix");
        return plans.startsWith(each) && plans.length() > each.length() ? plans.substring(each.length()) : plans;
    }

    private static String checked(String name, String requiredKey) {
        String text = JapaneseText.text(name).strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(Messages.get(requiredKey));
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(Messages.get("departmentplan.names.tooLong", text, MAX_LENGTH));
        }
        return text;
    }
}
