package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Constant;
import io.cliqmigrate.core.code.JavaShape;
import io.cliqmigrate.core.code.SymbolTable;
import io.cliqmigrate.core.lang.Language;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.lang.ParseOutcome;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.ProcessingError;
import io.cliqmigrate.core.model.Redactor;
import io.cliqmigrate.core.model.RelatedLocation;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.SkippedFile;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Walk, prefilter on bytes, parse the candidates in parallel, link constants across files, run the rules in
 * parallel, sort. One file's trouble becomes a {@link ProcessingError}; the scan always goes on.
 */
public final class ScanEngine {
    public static final String TOOL_NAME = "cliq-migrate";

    private final String version;
    private final List<Rule> rules;
    private final Languages languages;
    private final Prefilter prefilter = new Prefilter();
    /**
     * Words of the authtoken era itself ({@code authtoken}, but not inside {@code Zoho-oauthtoken}). A file in a
     * language with a quick read that mentions Zoho but none of these (modern OAuth code, inventory only) is read
     * quickly instead of fully parsed.
     */
    private final Prefilter legacyWords = new Prefilter(List.of("o|authtoken", "o|auth_token", "o|auth-token", "o|auth.token",
            "crmapi", "creatorapi", "internalapi", "booksapi", "projectsapi", "supportapi", "reportsapi",
            "invoiceapi", "subscriptionsapi", "recruitapi", "campaignsapi", "dataapi", "email_id", "/private/"), true);

    /** The files a diff-aware scan is limited to, or {@code null} for all. */
    private final Focus focus;
    /** Where the previous scan's state is kept and this one's goes ({@code scan --cache}), or {@code null}. */
    private final ScanCache cache;

    public ScanEngine(String version, List<Rule> rules, Languages languages) {
        this(version, rules, languages, null, null);
    }

    private ScanEngine(String version, List<Rule> rules, Languages languages, Focus focus, ScanCache cache) {
        this.version = version;
        this.rules = rules.stream().sorted(Comparator.comparing(r -> r.descriptor().id())).toList();
        this.languages = languages;
        this.focus = focus;
        this.cache = cache;
    }

    /**
     * The files of a diff-aware scan ({@code --changed-since}, {@code --staged}): absolute, normalised paths, and
     * for staged files the content to scan instead of the work tree's. The walk still decides what is scanned at
     * all (ignore rules, globs); of its files, these are scanned and those that depend on them
     * ({@link DependentFiles}), and the scan counts as partial: it renames no setting and completes no fix in
     * other files.
     */
    public record Focus(java.util.Set<Path> files, Map<Path, byte[]> contents) {
        public Focus {
            files = java.util.Set.copyOf(files);
            contents = Map.copyOf(contents);
        }
    }

    /** This engine, scanning only the focus's files and those depending on them. */
    public ScanEngine focusedOn(Focus newFocus) {
        return new ScanEngine(version, rules, languages, newFocus, cache);
    }

    /**
     * This engine, reusing what the last scan kept in {@code newCache} and keeping this scan's there. Only a scan
     * of the whole tree (no focus, no shard) for a report (not for {@code fix}) uses it.
     */
    public ScanEngine cachedIn(ScanCache newCache) {
        return new ScanEngine(version, rules, languages, focus, newCache);
    }

    /** Scans; throws only when the scan cannot run at all (a root that does not exist or cannot be read). */
    public ScanResult scan(ScanConfig config) throws IOException {
        return run(config, false).result();
    }

    /**
     * A scan's result and, for {@code fix}, the files its automatic fixes edit (their text as read, a hash of their
     * bytes and their secret values) and where its fixes may add files.
     */
    public record Run(ScanResult result, Map<String, EditableFile> editable, NewFiles newFiles) {
        public Run(ScanResult result, Map<String, EditableFile> editable) {
            this(result, editable, NewFiles.NONE);
        }
    }

    /** Scans, keeping the files that automatic fixes edit when {@code keepEditable}. */
    public Run run(ScanConfig config, boolean keepEditable) throws IOException {
        return run(config, keepEditable, Shard.ALL);
    }

