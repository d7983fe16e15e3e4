package org.cadre.congress.internal.board;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cadre.congress.internal.meetings.CongressAccess;
import org.cadre.identity.AuditLog;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.organization.OrganizationQueries;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transparency board (厂务公开): categories with the period they must be disclosed in, items published by
 * disclosure:manage for a unit within its scope or (held company-wide) for the whole company, with attachments; every
 * reader of the congress reads them (unique readers counted) and comments; editors hide a comment with a reason.
 */
@Service
public class Board {

    public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
    static final List<String> PERIODS = List.of("MONTHLY", "QUARTERLY", "YEARLY", "PER_EVENT");

    private final JdbcClient jdbc;
    private final CongressAccess access;
    private final org.cadre.identity.AccessControl control;
    private final OrganizationQueries organization;
    private final AuditLog audit;

    Board(JdbcClient jdbc, CongressAccess access, org.cadre.identity.AccessControl control,
          OrganizationQueries organization, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.control = control;
        this.organization = organization;
        this.audit = audit;
    }

    /** @param dueOn when the next disclosure is due (required, periodic categories); overdue when past */
    public record Category(long id, String name, String period, boolean required, int sortOrder, LocalDate lastOn,
                           LocalDate dueOn, boolean overdue, long items) {
    }

    public record Item(long id, long categoryId, String categoryName, Long unitId, String unitName, String title,
                       String body, LocalDate publishedOn, String publishedBy, long readers, long comments) {
    }

    public record Attachment(long id, long itemId, String fileName, String contentType, int sizeBytes) {
    }

    public record AttachmentFile(String fileName, String contentType, byte[] content) {
    }

    public record Comment(long id, long itemId, String authorName, String body, OffsetDateTime createdAt,
                          String hiddenReason, String hiddenBy) {

        public boolean hidden() {
            return hiddenReason != null;
        }
    }

    public record Filter(Long categoryId, Long unitId, String text) {
    }

    public record NewFile(String fileName, String contentType, byte[] content) {
    }

    public List<Category> categories() {
        LocalDate today = access.today();
        return jdbc.sql("""
                select c.id, c.name, c.period, c.required, c.sort_order, max(i.published_on) as last_on,
                       count(i.id) as items, c.created_at
                from congress_disclosure_category c left join congress_disclosure_item i on i.category_id = c.id
                group by c.id order by c.sort_order, c.id
                """).query((rs, n) -> {
                    LocalDate last = rs.getObject("last_on", LocalDate.class);
                    String period = rs.getString("period");
                    boolean required = rs.getBoolean("required");
                    LocalDate since = last != null ? last
                            : rs.getObject("created_at", OffsetDateTime.class).toLocalDate();
                    LocalDate due = !required ? null : dueAfter(since, period);
                    return new Category(rs.getLong("id"), rs.getString("name"), period, required, rs.getInt("sort_order"),
                            last, due, due != null && today.isAfter(due), rs.getLong("items"));
                }).list();
    }

    /** A periodic disclosure is due a period after the last one; a per-event one is never overdue. */
    static LocalDate dueAfter(LocalDate last, String period) {
        return switch (period) {
            case "MONTHLY" -> last.plusMonths(1);
            case "QUARTERLY" -> last.plusMonths(3);
            case "YEARLY" -> last.plusYears(1);
            default -> null;
        };
    }

    @Transactional
    public long addCategory(String name, String period, boolean required) {
        access.requireCompanyWide(Permissions.DISCLOSURE_MANAGE);
        if (Text.blankToNull(name) == null || name.strip().length() > 100) {
            throw BusinessRuleException.onField("name", "congress.validation.name");
        }
        if (!PERIODS.contains(period)) {
            throw BusinessRuleException.onField("period", "congress.board.periodUnknown");
        }
        if (jdbc.sql("select count(*) from congress_disclosure_category where name = ?").param(name.strip())
                .query(Long.class).single() > 0) {
            throw BusinessRuleException.onField("name", "congress.board.categoryTaken", name.strip());
        }
        long id = jdbc.sql("""
                insert into congress_disclosure_category (name, period, required, sort_order)
                values (?, ?, ?, (select coalesce(max(sort_order), 0) + 1 from congress_disclosure_category)) returning id
                """).param(name.strip()).param(period).param(required).query(Long.class).single();
        audit.record("congress.board.category", "congress_disclosure_category", id, "Disclosure category: " + name,
                null, Map.of("name", name.strip(), "period", period, "required", required));
        return id;
    }

