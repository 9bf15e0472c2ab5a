import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds of the structural record index (issue 15) in one JVM, one class loader each, rounds alternating A B, B A,
 * ...: neighbours in time share the machine's load, which moves fresh JVMs by ±30 % on a busy machine. Prints per round
 * and at the end the means and medians of the replica's CPU (the pass's sequential stage, the calling thread) and of
 * the rest (process CPU, in the OS's 10 ms ticks, minus it: the workers, GC, JIT), and in how many rounds A was lower.
 * Warm figures only (both builds' code compiled after the warm-up rounds).
 * Usage (see structural-index-ab.sh): {@code java StructuralIndexAB FILE WARMUP ROUNDS ROUND_CLASSES CP_A CP_B}.
 */
public final class StructuralIndexAB {

    private StructuralIndexAB() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Method[] round = new Method[2];
        for (int side = 0; side < 2; side++) {
            List<URL> urls = new ArrayList<>();
            urls.add(Path.of(args[3]).toUri().toURL());
            for (String jar : args[4 + side].split(":")) {
                urls.add(Path.of(jar).toUri().toURL());
            }
            ClassLoader loader = new URLClassLoader("side" + side, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            round[side] = loader.loadClass("StructuralIndexRound").getMethod("round", Path.class);
        }
        String[] name = { "A", "B" };
        List<List<double[]>> results = List.of(new ArrayList<>(), new ArrayList<>());
        for (int r = 0; r < warmup + rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int side = r % 2 == 0 ? k : 1 - k;
                double[] x = (double[]) round[side].invoke(null, file);
                if (r >= warmup) {
                    results.get(side).add(x);
                }
                System.out.printf("round %d %s: wall %.3f s, process CPU %.3f s, replica %.3f s, rest %.3f s, %.0f records%n", r,
                        name[side], x[0], x[1], x[2], x[1] - x[2], x[3]);
            }
        }
        for (int side = 0; side < 2; side++) {
            List<double[]> s = results.get(side);
            System.out.printf("%s (%d rounds): replica mean %.4f median %.4f s; rest mean %.4f median %.4f s; process CPU mean %.4f s%n",
                    name[side], s.size(), mean(s, 2), median(s, 2), mean(s, 4), median(s, 4), mean(s, 1));
        }
        System.out.printf("rounds where A's replica was lower: %d of %d; A's rest lower: %d%n", lower(results, 2), rounds,
                lower(results, 4));
    }

    /** @return the values at {@code i} (4: process CPU minus the replica's) */
    private static double[] values(List<double[]> s, int i) {
        return s.stream().mapToDouble(x -> i == 4 ? x[1] - x[2] : x[i]).toArray();
    }

    private static double mean(List<double[]> s, int i) {
        return Arrays.stream(values(s, i)).average().orElse(Double.NaN);
    }

    private static double median(List<double[]> s, int i) {
        double[] v = values(s, i);
        Arrays.sort(v);
        return v.length == 0 ? Double.NaN : v[v.length / 2];
    }

    private static int lower(List<List<double[]>> results, int i) {
        double[] a = values(results.get(0), i);
        double[] b = values(results.get(1), i);
        int lower = 0;
        for (int k = 0; k < Math.min(a.length, b.length); k++) {
            lower += a[k] < b[k] ? 1 : 0;
        }
        return lower;
    }
}
