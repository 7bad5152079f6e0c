package dev.roletck.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept catalog is used for exactly the files it was made from, and is otherwise no cache at all. */
class CatalogCacheTest {
    @TempDir Path temp;

    private Path copyOfTheCatalog() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("i18n"));
        try (var files = Files.list(Path.of(Catalog.DIRECTORY))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    @Test
    void theKeptCatalogIsTheCatalogRead() throws IOException {
        Path dir = copyOfTheCatalog();
        Path cache = temp.resolve("catalog.cache");
        Map<Locale, Map<String, Entry>> read = CatalogLoader.load(dir, dir.toString());
        assertEquals(read, CatalogCache.load(dir, Optional.of(cache)), "first: read, checked and kept");
        assertTrue(Files.size(cache) > 100_000, "kept");
        Optional<Map<Locale, Map<String, Entry>>> kept = CatalogCache.read(cache, CatalogCache.digest(dir));
        assertEquals(Optional.of(read), kept, "every entry of every language: key, text, source, aliases, note, kind");
        assertEquals(read, CatalogCache.load(dir, Optional.of(cache)), "then: from the cache");
        assertEquals(read.keySet().stream().toList(), kept.orElseThrow().keySet().stream().toList(), "languages in order");
        assertEquals(read.get(Locale.ENGLISH).keySet().stream().toList(), kept.orElseThrow().get(Locale.ENGLISH).keySet().stream().toList(),
                "keys in order");
    }

    @Test
    void aChangedCatalogFileIsReadAgainNotTakenFromTheCache() throws IOException {
        Path dir = copyOfTheCatalog();
        Path cache = temp.resolve("catalog.cache");
        CatalogCache.load(dir, Optional.of(cache));
        byte[] before = CatalogCache.digest(dir);
        Path pl = dir.resolve("pl.yaml");
        String text = Files.readString(pl);
        String label = Catalog.load(dir).entry("role.full_admin", Locale.forLanguageTag("pl")).orElseThrow().text();
        Files.writeString(pl, text.replace("\"" + label + "\"", "\"" + label + " (zmienione)\""));
        assertFalse(Arrays.equals(before, CatalogCache.digest(dir)));
        assertTrue(CatalogCache.read(cache, CatalogCache.digest(dir)).isEmpty(), "a cache of other files is not used");
        Map<Locale, Map<String, Entry>> now = CatalogCache.load(dir, Optional.of(cache));
        assertEquals(label + " (zmienione)", now.get(Locale.forLanguageTag("pl")).get("role.full_admin").text());
        assertEquals(Optional.of(now), CatalogCache.read(cache, CatalogCache.digest(dir)), "kept anew");
    }

    @Test
    void aBrokenCatalogIsReportedAsAlwaysAndNothingIsKept() throws IOException {
        Path dir = copyOfTheCatalog();
        Path cache = temp.resolve("catalog.cache");
        Files.writeString(dir.resolve("da.yaml"), "role.full_admin: [\n");
        CatalogException e = assertThrows(CatalogException.class, () -> CatalogCache.load(dir, Optional.of(cache)));
        assertTrue(e.getMessage().startsWith(dir + "/da.yaml:"), e.getMessage());
        assertFalse(Files.exists(cache));
    }

    @Test
    void aCacheThatIsTruncatedForeignOrEmptyIsNoCache() throws IOException {
        Path dir = copyOfTheCatalog();
        Path cache = temp.resolve("catalog.cache");
        Map<Locale, Map<String, Entry>> read = CatalogCache.load(dir, Optional.of(cache));
        byte[] whole = Files.readAllBytes(cache);
        byte[] digest = CatalogCache.digest(dir);
        for (byte[] spoiled : new byte[][] {Arrays.copyOf(whole, whole.length / 2), Arrays.copyOf(whole, whole.length + 1), new byte[0],
                "not a cache".getBytes(java.nio.charset.StandardCharsets.UTF_8)}) {
            Files.write(cache, spoiled);
            assertTrue(CatalogCache.read(cache, digest).isEmpty(), "spoiled: " + spoiled.length + " bytes");
            assertEquals(read, CatalogCache.load(dir, Optional.of(cache)), "read from the YAML instead");
            assertEquals(Optional.of(read), CatalogCache.read(cache, digest), "and kept anew");
        }
    }

    @Test
    void withoutACacheFileNothingIsWritten() throws IOException {
        Path dir = copyOfTheCatalog();
        assertEquals(CatalogLoader.load(dir, dir.toString()), CatalogCache.load(dir, Optional.empty()));
        try (var files = Files.list(temp)) {
            assertEquals(1, files.count(), "only the copied i18n folder");
        }
        assertNotEquals(0, CatalogCache.digest(dir).length);
    }
}