    /**
     * Scans the files of one {@link Shard} of the tree. The other shards' files in languages that link constants
     * across files (Java) are read for their constants alone, so a shard finds what a scan of the whole tree finds
     * in its files; it is still a partial scan, which renames no setting and makes no change across files.
     */
    public Run run(ScanConfig config, boolean keepEditable, Shard shard) throws IOException {
        for (Path root : config.roots()) {
            if (!Files.exists(root)) {
                throw new IOException("no such file or directory: " + root);
            }
        }
        Timer timer = new Timer();
        // parsers take long to load; let that overlap with the walk, which mostly waits on the file system. A scan
        // of named files only (a pre-commit hook's) has no walk to hide it behind: it would only take a core
        if (config.roots().stream().anyMatch(Files::isDirectory)) {
            Thread warmUp = new Thread(languages::warmUp, "cliq-migrate-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
        List<ScanRoot> roots = ScanRoot.of(config);
        // asking git (git status reads every tracked file's metadata) overlaps with the scan instead of following it
        java.util.concurrent.FutureTask<ScanResult.Git> revision = new java.util.concurrent.FutureTask<>(
                () -> revision(roots));
        Thread git = new Thread(revision, "cliq-migrate-git");
        git.setDaemon(true);
        git.start();
        boolean caching = cache != null && focus == null && !keepEditable && shard.whole();
        // the cache may lie in the tree: it is no file of the scan
        FileWalker walker = new FileWalker(config.respectGitignore(), this::kindByName, config.threads(),
                caching ? cache.file() : null);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, config.threads()), r -> {
            Thread t = new Thread(r, "cliq-migrate-worker");
            t.setDaemon(true);
            return t;
        });
        // the rules that run under at least one root
        List<RuleDescriptor> active = rules.stream().map(Rule::descriptor)
                .filter(d -> roots.stream().anyMatch(r -> !r.settings().disabledRules().contains(d.id()))).toList();
        NewFiles newFiles;
        FileWalker.Walk walk;
        List<ProcessingError> errors = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        List<FileWork> work = new ArrayList<>();
        // the walk hands files over from several threads
        Map<FileWalker.WalkedFile, FileWork> started = java.util.Collections.synchronizedMap(
                new java.util.IdentityHashMap<>());
        // the names the second pass looked for: constants ("c:") and client methods ("m:")
        java.util.Set<String> searched = new java.util.TreeSet<>();
        long scanStarted = System.currentTimeMillis();
        String cacheKey = caching ? cacheKey(roots, config) : null;
        try {
            AtomicInteger done = new AtomicInteger();
            // files are read as the walk finds them, except in a diff-aware scan, which reads the changed files first
            boolean pipelined = focus == null;
            Pending loads = new Pending();
            ScanCache.Stored stored = caching ? cache.load(cacheKey) : null;
            if (caching) {
                timer.lap("cache read: " + (stored == null ? "none for this tool and settings" : stored.files().size()
                        + " files"));
            }
            // the files the cache says are unchanged and named a trigger word: read only when the stored result
            // cannot serve, which is certain from the first file found changed or new on
            Deferred deferred = new Deferred(stored == null);
            // how many files the walk handed over, how many of them the cache had as they are, and how many changed
            // but named, and still name, no trigger word nor any name the last scan's second pass searched for
            AtomicInteger handed = new AtomicInteger();
            AtomicInteger unchangedFiles = new AtomicInteger();
            AtomicInteger quietlyChanged = new AtomicInteger();
            Prefilter searchedBefore = stored == null || stored.names().isEmpty() ? null
                    : Prefilter.identifiers(stored.names().stream().map(n -> n.substring(2)).distinct().toList());
            walk = walker.walk(roots, f -> {
                handed.incrementAndGet();
                FileWork w = pipelined ? workFor(f, shard, keepEditable) : null;
                if (w != null) {
                    started.put(f, w);
                    w.hashing = caching;
                    Runnable load = () -> {
                        w.load(this, prefilter, false, timer);
                        config.progress().filesDone(done.incrementAndGet(), started.size());
                    };
                    ScanCache.Entry before = stored == null ? null : stored.files().get(f.relative());
                    if (before != null && stored.unchanged(before, f)) {
                        unchangedFiles.incrementAndGet();
                        w.restore(before, languages);
                        if (!before.quiet()) {
                            deferred.add(() -> loads.submit(pool, w, load));
                        }
                        return;
                    }
                    if (before != null && before.quiet() && before.quietForNames() && f.kind() != BY_CONTENT) {
                        // nothing found depended on this file: if it is still as quiet, nothing does now (a file
                        // whose language its content tells may have become one the scan counts)
                        quietlyChanged.incrementAndGet();
                        loads.submit(pool, w, () -> {
                            w.load(this, prefilter, false, timer);
                            if (!w.stillQuiet(searchedBefore)) {
                                deferred.treeChanged();
                            }
                            config.progress().filesDone(done.incrementAndGet(), started.size());
                        });
                        return;
                    }
                    deferred.treeChanged();
                    loads.submit(pool, w, load);
                }
            });
            timer.lap("walk " + walk.files().size() + " files");
            walk.unreadable().forEach(u -> {
                int colon = u.indexOf(": ");
                if (!shard.contains(u.substring(0, colon))) {
                    return;
                }
                errors.add(ProcessingError.of(u.substring(0, colon), ProcessingError.Kind.READ,
                        u.substring(colon + 2)));
            });
            walk.skipped().stream().filter(x -> shard.contains(x.path())).forEach(skipped::add);
            for (FileWalker.WalkedFile f : walk.files()) {
                FileWork begun = started.get(f);
                FileWork w = begun != null ? begun : workFor(f, shard, keepEditable);
                if (w != null) {
                    work.add(w);
                } else if (f.size() > f.root().settings().maxFileSize() && shard.contains(f.relative())) {
                    skipped.add(new SkippedFile(f.relative(), "larger than " + f.root().settings().maxFileSize()
                            + " bytes"));
                }
            }
            // a file reached under two paths was read under both; the walk kept one
            loads.await();
            if (stored != null) {
                // every file handed over was as the cache has it, or changed and is still quiet, and none was
                // handed over twice: the stored result holds, and there is no need to look at each file again
                boolean allUnchanged = !deferred.changed()
                        && unchangedFiles.get() + quietlyChanged.get() == handed.get()
                        && handed.get() == walk.files().size();
                ScanResult same = sameTree(stored, walk, started, allUnchanged);
                if (same != null) {
                    timer.lap("cache: the tree is as it was" + (quietlyChanged.get() == 0 ? ""
                            : ", but for " + quietlyChanged.get() + " changed file(s) that name no trigger word"));
                    if (started.values().stream().anyMatch(w -> !w.restored)) {
                        // some files only had their time changed: keep their new times
                        saveCache(cacheKey, scanStarted, stored.names(), walk, started, same, stored);
                    }
                    return new Run(same.withGit(joined(revision)), Map.of());
                }
                int left = deferred.treeChanged();
                loads.await();
                timer.lap("cache: " + started.values().stream().filter(w -> w.restored && w.failedPrefilter).count()
                        + " unchanged files not read, " + left + " read after the walk");
            }
            if (focus != null) {
                work = focused(pool, work, timer);
            }
            List<FileWork> toLoad = work.stream().filter(w -> !started.containsKey(w.file)).toList();
            runAll(pool, toLoad, w -> {
                w.load(this, prefilter, false, timer);
                config.progress().filesDone(done.incrementAndGet(), toLoad.size());
                return null;
            });
            timer.lap("read+prefilter+parse");
            timer.tallies("parse ");
            link(work);
            java.util.Set<String> constants = constantNames(work);
            java.util.Set<String> methods = clientMethodNames(work);
            constants.forEach(c -> searched.add("c:" + c));
            methods.forEach(m -> searched.add("m:" + m));
            if (!constants.isEmpty() || !methods.isEmpty()) {
                java.util.Set<String> names = new java.util.TreeSet<>(constants);
                names.addAll(methods);
                Prefilter byName = Prefilter.identifiers(List.copyOf(names));
                // a call of a client method may be in any language's file (a Kotlin caller of a Retrofit
                // interface): read, it counts as a user the fix must cover; constants link only across Java files
                Prefilter byMethod = Prefilter.identifiers(List.copyOf(methods));
                // a file whose bytes named none of these same names last time, and are unchanged, still does not
                boolean sameNames = stored != null && stored.names().equals(searched);
                List<FileWork> again = work.stream().filter(w -> (w.filteredOut || w.quick)
                        && (w.linksAcrossFiles || !methods.isEmpty())
                        && !(sameNames && w.restored && w.restoredQuietForNames)).toList();
                runAll(pool, again, w -> {
                    w.load(this, w.linksAcrossFiles ? byName : byMethod, true, timer);
                    return null;
                });
                if (again.stream().anyMatch(w -> w.facts != null)) {
                    link(work);
                }
                timer.lap("re-read " + again.size() + " files naming " + constants.size() + " constants or "
                        + methods.size() + " client methods");
            }
            Map<String, CodeFacts> interfaces = clientInterfaces(work);
            work.forEach(w -> w.clientInterfaces = interfaces);
            java.util.function.BiFunction<ScanRoot, String, io.cliqmigrate.core.rule.TokenProvider> providers =
                    tokenProviders(roots, work, Modules.of(walk.files()));
            // only a file the scan read runs rules or gets fixes
            work.stream().filter(w -> w.facts != null)
                    .forEach(w -> w.tokenProvider = providers.apply(w.file.root(), w.file.relative()));
            newFiles = keepEditable ? new NewFiles(roots, ScanRoot.commonBase(roots), found(walk, skipped), providers,
                    languages) : NewFiles.NONE;
            java.util.Set<String> known = rules.stream().map(r -> r.descriptor().id())
                    .collect(java.util.stream.Collectors.toSet());
            timer.lap("client interfaces, token providers");
            // only a file the scan read runs rules
            runAll(pool, work.stream().filter(FileWork::read).toList(), w -> {
                w.check(rules, known, timer);
                return null;
            });
            timer.lap("rules");
            timer.tallies("rule ");
        } finally {
            pool.shutdownNow();
        }

        List<Finding> findings = new ArrayList<>();
        List<CrossFileFixes.Offer> offers = new ArrayList<>();
        List<ScanResult.FileCharset> charsets = new ArrayList<>();
        List<ScanResult.UnusedSuppression> unusedSuppressions = new ArrayList<>();
        int candidates = 0;
        int parsed = 0;
        int scanned = 0;
        for (FileWork w : work) {
            if (w.context) {
                continue;
            }
            scanned += w.known ? 1 : 0;
            findings.addAll(w.findings);
            offers.addAll(w.offers);
            errors.addAll(w.errors);
            unusedSuppressions.addAll(w.unusedSuppressions);
            if (w.charset != null && w.facts != null) {
                charsets.add(w.charset);
            }
            if (w.skipReason != null) {
                skipped.add(new SkippedFile(w.file.relative(), w.skipReason));
            }
            candidates += w.facts != null ? 1 : 0;
            parsed += w.parsed ? 1 : 0;
        }
        findings = linkSettings(findings);
        // a scan of part of a repository cannot see every use of a setting: it renames none
        // (a subfolder, include/exclude globs, or files it could not read in full)
        boolean partial = roots.stream().anyMatch(r -> !r.path().equals(r.repositoryRoot().toAbsolutePath().normalize())
                || !r.settings().include().isEmpty() || !r.settings().exclude().isEmpty())
                || !errors.isEmpty() || skipped.stream().anyMatch(x -> !x.scannedElsewhere()) || !shard.whole()
                || focus != null;
        List<CodeFacts> read = work.stream().filter(w -> w.facts != null && !w.context).map(w -> w.facts).toList();
        // a fix other files must complete and the settings' groups depend on each other: settle the groups, drop
        // the fixes that cannot be completed, settle the groups again
        List<Map.Entry<String, Path>> walked = walk.files().stream()
                .map(f -> Map.entry(f.relative(), f.path())).toList();
        java.util.function.Function<String, java.util.Set<String>> users = CrossFileFixes.users(read, walked, findings);
        StrayUses stray = new StrayUses(read, findings);
        List<Finding> linked = LinkedFixes.merge(findings, partial, stray);
        java.util.Set<String> unmet = CrossFileFixes.unmet(linked, offers, partial, users);
        if (!unmet.isEmpty()) {
            // the settings' groups are settled again without the fixes that cannot be completed
            linked = LinkedFixes.merge(CrossFileFixes.without(findings, offers, unmet, users), partial, stray);
        }
        findings = CrossFileFixes.settle(linked, offers, partial, users);
        findings = OverlappingFindings.merge(findings);
        findings.sort(Finding.ORDER);
        timer.lap("link settings, fold overlapping findings");
        // parser messages quote source text, which may hold a token
        errors.replaceAll(e -> e.withMessage(Redactor.redact(e.message()),
                e.detail() == null ? null : Redactor.redact(e.detail())));
        errors.sort(ProcessingError.ORDER);
        skipped.sort(Comparator.comparing(SkippedFile::path));
        unusedSuppressions.sort(ScanResult.UnusedSuppression.ORDER);
        ScanResult result = new ScanResult(TOOL_NAME, version, active, disambiguate(findings), errors, skipped,
                // what .gitignore left out is no shard's: counted once, on the first, so the shards' sum is the tree's
                new ScanResult.Stats(scanned, candidates, parsed, shard.index() == 1 ? walk.ignored() : 0), charsets,
                unusedSuppressions,
                joined(revision), null);
        if (caching) {
            saveCache(cacheKey, scanStarted, searched, walk, started, result, null);
        }
        return keepEditable ? new Run(result, editable(work, findings), newFiles) : new Run(result, Map.of());
    }

