package jp.hoshin.departmentplan;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The mid-year check's values stored as JSON text (audited as one column). */
final class MidYearJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MidYearJson() {}

    @Converter
    static final class Entries implements AttributeConverter<List<MidYearEntry>, String> {
        @Override
        public String convertToDatabaseColumn(List<MidYearEntry> value) {
            return JSON.writeValueAsString(value == null ? List.of() : value);
        }

        @Override
        public List<MidYearEntry> convertToEntityAttribute(String column) {
            return column == null || column.isBlank()
                    ? List.of()
                    : JSON.readValue(column, new TypeReference<List<MidYearEntry>>() {});
        }
    }

    @Converter
    static final class Scale implements AttributeConverter<ProgressScale, String> {
        @Override
        public String convertToDatabaseColumn(ProgressScale value) {
            return JSON.writeValueAsString(value.levels());
        }

        @Override
        public ProgressScale convertToEntityAttribute(String column) {
            return new ProgressScale(JSON.readValue(column, new TypeReference<List<ProgressScale.Level>>() {}));
        }
    }
}
