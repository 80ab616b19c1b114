package jp.hoshin.policyplan;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** 指標の掲載: an indicator shown in an element's table, in a role, at a position, optionally with the element's own target. */
@Entity
@Audited
@Table(name = "indicator_placement")
class IndicatorPlacement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long indicatorId;
    private long elementId;

    @Enumerated(EnumType.STRING)
    private PlacementRole role;

    private int position;
    private @Nullable Integer targetYear;
    private @Nullable BigDecimal targetValue;

    protected IndicatorPlacement() {}

    IndicatorPlacement(
            long indicatorId,
            long elementId,
            PlacementRole role,
            int position,
            @Nullable Integer targetYear,
            @Nullable BigDecimal targetValue) {
        this.indicatorId = indicatorId;
        this.elementId = elementId;
        place(role, position, targetYear, targetValue);
    }

    Long id() {
        return id;
    }

    long indicatorId() {
        return indicatorId;
    }

    long elementId() {
        return elementId;
    }

    PlacementRole role() {
        return role;
    }

    int position() {
        return position;
    }

    @Nullable
    Integer targetYear() {
        return targetYear;
    }

    @Nullable
    BigDecimal targetValue() {
        return targetValue;
    }

    boolean place(
            PlacementRole newRole,
            int newPosition,
            @Nullable Integer newTargetYear,
            @Nullable BigDecimal newTargetValue) {
        boolean same = newRole == role
                && newPosition == position
                && Objects.equals(newTargetYear, targetYear)
                && Objects.equals(newTargetValue, targetValue);
        if (same) {
            return false;
        }
        this.role = newRole;
        this.position = newPosition;
        this.targetYear = newTargetYear;
        this.targetValue = newTargetValue;
        return true;
    }
}
