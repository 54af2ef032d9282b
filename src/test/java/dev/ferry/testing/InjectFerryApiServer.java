package dev.ferry.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of type {@link FerryApiServer} in a test that uses {@link FerryApiServerResource}: the
 * resource injects the running server, e.g. {@code @InjectFerryApiServer FerryApiServer apiServer;} and
 * then {@code apiServer.client()} or {@code apiServer.writes()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectFerryApiServer {
}
