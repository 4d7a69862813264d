package dev.ophamin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Public API an embedder may rely on: within a major version, no change to this type breaks code
 * compiled against it (binary compatibility, checked by japicmp in {@code mvn verify} against the
 * committed baseline in {@code api/}). Members may be added; nothing is removed or changed
 * incompatibly before the next major version, and then only after a release marked it
 * {@code @Deprecated}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Stable
public @interface Stable {
}
