package io.cliqmigrate.cli;

import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.engine.Shard;
import picocli.CommandLine.Option;

/** {@code scan}'s options for a campaign over many repositories or shards: which part, and whose. */
final class CampaignOptions {
    @Option(names = "--shard", paramLabel = "K/N",
            description = "scan only the K-th of N parts of the tree (split by a hash of each file's path; "
                    + "a partial scan: no setting renamed, no fix across files); the JSON report names the shard")
    String shard;

    @Option(names = "--repo-name", paramLabel = "NAME",
            description = "the repository's name in the reports and in 'merge' (default: from the git remote, "
                    + "else the project folder's name)")
    String repoName;

    Shard shard() throws UsageException {
        try {
            return shard == null ? Shard.ALL : Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Runs the scan of this shard. */
    ScanEngine.Run run(ScanEngine engine, ScanConfig config) throws UsageException {
        return ScanOptions.run(engine, config, false, shard());
    }

    /** The result named after its repository and shard, as asked. */
    ScanResult named(ScanResult result) throws UsageException {
        if (repoName != null && repoName.isBlank()) {
            throw new UsageException("--repo-name must not be empty");
        }
        return shard == null && repoName == null ? result
                : result.withOrigin(new ScanResult.Origin(repoName, shard == null ? null : shard(), java.util.List.of()));
    }
}
