package jp.hoshin.policyplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.hoshin.shared.Decimals;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * 判定区分 — a plan's own bands of the achievement rate, highest first, each with the city's label and the rate (%)
 * from which it applies; the last band takes every rate below the one before it. Written as
 * {@code S=100、A=80、B=50、C} (also {@code ◎:100, ○:80, △:50, ×}).
 */
public record JudgementBands(List<Band> bands) {

    /** A band: its label and the lowest achievement rate (%) it takes; null for the last band. */
    public record Band(String label, @Nullable BigDecimal from) {}

    private static final Pattern BAND = Pattern.compile("(.+?)\\s*(?:[=:]\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*%?)?");

    public JudgementBands {
        bands = List.copyOf(bands);
    }

    /** Reads the written form; a problem is an IllegalArgumentException with the message to show. */
    public static JudgementBands parse(String text) {
        String folded = JapaneseText.fold(text).strip();
        List<String> parts = new ArrayList<>();
        for (String p : folded.split("[、,;\\n]")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        if (parts.size() < 2 || parts.size() > 10) {
            throw new IllegalArgumentException(Messages.get("policy.judgement.bands.count"));
        }
        List<Band> bands = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        BigDecimal previous = null;
        for (int i = 0; i < parts.size(); i++) {
            Matcher m = BAND.matcher(parts.get(i));
            if (!m.matches()) {
                throw new IllegalArgumentException(Messages.get("policy.judgement.bands.shape", parts.get(i)));
            }
            String label = m.group(1).strip();
            boolean last = i == parts.size() - 1;
            if (label.isEmpty() || label.length() > 20 || label.contains("=") || label.contains(":")) {
                throw new IllegalArgumentException(Messages.get("policy.judgement.bands.shape", parts.get(i)));
            }
            if (!labels.add(label)) {
                throw new IllegalArgumentException(Messages.get("policy.judgement.bands.labelTwice", label));
            }
            BigDecimal from = m.group(2) == null ? null : new BigDecimal(m.group(2));
            if (from == null && !last) {
                throw new IllegalArgumentException(Messages.get("policy.judgement.bands.thresholdRequired", label));
            }
            if (last) {
                from = null;
            } else if (previous != null && from.compareTo(previous) >= 0) {
                throw new IllegalArgumentException(Messages.get("policy.judgement.bands.descending", label));
            }
            if (from != null) {
                previous = from;
            }
            bands.add(new Band(label, Decimals.plain(from)));
        }
        return new JudgementBands(bands);
    }

    /** An optional written form: empty text means no bands (today's rule). */
    static Optional<JudgementBands> parseOptional(@Nullable String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(parse(text));
    }

    /** The band a rate falls in. */
    public Band of(BigDecimal rate) {
        for (Band b : bands) {
            if (b.from() == null || rate.compareTo(b.from()) >= 0) {
                return b;
            }
        }
        return bands.getLast();
    }

    /** Whether the band is the lowest one. */
    boolean lowest(Band band) {
        return band.equals(bands.getLast());
    }

    /** The written form: S=100、A=80、B=50、C. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Band b : bands) {
            if (!out.isEmpty()) {
                out.append('、');
            }
            out.append(b.label());
            if (b.from() != null) {
                out.append('=').append(b.from().toPlainString());
            }
        }
        return out.toString();
    }

    /** 「S」100%以上、「A」80%以上、「B」50%以上、「C」それ未満 — as the rule on the page states it. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (Band b : bands) {
            parts.add(
                    b.from() == null
                            ? Messages.get("policy.judgement.bands.below", b.label())
                            : Messages.get(
                                    "policy.judgement.bands.from",
                                    b.label(),
                                    b.from().toPlainString()));
        }
        return String.join("、", parts);
    }
}