    public Page<Item> page(Filter filter, PageRequest request) {
        access.requireRead();
        String where = """
                from congress_disclosure_item i join congress_disclosure_category c on c.id = i.category_id
                where (cast(:category as bigint) is null or i.category_id = :category)
                  and (cast(:unit as bigint) is null or i.unit_id = :unit)
                  and (cast(:like as varchar) is null or i.title ilike :like escape '\\')
                """;
        String like = Text.blankToNull(filter.text()) == null ? null : Text.likeContains(filter.text());
        long total = jdbc.sql("select count(*) " + where).param("category", filter.categoryId())
                .param("unit", filter.unitId()).param("like", like).query(Long.class).single();
        List<Item> items = jdbc.sql("""
                select i.id, i.category_id, c.name, i.unit_id, i.title, i.body, i.published_on, i.published_by,
                       (select count(*) from congress_disclosure_read r where r.item_id = i.id),
                       (select count(*) from congress_disclosure_comment m where m.item_id = i.id and m.hidden_at is null)
                """ + where + " order by i.published_on desc, i.id desc limit :limit offset :offset")
                .param("category", filter.categoryId()).param("unit", filter.unitId()).param("like", like)
                .param("limit", request.limit()).param("offset", request.offset())
                .query(Board::item).list();
        return new Page<>(withUnitNames(items), total, request);
    }

