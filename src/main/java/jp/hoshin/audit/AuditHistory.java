package jp.hoshin.audit;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Version;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;

import jp.hoshin.shared.AuditedRecordOwner;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the history of any audited record: who changed what, when, from which value to which. */
@Service
public class AuditHistory {

    private final EntityManager entityManager;
    private final List<AuditedRecordOwner> owners;

    AuditHistory(EntityManager entityManager, List<AuditedRecordOwner> owners) {
        this.entityManager = entityManager;
        this.owners = owners;
    }

    /** One revision of a record. */
    public record Change(int revision, Instant at, String by, String kind, List<FieldChange> fields) {}

    /** One field's value before and after (as text; null when empty). */
    public record FieldChange(
            String field,
            @Nullable String oldValue,
            @Nullable String newValue) {}

    /** The municipality the record belongs to, when a module says so. */
    public Optional<String> ownerOf(String entityName, long id) {
        return owners.stream()
                .filter(o -> o.entityNames().contains(entityName))
                .findFirst()
                .flatMap(o -> o.municipalityCodeOf(entityName, id));
    }

    /** Whether records of this entity name are audited. */
    public boolean isAudited(String entityName) {
        return auditedType(entityName).isPresent();
    }

    @Transactional(readOnly = true)
    public List<Change> history(String entityName, long id) {
        EntityType<?> type = auditedType(entityName)
                .orElseThrow(() -> new NotFoundException(Messages.get("audit.noHistory", entityName)));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type.getJavaType(), false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<Change> changes = new ArrayList<>();
        Object previous = null;
        for (Object[] row : rows) {
            Object entity = row[0];
            AuditRevision rev = (AuditRevision) row[1];
            RevisionType revType = (RevisionType) row[2];
            List<FieldChange> fields = new ArrayList<>();
            for (Attribute<?, ?> attribute : type.getAttributes()) {
                if (attribute.isCollection()
                        || attribute.isAssociation()
                        || !(attribute.getJavaMember() instanceof Field f)
                        || f.isAnnotationPresent(NotAudited.class)
                        || f.isAnnotationPresent(Version.class)) {
                    continue;
                }
                String before = previous == null ? null : text(read(f, previous));
                String after = revType == RevisionType.DEL && entity == null ? null : text(read(f, entity));
                if (!Objects.equals(before, after)) {
                    fields.add(new FieldChange(f.getName(), before, after));
                }
            }
            changes.add(new Change(
                    rev.getId(),
                    Instant.ofEpochMilli(rev.getTimestamp()),
                    rev.getUsername(),
                    switch (revType) {
                        case ADD -> Messages.get("audit.change.add");
                        case MOD -> Messages.get("audit.change.mod");
                        case DEL -> Messages.get("audit.change.del");
                    },
                    fields));
            previous = entity;
        }
        return changes.reversed();
    }

    private Optional<EntityType<?>> auditedType(String entityName) {
        return entityManager.getMetamodel().getEntities().stream()
                .filter(e -> e.getName().equals(entityName) && e.getJavaType().isAnnotationPresent(Audited.class))
                .findFirst()
                .map(e -> (EntityType<?>) e);
    }

    private static @Nullable Object read(Field f, @Nullable Object target) {
        if (target == null) {
            return null;
        }
        try {
            f.setAccessible(true);
            return f.get(target);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.isEmpty() ? null : s;
    }
}
