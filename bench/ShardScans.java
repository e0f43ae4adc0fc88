import io.cliqmigrate.cli.Main;
import java.util.Map;

/**
 * Scans a tree as N shards in one JVM (N JVM starts would dominate the run): java -cp cliq-migrate.jar
 * bench/ShardScans.java TREE OUT_FOLDER N. Each shard's JSON report is OUT_FOLDER/K.json.
 */
public class ShardScans {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[2]);
        for (int k = 1; k <= n; k++) {
            int exit = Main.run(new String[] {"scan", args[0], "--fail-on", "none", "--shard", k + "/" + n, "-f", "json",
                    "-o", args[1] + "/" + k + ".json"}, System.out, System.err, Map.of("CI", "true"));
            if (exit != 0) {
                System.exit(exit);
            }
        }
    }
}
