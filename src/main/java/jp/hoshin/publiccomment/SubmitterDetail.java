package jp.hoshin.publiccomment;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** 提出者の情報 a consultation may require of a submitter: address (所在地), name (団体名 and representative), telephone. */
public enum SubmitterDetail {
    ADDRESS,
    NAME,
    PHONE;

    public static final Set<SubmitterDetail> ALL = EnumSet.allOf(SubmitterDetail.class);

    static String join(Set<SubmitterDetail> details) {
        return details.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<SubmitterDetail> parse(String joined) {
        EnumSet<SubmitterDetail> set = EnumSet.noneOf(SubmitterDetail.class);
        Arrays.stream(joined.split(","))
                .filter(s -> !s.isBlank())
                .map(SubmitterDetail::valueOf)
                .forEach(set::add);
        return set;
    }
}
