package dev.larder.packaging.archive;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Larder's own rules for tar sdist members, on top of PyPI's: no absolute names, no {@code ..}
 * segments, no device files or FIFOs, and no symbolic or hard link that resolves outside the
 * sdist's top-level directory. An sdist is source code; none of these has a legitimate use in
 * one, and each can make a careless extractor write or read outside its target.
 */
final class TarMemberRules {

    private TarMemberRules() {
    }

    static void check(List<TarMember> members, String topLevel) throws InvalidDistributionException {
        String normalizedTop = resolve("", topLevel);
        String topDirectory = normalizedTop == null ? "" : normalizedTop.split("/", 2)[0];
        for (TarMember member : members) {
            switch (MemberPathRules.judge(member.name())) {
                case ABSOLUTE -> throw TarProblem.ABSOLUTE_PATH.rejection();
                case PARENT_REFERENCE -> throw TarProblem.PARENT_REFERENCE.rejection();
                case SAFE -> { }
            }
            switch (member.kind()) {
                case DEVICE_OR_FIFO -> throw TarProblem.SPECIAL_FILE.rejection();
                case SYMLINK -> requireInside(resolve(parent(member.name()), member.linkName()), topDirectory);
                case HARDLINK -> requireInside(resolve("", member.linkName()), topDirectory);
                default -> { }
            }
        }
    }

    private static void requireInside(String resolved, String topDirectory) throws InvalidDistributionException {
        boolean inside = resolved != null && !topDirectory.isEmpty()
                && (resolved.equals(topDirectory) || resolved.startsWith(topDirectory + "/"));
        if (!inside) {
            throw TarProblem.LINK_OUTSIDE_TOP_LEVEL.rejection();
        }
    }

    private static String parent(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }

    /** {@code base/target} with {@code .} and {@code ..} resolved; null if absolute or above the root. */
    static String resolve(String base, String target) {
        if (target.startsWith("/") || MemberPathRules.isAbsolute(target)) {
            return null;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : (base + "/" + target).split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