    /**
     * The work for a walked file, or {@code null} when it is not read: larger than its root's limit, or of another
     * shard and in a language that lends this shard nothing.
     */
    private FileWork workFor(FileWalker.WalkedFile f, Shard shard, boolean keepEditable) {
        boolean context = !shard.contains(f.relative());
        Language named = byName(f, languages);
        if (context && (named == null || !named.linksAcrossFiles())) {
            return null;
        }
        if (f.size() > f.root().settings().maxFileSize()) {
            return null;
        }
        FileWork w = new FileWork(f, keepEditable);
        w.context = context;
        return w;
    }

    /**
     * What the cached state is valid for: this tool's build, its rules, and every setting that changes what is
     * walked or found. Thread counts and progress do not.
     */
    private String cacheKey(List<ScanRoot> roots, ScanConfig config) {
        List<String> parts = new ArrayList<>();
        parts.add(version);
        parts.add(codeIdentity());
        rules.forEach(r -> parts.add(r.descriptor().id() + "=" + r.descriptor().severity()));
        parts.add(String.valueOf(config.respectGitignore()));
        for (ScanRoot root : roots) {
            ConfigFile.Settings s = root.settings();
            parts.add(root.path() + "|" + root.directory() + "|" + root.repositoryRoot() + "|" + root.globBase());
            parts.add(s.include() + "|" + s.exclude() + "|" + new java.util.TreeSet<>(s.disabledRules()) + "|"
                    + new java.util.TreeMap<>(s.severityOverrides()) + "|" + s.maxFileSize() + "|" + s.fix() + "|"
                    + s.deluge());
        }
        return ScanCache.digest(parts);
    }