    private static Item item(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Item(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4), null, rs.getString(5),
                rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8), rs.getLong(9), rs.getLong(10));
    }

    private List<Item> withUnitNames(List<Item> items) {
        Map<Long, String> names = organization.unitNames(items.stream().map(Item::unitId)
                .filter(java.util.Objects::nonNull).toList(), access.today());
        return items.stream().map(i -> new Item(i.id(), i.categoryId(), i.categoryName(), i.unitId(),
                i.unitId() == null ? null : names.get(i.unitId()), i.title(), i.body(), i.publishedOn(),
                i.publishedBy(), i.readers(), i.comments())).toList();
    }

    public Item item(long id) {
        access.requireRead();
        return withUnitNames(jdbc.sql("""
                select i.id, i.category_id, c.name, i.unit_id, i.title, i.body, i.published_on, i.published_by,
                       (select count(*) from congress_disclosure_read r where r.item_id = i.id),
                       (select count(*) from congress_disclosure_comment m where m.item_id = i.id and m.hidden_at is null)
                from congress_disclosure_item i join congress_disclosure_category c on c.id = i.category_id
                where i.id = ?
                """).param(id).query(Board::item).optional().map(List::of)
                .orElseThrow(() -> new NotFoundException("disclosure", id))).get(0);
    }

    /** The signed-in reader has read the item (counted once per reader). */
    @Transactional
    public void read(long itemId) {
        access.requireRead();
        jdbc.sql("""
                insert into congress_disclosure_read (item_id, account_id, first_read) values (?, ?, ?)
                on conflict do nothing
                """).param(itemId).param(access.user().accountId()).param(access.now()).update();
    }

    @Transactional
    public long publish(long categoryId, Long unitId, String title, String body, LocalDate publishedOn,
                        List<NewFile> files) {
        if (!reaches(control.requireScope(Permissions.DISCLOSURE_MANAGE), unitId)) {
            throw new AccessDeniedException("disclosure:manage does not reach this unit");
        }
        if (jdbc.sql("select count(*) from congress_disclosure_category where id = ?").param(categoryId)
                .query(Long.class).single() == 0) {
            throw BusinessRuleException.onField("categoryId", "congress.board.categoryUnknown");
        }
        if (Text.blankToNull(title) == null || title.strip().length() > 300) {
            throw BusinessRuleException.onField("title", "congress.validation.title");
        }
        if (Text.blankToNull(body) == null) {
            throw BusinessRuleException.onField("body", "congress.board.bodyRequired");
        }
        for (NewFile f : files) {
            if (f.content().length > MAX_ATTACHMENT_BYTES) {
                throw BusinessRuleException.onField("files", "congress.material.tooLarge",
                        MAX_ATTACHMENT_BYTES / 1024 / 1024);
            }
        }
        LocalDate on = publishedOn == null ? access.today() : publishedOn;
        long id = jdbc.sql("""
                insert into congress_disclosure_item (category_id, unit_id, title, body, published_on, published_by)
                values (?, ?, ?, ?, ?, ?) returning id
                """).param(categoryId).param(unitId).param(title.strip()).param(body.strip()).param(on)
                .param(access.actor()).query(Long.class).single();
        for (NewFile f : files) {
            if (f.content().length == 0) {
                continue;
            }
            String name = Text.blankToNull(f.fileName()) == null ? "attachment" : f.fileName().strip();
            jdbc.sql("""
                    insert into congress_disclosure_attachment (item_id, file_name, content_type, size_bytes, content)
                    values (?, ?, ?, ?, ?)
                    """).param(id).param(name.length() > 255 ? name.substring(0, 255) : name)
                    .param(Text.blankToNull(f.contentType()) == null ? "application/octet-stream" : f.contentType())
                    .param(f.content().length).param(f.content()).update();
        }
        audit.record("congress.board.published", "congress_disclosure_item", id, "Disclosed: " + title.strip(), null,
                Map.of("category", categoryId, "unit", String.valueOf(unitId), "files", files.size()));
        return id;
    }

    public List<Attachment> attachments(long itemId) {
        return jdbc.sql("""
                select id, item_id, file_name, content_type, size_bytes from congress_disclosure_attachment
                where item_id = ? order by id
                """).param(itemId).query((rs, n) -> new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4), rs.getInt(5))).list();
    }

    public AttachmentFile attachment(long id) {
        access.requireRead();
        return jdbc.sql("select file_name, content_type, content from congress_disclosure_attachment where id = ?")
                .param(id).query((rs, n) -> new AttachmentFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional().orElseThrow(() -> new NotFoundException("attachment", id));
    }

    /** Comments in order; hidden ones only for editors (with the reason), others see that one was hidden. */
    public Page<Comment> comments(long itemId, PageRequest request) {
        access.requireRead();
        long total = jdbc.sql("select count(*) from congress_disclosure_comment where item_id = ?").param(itemId)
                .query(Long.class).single();
        return new Page<>(jdbc.sql("""
                select id, item_id, author_name, body, created_at, hidden_reason, hidden_by
                from congress_disclosure_comment where item_id = ? order by created_at, id limit ? offset ?
                """).param(itemId).param(request.limit()).param(request.offset())
                .query((rs, n) -> new Comment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getString(7))).list(), total, request);
    }

    @Transactional
    public long comment(long itemId, String body) {
        access.requireRead();
        item(itemId);
        if (Text.blankToNull(body) == null || body.strip().length() > 2000) {
            throw BusinessRuleException.onField("body", "congress.board.commentLength");
        }
        long id = jdbc.sql("""
                insert into congress_disclosure_comment (item_id, author, author_name, body, created_at)
                values (?, ?, ?, ?, ?) returning id
                """).param(itemId).param(access.actor()).param(access.user().displayName()).param(body.strip())
                .param(access.now()).query(Long.class).single();
        audit.record("congress.board.comment", "congress_disclosure_comment", id, "Comment on disclosure " + itemId,
                null, Map.of("item", itemId));
        return id;
    }

    @Transactional
    public long hide(long commentId, String reason) {
        DataScope scope = control.requireScope(Permissions.DISCLOSURE_MANAGE);
        Long item = jdbc.sql("select item_id from congress_disclosure_comment where id = ?").param(commentId)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("comment", commentId));
        if (!reaches(scope, unitOf(item))) {
            throw new AccessDeniedException("disclosure:manage does not reach the unit of disclosure " + item);
        }
        if (Text.blankToNull(reason) == null) {
            throw BusinessRuleException.onField("reason", "congress.board.hideReason");
        }
        jdbc.sql("""
                update congress_disclosure_comment set hidden_reason = ?, hidden_by = ?, hidden_at = ?
                where id = ? and hidden_at is null
                """).param(reason.strip()).param(access.actor()).param(access.now()).param(commentId).update();
        audit.record("congress.board.hidden", "congress_disclosure_comment", commentId, "Comment hidden: " + reason,
                null, Map.of("reason", reason.strip()));
        return item;
    }

    public boolean canManage() {
        return access.can(Permissions.DISCLOSURE_MANAGE);
    }

    /**
     * Whether the caller manages this disclosure: disclosure:manage with a scope reaching its unit, or the whole
     * company for a company-wide one. Only they see hidden comments' text and may hide comments.
     */
    public boolean canManage(long itemId) {
        return reaches(control.scopeFor(Permissions.DISCLOSURE_MANAGE), unitOf(itemId));
    }

    private boolean reaches(DataScope scope, Long unitId) {
        return !scope.isEmpty() && (unitId == null ? scope.all() : organization.isWithin(unitId, scope, access.today()));
    }

    private Long unitOf(long itemId) {
        return jdbc.sql("select unit_id from congress_disclosure_item where id = ?").param(itemId)
                .query((rs, n) -> Optional.ofNullable((Long) rs.getObject(1))).optional()
                .orElseThrow(() -> new NotFoundException("disclosure", itemId)).orElse(null);
    }

    static final Set<String> PERIOD_SET = Set.copyOf(PERIODS);
}
