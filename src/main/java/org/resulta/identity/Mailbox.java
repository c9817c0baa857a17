package org.resulta.identity;

/** Where to send a user mail: an enabled account with an e-mail address. */
public record Mailbox(String username, String displayName, String email) {
}
