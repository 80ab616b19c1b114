package jp.hoshin.departmentplan;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** Stores lists of value records as JSON text (structured, audited as one column). */
final class JsonListConverters {

    private static final JsonMapper JSON =
            JsonMapper.builder().findAndAddModules().build();

    /** Readers made once: building the list type from a type reference on every read showed in a page's profile. */
    private static final ObjectReader TARGETS = JSON.readerFor(new TypeReference<List<TargetIndicator>>() {});

    private static final ObjectReader SECTION_ROLES = JSON.readerFor(new TypeReference<List<SectionRole>>() {});

    private JsonListConverters() {}

    @Converter
    static final class Targets implements AttributeConverter<List<TargetIndicator>, String> {
        @Override
        public String convertToDatabaseColumn(List<TargetIndicator> value) {
            return JSON.writeValueAsString(value == null ? List.of() : value);
        }

        @Override
        public List<TargetIndicator> convertToEntityAttribute(String column) {
            return column == null || column.isBlank() ? List.of() : TARGETS.readValue(column);
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
            return column == null || column.isBlank() ? List.of() : SECTION_ROLES.readValue(column);
        }
    }
}
