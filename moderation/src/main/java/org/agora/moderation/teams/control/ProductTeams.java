package org.agora.moderation.teams.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.agora.moderation.delivery.control.Signatures;
import org.agora.moderation.reviews.control.AuditLog;
import org.agora.moderation.reviews.control.Rows;
import org.agora.moderation.reviews.entity.Refusal;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.moderation.teams.entity.ChannelDraft;
import org.agora.moderation.teams.entity.ChannelView;
import org.agora.moderation.teams.entity.SecretIssued;
import org.agora.moderation.teams.entity.Staff;
import org.agora.moderation.teams.entity.TeamDraft;
import org.agora.moderation.teams.entity.TeamView;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The product teams: admins create and change them, add channels and rotate secrets; admins and
 * product managers read them. Every change is audited in its transaction.
 */
@ApplicationScoped
public class ProductTeams {

    public static final int MEMBERS_MAX = 50;
    public static final int AREAS_MAX = 100;
    public static final int CHANNELS_MAX = 10;
    public static final int STATUS_MAP_MAX = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Ideas ideas;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "delivery.secret-overlap", defaultValue = "PT24H")
    Duration overlap;

    /** A team's row as delivery and the inbound hook need it, secrets included. */
    public record Team(long id, String slug, Map<String, String> statusMap, String[] inboundSecrets) {}

    public List<TeamView> list(Staff staff) {
        requireReader(staff);
        List<?> slugs =
                em.createNativeQuery("select slug from teams order by slug").getResultList();
        return slugs.stream().map(slug -> view((String) slug)).toList();
    }

    public TeamView get(Staff staff, String slug) {
        requireReader(staff);
        return view(slug);
    }

    @Transactional
    public TeamView create(Staff staff, TeamDraft draft) {
        requireAdmin(staff);
        if (draft == null) {
            throw Refusal.invalid("slug", "required");
        }
        if (draft.slug == null || !draft.slug.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw Refusal.invalid("slug", "lower-case letters, digits and '-', at most 64");
        }
        String name = name(draft.name == null ? draft.slug : draft.name);
        if (find(draft.slug).isPresent()) {
            throw Refusal.conflict("team-exists", "Team exists", "There is already a team " + draft.slug + ".");
        }
        em.createNativeQuery("insert into teams (slug, name, status_map) values (?1, ?2, ?3)")
                .setParameter(1, draft.slug)
                .setParameter(2, name)
                .setParameter(3, json(statusMap(draft.statusMap == null ? Map.of() : draft.statusMap)))
                .executeUpdate();
        long id = find(draft.slug).orElseThrow().id();
        replaceLists(id, draft);
        TeamView view = view(draft.slug);
        log(staff, "TEAM_CREATED", id, null, summary(view), Map.of("slug", draft.slug));
        return view;
    }

    @Transactional
    public TeamView change(Staff staff, String slug, TeamDraft draft) {
        requireAdmin(staff);
        Team team = require(slug);
        if (draft == null || draft.version == null) {
            throw Refusal.invalid("version", "required");
        }
        TeamView before = view(slug);
        if (before.version() != draft.version) {
            throw Refusal.stale();
        }
        if (draft.slug != null && !draft.slug.equals(slug)) {
            throw Refusal.invalid("slug", "a team's slug does not change");
        }
        String name = draft.name == null ? before.name() : name(draft.name);
        Map<String, String> map = draft.statusMap == null ? team.statusMap() : statusMap(draft.statusMap);
        int updated = em.createNativeQuery("update teams set name = ?1, status_map = ?2, version = version + 1"
                        + " where id = ?3 and version = ?4")
                .setParameter(1, name)
                .setParameter(2, json(map))
                .setParameter(3, team.id())
                .setParameter(4, draft.version)
                .executeUpdate();
        if (updated == 0) {
            throw Refusal.stale();
        }
        replaceLists(team.id(), draft);
        TeamView after = view(slug);
        log(staff, "TEAM_CHANGED", team.id(), summary(before), summary(after), Map.of("slug", slug));
        return after;
    }

    @Transactional
    public ChannelView addChannel(Staff staff, String slug, ChannelDraft draft) {
        requireAdmin(staff);
        Team team = require(slug);
        if (draft == null || draft.kind == null) {
            throw Refusal.invalid("kind", "one of WEBHOOK, EMAIL, JIRA");
        }
        String kind = draft.kind.strip().toUpperCase(Locale.ROOT);
        Number count = (Number) em.createNativeQuery("select count(*) from team_channels where team_id = ?1")
                .setParameter(1, team.id())
                .getSingleResult();
        if (count.intValue() >= CHANNELS_MAX) {
            throw Refusal.invalid("kind", "at most " + CHANNELS_MAX + " channels per team");
        }
        String issued = null;
        String url = null;
        String recipients = null;
        String project = null;
        String issueType = null;
        String auth = null;
        String username = null;
        String secret = null;
        switch (kind) {
            case "WEBHOOK" -> {
                url = url(draft.url);
                if (draft.secret == null) {
                    issued = Signatures.newSecret();
                    secret = issued;
                } else if (Signatures.valid(draft.secret)) {
                    secret = draft.secret;
                } else {
                    throw Refusal.invalid("secret", "a whsec_ secret: whsec_ and the base64 of at least 16 bytes");
                }
            }
            case "EMAIL" -> recipients = recipients(draft.recipients);
            case "JIRA" -> {
                url = url(draft.url);
                if (draft.projectKey == null || !draft.projectKey.matches("[A-Z][A-Z0-9_]{0,63}")) {
                    throw Refusal.invalid("projectKey", "a Jira project key such as AGORA");
                }
                project = draft.projectKey;
                issueType = draft.issueType == null ? "Task" : text("issueType", draft.issueType, 64);
                auth = draft.auth == null ? "" : draft.auth.strip().toUpperCase(Locale.ROOT);
                if (!auth.equals("BASIC") && !auth.equals("BEARER")) {
                    throw Refusal.invalid("auth", "BASIC or BEARER");
                }
                if (auth.equals("BASIC")) {
                    username = text("username", draft.username, 200);
                }
                secret = text("secret", draft.secret, 500);
            }
            default -> throw Refusal.invalid("kind", "one of WEBHOOK, EMAIL, JIRA");
        }
        Number id = (Number) em.createNativeQuery("insert into team_channels (team_id, kind, url, recipients,"
                        + " project_key, issue_type, auth, username, secret) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
                        + " ?9) returning id")
                .setParameter(1, team.id())
                .setParameter(2, kind)
                .setParameter(3, url)
                .setParameter(4, recipients)
                .setParameter(5, project)
                .setParameter(6, issueType)
                .setParameter(7, auth)
                .setParameter(8, username)
                .setParameter(9, secret)
                .getSingleResult();
        ChannelView view = channels(team.id()).stream()
                .filter(c -> c.id() == id.longValue())
                .findFirst()
                .orElseThrow();
        log(
                staff,
                "TEAM_CHANNEL_ADDED",
                team.id(),
                null,
                kind + " " + (url == null ? recipients : url),
                Map.of("slug", slug, "channel", id.longValue()));
        return view.withSecret(issued);
    }

    /** A new signing secret for a webhook channel; the old one keeps signing beside it for the overlap. */
    @Transactional
    public SecretIssued rotateChannelSecret(Staff staff, String slug, long channelId) {
        requireAdmin(staff);
        Team team = require(slug);
        String secret = Signatures.newSecret();
        Instant until = clock.instant().plus(overlap);
        int updated = em.createNativeQuery("update team_channels set previous_secret = secret, previous_until = ?1,"
                        + " secret = ?2 where id = ?3 and team_id = ?4 and kind = 'WEBHOOK'")
                .setParameter(1, Timestamp.from(until))
                .setParameter(2, secret)
                .setParameter(3, channelId)
                .setParameter(4, team.id())
                .executeUpdate();
        if (updated == 0) {
            throw Refusal.notFound("webhook-channel", channelId);
        }
        log(staff, "TEAM_SECRET_ROTATED", team.id(), null, null, Map.of("slug", slug, "channel", channelId));
        return new SecretIssued(secret, Signatures.hint(secret), until);
    }

    /** A new secret for the team's inbound calls; the old one stays valid for the overlap. */
    @Transactional
    public SecretIssued rotateInboundSecret(Staff staff, String slug) {
        requireAdmin(staff);
        Team team = require(slug);
        String secret = Signatures.newSecret();
        Instant until =
                team.inboundSecrets()[0] == null ? null : clock.instant().plus(overlap);
        em.createNativeQuery(
                        "update teams set inbound_previous = inbound_secret, inbound_previous_until = cast(?1 as timestamptz),"
                                + " inbound_secret = ?2 where id = ?3")
                .setParameter(1, until == null ? null : Timestamp.from(until))
                .setParameter(2, secret)
                .setParameter(3, team.id())
                .executeUpdate();
        log(staff, "TEAM_INBOUND_SECRET_ROTATED", team.id(), null, null, Map.of("slug", slug));
        return new SecretIssued(secret, Signatures.hint(secret), until);
    }

    /** The team with this slug, secrets included; 404 when there is none. */
    public Team require(String slug) {
        return find(slug)
                .orElseThrow(() -> new Refusal(
                        404, "team-not-found", "Not found", "There is no team " + slug + ".", null, null, 0));
    }

    public Optional<Team> find(String slug) {
        List<?> rows = em.createNativeQuery("select id, slug, status_map, inbound_secret, inbound_previous,"
                        + " inbound_previous_until from teams where slug = ?1")
                .setParameter(1, slug)
                .getResultList();
        Instant now = clock.instant();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> {
                    Instant until = Rows.instant(r[5]);
                    String previous = until != null && until.isAfter(now) ? (String) r[4] : null;
                    return new Team(((Number) r[0]).longValue(), (String) r[1], parse((String) r[2]), new String[] {
                        (String) r[3], previous
                    });
                })
                .findFirst();
    }

    /** The team owning the area, if one does. */
    public Optional<String> ownerOf(long areaId) {
        List<?> rows = em.createNativeQuery(
                        "select t.slug from team_areas a join teams t on t.id = a.team_id where a.area_id = ?1")
                .setParameter(1, areaId)
                .getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }

    public boolean isMember(long teamId, long memberId) {
        return !em.createNativeQuery("select 1 from team_members where team_id = ?1 and member_id = ?2")
                .setParameter(1, teamId)
                .setParameter(2, memberId)
                .getResultList()
                .isEmpty();
    }

    /** Admins, and product managers of this team. */
    public void requireTeamStaff(Staff staff, Team team, String what) {
        if (!staff.administers() && !(staff.managesProducts() && isMember(team.id(), staff.memberId()))) {
            throw Refusal.notPermitted(
                    "Only admins and the product managers of team " + team.slug() + " " + what + ".");
        }
    }

    public static void requireAdmin(Staff staff) {
        if (!staff.administers()) {
            throw Refusal.notPermitted("Only admins manage teams and deliveries.");
        }
    }

    private static void requireReader(Staff staff) {
        if (!staff.administers() && !staff.managesProducts()) {
            throw Refusal.notPermitted("Admins and product managers see the teams.");
        }
    }

    private TeamView view(String slug) {
        List<?> rows = em.createNativeQuery("select id, slug, name, status_map, inbound_secret,"
                        + " inbound_previous_until, version from teams where slug = ?1")
                .setParameter(1, slug)
                .getResultList();
        if (rows.isEmpty()) {
            require(slug);
        }
        Object[] r = (Object[]) rows.get(0);
        long id = ((Number) r[0]).longValue();
        List<TeamView.TeamMember> members = new ArrayList<>();
        for (Object member : em.createNativeQuery(
                        "select member_id from team_members where team_id = ?1 order by member_id")
                .setParameter(1, id)
                .getResultList()) {
            long memberId = ((Number) member).longValue();
            members.add(new TeamView.TeamMember(
                    memberId, ideas.productManager(memberId).orElse(null)));
        }
        Map<Long, String> slugs = ideas.areaSlugs();
        List<String> areas = em
                .createNativeQuery("select area_id from team_areas where team_id = ?1")
                .setParameter(1, id)
                .getResultList()
                .stream()
                .map(a -> slugs.get(((Number) a).longValue()))
                .sorted()
                .toList();
        Map<String, Double> thresholds = new TreeMap<>();
        for (Object row : em.createNativeQuery("select a.area_id, h.threshold from team_areas a"
                        + " join triage_thresholds h on h.area_id = a.area_id where a.team_id = ?1")
                .setParameter(1, id)
                .getResultList()) {
            Object[] t = (Object[]) row;
            thresholds.put(slugs.get(((Number) t[0]).longValue()), ((Number) t[1]).doubleValue());
        }
        String inbound = (String) r[4];
        return new TeamView(
                id,
                (String) r[1],
                (String) r[2],
                parse((String) r[3]),
                members,
                areas,
                thresholds,
                channels(id),
                inbound != null,
                Signatures.hint(inbound),
                Rows.instant(r[5]),
                ((Number) r[6]).intValue());
    }

    private List<ChannelView> channels(long teamId) {
        List<?> rows = em.createNativeQuery("select id, kind, url, recipients, project_key, issue_type, auth,"
                        + " username, secret, previous_until from team_channels where team_id = ?1 order by id")
                .setParameter(1, teamId)
                .getResultList();
        Instant now = clock.instant();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> {
                    String secret = (String) r[8];
                    Instant until = Rows.instant(r[9]);
                    return new ChannelView(
                            ((Number) r[0]).longValue(),
                            (String) r[1],
                            (String) r[2],
                            (String) r[3],
                            (String) r[4],
                            (String) r[5],
                            (String) r[6],
                            (String) r[7],
                            secret != null,
                            "WEBHOOK".equals(r[1]) ? Signatures.hint(secret) : secret == null ? null : "…",
                            until != null && until.isAfter(now) ? until : null,
                            null);
                })
                .toList();
    }

    private void log(Staff staff, String action, long teamId, Object before, Object after, Map<String, ?> details) {
        audit.record(
                staff.memberId(), action, TargetType.TEAM, teamId, null, null, before, after, details, clock.instant());
    }

    /** The draft's members and areas, where it names them. */
    private void replaceLists(long teamId, TeamDraft draft) {
        if (draft.members != null) {
            replaceMembers(teamId, draft.members);
        }
        if (draft.areas != null) {
            replaceAreas(teamId, draft.areas);
        }
        if (draft.thresholds != null) {
            setThresholds(teamId, draft.thresholds);
        }
    }

    /** Thresholds of areas this team owns (after the draft's areas are in place). */
    private void setThresholds(long teamId, Map<String, Double> thresholds) {
        if (thresholds.size() > AREAS_MAX) {
            throw Refusal.invalid("thresholds", "at most " + AREAS_MAX + " areas");
        }
        thresholds.forEach((slug, threshold) -> {
            long areaId = ideas.areaId(slug == null ? "" : slug)
                    .filter(id -> !em.createNativeQuery("select 1 from team_areas where area_id = ?1 and team_id = ?2")
                            .setParameter(1, id)
                            .setParameter(2, teamId)
                            .getResultList()
                            .isEmpty())
                    .orElseThrow(() -> Refusal.invalid("thresholds", "the team owns no area " + slug));
            if (threshold == null) {
                em.createNativeQuery("delete from triage_thresholds where area_id = ?1")
                        .setParameter(1, areaId)
                        .executeUpdate();
            } else if (!(threshold > 0 && threshold <= 1_000_000)) {
                throw Refusal.invalid("thresholds", slug + ": a score above 0 and at most 1000000");
            } else {
                em.createNativeQuery("insert into triage_thresholds (area_id, threshold) values (?1, ?2)"
                                + " on conflict (area_id) do update set threshold = excluded.threshold")
                        .setParameter(1, areaId)
                        .setParameter(2, threshold)
                        .executeUpdate();
            }
        });
    }

    private void replaceMembers(long teamId, List<Long> members) {
        Set<Long> ids = new LinkedHashSet<>(members);
        if (ids.size() > MEMBERS_MAX || ids.contains(null)) {
            throw Refusal.invalid("members", "at most " + MEMBERS_MAX + " member ids");
        }
        for (Long id : ids) {
            if (ideas.productManager(id).isEmpty()) {
                throw Refusal.invalid("members", "member " + id + " is not a product manager");
            }
        }
        em.createNativeQuery("delete from team_members where team_id = ?1")
                .setParameter(1, teamId)
                .executeUpdate();
        for (Long id : ids) {
            em.createNativeQuery("insert into team_members (team_id, member_id) values (?1, ?2)")
                    .setParameter(1, teamId)
                    .setParameter(2, id)
                    .executeUpdate();
        }
    }

    /** The team owns exactly these areas afterwards; an area another team owned moves here. */
    private void replaceAreas(long teamId, List<String> areas) {
        Set<Long> ids = new LinkedHashSet<>();
        if (areas.size() > AREAS_MAX) {
            throw Refusal.invalid("areas", "at most " + AREAS_MAX + " areas");
        }
        for (String slug : areas) {
            ids.add(ideas.areaId(slug == null ? "" : slug)
                    .orElseThrow(() -> Refusal.invalid("areas", "there is no area " + slug)));
        }
        em.createNativeQuery("delete from team_areas where team_id = ?1")
                .setParameter(1, teamId)
                .executeUpdate();
        for (Long id : ids) {
            em.createNativeQuery("insert into team_areas (area_id, team_id) values (?1, ?2)"
                            + " on conflict (area_id) do update set team_id = excluded.team_id")
                    .setParameter(1, id)
                    .setParameter(2, teamId)
                    .executeUpdate();
        }
    }

    private static String name(String name) {
        return text("name", name, 100);
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw Refusal.invalid(field, "required");
        }
        if (value.strip().length() > max) {
            throw Refusal.invalid(field, "at most " + max + " characters");
        }
        return value.strip();
    }

    static String url(String url) {
        if (url == null || url.length() > 2000) {
            throw Refusal.invalid("url", "an http or https address of at most 2000 characters");
        }
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw Refusal.invalid("url", "an http or https address");
            }
            return url;
        } catch (URISyntaxException e) {
            throw Refusal.invalid("url", "an http or https address");
        }
    }

    static String recipients(String recipients) {
        if (recipients == null || recipients.isBlank() || recipients.length() > 2000) {
            throw Refusal.invalid("recipients", "one to ten e-mail addresses, comma-separated");
        }
        try {
            InternetAddress[] addresses = InternetAddress.parse(recipients, true);
            if (addresses.length == 0 || addresses.length > 10) {
                throw Refusal.invalid("recipients", "one to ten e-mail addresses, comma-separated");
            }
            for (InternetAddress address : addresses) {
                address.validate();
            }
            return recipients.strip();
        } catch (AddressException e) {
            throw Refusal.invalid("recipients", "not an e-mail address: " + e.getRef());
        }
    }

    static Map<String, String> statusMap(Map<String, String> map) {
        if (map.size() > STATUS_MAP_MAX) {
            throw Refusal.invalid("statusMap", "at most " + STATUS_MAP_MAX + " entries");
        }
        Map<String, String> valid = new TreeMap<>();
        map.forEach((external, ours) -> {
            if (external == null || external.isBlank() || external.length() > 100) {
                throw Refusal.invalid("statusMap", "external statuses have 1 to 100 characters");
            }
            if (ours == null || !ours.matches("[a-z][a-z_]{0,31}")) {
                throw Refusal.invalid("statusMap", "'" + external + "' must map to a status code such as shipped");
            }
            valid.put(external, ours);
        });
        return valid;
    }

    private static String json(Map<String, String> map) {
        return Json.createObjectBuilder(new LinkedHashMap<String, Object>(map))
                .build()
                .toString();
    }

    private static Map<String, String> parse(String json) {
        try {
            JsonObject object = Json.createReader(new StringReader(json)).readObject();
            Map<String, String> map = new TreeMap<>();
            object.forEach((key, value) -> map.put(key, ((JsonString) value).getString()));
            return map;
        } catch (JsonException | ClassCastException e) {
            return Map.of();
        }
    }

    private static String summary(TeamView view) {
        return view.name() + "; members "
                + view.members().stream().map(TeamView.TeamMember::id).toList() + "; areas " + view.areas()
                + "; thresholds " + view.thresholds() + "; statuses " + view.statusMap();
    }
}
