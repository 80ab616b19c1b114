package jp.hoshin.municipality;

import org.jspecify.annotations.Nullable;

/** A municipality as pages and other modules read it. */
public record MunicipalityView(
        long id,
        String code,
        String name,
        @Nullable String nameKana,
        String prefecture,
        boolean sample,
        @Nullable String publicNote,
        long version) {

    /** The name as shown in headings: a sample city says so. */
    public String displayName() {
        return name;
    }
}
