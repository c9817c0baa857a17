package org.resulta.identity;

/** A token just issued: {@code secret} is shown once and never stored in clear. */
public record IssuedToken(ApiTokenView token, String secret) {
}
