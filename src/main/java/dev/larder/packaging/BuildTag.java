package dev.larder.packaging;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The optional build tag of a wheel filename ({@code 1} or {@code 2abc} in
 * {@code foo-1.0-2abc-py3-none-any.whl}): its leading number and the rest. Installers use it
 * only to order otherwise identical wheels, by number first and then the suffix.
 */
public record BuildTag(BigInteger number, String suffix) implements Comparable<BuildTag> {

    public BuildTag {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(suffix, "suffix");
    }

    @Override
    public int compareTo(BuildTag other) {
        int result = number.compareTo(other.number);
        return result != 0 ? result : suffix.compareTo(other.suffix);
    }

    @Override
    public String toString() {
        return number + suffix;
    }
}
