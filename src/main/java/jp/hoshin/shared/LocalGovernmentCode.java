package jp.hoshin.shared;

/**
 * 全国地方公共団体コード — the six-digit code of a Japanese local government: two digits of
 * prefecture, three of the municipality and a check digit (weights 6,5,4,3,2; 11 minus the
 * remainder modulo 11, last digit). Prefecture 99 is accepted for sample and test municipalities.
 */
public record LocalGovernmentCode(String value) {

    public LocalGovernmentCode {
        String folded = JapaneseText.fold(value);
        if (!folded.matches("\\d{6}")) {
            throw new IllegalArgumentException(Messages.get("governmentCode.digits"));
        }
        int prefecture = Integer.parseInt(folded.substring(0, 2));
        if (!(prefecture >= 1 && prefecture <= 47) && prefecture != 99) {
            throw new IllegalArgumentException(Messages.get("governmentCode.prefecture"));
        }
        if (checkDigit(folded.substring(0, 5)) != folded.charAt(5) - '0') {
            throw new IllegalArgumentException(Messages.get("governmentCode.checkDigit"));
        }
        value = folded;
    }

    public static LocalGovernmentCode of(String value) {
        return new LocalGovernmentCode(value);
    }

    /** Whether the text is a valid code, without throwing. */
    public static boolean isValid(String value) {
        try {
            new LocalGovernmentCode(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The check digit for the first five digits. */
    public static int checkDigit(String firstFive) {
        int[] weights = {6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (firstFive.charAt(i) - '0') * weights[i];
        }
        return (11 - sum % 11) % 10;
    }

    public boolean isSample() {
        return value.startsWith("99");
    }

    @Override
    public String toString() {
        return value;
    }
}
