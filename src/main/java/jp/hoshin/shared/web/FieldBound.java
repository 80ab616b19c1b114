package jp.hoshin.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form bound through its fields rather than setters (public fields). {@link TextBinding} sets up such a form's binder
 * for field access before it registers the text check, which must come first (a binder's access cannot change afterwards).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FieldBound {}
