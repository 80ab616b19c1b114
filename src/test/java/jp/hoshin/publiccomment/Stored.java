package jp.hoshin.publiccomment;

import java.lang.reflect.Field;

/** For aggregate tests without a database: gives an entity the id the database would have given it. */
final class Stored {

    private Stored() {}

    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
