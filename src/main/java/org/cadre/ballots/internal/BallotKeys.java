package org.cadre.ballots.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.cadre.shared.CadreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The installation's ballot key and what is done with it. The key is never in the database: it comes from
 * {@code CADRE_BALLOT_KEY} (base64 of 32 bytes; every node of a cluster must share it) or from the file
 * {@code ballot.key} in the data folder, made on first use. From it come:
 * <ul>
 *   <li>the MAC key that turns a one-time code into the value stored to find its voter;</li>
 *   <li>the wrapping of each ballot's own key, which seals that ballot's cast ballots and codes while it is open.</li>
 * </ul>
 * A database reader without this key can neither read a sealed ballot nor try codes offline; once a ballot is
 * counted its own key is deleted, so even the holder of this key cannot open what is left of its sealed ballots.
 */
@Component
public class BallotKeys {

    private static final Logger log = LoggerFactory.getLogger(BallotKeys.class);
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom random = new SecureRandom();

    private final byte[] wrappingKey;
    private final byte[] macKey;
    /** One initialised MAC per thread: every cast computes one, and making it anew costs more than using it. */
    private final ThreadLocal<Mac> codeMacs = ThreadLocal.withInitial(this::newCodeMac);

    BallotKeys(CadreProperties properties, @Value("${cadre.ballot-key:}") String configured) {
        byte[] master = StringUtils.hasText(configured) ? decode(configured)
                : properties.embeddedDb().ephemeral() ? randomKey() : fromFile(properties.dataDir().resolve("ballot.key"));
        this.wrappingKey = derive(master, "cadre ballot key wrapping");
        this.macKey = derive(master, "cadre ballot code mac");
    }

    /** A fresh key for one ballot. */
    byte[] newBallotKey() {
        return randomKey();
    }

    byte[] wrap(byte[] ballotKey, long ballotId) {
        return seal(wrappingKey, ballotKey, ballotId);
    }

    byte[] unwrap(byte[] wrapped, long ballotId) {
        return open(wrappingKey, wrapped, ballotId);
    }

    /** What the roll stores of a code to find its voter. */
    byte[] codeMac(String normalizedCode) {
        return codeMacs.get().doFinal(normalizedCode.getBytes(StandardCharsets.US_ASCII));
    }

    private Mac newCodeMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** AES-256-GCM with a random nonce; the ballot id is authenticated, so a sealed value cannot move to another. */
    static byte[] seal(byte[] key, byte[] plain, long ballotId) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(ByteBuffer.allocate(8).putLong(ballotId).array());
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] open(byte[] key, byte[] sealed, long ballotId) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(128, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(ByteBuffer.allocate(8).putLong(ballotId).array());
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed value does not open with its ballot's key", e);
        }
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return key;
    }

    private static byte[] decode(String base64) {
        byte[] key = Base64.getDecoder().decode(base64.strip());
        if (key.length < KEY_BYTES) {
            throw new IllegalStateException("CADRE_BALLOT_KEY must be the base64 of at least 32 bytes");
        }
        return key;
    }

    private static byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file));
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] key = randomKey();
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own permissions protect it
            }
            log.info("Made the ballot key {}; keep it with backups of the data, and never in the database", file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
