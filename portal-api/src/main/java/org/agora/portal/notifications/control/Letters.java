package org.agora.portal.notifications.control;

import java.util.List;

/** The words of notification mails, in German or English. Plain text: nothing to escape or to inject. */
record Letters(String language, String publicUrl) {

    boolean german() {
        return "de".equals(language);
    }

    String subject(boolean digest, int count) {
        if (digest) {
            return german()
                    ? "Ihre Zusammenfassung: " + count + " Neuigkeiten"
                    : "Your daily digest: " + count + " updates";
        }
        return german()
                ? count + " Neuigkeiten zu Beiträgen, denen Sie folgen"
                : count + " updates on posts you follow";
    }

    /** One line of a mail; {@code detail} (a moderator's reason …) follows on its own line. */
    String line(String kind, long postId, String title, String status, String detail) {
        String quoted = german() ? "„" + title + "“" : "“" + title + "”";
        String text =
                switch (kind) {
                    case "NEW_POST" -> (german() ? "Neuer Beitrag: " : "New post: ") + quoted;
                    case "COMMENT" -> (german() ? "Neuer Kommentar zu " : "New comment on ") + quoted;
                    case "RESPONSE" -> (german() ? "Offizielle Antwort zu " : "Official response on ") + quoted;
                    case "STATUS" ->
                        german()
                                ? "Neuer Status von " + quoted + ": " + status
                                : "Status of " + quoted + " is now " + status;
                    case "SOLVED_QUESTION" ->
                        german()
                                ? quoted
                                        + " ist umgesetzt. Hat es Ihr Problem gelöst? Sagen Sie es uns mit Ja oder Nein"
                                : quoted + " has shipped. Did it solve your problem? Tell us yes or no";
                    case "MERGE" ->
                        german()
                                ? quoted + " wurde mit einem gleichen Beitrag zusammengeführt"
                                : quoted + " was merged into a post that says the same";
                    case "APPROVED" ->
                        german()
                                ? "Ihr Beitrag zu " + quoted + " wurde freigegeben"
                                : "Your contribution to " + quoted + " was approved and is public";
                    case "REJECTED" ->
                        german()
                                ? "Ihr Beitrag zu " + quoted + " wurde abgelehnt"
                                : "Your contribution to " + quoted + " was rejected";
                    case "HIDDEN" ->
                        german()
                                ? "Ihr Beitrag zu " + quoted + " wurde ausgeblendet"
                                : "Your contribution to " + quoted + " was hidden";
                    case "RESTORED" ->
                        german()
                                ? "Ihr Beitrag zu " + quoted + " ist wieder sichtbar"
                                : "Your contribution to " + quoted + " is visible again";
                    case "REVIEW_OVERDUE" ->
                        german()
                                ? "Wartet zu lange auf eine Moderationsentscheidung: " + quoted
                                : "Waiting too long for a moderator: " + quoted;
                    default -> quoted;
                };
        String reason = detail == null ? "" : "\n  " + (german() ? "Begründung: " : "Reason: ") + detail;
        return "- " + text + reason + "\n  " + publicUrl + "/posts/" + postId;
    }

    String body(List<String> lines, int more, String unsubscribe) {
        StringBuilder body = new StringBuilder(german() ? "Hallo,\n\n" : "Hello,\n\n");
        lines.forEach(line -> body.append(line).append('\n'));
        if (more > 0) {
            body.append(german() ? "… und " + more + " weitere\n" : "… and " + more + " more\n");
        }
        body.append(
                german()
                        ? "\nKeine E-Mails mehr von uns: " + unsubscribe + "\n"
                        : "\nNo more e-mails from us: " + unsubscribe + "\n");
        return body.toString();
    }
}
