package jp.hoshin.departmentplan;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores lists of value records as JSON text (structured, audited as one column). */
final class JsonListConverters {

    private static final JsonMapper JSON =
            JsonMapper.builder().findAndAddModules().build();

    private JsonListConverters() {}

    @Converter
    static final class Targets implements AttributeConverter<List<TargetIndicator>, String> {
        @Override
        public String convertToDatabaseColumn(List<TargetIndicator> value) {
            return JSON.writeValueAsString(value == null ? List.of() : value);
        }

        @Override
        public List<TargetIndicator> convertToEntityAttribute(String column) {
            return column == null || column.isBlank()
                    ? List.of()
                    : JSON.readValue(column, new TypeReference<List<TargetIndicator>>() {});
        }
    }

    @Converter
    static final class SectionRoles implements AttributeConverter<List<SectionRole>, String> {
        @Override
        public String convertToDatabaseColumn(List<SectionRole> value) {
            return JSON.writeValueAsString(value == null ? List.of() : value);
        }

        @Override
        public List<SectionRole> convertToEntityAttribute(String column) {
            return column == null || column.isBlank()
                    ? List.of()
                    : JSON.readValue(column, new TypeReference<List<SectionRole>>() {});
        }
    }
}
