package jp.hoshin.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A second start on the same data: the Japanese reason and what to do, instead of a stack trace. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "動いている Hoshin をそのまま使うか、止めてから起動してください。別のデータで動かすときは HOSHIN_DATA_DIR を指定してください。",
                cause);
    }
}
