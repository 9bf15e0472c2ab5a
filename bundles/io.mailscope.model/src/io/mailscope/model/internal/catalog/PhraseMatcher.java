package io.mailscope.model.internal.catalog;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many literal phrases in a text in one pass, case-insensitively (Aho-Corasick): the reply knowledge holds a few
 * hundred phrases, and a status text must not be searched once per phrase. Characters are compared after
 * {@link Character#toLowerCase(char)}, which keeps positions, so the matched part of the original text can be quoted.
 * Immutable once built; safe for concurrent use.
 */
public final class PhraseMatcher {

    /** Receives every phrase found: the phrase's owner and where it ends in the text (exclusive). */
    @FunctionalInterface
    public interface Hits {
        void found(int owner, int start, int end);
    }

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        Node fail;
        /** owners and phrase lengths of the phrases ending here, including those reached through fail links */
        int[] owners = new int[0];
        int[] lengths = new int[0];

        void add(int owner, int length) {
            owners = Arrays.copyOf(owners, owners.length + 1);
            lengths = Arrays.copyOf(lengths, lengths.length + 1);
            owners[owners.length - 1] = owner;
            lengths[lengths.length - 1] = length;
        }
    }

    private final Node root = new Node();

    private PhraseMatcher() {
    }

    /**
     * @param phrases the phrases, each with its owner (an index the caller chooses); blank phrases are ignored
     */
    public static PhraseMatcher of(List<Map.Entry<Integer, String>> phrases) {
        PhraseMatcher matcher = new PhraseMatcher();
        for (Map.Entry<Integer, String> phrase : phrases) {
            String text = phrase.getValue();
            if (text == null || text.isEmpty()) {
                continue;
            }
            Node node = matcher.root;
            for (int i = 0; i < text.length(); i++) {
                node = node.next.computeIfAbsent(Character.toLowerCase(text.charAt(i)), c -> new Node());
            }
            node.add(phrase.getKey(), text.length());
        }
        matcher.link();
        return matcher;
    }

    private void link() {
        ArrayDeque<Node> queue = new ArrayDeque<>();
        for (Node child : root.next.values()) {
            child.fail = root;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            for (Map.Entry<Character, Node> edge : node.next.entrySet()) {
                Node child = edge.getValue();
                Node f = node.fail;
                while (f != null && !f.next.containsKey(edge.getKey())) {
                    f = f.fail;
                }
                child.fail = f == null ? root : f.next.get(edge.getKey());
                for (int i = 0; i < child.fail.owners.length; i++) {
                    child.add(child.fail.owners[i], child.fail.lengths[i]);
                }
                queue.add(child);
            }
        }
    }

    /** Reports every occurrence of every phrase in {@code text}, in the order their ends appear. */
    public void find(CharSequence text, Hits hits) {
        Node node = root;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            while (node != root && !node.next.containsKey(c)) {
                node = node.fail;
            }
            node = node.next.getOrDefault(c, root);
            for (int k = 0; k < node.owners.length; k++) {
                hits.found(node.owners[k], i + 1 - node.lengths[k], i + 1);
            }
        }
    }
}
