package app.clientfit.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Ways to damage an input a little or a lot, driven by the generator's random source so a seed replays them. */
final class Mutations {

    static final List<String> JSON_PIECES = List.of("{", "}", "[", "]", "\"", ":", ",", "null", "true", "false", "-1", "0",
            "1e999", "-0.0", "99999999999999999999999", "\"\\u0000\"", "\\", "NaN", "\"stage\"", "\"ACTIVE\"", "\"clientId\"",
            "\"attributes\"", "{\"a\":{\"b\":1}}", "\"\\ud800\"", "💥", "ä", "\u0007", "\"" + "x".repeat(2000) + "\"");

    private Mutations() {
    }

    static String mutate(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int rounds = 1 + random.nextInt(5);
        for (int i = 0; i < rounds; i++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0 -> s.insert(at, JSON_PIECES.get(random.nextInt(JSON_PIECES.size())));
                case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(8)));
                case 2 -> {
                    if (s.length() > 0) {
                        s.setCharAt(at, (char) random.nextInt(0x3000));
                    }
                }
                case 3 -> s.setLength(at);
                case 4 -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(40))));
                default -> s.insert(at, randomText(random, 1 + random.nextInt(20)));
            }
        }
        return s.toString();
    }

    static byte[] mutate(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        int rounds = 1 + random.nextInt(8);
        for (int i = 0; i < rounds && copy.length > 0; i++) {
            int at = random.nextInt(copy.length);
            switch (random.nextInt(3)) {
                case 0 -> copy[at] = (byte) random.nextInt(256);
                case 1 -> copy = java.util.Arrays.copyOf(copy, at);
                default -> copy[at] ^= (byte) (1 << random.nextInt(8));
            }
        }
        return copy;
    }

    static String randomText(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(random.nextInt(10) == 0 ? (char) random.nextInt(0xD7FF) : (char) (32 + random.nextInt(95)));
        }
        return s.toString();
    }

    static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
