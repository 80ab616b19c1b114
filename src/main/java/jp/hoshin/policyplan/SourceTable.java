package jp.hoshin.policyplan;

import java.util.List;

/** A table as uploaded: where it came from (file or sheet name) and its rows, the first being the header. */
public record SourceTable(String source, List<List<String>> rows) {

    public SourceTable {
        rows = List.copyOf(rows);
    }
}
