package org.rectransfer.data.io;

import org.rectransfer.data.Dataset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes tiny hand-made data files and reads datasets back by external ids. */
final class TestFiles {
    private TestFiles() { }

    static Path text(Path dir, String name, String content) {
        return bytes(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path gzip(Path dir, String name, String content) {
        return bytes(dir, name, gzipped(content.getBytes(StandardCharsets.UTF_8)));
    }

    static Path bytes(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzipped(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static LoadedDomain load(Path file) {
        return load(file, ReadOptions.DEFAULT);
    }

    static LoadedDomain load(Path file, ReadOptions options) {
        return DomainLoader.load(DomainSource.parse(file.toString()), options);
    }

    static ReadOptions format(DataFormat format) {
        return new ReadOptions(format, Double.NaN, false);
    }

    static ReadOptions minRating(double min) {
        return new ReadOptions(DataFormat.AUTO, min, false);
    }

    static ReadOptions skipping() {
        return new ReadOptions(DataFormat.AUTO, Double.NaN, true);
    }

    /** @return the external ids of {@code user}'s items, in order-key order */
    static List<String> itemsOf(Dataset data, String user) {
        List<String> items = new ArrayList<>();
        for (int item : data.itemsOf(userId(data, user))) items.add(data.itemKey(item));
        return items;
    }

    /** @return the order keys of {@code user}'s interactions, in order */
    static List<Long> ordersOf(Dataset data, String user) {
        int u = userId(data, user);
        List<Long> orders = new ArrayList<>();
        for (int k = data.rowStart(u); k < data.rowStart(u) + data.degree(u); k++) orders.add(data.orderAt(k));
        return orders;
    }

    /** @return the order key of the interaction of {@code user} with {@code item} */
    static long orderOf(Dataset data, String user, String item) {
        return ordersOf(data, user).get(itemsOf(data, user).indexOf(item));
    }

    static int userId(Dataset data, String user) {
        for (int u = 0; u < data.users(); u++) {
            if (data.userKey(u).equals(user)) return u;
        }
        throw new AssertionError("no user " + user);
    }
}
