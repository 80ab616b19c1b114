package jp.hoshin.customfield;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The definitions' options and the values stored as JSON text (audited as one column each). */
final class FieldJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FieldJson() {}

    @Converter
    static final class Options implements AttributeConverter<List<String>, String> {
        @Override
        public String convertToDatabaseColumn(List<String> value) {
            return JSON.writeValueAsString(value == null ? List.of() : value);
        }

        @Override
        public List<String> convertToEntityAttribute(String column) {
            return column == null || column.isBlank()
                    ? List.of()
                    : JSON.readValue(column, new TypeReference<List<String>>() {});
        }
    }

    @Converter
    static final class Values implements AttributeConverter<Map<Long, String>, String> {
        @Override
        public String convertToDatabaseColumn(Map<Long, String> value) {
            return JSON.writeValueAsString(value == null ? Map.of() : new TreeMap<>(value));
        }

        @Override
        public Map<Long, String> convertToEntityAttribute(String column) {
            return column == null || column.isBlank()
                    ? new TreeMap<>()
                    : new TreeMap<>(JSON.readValue(column, new TypeReference<Map<Long, String>>() {}));
        }
    }

    @Converter
    static final class Frozen implements AttributeConverter<List<ExtraField>, String> {
        @Override
        public String convertToDatabaseColumn(List<ExtraField> value) {
            return value == null ? null : JSON.writeValueAsString(value);
        }

        @Override
        public List<ExtraField> convertToEntityAttribute(String column) {
            return column == null ? null : JSON.readValue(column, new TypeReference<List<ExtraField>>() {});
        }
    }
}
