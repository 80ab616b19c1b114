package jp.hoshin.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores the sheet's structured parts as JSON text (audited as one column each). */
final class JsonColumns {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private JsonColumns() {}

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
            super(new TypeReference<>() {});
        }
    }

    /**
     * The yearly costs. Read with the streaming parser rather than data binding: the budget list reads 300 of these per
     * request, and binding the record through its constructor cost several times the parse (bench/evaluation-list.sh).
     * Numbers are taken from their text, so 人工数 stays an exact decimal.
     */
    @Converter
    static final class Costs extends ListColumn<YearCost> {
        Costs() {
            super(new TypeReference<>() {});
        }

        @Override
        public List<YearCost> convertToEntityAttribute(String column) {
            if (column == null || column.isBlank()) {
                return List.of();
            }
            List<YearCost> result = new ArrayList<>(3);
            try (JsonParser p = JSON.createParser(column)) {
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    throw new IllegalStateException("事業費の列がJSONの配列ではありません。");
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    result.add(yearCost(p));
                }
            }
            return result;
        }

        private static YearCost yearCost(JsonParser p) {
            int year = 0;
            Long[] sources = new Long[5];
            BigDecimal personYears = null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                switch (name) {
                    case "year" -> year = p.getIntValue();
                    case "national" -> sources[0] = p.getLongValue();
                    case "prefectural" -> sources[1] = p.getLongValue();
                    case "bonds" -> sources[2] = p.getLongValue();
                    case "otherSpecific" -> sources[3] = p.getLongValue();
                    case "general" -> sources[4] = p.getLongValue();
                    case "personYears" -> personYears = p.getDecimalValue();
                    default -> p.skipChildren();
                }
            }
            return new YearCost(year, sources[0], sources[1], sources[2], sources[3], sources[4], personYears);
        }
    }

    @Converter
    static final class Ids extends ListColumn<Long> {
        Ids() {
            super(new TypeReference<>() {});
        }
    }

    @Converter
    static final class Keys extends ListColumn<String> {
        Keys() {
            super(new TypeReference<>() {});
        }
    }

    @Converter
    static final class Methods implements AttributeConverter<Set<ImplementationMethod>, String> {
        @Override
        public String convertToDatabaseColumn(Set<ImplementationMethod> value) {
            return JSON.writeValueAsString(
                    value == null ? List.of() : value.stream().sorted().toList());
        }

        @Override
        public Set<ImplementationMethod> convertToEntityAttribute(String column) {
            return column == null || column.isBlank()
                    ? Set.of()
                    : Set.copyOf(JSON.readValue(column, new TypeReference<List<ImplementationMethod>>() {}));
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