    /** The jar the engine runs from, by size and time: a rebuilt tool (same version, other rules) is another key. */
    private static String codeIdentity() {
        try {
            Path code = Path.of(ScanEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis()
                    : "classes";
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** What the walk left out: a change there (a folder that became unreadable) changes the report too. */
    private static String walkDigest(FileWalker.Walk walk) {
        List<String> parts = new ArrayList<>();
        walk.skipped().forEach(x -> parts.add(x.path() + "|" + x.reason()));
        parts.addAll(walk.unreadable());
        parts.add(String.valueOf(walk.ignored()));
        return ScanCache.digest(parts);
    }

    /**
     * The stored result when the tree is as the cached scan saw it: the same files, each of the same size and time
     * or, where only its time changed, of the same content; otherwise {@code null}.
     */
    private ScanResult sameTree(ScanCache.Stored stored, FileWalker.Walk walk,
                                Map<FileWalker.WalkedFile, FileWork> started, boolean allUnchanged) {
        if (!walkDigest(walk).equals(stored.walkDigest())) {
            return null;
        }
        if (allUnchanged) {
            return walk.files().size() == stored.files().size() ? cache.codec().decode(stored.result()) : null;
        }
        int files = 0;
        for (FileWalker.WalkedFile f : walk.files()) {
            files++;
            ScanCache.Entry e = stored.files().get(f.relative());
            if (e == null || e.size() != f.size()) {
                return null;
            }
            if ((e.flags() & ScanCache.READ_AGAIN) != 0) {
                return null; // read again: its content alone does not say the scan would end as it did
            }
            if (!stored.unchanged(e, f)) {
                FileWork w = started.get(f);
                long hash = w != null && w.hashed ? w.hash : ScanCache.hash(f.path());
                if (hash != e.hash()) {
                    return null;
                }
            }
        }
        return files == stored.files().size() ? cache.codec().decode(stored.result()) : null;
    }

    /** Keeps this scan's state for the next: every walked file, and the result. */
    private void saveCache(String key, long scanStarted, java.util.Set<String> searched, FileWalker.Walk walk,
                           Map<FileWalker.WalkedFile, FileWork> started, ScanResult result, ScanCache.Stored same) {
        // in the walk's path order, which is the order the cache is written in
        Map<String, ScanCache.Entry> entries = new java.util.LinkedHashMap<>();
        for (FileWalker.WalkedFile f : walk.files()) {
            FileWork w = started.get(f);
            ScanCache.Entry before = same == null ? null : same.files().get(f.relative());
            long hash = w != null && w.hashed ? w.hash : before != null ? before.hash() : 0;
            int flags = same != null && before != null ? before.flags() : w == null ? 0 : w.cacheFlags();
            entries.put(f.relative(), new ScanCache.Entry(f.size(), f.modified(), hash, flags));
        }
        if (same != null) {
            // the stored result still holds: kept as it was stored
            cache.save(key, scanStarted, searched, walkDigest(walk), entries, same.result());
        } else {
            cache.save(key, scanStarted, searched, walkDigest(walk), entries, result);
        }
    }

    /** A file the walk wants: its language by name, or {@link #BY_CONTENT}; {@code null} for one it leaves out. */
    private Object kindByName(String name) {
        if (name.equals(ConfigFile.DEFAULT_NAME) || name.equals(io.cliqmigrate.core.baseline.Baseline.DEFAULT_FILE)) {
            return null;
        }
        Optional<Language> language = languages.forFile(name, new byte[0]);
        return language.isPresent() ? language.get() : mayHoldScript(name) ? BY_CONTENT : null;
    }

    /** A file whose language only its content can tell (a .txt or extension-less file). */
    private static final Object BY_CONTENT = new Object();

    /**
     * The language a walked file's name says it is in, or {@code null}: as the walk found it, or asked again for a
     * file no walk of this engine found (a file a fix creates).
     */
    private static Language byName(FileWalker.WalkedFile f, Languages languages) {
        if (f.kind() == null) {
            return languages.forFile(f.path().getFileName().toString(), new byte[0]).orElse(null);
        }
        return f.kind() instanceof Language language ? language : null;
    }

    /** The revision git gave, or {@code null} when it could not tell. */
    private static ScanResult.Git joined(java.util.concurrent.FutureTask<ScanResult.Git> revision) {
        try {
            return revision.get();
        } catch (java.util.concurrent.ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * The focus's files and those that depend on them ({@link DependentFiles}), in walk order: the changed files
     * are read first, for the names they declare and use; then every other file's bytes are searched for them.
     */
    private List<FileWork> focused(ExecutorService pool, List<FileWork> work, Timer timer) {
        List<FileWork> changed = new ArrayList<>();
        for (FileWork w : work) {
            if (focus.files().contains(w.file.path().toAbsolutePath().normalize())) {
                w.content = focus.contents().get(w.file.path().toAbsolutePath().normalize());
                changed.add(w);
            }
        }
        runAll(pool, changed, w -> {
            w.load(this, prefilter, false, timer);
            return null;
        });
        DependentFiles dependents = DependentFiles.of(changed.stream().filter(w -> w.facts != null)
                .map(w -> w.facts).toList());
        java.util.Set<FileWork> chosen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        chosen.addAll(changed);
        if (!dependents.isEmpty()) {
            runAll(pool, work.stream().filter(w -> !chosen.contains(w)).toList(), w -> {
                if (w.dependsOn(dependents)) {
                    chosen.add(w);
                }
                return null;
            });
        }
        // every chosen file is read again, from a clean slate, as in a full scan
        changed.forEach(w -> {
            w.facts = null;
            w.errors.clear();
        });
        timer.lap("focus: " + changed.size() + " changed files, " + (chosen.size() - changed.size()) + " depending");
        return work.stream().filter(chosen::contains).toList();
    }

    /** The git revision of the scanned files, when all roots are in one git work tree (the reports' base). */
    private static ScanResult.Git revision(List<ScanRoot> roots) {
        Optional<Path> top = roots.get(0).git().map(GitTree::topLevel);
        boolean one = top.isPresent() && roots.stream().allMatch(r -> r.git().map(GitTree::topLevel).equals(top));
        return one ? GitRevision.of(top.get()) : null;
    }

    /**
     * Each root's token provider, settled from its Java files (their text where the scan read it) once they are
     * all read and before any rule runs, so every rule of the root names the same class.
     */
    /**
     * The token provider of a file's module ({@link Modules}) in its root, settled from the module's Java files
     * (their text where the scan read it) once they are all read and before any rule runs, so every rule of a module
     * names the same class, one its build can compile; the data centre the code names is the root's. Each module's
     * is settled once, when a file first asks, the same whatever the thread.
     */
    private static java.util.function.BiFunction<ScanRoot, String, io.cliqmigrate.core.rule.TokenProvider>
            tokenProviders(List<ScanRoot> roots, List<FileWork> work, Modules modules) {
        Path base = ScanRoot.commonBase(roots);
        Map<ScanRoot, String> rootFolders = rootFolders(roots);
        Map<String, List<TokenProviders.JavaFile>> java = new HashMap<>();
        Map<ScanRoot, List<TokenProviders.JavaFile>> rootJava = new HashMap<>();
        Map<ScanRoot, List<String>> literals = new HashMap<>();
        for (FileWork w : work) {
            if (w.facts != null && !w.facts.file().text().contains(TokenProviders.MARKER)) {
                literals.computeIfAbsent(w.file.root(), r -> new ArrayList<>()).addAll(w.facts.zohoLiterals());
            }
            // of the files the scan did not read, the provider's choice looks only at those named like it
            if (w.file.relative().endsWith(".java") && (w.facts != null
                    || TokenProviders.namedLikeProvider(w.file.relative(), w.file.root().settings().fix()))) {
                TokenProviders.JavaFile file = new TokenProviders.JavaFile(w.file.relative(), w.file.path(),
                        w.facts == null ? null : w.facts.file().text());
                java.computeIfAbsent(Modules.key(w.file.root(), modules.of(rootFolders.get(w.file.root()),
                        w.file.relative())), k -> new ArrayList<>()).add(file);
                rootJava.computeIfAbsent(w.file.root(), r -> new ArrayList<>()).add(file);
            }
        }
        Map<ScanRoot, String> dataCentres = new HashMap<>();
        for (ScanRoot root : roots) {
            String dc = io.cliqmigrate.core.rule.DataCentres.accountsUrl(literals.getOrDefault(root, List.of()));
            dataCentres.put(root, dc == null ? "" : dc);
        }
        Map<ScanRoot, List<TokenProviders.JavaFile>> declarers = new HashMap<>();
        rootJava.forEach((root, files) -> declarers.put(root, TokenProviders.declarers(files)));
        Map<String, io.cliqmigrate.core.rule.TokenProvider> settled = new java.util.concurrent.ConcurrentHashMap<>();
        return (root, path) -> {
            String module = modules.of(rootFolders.get(root), path);
            return settled.computeIfAbsent(Modules.key(root, module), key -> TokenProviders.of(module, base,
                    java.getOrDefault(key, List.of()), root.settings().fix(), dataCentres.get(root),
                    declarers.getOrDefault(root, List.of())));
        };
    }

    /** Each root's folder as a report path ({@code ""} for the report's base). */
    private static Map<ScanRoot, String> rootFolders(List<ScanRoot> roots) {
        Path base = ScanRoot.commonBase(roots);
        Map<ScanRoot, String> out = new HashMap<>();
        for (ScanRoot root : roots) {
            Path folder = root.directory() ? root.path() : root.path().getParent();
            out.put(root, base == null || folder == null || !folder.startsWith(base) ? ""
                    : base.relativize(folder).toString().replace('\\', '/'));
        }
        return out;
    }

    /** The report paths of every file the walk found, read or not: a fix never creates one of them. */
    private static java.util.Set<String> found(FileWalker.Walk walk, List<SkippedFile> skipped) {
        java.util.Set<String> out = new java.util.HashSet<>();
        walk.files().forEach(f -> out.add(f.relative()));
        skipped.forEach(f -> out.add(f.path()));
        return out;
    }

    /** The files that the automatic fixes of {@code findings} edit, by report path. */
    private Map<String, EditableFile> editable(List<FileWork> work, List<Finding> findings) {
        java.util.Set<String> targets = new java.util.HashSet<>();
        for (Finding f : findings) {
            for (io.cliqmigrate.core.model.Fix fix : f.fixes()) {
                fix.edits().forEach(e -> targets.add(e.path()));
            }
        }
        Map<String, EditableFile> out = new java.util.TreeMap<>();
        for (FileWork w : work) {
            if (w.facts != null && w.sha256 != null && targets.contains(w.file.relative())) {
                int problems = w.syntaxProblems();
                boolean parsed = w.parsed;
                if (w.quick) {
                    // read quickly, never parsed: the baseline a rewrite is held to comes from a full parse
                    FileWork full = new FileWork(w.file, false);
                    full.parse(this, w.facts.file(), languages.byId(w.facts.file().languageId()).orElseThrow(),
                            new byte[0], true, false);
                    problems = full.syntaxProblems();
                    parsed = full.parsed;
                }
                out.put(w.file.relative(), new EditableFile(w.file, w.facts.file(), w.sha256, w.secrets, problems,
                        parsed, w.tokenProvider));
            }
        }
        return out;
    }

    /**
     * Parses {@code text} as a new version of {@code file} and runs the rules on it, in memory, with the settings of
     * the root it was scanned under: how {@code fix} checks that a rewrite still parses and resolved its findings.
     * Constants of other files are not linked. Only the rules named in {@code ruleIds} run (none: parse only).
     */
    public Reanalysis reanalyse(EditableFile file, String text, java.util.Set<String> ruleIds) {
        SourceFile source = new SourceFile(file.path(), file.source().languageId(), text, file.source().charset(),
                file.source().bom());
        Language language = languages.byId(source.languageId()).orElse(null);
        if (language == null) {
            // a new file of no language the scanner reads (a fix may add any file): nothing to parse or scan
            return new Reanalysis(List.of(), 0, true, null);
        }
        FileWork w = new FileWork(file.walked(), false);
        w.tokenProvider = file.tokenProvider();
        w.parse(this, source, language, new byte[0], true, false);
        java.util.Set<String> known = rules.stream().map(r -> r.descriptor().id())
                .collect(java.util.stream.Collectors.toSet());
        w.check(rules.stream().filter(r -> ruleIds.contains(r.descriptor().id())).toList(), known, new Timer());
        List<Finding> found = OverlappingFindings.merge(w.findings.stream().filter(f -> !f.suppressed()).toList());
        return new Reanalysis(found, w.syntaxProblems(), w.parsed, w.errors.stream()
                .filter(e -> e.kind() == ProcessingError.Kind.PARSE).map(e -> Redactor.redact(e.message()))
                .findFirst().orElse(null));
    }

    /**
     * A file's findings after a rewrite, how many syntax errors its parser reported, whether it parsed (rather
     * than falling back to the lexical read) and the first syntax error's message.
     */
    public record Reanalysis(List<Finding> findings, int syntaxProblems, boolean parsed, String firstProblem) {}

    private static void link(List<FileWork> work) {
        List<Constant> constants = new ArrayList<>();
        for (FileWork w : work) {
            if (w.facts != null) {
                constants.addAll(w.facts.exports());
            }
        }
        // which constants are read at all: one that holds a legacy word and that no file reads is reported where
        // it is declared
        SymbolTable withReads = new SymbolTable(constants)
                .withReads(work.stream().filter(w -> w.facts != null).map(w -> w.facts).toList());
        for (FileWork w : work) {
            if (w.facts != null) {
                w.facts.link(withReads);
            }
        }
    }

    /**
     * The names of exported constants whose values hold an authtoken-era word: a file that mentions one of them
     * may build a legacy URL without naming it itself, so it is read (and parsed) after all.
     */
    private java.util.Set<String> constantNames(List<FileWork> work) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (FileWork w : work) {
            if (w.facts == null) {
                continue;
            }
            for (Constant c : w.facts.exports()) {
                if (legacyWords.matches(w.facts.fold(c.value()).text())) {
                    names.add(c.key().substring(c.key().lastIndexOf('.') + 1));
                }
            }
        }
        return names;
    }

    /**
     * The names of the interface methods whose declaration holds an authtoken-era word ({@code @Query("authtoken")
     * String token}, a Feign template's {@code ?authtoken={token}}): a rewrite of the method changes its calls, so
     * every file that names one is read (and parsed) to see them.
     */
    private java.util.Set<String> clientMethodNames(List<FileWork> work) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        work.forEach(w -> clientMethods(w).forEach(m -> names.add(m.name())));
        return names;
    }

    /**
     * The files that declare an interface with such a method, by the interface's qualified name; a name two files
     * declare (two modules' copies) is left out, as a call cannot be told to be of either.
     */
    private Map<String, CodeFacts> clientInterfaces(List<FileWork> work) {
        Map<String, CodeFacts> out = new java.util.HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (FileWork w : work) {
            for (JavaShape.Method m : clientMethods(w)) {
                CodeFacts before = out.put(m.type(), w.facts);
                if (before != null && before != w.facts) {
                    ambiguous.add(m.type());
                }
            }
        }
        out.keySet().removeAll(ambiguous);
        return Map.copyOf(out);
    }

    /** The methods the file's interfaces declare without a body whose declaration holds an authtoken-era word. */
    private List<JavaShape.Method> clientMethods(FileWork w) {
        if (w.facts == null || w.facts.java().isEmpty()) {
            return List.of();
        }
        return w.facts.java().get().methods().stream().filter(m -> m.abstractInInterface()
                && legacyWords.matches(w.facts.file().slice(m.declaration()))).toList();
    }

    /**
     * Files whose language only their content tells: Deluge copied into a .txt or an extension-less file, and
     * {@code .m} (Objective-C or MATLAB).
     */
    static boolean mayHoldScript(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".txt") || lower.indexOf('.') < 0 && !NOT_SCRIPTS.contains(lower)
                || io.cliqmigrate.core.lang.config.ConfigLanguage.isRcDotfile(lower)
                // Objective-C or MATLAB; a CGI script in whatever language its first line names
                || lower.endsWith(".m") || lower.endsWith(".cgi") || lower.endsWith(".fcgi");
    }

    private static final java.util.Set<String> NOT_SCRIPTS = java.util.Set.of("license", "licence", "notice",
            "makefile", "dockerfile", "readme", "changelog", "authors", "contributors", "copying", "version");

    public List<Rule> rules() {
        return rules;
    }

    /** Phase times on stderr when the system property {@code cliq.migrate.timings} is set, for benchmarking. */
    private static final class Timer {
        private final boolean on = Boolean.getBoolean("cliq.migrate.timings");
        private long last = System.nanoTime();
        private final Map<String, long[]> tallies = new java.util.concurrent.ConcurrentHashMap<>();

        /** Adds one item's time to a named tally (time and count), printed by {@link #tallies}. */
        void add(String name, long nanos) {
            if (on) {
                long[] t = tallies.computeIfAbsent(name, k -> new long[2]);
                synchronized (t) {
                    t[0] += nanos;
                    t[1]++;
                }
            }
        }

        void tallies(String prefix) {
            if (on) {
                new java.util.TreeMap<>(tallies).forEach((k, t) -> {
                    if (k.startsWith(prefix)) {
                        System.err.printf("cliq-migrate timing:   %-44s %5d x %6d ms (cpu, all threads)%n", k, t[1],
                                t[0] / 1_000_000);
                    }
                });
            }
        }

        void lap(String phase) {
            long now = System.nanoTime();
            if (on) {
                System.err.printf("cliq-migrate timing: %-50s %6d ms%n", phase, (now - last) / 1_000_000);
            }
            last = now;
        }
    }

    /**
     * Provenance: a setting flagged in a configuration file and the code that reads it name the same key
     * (a {@code configKey} property; {@code ZOHO_CLIQ_AUTHTOKEN} matches {@code zoho.cliq.authtoken}, as in
     * Spring's relaxed binding). A read lists the places that set the key; a setting lists the places that read it
     * and the other files that set it too: fix it here once. Reads are not listed against each other, so a key read
     * in a thousand files costs a thousand links per setting, not a million.
     */
    private static List<Finding> linkSettings(List<Finding> findings) {
        Map<String, List<Finding>> settings = new HashMap<>();
        Map<String, List<Finding>> reads = new HashMap<>();
        for (Finding f : findings) {
            String key = f.properties().get("configKey");
            if (key != null) {
                (f.ruleId().equals(READ_RULE) ? reads : settings).computeIfAbsent(
                        io.cliqmigrate.core.code.SettingKeys.relaxed(key), k -> new ArrayList<>()).add(f);
            }
        }
        Map<Finding, List<RelatedLocation>> extra = new java.util.IdentityHashMap<>();
        settings.forEach((key, set) -> {
            List<Finding> read = reads.getOrDefault(key, List.of());
            for (Finding setting : set) {
                relate(extra, setting, read, "read here: ");
                relate(extra, setting, set, "set here: ");
            }
            for (Finding r : read) {
                relate(extra, r, set, "set here: ");
            }
        });
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            List<RelatedLocation> more = extra.get(f);
            if (more != null) {
                more.sort(Comparator.comparing(RelatedLocation::path).thenComparingInt(RelatedLocation::startLine)
                        .thenComparing(RelatedLocation::message));
            }
            out.add(more == null ? f : f.withRelated(more));
        }
        return out;
    }

    private static final String READ_RULE = "authtoken-config-read";

    /** Adds the findings of other files as related locations of {@code f}. */
    private static void relate(Map<Finding, List<RelatedLocation>> extra, Finding f, List<Finding> others,
                               String label) {
        for (Finding other : others) {
            if (!other.location().path().equals(f.location().path())) {
                extra.computeIfAbsent(f, k -> new ArrayList<>()).add(new RelatedLocation(other.location().path(),
                        other.location().startLine(), label + other.properties().get("configKey")));
            }
        }
    }

    /** Identical lines in one file share a fingerprint base; number the later ones. */
    private static List<Finding> disambiguate(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            int n = seen.merge(f.fingerprint(), 1, Integer::sum);
            out.add(n == 1 ? f : f.withFingerprint(f.fingerprint() + "-" + n));
        }
        return out;
    }

