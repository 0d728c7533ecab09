/**
 * Notifications: who is told what when something they follow changes, in an in-app inbox and by
 * e-mail (at once or as a daily digest, with a one-click unsubscribe link). The notifier is a
 * consumer of the change log, the mailer works from the mails table: both survive a crash.
 */
package org.agora.portal.notifications;
