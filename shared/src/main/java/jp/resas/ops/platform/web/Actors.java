package jp.resas.ops.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jp.resas.ops.common.Actor;

/** The person behind a request, with the client address the audit log records. */
public final class Actors {

    private Actors() {
    }

    public static Actor of(Authentication user, HttpRequest<?> request) {
        return new Actor(user.getName(), request.getRemoteAddress().getAddress().getHostAddress());
    }
}