    private static void runAll(ExecutorService pool, List<FileWork> work, Function<FileWork, Void> task) {
        Pending pending = new Pending();
        for (FileWork w : work) {
            pending.submit(pool, w, () -> task.apply(w));
        }
        pending.await();
    }

    /**
     * The unchanged candidates a cached scan holds back while the stored result may still serve: once a file is
     * found changed or new it cannot, and they are read at once, as are those found after.
     */
    private static final class Deferred {
        private final List<Runnable> held = new ArrayList<>();
        private boolean changed;

        Deferred(boolean changed) {
            this.changed = changed;
        }

        synchronized void add(Runnable submit) {
            if (changed) {
                submit.run();
            } else {
                held.add(submit);
            }
        }

        /** Whether a file found changed or new means the stored result cannot serve. */
        synchronized boolean changed() {
            return changed;
        }

        /** From now on nothing is held back: the files held so far are submitted; how many they are. */
        synchronized int treeChanged() {
            if (changed) {
                return 0;
            }
            changed = true;
            held.forEach(Runnable::run);
            int released = held.size();
            held.clear();
            return released;
        }
    }

    /**
     * Tasks on files submitted to the pool, awaited together: a task's failure becomes its file's error, running
     * out of memory stops the scan. Nothing is kept per task once it has run (a scan submits one per walked file).
     */
    private static final class Pending {
        private int running;
        private OutOfMemoryError outOfMemory;
        private FileWork outOfMemoryIn;

