package potconsole.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * known_hosts the OpenSSH way: JSch's parser reads the file (hashed entries too); an unknown key goes to the person
 * (accept once, accept and remember, or refuse); a changed key is always refused, with both fingerprints kept for
 * the message. Remembered keys are appended with an atomic replace of the file, never a partial write.
 */
final class HostKeyStore implements HostKeyRepository {
    /** What went wrong at the last check, for the error message JSch cannot give. */
    record Problem(boolean changed, String host, String keyType, String newFingerprint, List<String> oldFingerprints) {}

    private final HostKeyRepository known;
    private final Path file;
    private final SshPrompts prompts;
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private volatile Problem problem;

    private HostKeyStore(HostKeyRepository known, Path file, SshPrompts prompts) {
        this.known = known;
        this.file = file;
        this.prompts = prompts;
    }

    static HostKeyStore load(JSch jsch, Path file, SshPrompts prompts) throws JSchException {
        if (Files.isReadable(file)) {
            jsch.setKnownHosts(file.toString());
        } else {
            jsch.setKnownHosts(new ByteArrayInputStream(new byte[0]));
        }
        return new HostKeyStore(jsch.getHostKeyRepository(), file, prompts);
    }

    Problem problem() {
        return problem;
    }

    @Override
    public int check(String host, byte[] key) {
        int result = known.check(host, key);
        String id = host + " " + Base64.getEncoder().encodeToString(key);
        if (result == OK || accepted.contains(id)) {
            return OK;
        }
        String type = keyType(key);
        String fingerprint = Fingerprints.sha256(key);
        if (result == CHANGED) {
            List<String> old = new ArrayList<>();
            for (HostKey k : known.getHostKey(host, type)) {
                old.add(Fingerprints.sha256(Base64.getDecoder().decode(k.getKey())));
            }
            problem = new Problem(true, host, type, fingerprint, old);
            return CHANGED;
        }
        SshPrompts.HostKeyDecision decision = prompts.unknownHostKey(host, type, fingerprint);
        switch (decision) {
            case ACCEPT_ONCE -> accepted.add(id);
            case ACCEPT_PERMANENTLY -> {
                append(host + " " + type + " " + Base64.getEncoder().encodeToString(key) + "\n");
                accepted.add(id);
            }
            case REJECT -> {
                problem = new Problem(false, host, type, fingerprint, List.of());
                return NOT_INCLUDED;
            }
        }
        return OK;
    }

    /** The key type is the first string of the SSH wire-format key blob. */
    static String keyType(byte[] blob) {
        int len = ((blob[0] & 0xff) << 24) | ((blob[1] & 0xff) << 16) | ((blob[2] & 0xff) << 8) | (blob[3] & 0xff);
        return new String(blob, 4, len, StandardCharsets.US_ASCII);
    }

    /** Appends a line: the whole new file is written beside the old one and moved over it. */
    private synchronized void append(String line) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            byte[] old = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
            Path tmp = Files.createTempFile(dir, ".known_hosts", ".tmp");
            try {
                byte[] add = line.getBytes(StandardCharsets.US_ASCII);
                boolean needsNewline = old.length > 0 && old[old.length - 1] != '\n';
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                b.write(old);
                if (needsNewline) {
                    b.write('\n');
                }
                b.write(add);
                Files.write(tmp, b.toByteArray());
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remember the host key in " + file, e);
        }
    }

    @Override
    public void add(HostKey hostkey, UserInfo ui) {
        // Never called with StrictHostKeyChecking=yes; keys are remembered through check() only.
    }

    @Override
    public void remove(String host, String type) {
        known.remove(host, type);
    }

    @Override
    public void remove(String host, String type, byte[] key) {
        known.remove(host, type, key);
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return file.toString();
    }

    @Override
    public HostKey[] getHostKey() {
        return known.getHostKey();
    }

    @Override
    public HostKey[] getHostKey(String host, String type) {
        return known.getHostKey(host, type);
    }
}
