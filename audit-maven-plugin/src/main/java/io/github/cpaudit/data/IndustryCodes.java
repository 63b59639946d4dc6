package io.github.cpaudit.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * GB/T 4754-2017 国民经济行业分类 (the 2017 edition, without amendment No. 1): code → name, for
 * the 1,381 classes and their groups, divisions and sections. Codes are accepted with or without
 * their section letter ({@code C3360} or {@code 3360}).
 */
public final class IndustryCodes {

    static final String RESOURCE = "cpaudit/reference/gbt4754-2017.csv";
    public static final String EDITION = "GB/T 4754-2017";

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> withoutLetter = new HashMap<>();

    private IndustryCodes() {
        try (InputStream in = IndustryCodes.class.getClassLoader().getResourceAsStream(RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header: code,level,name,parent
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.split(",", -1);
                names.put(parts[0], parts[2]);
                if (parts[0].length() > 1) {
                    withoutLetter.put(parts[0].substring(1), parts[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled edition, read once: it never changes and every enterprise's form names codes. */
    public static IndustryCodes bundled() {
        return Bundled.CODES;
    }

    private static final class Bundled {
        static final IndustryCodes CODES = new IndustryCodes();
    }

    /** The full code with its section letter, or empty when the edition has no such code. */
    public Optional<String> normalise(String code) {
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (names.containsKey(upper)) {
            return Optional.of(upper);
        }
        return Optional.ofNullable(withoutLetter.get(upper));
    }

    public Optional<String> name(String code) {
        return normalise(code).map(names::get);
    }
}