        void submit(ExecutorService pool, FileWork w, Runnable task) {
            synchronized (this) {
                running++;
            }
            try {
                pool.execute(() -> run(w, task));
            } catch (RuntimeException e) {
                done();
                throw e;
            }
        }

        private void run(FileWork w, Runnable task) {
            try {
                task.run();
            } catch (OutOfMemoryError e) {
                synchronized (this) {
                    if (outOfMemory == null) {
                        outOfMemory = e;
                        outOfMemoryIn = w;
                    }
                }
            } catch (Throwable e) {
                // the task's thread is the only one touching its file until the task is done
                w.errors.add(ProcessingError.internal(w.file.relative(), ProcessingError.Kind.INTERNAL,
                        "internal error: " + describe(e), e));
            } finally {
                done();
            }
        }

        private synchronized void done() {
            if (--running == 0 || outOfMemory != null) {
                notifyAll();
            }
        }

        synchronized void await() {
            try {
                while (running > 0 && outOfMemory == null) {
                    wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("scan interrupted", e);
            }
            if (outOfMemory != null) {
                // a report that silently misses files is worse than none: stop the whole scan (the caller shuts
                // the pool down, which drops the tasks not yet run)
                throw new ScanAbortedException("out of memory while scanning " + outOfMemoryIn.file.relative()
                        + "; give the JVM more memory (CLIQ_MIGRATE_JAVA_OPTS=-Xmx2g) or scan with fewer"
                        + " --threads", outOfMemory);
            }
        }
    }

    static String describe(Throwable t) {
        String message = t.getMessage();
        String firstLine = message == null ? "" : message.lines().findFirst().orElse("");
        return t.getClass().getSimpleName() + (firstLine.isEmpty() ? "" : ": " + firstLine);
    }


