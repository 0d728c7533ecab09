package org.agora.portal.members.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

@Entity
@Table(name = "members")
@NamedQuery(name = Member.BY_SUBJECT, query = "select m from Member m where m.subject = :subject")
public class Member {

    public static final String BY_SUBJECT = "Member.bySubject";
    public static final int DISPLAY_NAME_MAX = 100;
    private static final Duration VISIT_RESOLUTION = Duration.ofHours(1);

    public enum Status {
        ACTIVE,
        SUSPENDED,
        ANONYMISED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String subject;

    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    private String locale;

    @Column(name = "trust_level", nullable = false)
    private short trustLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "suspended_until")
    private Instant suspendedUntil;

    @Column(name = "silenced_until")
    private Instant silencedUntil;

    /** The portal roles of the member's latest token, comma-separated: who is staff. */
    @Column(nullable = false)
    private String roles;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "email_mode", nullable = false)
    private String emailMode;

    /** The customer segment (e.g. a company or plan), set by admins; its weight counts each of the member's votes. */
    private String segment;

    @Column(name = "segment_weight", nullable = false)
    private double segmentWeight = 1;

    @Version
    private int version;

    protected Member() {}

    /** Records a visit; coarse on purpose, so that reading does not write on every request. */
    public void visited(Instant now) {
        if (lastSeenAt == null || Duration.between(lastSeenAt, now).compareTo(VISIT_RESOLUTION) >= 0) {
            lastSeenAt = now;
        }
    }

    /** Takes the member's own settings; the caller has checked the version they were based on. */
    public void changeSettings(MemberSettings settings) {
        String name = settings.displayName.strip();
        if (name.isEmpty() || name.length() > DISPLAY_NAME_MAX) {
            throw new IllegalArgumentException("display name must have 1 to " + DISPLAY_NAME_MAX + " characters");
        }
        displayName = name;
        locale = settings.locale;
        if (settings.emailMode != null) {
            emailMode = settings.emailMode;
        }
    }

    /** Unsubscribed through the link in a mail. */
    public void stopMails() {
        emailMode = "NONE";
    }

    /**
     * Deletes the account as far as the portal can while keeping the community's record: the
     * person's data goes, the posts stay under "former member", votes stay as counts. The subject
     * changes, so the same identity signing in again starts a new, empty member.
     */
    public void anonymise(String formerName) {
        subject = "anonymised:" + id;
        username = null;
        displayName = formerName;
        email = null;
        locale = null;
        emailMode = "NONE";
        status = Status.ANONYMISED;
    }

    public boolean suspendedAt(Instant now) {
        return status == Status.SUSPENDED && (suspendedUntil == null || suspendedUntil.isAfter(now));
    }

    /** Silenced members read but do not post, comment, vote or flag; it ends by itself. */
    public boolean silencedAt(Instant now) {
        return silencedUntil != null && silencedUntil.isAfter(now);
    }

    /** Keeps the roles the member's latest token carries (changes only when they do). */
    public void holdRoles(String current) {
        if (!current.equals(roles)) {
            roles = current;
        }
    }

    /** Moderation silenced the member until then. */
    public void silence(Instant until) {
        silencedUntil = until;
    }

    /** Moderation suspended the member until then; a deleted account stays deleted. */
    public void suspend(Instant until) {
        if (status != Status.ANONYMISED) {
            status = Status.SUSPENDED;
            suspendedUntil = until;
        }
    }

    public void liftSilence() {
        silencedUntil = null;
    }

    public void liftSuspension() {
        if (status == Status.SUSPENDED) {
            status = Status.ACTIVE;
            suspendedUntil = null;
        }
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String locale() {
        return locale;
    }

    /** The language texts for this member are written in: German or English. */
    public Locale language() {
        return "de".equals(locale) ? Locale.GERMAN : Locale.ENGLISH;
    }

    public int trustLevel() {
        return trustLevel;
    }

    public Status status() {
        return status;
    }

    public Instant suspendedUntil() {
        return suspendedUntil;
    }

    public Instant silencedUntil() {
        return silencedUntil;
    }

    public Set<String> roles() {
        return roles == null || roles.isEmpty() ? Set.of() : Set.of(roles.split(","));
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public String emailMode() {
        return emailMode;
    }

    /** Places the member in a segment whose votes count {@code weight} times; no segment weighs 1. */
    public void placeInSegment(String segment, double weight) {
        if (!(weight > 0 && weight <= 100) || (segment == null && weight != 1)) {
            throw new IllegalArgumentException("a weight above 0 and at most 100, 1 without a segment");
        }
        this.segment = segment;
        this.segmentWeight = weight;
    }

    public String segment() {
        return segment;
    }

    public double segmentWeight() {
        return segmentWeight;
    }

    public int version() {
        return version;
    }
}
