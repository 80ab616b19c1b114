package jp.hoshin.evaluation;

import java.util.List;
import java.util.Set;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores the sheet's structured parts as JSON text (audited as one column each). */
final class JsonColumns {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private JsonColumns() {
    }

    private abstract static class ListColumn<T> implements AttributeConverter<List<T>, String> {
        private final TypeReference<List<T>> type;

        ListColumn(TypeReference<List<T>> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(List<T> value) {
            return JSON.writeValueAsString(value == null ? List.of() : value);
        }

        @Override
        public List<T> convertToEntityAttribute(String column) {
            return column == null || column.isBlank() ? List.of() : JSON.readValue(column, type);
        }
    }

    @Converter
    static final class Indicators extends ListColumn<PerformanceIndicator> {
        Indicators() {
            super(new TypeReference<>() { });
        }
    }

    @Converter
    static final class Costs extends ListColumn<YearCost> {
        Costs() {
            super(new TypeReference<>() { });
        }
    }

    @Converter
    static final class Ids extends ListColumn<Long> {
        Ids() {
            super(new TypeReference<>() { });
        }
    }

    @Converter
    static final class Keys extends ListColumn<String> {
        Keys() {
            super(new TypeReference<>() { });
        }
    }

    @Converter
    static final class Methods implements AttributeConverter<Set<ImplementationMethod>, String> {
        @Override
        public String convertToDatabaseColumn(Set<ImplementationMethod> value) {
            return JSON.writeValueAsString(value == null ? List.of() : value.stream().sorted().toList());
        }

        @Override
        public Set<ImplementationMethod> convertToEntityAttribute(String column) {
            return column == null || column.isBlank() ? Set.of()
                    : Set.copyOf(JSON.readValue(column, new TypeReference<List<ImplementationMethod>>() { }));
        }
    }

    @Converter
    static final class Assessments implements AttributeConverter<@Nullable Assessment, String> {
        @Override
        public @Nullable String convertToDatabaseColumn(@Nullable Assessment value) {
            return value == null || value.isEmpty() ? null : JSON.writeValueAsString(value);
        }

        @Override
        public @Nullable Assessment convertToEntityAttribute(@Nullable String column) {
            return column == null || column.isBlank() ? null : JSON.readValue(column, Assessment.class);
        }
    }
}