    /** A per-thread read buffer, so files that fail the prefilter leave no garbage behind. */
    private static final ThreadLocal<ReadBuffer> READ_BUFFER = ThreadLocal.withInitial(ReadBuffer::new);

    private static final class ReadBuffer {
        private byte[] bytes = new byte[64 * 1024];
        private int length;

        byte[] read(Path path) throws IOException {
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(path)) {
                long size = channel.size();
                if (size > Integer.MAX_VALUE - 16) {
                    throw new IOException("file too large");
                }
                if (bytes.length < size + 1) {
                    bytes = new byte[(int) Math.max(size + 1, bytes.length * 2L)];
                }
                java.nio.ByteBuffer target = java.nio.ByteBuffer.wrap(bytes);
                length = 0;
                int n;
                while ((n = channel.read(target)) > 0) {
                    length += n;
                    if (!target.hasRemaining()) {
                        byte[] grown = java.util.Arrays.copyOf(bytes, bytes.length * 2);
                        target = java.nio.ByteBuffer.wrap(grown, length, grown.length - length);
                        bytes = grown;
                    }
                }
                return bytes;
            }
        }

        int length() {
            return length;
        }

        /** The bytes last read, {@link #length()} of them. */
        byte[] bytes() {
            return bytes;
        }
    }

    /** One file's journey through the scan; each instance is touched by one thread at a time. */
    private static final class FileWork {
        final FileWalker.WalkedFile file;
        CodeFacts facts;
        boolean parsed;
        boolean filteredOut;
        /** Whether the file is in a language the scanner reads (by its name, or by its content). */
        boolean known;
        boolean quick;
        boolean linksAcrossFiles;
        /**
         * A file of another shard, read only for the constants it lends this shard's files (a URL built from a
         * constant of another class): no rule runs on it and the report does not count it.
         */
        boolean context;
        String skipReason;
        ScanResult.FileCharset charset;
        final List<ProcessingError> errors = new ArrayList<>();
        final List<ScanResult.UnusedSuppression> unusedSuppressions = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        /** The fixes the rules offered to complete other files' fixes ({@link CrossFileFixes}). */
        final List<CrossFileFixes.Offer> offers = new ArrayList<>();
        /** For {@code fix}: a hash of the bytes read and the secret values its rules named. */
        final boolean keepEditable;
        /** The token provider of the file's root, which its rules see. */
        io.cliqmigrate.core.rule.TokenProvider tokenProvider = io.cliqmigrate.core.rule.TokenProvider.DEFAULT;
        /** The files that declare client interfaces, by their qualified names ({@link ScanEngine#clientInterfaces}). */
        Map<String, CodeFacts> clientInterfaces = Map.of();
        String sha256;
        List<String> secrets = List.of();
        /** The content to scan instead of the file's (its staged version), or {@code null}. */
        byte[] content;
        /** Whether to hash the bytes read, for the cache; the hash, once {@code hashed}. */
        boolean hashing;
        boolean hashed;
        long hash;
        /** Whether the bytes failed the first pass's prefilter: named no trigger word. */
        boolean failedPrefilter;
        /** Taken from the cache, unread: its entry said it is unchanged. */
        boolean restored;
        boolean restoredQuietForNames;

        /**
         * The file as the cache has it, unread: one whose bytes named no trigger word is as the first pass leaves
         * such a file; any other is read later, if the cached result cannot serve.
         */
        void restore(ScanCache.Entry entry, Languages languages) {
            restored = true;
            hash = entry.hash();
            hashed = true;
            restoredQuietForNames = entry.quietForNames();
            if (entry.quiet()) {
                Language language = byName(file, languages);
                known = language != null;
                linksAcrossFiles = language != null && language.linksAcrossFiles();
                filteredOut = true;
                failedPrefilter = true;
            }
        }

        /**
         * Whether the file, just read by this thread, is as quiet as the cache needs it to be to keep the stored
         * result: its bytes named no trigger word, it had no error and needs no other reading, and they name none
         * of {@code searched} (the names the second pass of the scan that stored the result looked for).
         */
        boolean stillQuiet(Prefilter searched) {
            if (cacheFlags() != (ScanCache.QUIET | ScanCache.QUIET_FOR_NAMES)) {
                return false;
            }
            ReadBuffer read = READ_BUFFER.get();
            return searched == null || !searched.matches(read.bytes(), read.length());
        }

        /** What the cache keeps of this file: whether its bytes named no trigger word, nor any name searched. */
        int cacheFlags() {
            if (errors.stream().anyMatch(e -> e.kind() == ProcessingError.Kind.READ)) {
                return ScanCache.READ_AGAIN;
            }
            boolean quiet = failedPrefilter && errors.isEmpty() && skipReason == null && charset == null;
            return quiet ? ScanCache.QUIET | (facts == null && filteredOut ? ScanCache.QUIET_FOR_NAMES : 0) : 0;
        }

        FileWork(FileWalker.WalkedFile file, boolean keepEditable) {
            this.file = file;
            this.keepEditable = keepEditable;
        }

        int syntaxProblems() {
            return (int) errors.stream().filter(e -> e.kind() == ProcessingError.Kind.PARSE).count();
        }

        /** Whether the file may read what the changed files declare, or declare what they read. */
        boolean dependsOn(DependentFiles dependents) {
            try {
                return dependents.dependsOn(READ_BUFFER.get().read(file.path()), READ_BUFFER.get().length());
            } catch (IOException e) {
                return true; // read as any file is, to report why it cannot be
            }
        }

