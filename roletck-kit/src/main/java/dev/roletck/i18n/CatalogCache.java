package dev.roletck.i18n;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The standard catalog as it was last read and checked, kept in a file so that a later process need
 * not parse and check the YAML again: some 300 ms of every start. The file is used only when it
 * holds the SHA-256 of exactly the catalog files it was made from (names and bytes), in this very
 * format; anything else — another digest, a truncated or foreign file, an unreadable one — and the
 * YAML is read and checked as always, and the file written anew. The launcher names the file
 * ({@code roletck.cache}, beside the jar) and removes it when the jar is rebuilt, since a new build
 * may check the catalog differently; without that property there is no cache.
 */
final class CatalogCache {
    /** The system property naming the cache file. */
    static final String PROPERTY = "roletck.catalog.cache";
    private static final String MAGIC = "RoleTCK catalog cache 1";

    private CatalogCache() {}

    /** The catalog of {@code dir}: from the cache when it holds exactly these files, else read, checked and cached. */
    static Map<Locale, Map<String, Entry>> load(Path dir) {
        String file = System.getProperty(PROPERTY, "");
        return load(dir, file.isBlank() ? Optional.empty() : Optional.of(Path.of(file)));
    }

    /** As {@link #load(Path)}, with the cache file given. */
    static Map<Locale, Map<String, Entry>> load(Path dir, Optional<Path> cacheFile) {
        if (cacheFile.isEmpty()) return CatalogLoader.load(dir, dir.toString());
        Path cache = cacheFile.get();
        byte[] digest;
        try {
            digest = digest(dir);
        } catch (IOException e) {
            return CatalogLoader.load(dir, dir.toString()); // reported there, with the file that could not be read
        }
        Optional<Map<Locale, Map<String, Entry>>> cached = read(cache, digest);
        if (cached.isPresent()) return cached.get();
        Map<Locale, Map<String, Entry>> loaded = CatalogLoader.load(dir, dir.toString());
        write(cache, digest, loaded);
        return loaded;
    }

    /** The SHA-256 of the names and bytes of every {@code *.yaml} file of {@code dir}, in name order. */
    static byte[] digest(Path dir) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path f : files) {
            sha.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            byte[] bytes = Files.readAllBytes(f);
            sha.update(Integer.toString(bytes.length).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            sha.update(bytes);
        }
        return sha.digest();
    }

    /** The catalog kept in {@code cache} for exactly {@code digest}, or empty. */
    static Optional<Map<Locale, Map<String, Entry>>> read(Path cache, byte[] digest) {
        if (!Files.isRegularFile(cache)) return Optional.empty();
        try (InputStream in = Files.newInputStream(cache); DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16))) {
            if (!data.readUTF().equals(MAGIC)) return Optional.empty();
            byte[] kept = new byte[data.readUnsignedByte()];
            data.readFully(kept);
            if (!Arrays.equals(kept, digest)) return Optional.empty();
            Map<Locale, Map<String, Entry>> all = new LinkedHashMap<>();
            int languages = data.readInt();
            for (int l = 0; l < languages; l++) {
                Locale locale = Locale.forLanguageTag(data.readUTF());
                int count = data.readInt();
                Map<String, Entry> entries = new LinkedHashMap<>(count * 2);
                for (int i = 0; i < count; i++) {
                    String key = data.readUTF();
                    String text = data.readUTF();
                    String source = data.readUTF();
                    boolean message = data.readBoolean();
                    Optional<String> note = data.readBoolean() ? Optional.of(data.readUTF()) : Optional.empty();
                    int aliasCount = data.readInt();
                    List<Entry.Alias> aliases = new ArrayList<>(aliasCount);
                    for (int a = 0; a < aliasCount; a++) aliases.add(new Entry.Alias(data.readUTF(), data.readUTF()));
                    entries.put(key, new Entry(key, locale, text, source, aliases, note, message));
                }
                all.put(locale, entries);
            }
            if (data.read() != -1) return Optional.empty(); // more than was written: not this format
            return Optional.of(all);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a cache that cannot be read is no cache
        }
    }

    /** Keeps the catalog in {@code cache} (written whole, then renamed in place); a cache that cannot be written is none. */
    static void write(Path cache, byte[] digest, Map<Locale, Map<String, Entry>> catalog) {
        Path tmp = null;
        try {
            Path dir = cache.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir)) return;
            tmp = Files.createTempFile(dir, cache.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp); DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16))) {
                data.writeUTF(MAGIC);
                data.writeByte(digest.length);
                data.write(digest);
                data.writeInt(catalog.size());
                for (Map.Entry<Locale, Map<String, Entry>> lang : catalog.entrySet()) {
                    data.writeUTF(lang.getKey().toLanguageTag());
                    data.writeInt(lang.getValue().size());
                    for (Entry e : lang.getValue().values()) {
                        data.writeUTF(e.key());
                        data.writeUTF(e.text());
                        data.writeUTF(e.source());
                        data.writeBoolean(e.message());
                        data.writeBoolean(e.note().isPresent());
                        if (e.note().isPresent()) data.writeUTF(e.note().get());
                        data.writeInt(e.aliases().size());
                        for (Entry.Alias a : e.aliases()) {
                            data.writeUTF(a.text());
                            data.writeUTF(a.source());
                        }
                    }
                }
            }
            try {
                Files.move(tmp, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | RuntimeException e) {
            // no cache this time: the next process reads the YAML again
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // left for the next build to clean
                }
            }
        }
    }
}
