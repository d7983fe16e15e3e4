package org.cadre.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.cadre.identity.AuditLog;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. The token is shown once when created; only its SHA-256 is stored, which is enough for a
 * 256-bit random secret (no slow hash needed, unlike passwords).
 */
@Service
public class ApiTokens {

    private static final SecureRandom random = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    ApiTokens(JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    public record TokenView(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                            OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
        public boolean active(OffsetDateTime now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    /** @param token the secret, to be shown once */
    public record CreatedToken(long id, String token, OffsetDateTime expiresAt) {
    }

    @Transactional
    public CreatedToken create(long accountId, String name, Integer validDays) {
        if (name == null || name.isBlank() || name.length() > 80) {
            throw BusinessRuleException.onField("name", "token.name.invalid");
        }
        if (validDays != null && (validDays < 1 || validDays > 3650)) {
            throw BusinessRuleException.onField("validDays", "token.validDays.invalid");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = "cad_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = jdbc.sql("""
                insert into identity_api_token (account_id, name, token_hash, token_prefix, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?) returning id
                """)
                .params(accountId, name.strip(), sha256(token), token.substring(0, 10), now,
                        validDays == null ? null : now.plusDays(validDays))
                .query(Long.class).single();
        audit.record("token.created", "api_token", id, name.strip(), null, find(accountId, id).orElseThrow());
        return new CreatedToken(id, token, validDays == null ? null : now.plusDays(validDays));
    }

    /** The account's tokens, newest first; a person keeps a handful, so the list is not paged. */
    public List<TokenView> list(long accountId) {
        return jdbc.sql("""
                select id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at
                from identity_api_token where account_id = ? order by created_at desc, id desc
                """).param(accountId).query(ApiTokens::view).list();
    }

    /** Revokes one of the account's own tokens; another account's token is not found. */
    @Transactional
    public void revoke(long accountId, long tokenId) {
        TokenView before = find(accountId, tokenId).orElseThrow(() -> new NotFoundException("api token", tokenId));
        int changed = jdbc.sql("""
                update identity_api_token set revoked_at = ?
                where id = ? and account_id = ? and revoked_at is null
                """).params(OffsetDateTime.now(clock), tokenId, accountId).update();
        if (changed > 0) {
            audit.record("token.revoked", "api_token", tokenId, before.name(), before,
                    find(accountId, tokenId).orElseThrow());
        }
    }

    private Optional<TokenView> find(long accountId, long tokenId) {
        return jdbc.sql("""
                select id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at
                from identity_api_token where id = ? and account_id = ?
                """).params(tokenId, accountId).query(ApiTokens::view).optional();
    }

    private static TokenView view(ResultSet rs, int row) throws SQLException {
        return new TokenView(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class),
                rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class));
    }

    Optional<Long> accountIdFor(String token) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Long> account = jdbc.sql("""
                update identity_api_token set last_used_at = :now
                where token_hash = :hash and revoked_at is null and (expires_at is null or expires_at > :now)
                returning account_id
                """).param("now", now).param("hash", sha256(token)).query(Long.class).optional();
        return account;
    }

    static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
