package org.agora.moderation.trust.entity;

/**
 * What a member has done, as counted by the caller, from which their trust level follows.
 *
 * @param daysActive days on which the member posted, commented or voted
 * @param approvedContributions posts and comments published (at once or approved by a moderator)
 * @param votesReceived votes others gave to the member's posts and comments
 * @param upheldFlagsAgainst flags on the member's contributions that moderators agreed with (say,
 *     within the last 100 days)
 * @param manualLevel a level set by staff, which wins over the computed one; {@code null} for none
 */
public record Activity(
        int daysActive, int approvedContributions, int votesReceived, int upheldFlagsAgainst, Integer manualLevel) {

    public Activity {
        if (daysActive < 0 || approvedContributions < 0 || votesReceived < 0 || upheldFlagsAgainst < 0) {
            throw new IllegalArgumentException("activity counts cannot be negative");
        }
        if (manualLevel != null && (manualLevel < 0 || manualLevel > 4)) {
            throw new IllegalArgumentException("trust level must be 0–4: " + manualLevel);
        }
    }

    public static Activity of(int daysActive, int approvedContributions, int votesReceived, int upheldFlagsAgainst) {
        return new Activity(daysActive, approvedContributions, votesReceived, upheldFlagsAgainst, null);
    }

    public Activity withManualLevel(Integer level) {
        return new Activity(daysActive, approvedContributions, votesReceived, upheldFlagsAgainst, level);
    }
}
