package org.resulta.identity;

import java.util.List;
import java.util.function.Supplier;

/**
 * For scheduled system work only (never from a controller): the accounts that can receive mail, and running a
 * piece of work as one of them, so that it sees exactly what that user may see.
 */
public interface UserSessions {

    List<Mailbox> mailboxes();

    <T> T runAs(String username, Supplier<T> work);
}