        /** Asked of every file the prefilter turns away: no string made. */
        void load(ScanEngine engine, Prefilter filter, boolean fullParse, Timer timer) {
            byte[] buffer;
            int length;
            try {
                buffer = content != null ? content : READ_BUFFER.get().read(file.path());
                length = content != null ? content.length : READ_BUFFER.get().length();
            } catch (IOException e) {
                errors.add(ProcessingError.of(file.relative(), ProcessingError.Kind.READ,
                        "cannot read: " + describe(e)));
                return;
            }
            if (hashing) {
                hash = ScanCache.hash(buffer, length);
                hashed = true;
            }
            Decoder.Sniff sniff = Decoder.sniff(buffer, length);
            if (sniff.binary()) {
                skipReason = "binary";
                return;
            }
            String name = file.path().getFileName().toString();
            Language language = byName(file, engine.languages);
            known = language != null;
            linksAcrossFiles = language != null && language.linksAcrossFiles();
            boolean utf16 = sniff.wide() != null; // its bytes cannot match the words: decide on the text
            // a file named for Zoho, or kept in a folder of the project named for it, may hold its tokens and nothing
            // else that names it (zoho_tokens.json, a connector's zohocrm-records/insertRecords.xml; an installed
            // package named for Zoho is read only where its bytes say so), and so may a settings module with a pasted OAuth token (config/app.php) or a text or settings file of
            // noted-down OAuth credentials (refresh.txt, a .env)
            boolean matched = utf16 || filter.matches(buffer, length)
                    || filter == engine.prefilter && (io.cliqmigrate.core.code.ZohoHints.namedForZoho(name)
                    || known && io.cliqmigrate.core.code.ZohoHints.inZohoFolder(file.relative())
                    || io.cliqmigrate.core.code.OAuthTokenShape.inSecretPlace(file.relative())
                    && io.cliqmigrate.core.code.OAuthTokenShape.in(buffer, length)
                    || (language == null || language instanceof io.cliqmigrate.core.lang.config.ConfigLanguage)
                    && (io.cliqmigrate.core.lang.config.ConfigLanguage.notesZohoCredentials(buffer, length)
                    || io.cliqmigrate.core.lang.config.ConfigLanguage.isTokenStore(name, buffer, length)));
            if (!matched) {
                filteredOut = facts == null; // a second pass that finds nothing new keeps the first read
                failedPrefilter |= filter == engine.prefilter;
                return;
            }
            // a file may be read twice (quick read, then a full parse): start again from a clean slate
            filteredOut = false;
            errors.clear();
            facts = null;
            parsed = false;
            quick = false;
            skipReason = null;
            charset = null;
            // only candidates get bytes of their own; everything else is read into the thread's buffer
            byte[] bytes = java.util.Arrays.copyOf(buffer, length);
            sha256 = keepEditable ? EditableFile.sha256(bytes) : null;
            // a UTF-16 or UTF-32 file shows what it is only once decoded (a Deluge script saved from Windows)
            Decoder.Decoded wideText = utf16 ? Decoder.decode(bytes, false) : null;
            // now that the content is at hand, it may tell more than the name (a Cliq export's Deluge scripts)
            language = engine.languages.forFile(name, wideText == null ? bytes
                    : wideText.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)).orElse(language);
            if (language == null) {
                return; // a .txt or extension-less file that is not a script after all
            }
            known = true;
            Decoder.Decoded decoded = wideText != null ? wideText
                    : Decoder.decode(bytes, language.id().equals("properties"));
            if (utf16 && !filter.matches(decoded.text())) {
                return;
            }
            // a Latin-1 or UTF-16 file is read in full: worth a note in the report, not a processing error
            charset = decoded.note() == null ? null
                    : new ScanResult.FileCharset(file.relative(), decoded.charset().name(), decoded.note());
            SourceFile source = new SourceFile(file.relative(), language.id(), decoded.text(), decoded.charset(),
                    decoded.bom());
            long started = System.nanoTime();
            try {
                parse(engine, source, language, bytes, fullParse, utf16);
            } finally {
                timer.add("parse " + language.id() + (quick ? " (quick)" : ""), System.nanoTime() - started);
            }
        }

        private void parse(ScanEngine engine, SourceFile source, Language language, byte[] bytes, boolean fullParse,
                           boolean utf16) {
            if (!fullParse && !utf16 && !engine.legacyWords.matches(bytes, bytes.length)) {
                Optional<CodeFacts> quickFacts = language.quickFacts(source);
                if (quickFacts.isPresent()) {
                    facts = quickFacts.get();
                    quick = true;
                    parsed = true;
                    return;
                }
            }
            quick = false;
            ParseOutcome outcome;
            try {
                outcome = fullParse ? language.parseInFull(source) : language.parse(source);
            } catch (StackOverflowError e) {
                outcome = new ParseOutcome.Failed(List.of(new ParseOutcome.SyntaxProblem(0, 0,
                        "too deeply nested for the parser")));
            } catch (RuntimeException e) {
                // a parser bug, not broken input: say so, and still read the file lexically
                errors.add(ProcessingError.internal(file.relative(), ProcessingError.Kind.INTERNAL,
                        "internal error in the " + language.id() + " parser: " + describe(e), e));
                outcome = new ParseOutcome.Failed(List.of(new ParseOutcome.SyntaxProblem(0, 0,
                        "not parsed (internal error)")));
            }
            if (outcome instanceof ParseOutcome.Parsed p) {
                facts = p.facts();
                parsed = true;
                p.problems().forEach(problem -> errors.add(parseError(problem)));
            } else if (outcome instanceof ParseOutcome.Failed failed) {
                ParseOutcome.SyntaxProblem first = failed.problems().get(0);
                errors.add(new ProcessingError(file.relative(), ProcessingError.Kind.PARSE,
                        "syntax error, scanned lexically: " + first.message()
                                + (failed.problems().size() > 1 ? " (+" + (failed.problems().size() - 1)
                                + " more)" : ""), first.line(), first.column()));
                try {
                    facts = engine.languages.fallback(source);
                } catch (StackOverflowError e) {
                    errors.add(ProcessingError.of(file.relative(), ProcessingError.Kind.PARSE,
                            "too deeply nested for the lexical scan"));
                } catch (RuntimeException e) {
                    errors.add(ProcessingError.internal(file.relative(), ProcessingError.Kind.INTERNAL,
                            "internal error in the lexical scan: " + describe(e), e));
                }
            }
        }

        private ProcessingError parseError(ParseOutcome.SyntaxProblem problem) {
            return new ProcessingError(file.relative(), ProcessingError.Kind.PARSE, problem.message(), problem.line(),
                    problem.column());
        }

        /** Whether the scan read the file for its rules: it named a trigger word, and is of this shard. */
        boolean read() {
            return facts != null && !context;
        }

        void check(List<Rule> rules, java.util.Set<String> knownRules, Timer timer) {
            if (!read()) {
                return;
            }
            Suppressions suppressions = new Suppressions(facts.file(), facts.comments());
            CodeFrames frames = new CodeFrames(facts);
            java.util.Set<String> ran = new java.util.HashSet<>();
            // the product a Deluge script runs in, where the root's configuration says it
            String delugeHost = !"deluge".equals(facts.file().languageId()) ? null : file.root().settings().deluge()
                    .of(FileWalker.relative(file.root().globBase(), file.path())).orElse(null);
            for (Rule rule : rules) {
                RuleDescriptor d = rule.descriptor();
                ConfigFile.Settings settings = file.root().settings();
                if (settings.disabledRules().contains(d.id()) || !d.appliesTo(facts.file().languageId())) {
                    continue;
                }
                ran.add(d.id());
                Severity severity = settings.severityOverrides().getOrDefault(d.id(), d.severity());
                List<Finding> ruleFindings = new ArrayList<>();
                List<io.cliqmigrate.core.model.Fix> ruleOffers = new ArrayList<>();
                long started = System.nanoTime();
                try {
                    rule.check(facts, new FindingCollector(facts, d, severity, suppressions, ruleFindings,
                            frames, settings.fix(), tokenProvider, ruleOffers, clientInterfaces, delugeHost));
                    findings.addAll(ruleFindings);
                    ruleOffers.forEach(o -> offers.add(new CrossFileFixes.Offer(file.relative(), o)));
                } catch (RuntimeException | StackOverflowError e) {
                    errors.add(ProcessingError.internal(file.relative(), ProcessingError.Kind.RULE,
                            "internal error in rule " + d.id() + ": " + describe(e), e));
                } finally {
                    timer.add("rule " + d.id(), System.nanoTime() - started);
                }
            }
            unusedSuppressions.addAll(suppressions.notes(knownRules, ran));
            findings.replaceAll(frames::framed);
            if (keepEditable && !(findings.isEmpty() && offers.isEmpty())) {
                secrets = frames.secretValues();
            }
        }
    }
}
