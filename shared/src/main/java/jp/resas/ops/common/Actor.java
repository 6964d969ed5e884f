package jp.resas.ops.common;

import java.util.Objects;

/**
 * Who does something and from where: the user name of the token (or {@code system:…} for handlers)
 * and the client address or delivery route, as the audit log records them.
 */
public record Actor(String name, String source) {

    public Actor {
        Objects.requireNonNull(name, "name");
    }

    public static Actor system(String handler) {
        return new Actor("system:" + handler, handler);
    }
}
