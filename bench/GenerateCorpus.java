import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates the benchmark corpus: a deterministic, monorepo-like tree of Java (45% of the files), XML (10%),
 * properties (10%), YAML (8%), JSON (7%), Deluge (5%), Python (4%), TypeScript (3%), Go (3%), shell (2%),
 * {@code .env} (1%), TOML (1%: {@code pyproject.toml}, {@code settings.toml}) and INI (1%: {@code setup.cfg},
 * {@code *.ini}) files, so that the benchmark goes through the Java parser, the Deluge parser, every config reader
 * and the lexical scanner. Almost all files are clean (none of the scanner's trigger words), about 3% mention
 * Zoho/Cliq in modern, harmless ways (OAuth {@code Zoho-oauthtoken}, webhook {@code zapikey} from the environment),
 * and about 0.5% carry planted legacy {@code authtoken} uses, which are listed in
 * {@code <outDir>/.legacy-uses.tsv} as {@code path<TAB>line<TAB>kind} (kind: {@code <type>:<shape>}, for example
 * {@code py:crm-v1-endpoint}). Every planted use is a shape the scanner reports as an {@code error} on that line.
 *
 * <p>Run (Java 17, no build): {@code java bench/GenerateCorpus.java <outDir> [--files N] [--seed S]}.
 * Same arguments give a byte-identical tree: the plan (paths, types, sizes, categories) comes from one seeded
 * {@link Random}, and every file's content from its own {@link Random} derived from the seed and its index,
 * so files can be generated in parallel without losing determinism.
 */
public final class GenerateCorpus {

    // ------------------------------------------------------------------------------------------------ word lists
    // None of these may contain a trigger word (checked at start-up).
    static final String[] TRIGGERS = {"authtoken", "auth_token", "zoho", "cliq", "zapikey"};

    static final String[] SERVICES = {"billing", "ledger", "orders", "inventory", "shipping", "catalog", "pricing",
            "search", "identity", "payments", "reporting", "analytics", "gateway", "scheduler", "audit", "documents",
            "warehouse", "returns", "loyalty", "promotions", "subscriptions", "invoicing", "tax", "fraud",
            "onboarding", "support", "fulfilment", "procurement", "contracts", "payroll", "timesheets", "assets",
            "forecasting", "routing", "ratings", "reviews", "media", "exports", "imports", "mailer"};
    static final String[] LIBS = {"commons", "http-kit", "persistence", "messaging", "observability", "testing",
            "security-kit", "money", "geo", "config-kit", "batching", "feature-flags"};
    static final String[] PACKAGES = {"api", "client", "config", "domain", "model", "repository", "service", "web",
            "util", "mapper", "event", "job", "integration", "internal", "batch", "export", "report", "validation",
            "cache", "metrics", "workflow", "rest", "dto", "support"};
    static final String[] NOUNS = {"account", "invoice", "ledger", "order", "shipment", "parcel", "customer",
            "vendor", "product", "price", "discount", "coupon", "cart", "payment", "refund", "receipt", "metric",
            "event", "session", "profile", "address", "region", "warehouse", "stock", "batch", "job", "task",
            "schedule", "template", "document", "attachment", "comment", "review", "rating", "ticket", "queue",
            "message", "subscription", "plan", "tier", "quota", "limit", "audit", "policy", "rule", "role",
            "permission", "group", "team", "member", "tenant", "workspace", "project", "milestone", "release",
            "artifact", "deployment", "cluster", "node", "endpoint", "route", "cache", "snapshot", "checkpoint",
            "cursor", "page", "filter", "query", "entry", "balance", "currency", "carrier", "label", "manifest",
            "supplier", "contract", "asset", "budget", "forecast", "timesheet", "employee", "department", "lead",
            "contact", "deal", "campaign", "segment", "channel", "store", "basket", "voucher", "rebate", "claim"};
    static final String[] VERBS = {"fetch", "load", "resolve", "compute", "build", "validate", "sync", "publish",
            "dispatch", "apply", "merge", "split", "render", "export", "archive", "refresh", "reconcile", "enrich",
            "normalize", "transform", "schedule", "cancel", "retry", "lookup", "register", "update", "remove",
            "collect", "aggregate", "summarize", "encode", "decode", "prepare", "submit", "approve", "reject",
            "find", "count", "list", "ensure", "track", "handle", "process", "persist", "restore", "evict"};
    static final String[] CLASS_PREFIXES = {"", "", "", "Default", "Cached", "Remote", "Async", "Batch", "Simple",
            "Composite", "Scheduled", "Reactive", "Local", "Shared"};
    static final String[] CLASS_SUFFIXES = {"Service", "Client", "Repository", "Controller", "Handler", "Mapper",
            "Validator", "Processor", "Scheduler", "Gateway", "Adapter", "Factory", "Helper", "Manager", "Resolver",
            "Exporter", "Importer", "Listener", "Publisher", "Worker", "Registry", "Calculator", "Facade", "Job"};
    static final String[] WORDS = {"the", "a", "pending", "entries", "before", "after", "nightly", "batch",
            "export", "runs", "is", "are", "when", "if", "this", "that", "value", "values", "list", "request",
            "response", "upstream", "downstream", "service", "returns", "empty", "otherwise", "retries", "on",
            "transient", "failures", "keeps", "ordering", "stable", "for", "callers", "cache", "expires", "every",
            "minutes", "hour", "legacy", "clients", "still", "send", "old", "format", "see", "ticket", "note",
            "thread", "safe", "not", "may", "be", "null", "during", "startup", "we", "avoid", "blocking", "here",
            "because", "scheduler", "holds", "lock", "totals", "rounded", "to", "two", "decimals", "currency",
            "per", "tenant", "region", "warehouse", "stock", "levels", "updated", "by", "reconciliation", "job",
            "only", "used", "from", "admin", "console", "keep", "in", "sync", "with", "schema", "migration",
            "remove", "once", "all", "consumers", "moved", "new", "endpoint", "payload", "size", "limited",
            "bytes", "page", "of", "results", "sorted", "timestamp", "descending", "and", "or", "then"};
    static final String[] HOSTS = {"https://api.internal.acme.example", "https://payments.acme-corp.example",
            "http://localhost:8080", "https://gateway.acme.example", "https://search.acme.example:9200",
            "https://api.partner-logistics.example", "https://hooks.chat.example/services",
            "https://storage.acme-cdn.example", "https://metrics.acme.example/api/v1"};
    static final String[] STATUSES = {"ACTIVE", "PENDING", "SUSPENDED", "CLOSED", "ARCHIVED", "DRAFT", "FAILED",
            "QUEUED", "RUNNING", "DONE", "EXPIRED", "ON_HOLD"};
    static final String[] ENVS = {"dev", "qa", "staging", "prod", "perf"};
    static final String[] LANGS = {"en", "de", "fr", "es", "it", "nl", "ja", "pt"};
    static final String[] FIRST_NAMES = {"Alice", "Bruno", "Chitra", "Dmitri", "Elena", "Farid", "Grace", "Hiro",
            "Ines", "Jonas", "Kavya", "Liam", "Mei", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tara"};
    static final String[] CITIES = {"Chennai", "Berlin", "Austin", "Lyon", "Osaka", "Porto", "Leeds", "Denver",
            "Pune", "Utrecht", "Bilbao", "Turin"};

    enum Type {
        JAVA(45), XML(10), PROPERTIES(10), YAML(8), JSON(7), DELUGE(5), PYTHON(4), TYPESCRIPT(3), GO(3), SHELL(2),
        ENV(1), TOML(1), INI(1);
        final int weight;

        Type(int weight) {
            this.weight = weight;
        }
    }

    enum Category { CLEAN, HARMLESS, LEGACY }

    /** One file of the plan. {@code name} is the Java class name for Java files. */
    record Plan(int index, Type type, String path, String name, String pkg, int targetSize, Category category,
                String svc) {}

    record Use(String path, int line, String kind) {}

    // ------------------------------------------------------------------------------------------------ main

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].startsWith("-")) {
            usage("missing <outDir>");
        }
        Path out = Path.of(args[0]);
        int files = 20_000;
        long seed = 42;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            String v;
            if (a.contains("=")) {
                v = a.substring(a.indexOf('=') + 1);
                a = a.substring(0, a.indexOf('='));
            } else {
                if (i + 1 >= args.length) {
                    usage("missing value for " + a);
                }
                v = args[++i];
            }
            switch (a) {
                case "--files" -> files = Integer.parseInt(v);
                case "--seed" -> seed = Long.parseLong(v);
                default -> usage("unknown option " + a);
            }
        }
        if (files < 10) {
            usage("--files must be at least 10");
        }
        selfCheck();
        if (Files.exists(out)) {
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    System.err.println("error: " + out + " exists and is not empty; remove it first");
                    System.exit(2);
                }
            }
        }
        long start = System.nanoTime();
        List<Plan> plans = plan(files, seed);
        Files.createDirectories(out);

        ConcurrentLinkedQueue<Use> uses = new ConcurrentLinkedQueue<>();
        // computeIfAbsent: a thread that finds a directory being created waits until it exists
        ConcurrentHashMap<Path, Boolean> madeDirs = new ConcurrentHashMap<>();
        AtomicLong bytes = new AtomicLong();
        final long fSeed = seed;
        IntStream.range(0, plans.size()).parallel().forEach(i -> {
            Plan p = plans.get(i);
            Ctx c = new Ctx(new Random(mix(fSeed, p.index())), p);
            switch (p.type()) {
                case JAVA -> JavaGen.generate(c);
                case XML -> XmlGen.generate(c);
                case PROPERTIES -> PropsGen.generate(c);
                case YAML -> YamlGen.generate(c);
                case JSON -> JsonGen.generate(c);
                case DELUGE -> DelugeGen.generate(c);
                case PYTHON -> PythonGen.generate(c);
                case TYPESCRIPT -> TsGen.generate(c);
                case GO -> GoGen.generate(c);
                case SHELL -> ShellGen.generate(c);
                case ENV -> EnvGen.generate(c);
                case TOML -> TomlGen.generate(c);
                case INI -> IniGen.generate(c);
            }
            if (p.category() == Category.LEGACY && c.uses.isEmpty()) {
                throw new IllegalStateException("no legacy use planted in " + p.path());
            }
            byte[] data = c.sb.toString().getBytes(StandardCharsets.UTF_8);
            Path file = out.resolve(p.path());
            try {
                madeDirs.computeIfAbsent(file.getParent(), GenerateCorpus::createDirectories);
                Files.write(file, data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytes.addAndGet(data.length);
            uses.addAll(c.uses);
        });

        List<Use> sorted = new ArrayList<>(uses);
        sorted.sort(Comparator.comparing(Use::path).thenComparingInt(Use::line).thenComparing(Use::kind));
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve(".legacy-uses.tsv"), StandardCharsets.UTF_8)) {
            for (Use u : sorted) {
                w.write(u.path() + "\t" + u.line() + "\t" + u.kind() + "\n");
            }
        }
        Files.writeString(out.resolve(".gitignore"),
                "# Benchmark corpus (generated by bench/GenerateCorpus.java): nothing relevant is ignored.\n*.swp\n");

        double secs = (System.nanoTime() - start) / 1e9;
        int[] perType = new int[Type.values().length];
        int[] perCat = new int[Category.values().length];
        for (Plan p : plans) {
            perType[p.type().ordinal()]++;
            perCat[p.category().ordinal()]++;
        }
        StringBuilder mix = new StringBuilder();
        for (Type t : Type.values()) {
            mix.append(mix.length() == 0 ? "" : ", ").append(t.name().toLowerCase(Locale.ROOT)).append('=')
                    .append(perType[t.ordinal()]);
        }
        System.out.printf(Locale.ROOT, "generated %d files, %.1f MB (%d bytes) in %s (seed %d) in %.1f s%n",
                plans.size(), bytes.get() / 1048576.0, bytes.get(), out, seed, secs);
        System.out.println("  types: " + mix);
        System.out.printf(Locale.ROOT, "  clean=%d, harmless zoho/cliq mentions=%d, legacy files=%d, legacy uses=%d%n",
                perCat[0], perCat[1], perCat[2], sorted.size());
    }

    static Boolean createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
            return Boolean.TRUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void usage(String message) {
        System.err.println("error: " + message);
        System.err.println("usage: java bench/GenerateCorpus.java <outDir> [--files N] [--seed S]");
        System.exit(2);
    }

    static void selfCheck() {
        for (String[] list : List.of(SERVICES, LIBS, PACKAGES, NOUNS, VERBS, CLASS_PREFIXES, CLASS_SUFFIXES, WORDS,
                HOSTS, STATUSES, FIRST_NAMES, CITIES)) {
            for (String w : list) {
                if (containsTrigger(w)) {
                    throw new IllegalStateException("word list entry contains a trigger word: " + w);
                }
            }
        }
    }

    static boolean containsTrigger(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        for (String t : TRIGGERS) {
            if (l.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** SplitMix64-style mixing of the seed and a file index into an independent seed. */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + (index + 1) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ------------------------------------------------------------------------------------------------ plan

    static List<Plan> plan(int n, long seed) {
        Random r = new Random(seed);
        int nSvc = Math.max(3, Math.min(SERVICES.length, n / 500));
        int nLib = Math.max(2, Math.min(LIBS.length, nSvc / 4));
        int nApps = Math.max(2, nSvc / 5);
        List<String> services = new ArrayList<>(Arrays.asList(SERVICES).subList(0, nSvc));
        List<String> libs = new ArrayList<>(Arrays.asList(LIBS).subList(0, nLib));
        List<String> apps = new ArrayList<>();
        for (int i = 0; i < nApps; i++) {
            apps.add(NOUNS[r.nextInt(NOUNS.length)] + "-" + NOUNS[r.nextInt(NOUNS.length)] + "-app");
        }
        // packages per service / lib
        java.util.Map<String, List<String>> pkgs = new java.util.HashMap<>();
        for (String s : concat(services, libs)) {
            List<String> all = new ArrayList<>(Arrays.asList(PACKAGES));
            Collections.shuffle(all, r);
            pkgs.put(s, all.subList(0, 4 + r.nextInt(7)));
        }

        int totalWeight = 0;
        for (Type t : Type.values()) {
            totalWeight += t.weight;
        }
        Set<String> used = new HashSet<>();
        List<Type> types = new ArrayList<>();
        List<String[]> paths = new ArrayList<>(); // {path, name, pkg, svc}
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int w = r.nextInt(totalWeight);
            Type type = null;
            for (Type t : Type.values()) {
                if (w < t.weight) {
                    type = t;
                    break;
                }
                w -= t.weight;
            }
            types.add(type);
            String[] p;
            int attempts = 0;
            do {
                p = path(r, type, services, libs, apps, pkgs, attempts++);
            } while (!used.add(p[0]));
            paths.add(p);
            sizes.add(size(r, type));
        }

        // categories: exact counts; Deluge scripts mention zoho.* functions far more often than other files.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, r);
        Category[] cats = new Category[n];
        Arrays.fill(cats, Category.CLEAN);
        int nLegacy = Math.max(1, (int) Math.round(n * 0.005));
        int nHarmless = Math.max(1, (int) Math.round(n * 0.03));
        int legacy = 0;
        for (int i : order) {
            if (legacy == nLegacy) {
                break;
            }
            cats[i] = Category.LEGACY;
            legacy++;
        }
        int harmless = 0;
        long delugeCount = types.stream().filter(t -> t == Type.DELUGE).count();
        int delugeHarmless = (int) Math.min(nHarmless, Math.round(delugeCount * 0.3));
        for (int i : order) {
            if (harmless == delugeHarmless) {
                break;
            }
            if (cats[i] == Category.CLEAN && types.get(i) == Type.DELUGE) {
                cats[i] = Category.HARMLESS;
                harmless++;
            }
        }
        for (int i : order) {
            if (harmless == nHarmless) {
                break;
            }
            if (cats[i] == Category.CLEAN && types.get(i) != Type.DELUGE) {
                cats[i] = Category.HARMLESS;
                harmless++;
            }
        }
        List<Plan> plans = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String[] p = paths.get(i);
            plans.add(new Plan(i, types.get(i), p[0], p[1], p[2], sizes.get(i), cats[i], p[3]));
        }
        return plans;
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Log-uniform size in [min, max] KB, skewed by {@code exp} (< 1 pushes towards max). */
    static int logUniform(Random r, double minKb, double maxKb, double exp) {
        double u = Math.pow(r.nextDouble(), exp);
        return (int) (1024 * minKb * Math.pow(maxKb / minKb, u));
    }

    static int size(Random r, Type t) {
        return switch (t) {
            case JAVA -> logUniform(r, 2, 60, 0.74);
            case XML -> logUniform(r, 1.5, 30, 0.8);
            case PROPERTIES -> logUniform(r, 0.5, 12, 0.9);
            case YAML -> logUniform(r, 0.5, 16, 0.9);
            case JSON -> logUniform(r, 1, 48, 0.8);
            case DELUGE -> logUniform(r, 1, 20, 0.9);
            case PYTHON, TYPESCRIPT, GO -> logUniform(r, 3, 80, 0.7);
            case SHELL -> logUniform(r, 1, 24, 0.8);
            case ENV -> logUniform(r, 0.3, 4, 1.0);
            case TOML, INI -> logUniform(r, 0.5, 10, 0.9);
        };
    }

    static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    static String pick(Random r, List<String> a) {
        return a.get(r.nextInt(a.size()));
    }

    static String cap(String s) {
        StringBuilder b = new StringBuilder();
        for (String part : s.split("[-_]")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }

    static String snakeName(String svc) {
        return svc.replace("-", "_");
    }

    static String pkgName(String svc) {
        return svc.replace("-", "");
    }

    /** Returns {path, javaClassName, javaPackage, service}. */
    static String[] path(Random r, Type type, List<String> services, List<String> libs, List<String> apps,
                         java.util.Map<String, List<String>> pkgs, int attempt) {
        String svc = pick(r, services);
        String suffix = attempt > 3 ? String.valueOf(attempt) : "";
        switch (type) {
            case JAVA -> {
                boolean lib = r.nextInt(100) < 10;
                String module = lib ? pick(r, libs) : svc;
                String base = lib ? "libs/" + module : "services/" + module;
                boolean test = r.nextInt(100) < 12;
                String pkg = "com.acme." + pkgName(module) + "." + pick(r, pkgs.get(module));
                if (r.nextInt(100) < 40) {
                    pkg += "." + pick(r, NOUNS);
                }
                String name = pick(r, CLASS_PREFIXES) + cap(pick(r, NOUNS))
                        + (r.nextBoolean() ? cap(pick(r, NOUNS)) : "") + pick(r, CLASS_SUFFIXES) + suffix
                        + (test ? "Test" : "");
                String p = base + "/src/" + (test ? "test" : "main") + "/java/" + pkg.replace('.', '/') + "/"
                        + name + ".java";
                return new String[]{p, name, pkg, module};
            }
            case XML -> {
                int k = r.nextInt(10);
                String p;
                if (k < 3) {
                    p = (k == 0 && attempt == 0 ? "services/" + svc : "services/" + svc + "/modules/"
                            + pick(r, NOUNS) + "-" + pick(r, NOUNS) + suffix) + "/pom.xml";
                } else if (k < 8) {
                    p = "services/" + svc + "/src/main/resources/spring/" + pick(r, NOUNS) + "-" + pick(r, NOUNS)
                            + suffix + "-context.xml";
                } else {
                    p = "config/" + pick(r, ENVS) + "/" + svc + "/" + pick(r, NOUNS) + "-beans" + suffix + ".xml";
                }
                return new String[]{p, null, null, svc};
            }
            case PROPERTIES -> {
                int k = r.nextInt(10);
                String p;
                if (k < 4) {
                    p = "services/" + svc + "/src/main/resources/application-" + pick(r, ENVS) + "-"
                            + pick(r, NOUNS) + suffix + ".properties";
                } else if (k < 7) {
                    p = "config/" + pick(r, ENVS) + "/" + svc + "/" + pick(r, NOUNS) + suffix + ".properties";
                } else {
                    p = "services/" + svc + "/src/main/resources/i18n/" + pick(r, NOUNS) + suffix + "_"
                            + pick(r, LANGS) + ".properties";
                }
                return new String[]{p, null, null, svc};
            }
            case YAML -> {
                String p;
                if (r.nextBoolean()) {
                    p = "services/" + svc + "/src/main/resources/application-" + pick(r, ENVS) + "-"
                            + pick(r, NOUNS) + suffix + ".yml";
                } else {
                    p = "deploy/k8s/" + pick(r, ENVS) + "/" + svc + "/" + pick(r, NOUNS) + "-" + pick(r, NOUNS)
                            + suffix + ".yaml";
                }
                return new String[]{p, null, null, svc};
            }
            case JSON -> {
                int k = r.nextInt(10);
                String p;
                if (k < 5) {
                    p = "services/" + svc + "/src/test/resources/fixtures/" + pick(r, NOUNS) + "-" + pick(r, NOUNS)
                            + suffix + ".json";
                } else if (k < 8) {
                    p = "data/samples/" + pick(r, NOUNS) + "/" + pick(r, NOUNS) + "-" + pick(r, NOUNS) + suffix
                            + ".json";
                } else {
                    p = "config/" + pick(r, ENVS) + "/" + svc + "/flags-" + pick(r, NOUNS) + suffix + ".json";
                }
                return new String[]{p, null, null, svc};
            }
            case PYTHON -> {
                int k = r.nextInt(10);
                String p;
                if (k < 5) {
                    p = "tools/" + svc + "/" + snakeName(svc) + "/" + pick(r, NOUNS) + "_" + pick(r, NOUNS) + suffix
                            + ".py";
                } else if (k < 8) {
                    p = "services/" + svc + "/scripts/" + pick(r, VERBS) + "_" + pick(r, NOUNS) + suffix + ".py";
                } else {
                    p = "tools/" + svc + "/tests/test_" + pick(r, NOUNS) + "_" + pick(r, NOUNS) + suffix + ".py";
                }
                return new String[]{p, null, null, svc};
            }
            case TYPESCRIPT -> {
                String[] dirs = {"api", "services", "components", "stores", "utils", "hooks"};
                String p = "web/" + pick(r, apps) + "/src/" + pick(r, dirs) + "/" + pick(r, NOUNS)
                        + cap(pick(r, NOUNS)) + suffix + (r.nextInt(100) < 15 ? ".test" : "") + ".ts";
                return new String[]{p, null, null, svc};
            }
            case GO -> {
                String p = "agents/" + svc + "-agent/" + (r.nextInt(100) < 70 ? "internal/" : "pkg/") + pick(r, NOUNS)
                        + "/" + pick(r, NOUNS) + "_" + pick(r, NOUNS) + suffix + (r.nextInt(100) < 15 ? "_test" : "")
                        + ".go";
                return new String[]{p, null, null, svc};
            }
            case SHELL -> {
                String p = (r.nextBoolean() ? "scripts/" + svc : "deploy/" + svc + "/hooks") + "/" + pick(r, VERBS) + "-"
                        + pick(r, NOUNS) + suffix + ".sh";
                return new String[]{p, null, null, svc};
            }
            case ENV -> {
                // the suffix goes into the directory: ".env.prod" and ".env" are scanned, ".env4" would not be
                String p = "deploy/" + svc + "/" + (attempt == 0 ? "" : pick(r, NOUNS) + suffix + "/")
                        + (r.nextInt(100) < 15 ? ".env" : ".env." + pick(r, ENVS));
                return new String[]{p, null, null, svc};
            }
            case TOML -> {
                String p = r.nextBoolean()
                        ? "tools/" + svc + "/" + (attempt == 0 ? "" : pick(r, NOUNS) + "-" + pick(r, NOUNS) + suffix + "/")
                                + "pyproject.toml"
                        : "config/" + pick(r, ENVS) + "/" + svc + "/" + pick(r, NOUNS) + suffix + "/settings.toml";
                return new String[]{p, null, null, svc};
            }
            case INI -> {
                String p = r.nextBoolean()
                        ? "tools/" + svc + "/" + pick(r, NOUNS) + "-" + pick(r, NOUNS) + suffix + "/setup.cfg"
                        : "config/" + pick(r, ENVS) + "/" + svc + "/" + pick(r, NOUNS) + suffix + ".ini";
                return new String[]{p, null, null, svc};
            }
            default -> {
                String[] kinds = {"functions", "functions", "workflows", "schedules", "buttons"};
                String p = "deluge/" + pick(r, apps) + "/" + pick(r, kinds) + "/" + pick(r, VERBS) + "_"
                        + pick(r, NOUNS) + "_" + pick(r, NOUNS) + suffix + ".dg";
                return new String[]{p, null, null, svc};
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ context

    /** Per-file generation state: content, the number of the next line to be written, planted uses. */
    static final class Ctx {
        final Random r;
        final Plan plan;
        final StringBuilder sb;
        final List<Use> uses = new ArrayList<>();
        int line = 1;
        /** Byte offsets (approximately, chars) at which to insert the next special blocks. */
        final List<Integer> marks = new ArrayList<>();
        int nextSpecial;

        Ctx(Random r, Plan plan) {
            this.r = r;
            this.plan = plan;
            this.sb = new StringBuilder(plan.targetSize() + 4096);
        }

        void ln(String s) {
            sb.append(s).append('\n');
            line++;
        }

        void ln() {
            ln("");
        }

        /** Records a planted legacy use on the next line to be written. */
        void use(String kind) {
            uses.add(new Use(plan.path(), line, kind));
        }

        String pick(String[] a) {
            return a[r.nextInt(a.length)];
        }

        boolean chance(int percent) {
            return r.nextInt(100) < percent;
        }

        String hex32() {
            char[] c = new char[32];
            for (int i = 0; i < 32; i++) {
                c[i] = "0123456789abcdef".charAt(r.nextInt(16));
            }
            return new String(c);
        }

        String sentence(int min, int max) {
            int n = min + r.nextInt(max - min + 1);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    b.append(' ');
                }
                b.append(pick(WORDS));
            }
            b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
            return b.append('.').toString();
        }

        /** How many special blocks (legacy plants or harmless mentions) this file gets, and where. */
        int planSpecials(int harmlessMax) {
            int count = switch (plan.category()) {
                case CLEAN -> 0;
                case HARMLESS -> 1 + r.nextInt(harmlessMax);
                case LEGACY -> {
                    int x = r.nextInt(100);
                    yield x < 70 ? 1 : x < 90 ? 2 : 3;
                }
            };
            for (int i = 0; i < count; i++) {
                marks.add((int) (plan.targetSize() * (0.1 + 0.8 * r.nextDouble())));
            }
            Collections.sort(marks);
            return count;
        }

        /** True when the content has grown past the next special block's position. */
        boolean specialDue() {
            return nextSpecial < marks.size() && sb.length() >= marks.get(nextSpecial);
        }

        boolean specialsLeft() {
            return nextSpecial < marks.size();
        }

        boolean legacy() {
            return plan.category() == Category.LEGACY;
        }

        String noun() {
            return pick(NOUNS);
        }

        String verb() {
            return pick(VERBS);
        }
    }

    // ------------------------------------------------------------------------------------------------ Java

    static final class JavaGen {
        static final String[] IMPORTS = {
                "java.io.IOException", "java.io.InputStream", "java.io.OutputStream",
                "java.net.HttpURLConnection", "java.net.URI", "java.net.URL", "java.net.URLEncoder",
                "java.net.http.HttpClient", "java.net.http.HttpRequest", "java.net.http.HttpResponse",
                "java.nio.charset.StandardCharsets", "java.time.Duration", "java.time.Instant",
                "java.util.ArrayList", "java.util.HashMap", "java.util.LinkedHashMap", "java.util.List",
                "java.util.Map", "java.util.Objects", "java.util.Properties", "java.util.UUID",
                "java.util.logging.Logger"};

        static void generate(Ctx c) {
            Plan p = c.plan;
            String cls = p.name();
            Set<String> methods = new HashSet<>();
            c.planSpecials(2);
            c.ln("/*");
            c.ln(" * Copyright (c) " + (2015 + c.r.nextInt(10)) + " Acme Corp. All rights reserved.");
            c.ln(" * Internal use only.");
            c.ln(" */");
            c.ln("package " + p.pkg() + ";");
            c.ln();
            for (String imp : IMPORTS) {
                c.ln("import " + imp + ";");
            }
            c.ln();
            c.ln("/**");
            c.ln(" * " + cap(c.noun()) + " " + c.noun() + " handling for the " + p.svc() + " module.");
            c.ln(" * <p>");
            c.ln(" * " + c.sentence(6, 14));
            c.ln(" */");
            c.ln("public class " + cls + " {");
            c.ln();
            c.ln("    private static final Logger LOG = Logger.getLogger(" + cls + ".class.getName());");
            c.ln("    private static final String BASE_URL = \"" + c.pick(HOSTS) + "/" + p.svc() + "/v"
                    + (1 + c.r.nextInt(4)) + "\";");
            c.ln("    private static final int MAX_RETRIES = " + (2 + c.r.nextInt(5)) + ";");
            c.ln("    private static final Duration TIMEOUT = Duration.ofSeconds(" + (5 + c.r.nextInt(30)) + ");");
            int extra = c.r.nextInt(4);
            for (int i = 0; i < extra; i++) {
                String n = c.noun().toUpperCase(Locale.ROOT) + "_" + c.noun().toUpperCase(Locale.ROOT) + "_" + i;
                c.ln("    private static final String " + n + " = \"" + c.noun() + "." + c.noun() + "\";");
            }
            c.ln();
            c.ln("    private final HttpClient client;");
            c.ln("    private final Map<String, String> cache = new HashMap<>();");
            c.ln("    private String accountId;");
            c.ln("    private int batchSize = " + (50 * (1 + c.r.nextInt(10))) + ";");
            c.ln();
            c.ln("    public " + cls + "(HttpClient client, String accountId) {");
            c.ln("        this.client = Objects.requireNonNull(client, \"client\");");
            c.ln("        this.accountId = accountId;");
            c.ln("    }");
            c.ln();
            c.ln("    public " + cls + "(String accountId) {");
            c.ln("        this(HttpClient.newBuilder().connectTimeout(TIMEOUT).build(), accountId);");
            c.ln("    }");
            int target = p.targetSize() - 900;
            while (c.sb.length() < target || c.specialsLeft()) {
                c.ln();
                if (c.specialDue() || (c.specialsLeft() && c.sb.length() >= target)) {
                    c.nextSpecial++;
                    if (c.legacy()) {
                        legacy(c, methods);
                    } else {
                        harmless(c, methods);
                    }
                    continue;
                }
                method(c, methods);
            }
            c.ln();
            c.ln("    private static String requestId() {");
            c.ln("        return UUID.randomUUID().toString();");
            c.ln("    }");
            c.ln();
            c.ln("    private String fetchRaw(String url) throws IOException {");
            c.ln("        HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();");
            c.ln("        conn.setConnectTimeout((int) TIMEOUT.toMillis());");
            c.ln("        conn.setRequestProperty(\"Accept\", \"application/json\");");
            c.ln("        try (InputStream in = conn.getInputStream()) {");
            c.ln("            return new String(in.readAllBytes(), StandardCharsets.UTF_8);");
            c.ln("        }");
            c.ln("    }");
            c.ln("}");
        }

        static String methodName(Ctx c, Set<String> used, String verb, String suffix) {
            String base = verb + cap(c.noun()) + (c.chance(40) ? cap(c.noun()) : "") + suffix;
            String name = base;
            int n = 2;
            while (!used.add(name)) {
                name = base + n++;
            }
            return name;
        }

        static void doc(Ctx c) {
            int k = c.r.nextInt(10);
            if (k < 5) {
                c.ln("    /**");
                c.ln("     * " + c.sentence(5, 12));
                if (c.chance(50)) {
                    c.ln("     * " + c.sentence(5, 12));
                }
                c.ln("     */");
            } else if (k < 7) {
                c.ln("    // " + c.sentence(4, 10));
            }
        }

        static void inlineComment(Ctx c, String indent) {
            if (c.chance(30)) {
                c.ln(indent + "// " + c.sentence(3, 9));
            }
        }

        static String q(String s) {
            return "\"" + s + "\"";
        }

        static void method(Ctx c, Set<String> used) {
            doc(c);
            String noun = c.noun();
            switch (c.r.nextInt(11)) {
                case 0 -> {
                    String m = methodName(c, used, c.pick(new String[]{"fetch", "load", "lookup", "find"}), "");
                    c.ln("    public String " + m + "(String " + noun + "Id) throws IOException, InterruptedException {");
                    c.ln("        String url = BASE_URL + \"/" + noun + "s/\" + " + noun + "Id + \"?expand="
                            + c.noun() + "&limit=\" + batchSize;");
                    inlineComment(c, "        ");
                    c.ln("        HttpRequest request = HttpRequest.newBuilder(URI.create(url))");
                    c.ln("                .timeout(TIMEOUT)");
                    c.ln("                .header(\"Accept\", \"application/json\")");
                    c.ln("                .header(\"X-Request-Id\", requestId())");
                    c.ln("                .GET()");
                    c.ln("                .build();");
                    c.ln("        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());");
                    c.ln("        if (response.statusCode() != 200) {");
                    c.ln("            throw new IOException(\"unexpected status \" + response.statusCode() + \" for \" + url);");
                    c.ln("        }");
                    c.ln("        LOG.fine(\"" + noun + " \" + " + noun + "Id + \" loaded in account \" + accountId);");
                    c.ln("        return response.body();");
                    c.ln("    }");
                }
                case 1 -> {
                    String m = methodName(c, used, c.pick(new String[]{"push", "submit", "publish", "send"}), "");
                    c.ln("    public int " + m + "(String payload) throws IOException {");
                    c.ln("        URL url = new URL(BASE_URL + \"/" + noun + "s/\" + accountId + \"/" + c.noun()
                            + "s\");");
                    c.ln("        HttpURLConnection conn = (HttpURLConnection) url.openConnection();");
                    c.ln("        conn.setRequestMethod(\"" + (c.chance(70) ? "POST" : "PUT") + "\");");
                    c.ln("        conn.setRequestProperty(\"Content-Type\", \"application/json\");");
                    c.ln("        conn.setRequestProperty(\"Authorization\", \"Bearer \" + System.getenv(\""
                            + p(noun) + "_API_TOKEN\"));");
                    c.ln("        conn.setDoOutput(true);");
                    inlineComment(c, "        ");
                    c.ln("        try (OutputStream out = conn.getOutputStream()) {");
                    c.ln("            out.write(payload.getBytes(StandardCharsets.UTF_8));");
                    c.ln("        }");
                    c.ln("        int status = conn.getResponseCode();");
                    c.ln("        LOG.info(\"" + noun + " push for \" + accountId + \" returned \" + status);");
                    c.ln("        return status;");
                    c.ln("    }");
                }
                case 2 -> {
                    String m = methodName(c, used, "summarize", "");
                    c.ln("    public String " + m + "(List<String> items) {");
                    c.ln("        StringBuilder sb = new StringBuilder();");
                    c.ln("        int total = 0;");
                    c.ln("        for (int i = 0; i < items.size(); i++) {");
                    c.ln("            String item = items.get(i);");
                    c.ln("            if (item == null || item.isEmpty()) {");
                    c.ln("                continue;");
                    c.ln("            }");
                    inlineComment(c, "            ");
                    c.ln("            total += item.length();");
                    c.ln("            sb.append(\"[\").append(i).append(\"] \").append(item).append('\\n');");
                    c.ln("        }");
                    c.ln("        LOG.fine(\"summarized \" + items.size() + \" " + noun + "s, \" + total + \" chars\");");
                    c.ln("        return \"" + cap(noun) + " summary for \" + accountId + \": \" + sb;");
                    c.ln("    }");
                }
                case 3 -> {
                    String m = methodName(c, used, "count", "By" + cap(c.noun()));
                    c.ln("    public Map<String, Integer> " + m + "(List<String> keys) {");
                    c.ln("        Map<String, Integer> counts = new LinkedHashMap<>();");
                    c.ln("        for (String key : keys) {");
                    inlineComment(c, "            ");
                    c.ln("            counts.merge(key.toLowerCase(), 1, Integer::sum);");
                    c.ln("        }");
                    c.ln("        if (counts.size() > batchSize) {");
                    c.ln("            LOG.warning(\"too many distinct " + noun + " keys: \" + counts.size());");
                    c.ln("        }");
                    c.ln("        return counts;");
                    c.ln("    }");
                }
                case 4 -> {
                    String m = methodName(c, used, c.verb(), "WithRetry");
                    c.ln("    public String " + m + "(String key) throws InterruptedException {");
                    c.ln("        for (int attempt = 1; attempt <= MAX_RETRIES; attempt++) {");
                    c.ln("            try {");
                    c.ln("                String cached = cache.get(key);");
                    c.ln("                if (cached != null) {");
                    c.ln("                    return cached;");
                    c.ln("                }");
                    c.ln("                String value = fetchRaw(BASE_URL + \"/" + noun + "/\" + key);");
                    c.ln("                cache.put(key, value);");
                    c.ln("                return value;");
                    c.ln("            } catch (IOException e) {");
                    inlineComment(c, "                ");
                    c.ln("                LOG.warning(\"attempt \" + attempt + \" of \" + MAX_RETRIES + \" failed for \" + key + \": \" + e.getMessage());");
                    c.ln("                Thread.sleep(" + (100 * (1 + c.r.nextInt(5))) + "L * attempt);");
                    c.ln("            }");
                    c.ln("        }");
                    c.ln("        throw new IllegalStateException(\"giving up on " + noun
                            + " \" + key + \" after \" + MAX_RETRIES + \" attempts\");");
                    c.ln("    }");
                }
                case 5 -> {
                    String m = methodName(c, used, "score", "");
                    List<String> st = new ArrayList<>(Arrays.asList(STATUSES));
                    Collections.shuffle(st, c.r);
                    int cases = 2 + c.r.nextInt(5);
                    c.ln("    public int " + m + "(String status, int base) {");
                    c.ln("        int score;");
                    c.ln("        switch (status) {");
                    for (int i = 0; i < cases; i++) {
                        c.ln("            case " + q(st.get(i)) + ":");
                        c.ln("                score = base * " + (1 + c.r.nextInt(9)) + " + " + c.r.nextInt(100) + ";");
                        c.ln("                break;");
                    }
                    c.ln("            default:");
                    c.ln("                score = base;");
                    c.ln("        }");
                    c.ln("        return Math.max(0, score - batchSize / " + (2 + c.r.nextInt(20)) + ");");
                    c.ln("    }");
                }
                case 6 -> {
                    String m = methodName(c, used, "filter", "");
                    c.ln("    public List<String> " + m + "(List<String> values, String prefix) {");
                    c.ln("        List<String> result = new ArrayList<>();");
                    c.ln("        for (String v : values) {");
                    c.ln("            if (v != null && v.startsWith(prefix)) {");
                    c.ln("                result.add(v.trim().toUpperCase() + \"-\" + accountId);");
                    c.ln("            }");
                    c.ln("        }");
                    inlineComment(c, "        ");
                    c.ln("        result.sort(String::compareTo);");
                    c.ln("        return result;");
                    c.ln("    }");
                }
                case 7 -> {
                    String m = methodName(c, used, "build", "Url");
                    c.ln("    public String " + m + "(Map<String, String> params) {");
                    c.ln("        StringBuilder url = new StringBuilder(BASE_URL).append(\"/" + noun + "s/search?\");");
                    c.ln("        boolean first = true;");
                    c.ln("        for (Map.Entry<String, String> e : params.entrySet()) {");
                    c.ln("            if (!first) {");
                    c.ln("                url.append('&');");
                    c.ln("            }");
                    c.ln("            url.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))");
                    c.ln("                    .append('=')");
                    c.ln("                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));");
                    c.ln("            first = false;");
                    c.ln("        }");
                    c.ln("        return url + \"&page=" + (1 + c.r.nextInt(9)) + "&size=\" + batchSize;");
                    c.ln("    }");
                }
                case 8 -> {
                    String m = methodName(c, used, "to", "Json");
                    String f = c.noun();
                    c.ln("    public String " + m + "(String id, int count) {");
                    c.ln("        return \"{\\\"id\\\":\\\"\" + id + \"\\\",\\\"account\\\":\\\"\" + accountId + \"\\\",\\\""
                            + f + "Count\\\":\" + count");
                    c.ln("                + \",\\\"" + noun + "\\\":\\\"" + c.noun() + "\\\",\\\"ts\\\":\\\"\" + Instant.now() + \"\\\"}\";");
                    c.ln("    }");
                }
                case 9 -> {
                    String m = methodName(c, used, "checksum", "");
                    c.ln("    static long " + m + "(byte[] data) {");
                    c.ln("        long h = " + (1000000007L + c.r.nextInt(1 << 20)) + "L;");
                    c.ln("        for (byte b : data) {");
                    c.ln("            h = 31 * h + b;");
                    c.ln("        }");
                    c.ln("        return h ^ (h >>> " + (7 + c.r.nextInt(20)) + ");");
                    c.ln("    }");
                }
                default -> {
                    String m = methodName(c, used, c.verb(), "Settings");
                    c.ln("    public Map<String, String> " + m + "(Properties props) {");
                    c.ln("        Map<String, String> settings = new HashMap<>();");
                    int n = 2 + c.r.nextInt(4);
                    for (int i = 0; i < n; i++) {
                        String key = p(c.noun()).toLowerCase(Locale.ROOT) + "." + c.noun() + "." + c.noun();
                        c.ln("        settings.put(" + q(key) + ", props.getProperty(" + q(key) + ", "
                                + q(String.valueOf(c.r.nextInt(1000))) + "));");
                    }
                    inlineComment(c, "        ");
                    c.ln("        settings.put(\"account\", accountId);");
                    c.ln("        return settings;");
                    c.ln("    }");
                }
            }
        }

        static String p(String s) {
            return s.toUpperCase(Locale.ROOT);
        }

        static final String[] CLIQ_HOSTS = {"cliq.zoho.com", "cliq.zoho.eu", "cliq.zoho.in", "cliq.zoho.com.au"};
        static final String[] CRM_HOSTS = {"crm.zoho.com", "crm.zoho.eu", "crm.zoho.in"};
        static final String[] MODULES = {"Leads", "Contacts", "Deals", "Accounts", "Potentials", "Tasks"};
        static final String[] V1_METHODS = {"getRecords", "getRecordById", "insertRecords", "updateRecords",
                "searchRecords"};

        static void legacy(Ctx c, Set<String> used) {
            c.ln("    // " + c.sentence(4, 9));
            int k = c.r.nextInt(8);
            String cliq = c.pick(CLIQ_HOSTS);
            switch (k) {
                case 0 -> {
                    String m = methodName(c, used, "notify", "Channel");
                    c.ln("    public void " + m + "(String channel, String authToken, String message) throws IOException {");
                    c.use("java:cliq-authtoken-query-param");
                    c.ln("        URL url = new URL(\"https://" + cliq + "/api/v2/channelsbyname/\" + channel + \"/message?authtoken=\" + authToken);");
                    postBody(c);
                    c.ln("    }");
                }
                case 1 -> {
                    String m = methodName(c, used, "fetch", "Records");
                    c.ln("    public String " + m + "(String token) throws IOException {");
                    c.ln("        HttpURLConnection conn = (HttpURLConnection) new URL(\"https://www.zohoapis.com/crm/v2/"
                            + c.pick(MODULES) + "?page=\" + batchSize).openConnection();");
                    c.ln("        conn.setRequestMethod(\"GET\");");
                    c.use("java:zoho-authtoken-header");
                    c.ln("        conn.setRequestProperty(\"Authorization\", \"Zoho-authtoken \" + token);");
                    c.ln("        try (InputStream in = conn.getInputStream()) {");
                    c.ln("            return new String(in.readAllBytes(), StandardCharsets.UTF_8);");
                    c.ln("        }");
                    c.ln("    }");
                }
                case 2 -> {
                    String m = methodName(c, used, "load", "Leads");
                    c.ln("    public String " + m + "(String t, int fromIndex) throws IOException {");
                    c.use("java:crm-v1-endpoint");
                    c.ln("        String endpoint = \"https://" + c.pick(CRM_HOSTS) + "/crm/private/json/" + c.pick(MODULES)
                            + "/" + c.pick(V1_METHODS) + "?authtoken=\" + t + \"&scope=crmapi\";");
                    c.ln("        return fetchRaw(endpoint + \"&fromIndex=\" + fromIndex + \"&toIndex=\" + (fromIndex + batchSize));");
                    c.ln("    }");
                }
                case 3 -> {
                    String m = methodName(c, used, "request", "Credentials");
                    c.ln("    public String " + m + "(String form) throws IOException {");
                    c.use("java:authtoken-generation-endpoint");
                    c.ln("        HttpURLConnection conn = (HttpURLConnection) new URL(\"https://accounts.zoho."
                            + c.pick(new String[]{"com", "eu", "in"}) + "/apiauthtoken/nb/create\").openConnection();");
                    c.ln("        conn.setRequestMethod(\"POST\");");
                    c.ln("        conn.setDoOutput(true);");
                    c.ln("        try (OutputStream out = conn.getOutputStream()) {");
                    c.ln("            out.write(form.getBytes(StandardCharsets.UTF_8));");
                    c.ln("        }");
                    c.ln("        try (InputStream in = conn.getInputStream()) {");
                    c.ln("            return new String(in.readAllBytes(), StandardCharsets.UTF_8);");
                    c.ln("        }");
                    c.ln("    }");
                }
                case 4 -> {
                    String m = methodName(c, used, "alert", "Ops");
                    c.ln("    public void " + m + "(String message) throws IOException {");
                    c.use("java:hardcoded-authtoken");
                    c.ln("        final String zohoAuthtoken = \"" + c.hex32() + "\";");
                    c.use("java:cliq-authtoken-query-param");
                    c.ln("        URL url = new URL(\"https://" + cliq + "/api/v2/bots/" + c.noun() + "bot/message?authtoken=\" + zohoAuthtoken);");
                    postBody(c);
                    c.ln("    }");
                }
                case 5 -> {
                    String m = methodName(c, used, "post", "ToChannel");
                    c.ln("    public void " + m + "(String channel, String token, String message) throws IOException {");
                    c.use("java:cliq-authtoken-query-param");
                    c.ln("        URL url = new URL(String.format(\"https://" + cliq
                            + "/api/v2/channelsbyname/%s/message?authtoken=%s\", channel, token));");
                    postBody(c);
                    c.ln("    }");
                }
                case 6 -> {
                    String m = methodName(c, used, "broadcast", "");
                    c.ln("    public int " + m + "(String channel, String token, String text) throws IOException {");
                    c.ln("        Map<String, String> form = new LinkedHashMap<>();");
                    c.use("java:authtoken-form-param");
                    c.ln("        form.put(\"authtoken\", token);");
                    c.ln("        form.put(\"text\", text);");
                    c.ln("        StringBuilder body = new StringBuilder();");
                    c.ln("        for (Map.Entry<String, String> e : form.entrySet()) {");
                    c.ln("            body.append(body.length() == 0 ? \"\" : \"&\").append(e.getKey()).append('=')");
                    c.ln("                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));");
                    c.ln("        }");
                    c.ln("        HttpURLConnection conn = (HttpURLConnection) new URL(\"https://" + cliq
                            + "/api/v2/channelsbyname/\" + channel + \"/message\").openConnection();");
                    c.ln("        conn.setRequestMethod(\"POST\");");
                    c.ln("        conn.setDoOutput(true);");
                    c.ln("        try (OutputStream out = conn.getOutputStream()) {");
                    c.ln("            out.write(body.toString().getBytes(StandardCharsets.UTF_8));");
                    c.ln("        }");
                    c.ln("        return conn.getResponseCode();");
                    c.ln("    }");
                }
                default -> {
                    String m = methodName(c, used, "resolve", "Url");
                    c.ln("    public String " + m + "(Properties props, String channel) {");
                    c.use("java:authtoken-config-read");
                    c.ln("        String token = props.getProperty(\"zoho.authtoken\");");
                    c.use("java:cliq-authtoken-query-param");
                    c.ln("        return \"https://" + cliq + "/api/v2/channelsbyname/\" + channel + \"/message?authtoken=\" + token;");
                    c.ln("    }");
                }
            }
        }

        static void postBody(Ctx c) {
            c.ln("        HttpURLConnection conn = (HttpURLConnection) url.openConnection();");
            c.ln("        conn.setRequestMethod(\"POST\");");
            c.ln("        conn.setRequestProperty(\"Content-Type\", \"application/json\");");
            c.ln("        conn.setDoOutput(true);");
            c.ln("        try (OutputStream out = conn.getOutputStream()) {");
            c.ln("            out.write((\"{\\\"text\\\":\\\"\" + message + \"\\\"}\").getBytes(StandardCharsets.UTF_8));");
            c.ln("        }");
            c.ln("        LOG.info(\"chat post returned \" + conn.getResponseCode());");
        }

        static void harmless(Ctx c, Set<String> used) {
            switch (c.r.nextInt(3)) {
                case 0 -> {
                    c.ln("    /** Posts to the ops channel through the Cliq incoming webhook (token from the environment). */");
                    String m = methodName(c, used, "post", "ToOps");
                    c.ln("    public int " + m + "(String text) throws IOException, InterruptedException {");
                    c.ln("        String url = \"https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=\" + System.getenv(\"CLIQ_WEBHOOK_TOKEN\");");
                    c.ln("        HttpRequest request = HttpRequest.newBuilder(URI.create(url))");
                    c.ln("                .header(\"Content-Type\", \"application/json\")");
                    c.ln("                .POST(HttpRequest.BodyPublishers.ofString(\"{\\\"text\\\":\\\"\" + text + \"\\\"}\"))");
                    c.ln("                .build();");
                    c.ln("        return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();");
                    c.ln("    }");
                }
                case 1 -> {
                    c.ln("    // Zoho CRM v2 with OAuth: the access token comes from the token refresher.");
                    String m = methodName(c, used, "fetch", "Lead");
                    c.ln("    public String " + m + "(String id, String accessToken) throws IOException, InterruptedException {");
                    c.ln("        HttpRequest request = HttpRequest.newBuilder(URI.create(\"https://www.zohoapis.com/crm/v2/Leads/\" + id))");
                    c.ln("                .header(\"Authorization\", \"Zoho-oauthtoken \" + accessToken)");
                    c.ln("                .timeout(TIMEOUT)");
                    c.ln("                .GET()");
                    c.ln("                .build();");
                    c.ln("        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();");
                    c.ln("    }");
                }
                default -> {
                    String m = methodName(c, used, "refresh", "AccessToken");
                    c.ln("    public String " + m + "(String clientId, String clientSecret, String refreshToken) throws IOException, InterruptedException {");
                    c.ln("        String form = \"grant_type=refresh_token&client_id=\" + clientId + \"&client_secret=\" + clientSecret");
                    c.ln("                + \"&refresh_token=\" + refreshToken;");
                    c.ln("        HttpRequest request = HttpRequest.newBuilder(URI.create(\"https://accounts.zoho.com/oauth/v2/token\"))");
                    c.ln("                .header(\"Content-Type\", \"application/x-www-form-urlencoded\")");
                    c.ln("                .POST(HttpRequest.BodyPublishers.ofString(form))");
                    c.ln("                .build();");
                    c.ln("        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();");
                    c.ln("    }");
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ XML

    static final class XmlGen {
        static void generate(Ctx c) {
            if (c.plan.path().endsWith("pom.xml")) {
                pom(c);
            } else {
                spring(c);
            }
        }

        static void pom(Ctx c) {
            Plan p = c.plan;
            int specials = c.planSpecials(1);
            c.ln("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            c.ln("<project xmlns=\"http://maven.apache.org/POM/4.0.0\"");
            c.ln("         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"");
            c.ln("         xsi:schemaLocation=\"http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd\">");
            c.ln("  <modelVersion>4.0.0</modelVersion>");
            c.ln("  <parent>");
            c.ln("    <groupId>com.acme</groupId>");
            c.ln("    <artifactId>acme-parent</artifactId>");
            c.ln("    <version>" + (1 + c.r.nextInt(5)) + "." + c.r.nextInt(20) + ".0</version>");
            c.ln("  </parent>");
            c.ln("  <artifactId>" + p.svc() + "-" + c.noun() + "</artifactId>");
            c.ln("  <name>" + cap(p.svc()) + " " + cap(c.noun()) + "</name>");
            c.ln("  <description>" + c.sentence(5, 10) + "</description>");
            c.ln("  <properties>");
            c.ln("    <java.version>17</java.version>");
            c.ln("    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>");
            for (int i = 0; i < specials; i++) {
                if (c.legacy()) {
                    if (c.chance(50)) {
                        c.use("xml:cliq-authtoken-query-param");
                        c.ln("    <notify.cliq.url>https://cliq.zoho.com/api/v2/channelsbyname/builds/message?authtoken=${env.CLIQ_AUTHTOKEN}</notify.cliq.url>");
                    } else {
                        c.use("xml:hardcoded-authtoken");
                        c.ln("    <zoho.authtoken>" + c.hex32() + "</zoho.authtoken>");
                    }
                } else {
                    c.ln("    <notify.cliq.webhook>https://cliq.zoho.com/api/v2/channelsbyname/builds/message?zapikey=${env.CLIQ_WEBHOOK_TOKEN}</notify.cliq.webhook>");
                }
            }
            c.nextSpecial = c.marks.size();
            int n = 2 + c.r.nextInt(8);
            for (int i = 0; i < n; i++) {
                String tag = c.noun() + "-" + c.noun() + ".version";
                c.ln("    <" + tag + ">" + c.r.nextInt(10) + "." + c.r.nextInt(30) + "." + c.r.nextInt(10) + "</" + tag + ">");
            }
            c.ln("  </properties>");
            c.ln("  <dependencies>");
            int target = p.targetSize() - 700;
            while (c.sb.length() < target) {
                c.ln("    <dependency>");
                c.ln("      <groupId>" + c.pick(new String[]{"com.acme", "com.acme.libs", "org.apache.commons",
                        "com.fasterxml.jackson.core", "org.springframework", "io.micrometer", "org.slf4j"}) + "</groupId>");
                c.ln("      <artifactId>" + c.noun() + "-" + c.noun() + "</artifactId>");
                if (c.chance(60)) {
                    c.ln("      <version>" + c.r.nextInt(8) + "." + c.r.nextInt(20) + "." + c.r.nextInt(10) + "</version>");
                }
                if (c.chance(20)) {
                    c.ln("      <scope>" + c.pick(new String[]{"test", "provided", "runtime"}) + "</scope>");
                }
                if (c.chance(10)) {
                    c.ln("      <!-- " + c.sentence(4, 10) + " -->");
                }
                c.ln("    </dependency>");
            }
            c.ln("  </dependencies>");
            c.ln("  <build>");
            c.ln("    <plugins>");
            c.ln("      <plugin>");
            c.ln("        <groupId>org.apache.maven.plugins</groupId>");
            c.ln("        <artifactId>maven-surefire-plugin</artifactId>");
            c.ln("        <configuration>");
            c.ln("          <argLine>-Xmx" + (256 * (1 + c.r.nextInt(4))) + "m</argLine>");
            c.ln("        </configuration>");
            c.ln("      </plugin>");
            c.ln("    </plugins>");
            c.ln("  </build>");
            c.ln("</project>");
        }

        static void spring(Ctx c) {
            Plan p = c.plan;
            c.planSpecials(1);
            c.ln("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            c.ln("<beans xmlns=\"http://www.springframework.org/schema/beans\"");
            c.ln("       xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"");
            c.ln("       xmlns:context=\"http://www.springframework.org/schema/context\"");
            c.ln("       xsi:schemaLocation=\"http://www.springframework.org/schema/beans https://www.springframework.org/schema/beans/spring-beans.xsd");
            c.ln("                           http://www.springframework.org/schema/context https://www.springframework.org/schema/context/spring-context.xsd\">");
            c.ln();
            c.ln("  <!-- " + c.sentence(5, 12) + " -->");
            c.ln("  <context:property-placeholder location=\"classpath:application.properties\"/>");
            c.ln();
            int target = p.targetSize() - 200;
            int id = 0;
            while (c.sb.length() < target || c.specialsLeft()) {
                if (c.specialDue() || (c.specialsLeft() && c.sb.length() >= target)) {
                    c.nextSpecial++;
                    if (c.legacy()) {
                        c.ln("  <bean id=\"chatNotifier" + id++ + "\" class=\"com.acme." + pkgName(p.svc()) + ".notify.ChatNotifier\">");
                        if (c.chance(60)) {
                            c.use("xml:cliq-authtoken-query-param");
                            c.ln("    <property name=\"url\" value=\"https://cliq.zoho.com/api/v2/channelsbyname/" + c.noun()
                                    + "/message?authtoken=${cliq.authtoken}\"/>");
                        } else {
                            c.use("xml:crm-v1-endpoint");
                            c.ln("    <property name=\"endpoint\" value=\"https://crm.zoho.com/crm/private/xml/Leads/insertRecords?authtoken=${zoho.crm.authtoken}&amp;scope=crmapi\"/>");
                        }
                        c.ln("    <property name=\"timeoutMillis\" value=\"" + (1000 * (1 + c.r.nextInt(9))) + "\"/>");
                        c.ln("  </bean>");
                    } else {
                        c.ln("  <bean id=\"crmTokenClient" + id++ + "\" class=\"com.acme." + pkgName(p.svc()) + ".crm.OAuthTokenClient\">");
                        c.ln("    <property name=\"tokenUrl\" value=\"https://accounts.zoho.com/oauth/v2/token\"/>");
                        c.ln("    <property name=\"apiDomain\" value=\"https://www.zohoapis.com\"/>");
                        c.ln("    <property name=\"clientId\" value=\"${ZOHO_CLIENT_ID}\"/>");
                        c.ln("  </bean>");
                    }
                    c.ln();
                    continue;
                }
                String noun = c.noun();
                String bean = noun + cap(c.noun()) + (id++);
                if (c.chance(15)) {
                    c.ln("  <!-- " + c.sentence(4, 12) + " -->");
                }
                c.ln("  <bean id=\"" + bean + "\" class=\"com.acme." + pkgName(p.svc()) + "." + c.pick(PACKAGES) + "."
                        + cap(noun) + c.pick(CLASS_SUFFIXES) + "\"" + (c.chance(30) ? " init-method=\"start\" destroy-method=\"stop\"" : "") + ">");
                int props = 1 + c.r.nextInt(5);
                for (int i = 0; i < props; i++) {
                    int k = c.r.nextInt(4);
                    String name = c.noun() + cap(c.noun());
                    if (k == 0) {
                        c.ln("    <property name=\"" + name + "\" ref=\"" + c.noun() + cap(c.noun()) + "\"/>");
                    } else if (k == 1) {
                        c.ln("    <property name=\"" + name + "\" value=\"${" + p.svc() + "." + c.noun() + "." + c.noun() + "}\"/>");
                    } else if (k == 2) {
                        c.ln("    <property name=\"baseUrl\" value=\"" + c.pick(HOSTS) + "/" + c.noun() + "s\"/>");
                    } else {
                        c.ln("    <property name=\"" + name + "\">");
                        c.ln("      <list>");
                        int items = 1 + c.r.nextInt(4);
                        for (int j = 0; j < items; j++) {
                            c.ln("        <value>" + c.pick(STATUSES) + "</value>");
                        }
                        c.ln("      </list>");
                        c.ln("    </property>");
                    }
                }
                c.ln("  </bean>");
                c.ln();
            }
            c.ln("</beans>");
        }
    }

    // ------------------------------------------------------------------------------------------------ properties

    static final class PropsGen {
        static void generate(Ctx c) {
            Plan p = c.plan;
            boolean i18n = p.path().contains("/i18n/");
            c.planSpecials(2);
            c.ln("# " + cap(p.svc()) + " " + (i18n ? "messages" : "configuration") + " - " + c.sentence(3, 8));
            c.ln("# Managed by the platform team; " + c.sentence(3, 6));
            c.ln();
            int target = p.targetSize();
            while (c.sb.length() < target || c.specialsLeft()) {
                if (c.specialDue() || (c.specialsLeft() && c.sb.length() >= target)) {
                    c.nextSpecial++;
                    special(c);
                    continue;
                }
                if (c.chance(20)) {
                    c.ln();
                    c.ln("# ---- " + c.noun() + " " + c.noun() + " ----");
                }
                if (c.chance(10)) {
                    c.ln("# " + c.sentence(4, 12));
                }
                String key = (i18n ? "label." : p.svc() + ".") + c.noun() + "." + c.noun()
                        + (c.chance(50) ? "." + c.noun() : "");
                String value;
                if (i18n) {
                    value = c.sentence(2, 9);
                } else {
                    value = switch (c.r.nextInt(7)) {
                        case 0 -> String.valueOf(c.r.nextInt(5000));
                        case 1 -> String.valueOf(c.r.nextBoolean());
                        case 2 -> c.pick(HOSTS) + "/" + c.noun() + "s";
                        case 3 -> "${" + JavaGen.p(c.noun()) + "_" + JavaGen.p(c.noun()) + ":" + c.r.nextInt(100) + "}";
                        case 4 -> "jdbc:postgresql://db-" + c.pick(ENVS) + ".internal:5432/" + pkgName(p.svc());
                        case 5 -> c.pick(STATUSES) + "," + c.pick(STATUSES);
                        default -> (10 * c.r.nextInt(120)) + "s";
                    };
                }
                c.ln(key + "=" + value);
            }
        }

        static void special(Ctx c) {
            c.ln();
            if (c.legacy()) {
                switch (c.r.nextInt(3)) {
                    case 0 -> {
                        c.ln("# alerts to the on-call channel");
                        c.use("properties:cliq-authtoken-query-param");
                        c.ln("zoho.cliq.url=https://" + c.pick(JavaGen.CLIQ_HOSTS) + "/api/v2/bots/alerts/message?authtoken=${CLIQ_AUTHTOKEN}");
                    }
                    case 1 -> {
                        c.use("properties:hardcoded-authtoken");
                        c.ln("zoho.crm.authtoken=" + c.hex32());
                    }
                    default -> {
                        c.use("properties:crm-v1-endpoint");
                        c.ln("crm.legacy.endpoint=https://" + c.pick(JavaGen.CRM_HOSTS) + "/crm/private/json/"
                                + c.pick(JavaGen.MODULES) + "/searchRecords?authtoken=${ZOHO_CRM_AUTHTOKEN}&scope=crmapi");
                    }
                }
            } else {
                if (c.chance(50)) {
                    c.ln("zoho.crm.api-domain=https://www.zohoapis.com");
                    c.ln("zoho.accounts.token-url=https://accounts.zoho.com/oauth/v2/token");
                    c.ln("zoho.client-id=${ZOHO_CLIENT_ID}");
                    c.ln("zoho.client-secret=${ZOHO_CLIENT_SECRET}");
                } else {
                    c.ln("cliq.webhook.url=https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=${CLIQ_WEBHOOK_TOKEN}");
                }
            }
            c.ln();
        }
    }

    // ------------------------------------------------------------------------------------------------ YAML

    static final class YamlGen {
        static void generate(Ctx c) {
            Plan p = c.plan;
            boolean k8s = p.path().startsWith("deploy/");
            c.planSpecials(1);
            c.ln("# " + c.sentence(4, 10));
            int target = p.targetSize();
            int section = 0;
            if (!k8s) {
                c.ln("server:");
                c.ln("  port: " + (8000 + c.r.nextInt(100)));
                c.ln("spring:");
                c.ln("  application:");
                c.ln("    name: " + p.svc());
                c.ln("  datasource:");
                c.ln("    url: jdbc:postgresql://db-" + c.pick(ENVS) + ".internal:5432/" + pkgName(p.svc()));
                c.ln("    username: ${DB_USER}");
                c.ln("    password: ${DB_PASSWORD}");
            }
            while (c.sb.length() < target || c.specialsLeft()) {
                if (c.specialDue() || (c.specialsLeft() && c.sb.length() >= target)) {
                    c.nextSpecial++;
                    special(c, k8s, section++);
                    continue;
                }
                if (k8s) {
                    k8sDoc(c);
                } else {
                    String top = c.noun() + "-" + c.noun() + "-" + section++;
                    if (c.chance(20)) {
                        c.ln("# " + c.sentence(3, 10));
                    }
                    c.ln(top + ":");
                    int n = 2 + c.r.nextInt(6);
                    for (int i = 0; i < n; i++) {
                        String key = c.noun() + "-" + i;
                        switch (c.r.nextInt(4)) {
                            case 0 -> c.ln("  " + key + ": " + c.r.nextInt(10000));
                            case 1 -> c.ln("  " + key + ": " + c.pick(HOSTS) + "/" + c.noun());
                            case 2 -> {
                                c.ln("  " + key + ":");
                                int m = 1 + c.r.nextInt(4);
                                for (int j = 0; j < m; j++) {
                                    c.ln("    - " + c.pick(STATUSES).toLowerCase(Locale.ROOT));
                                }
                            }
                            default -> c.ln("  " + key + ": \"" + c.sentence(2, 6) + "\"");
                        }
                    }
                }
            }
        }

        static void k8sDoc(Ctx c) {
            String name = c.plan.svc() + "-" + c.noun();
            c.ln("---");
            if (c.chance(60)) {
                c.ln("apiVersion: v1");
                c.ln("kind: ConfigMap");
                c.ln("metadata:");
                c.ln("  name: " + name + "-config");
                c.ln("  labels:");
                c.ln("    app: " + c.plan.svc());
                c.ln("data:");
                int n = 2 + c.r.nextInt(8);
                for (int i = 0; i < n; i++) {
                    c.ln("  " + JavaGen.p(c.noun()) + "_" + JavaGen.p(c.noun()) + "_" + i + ": \"" + c.r.nextInt(1000) + "\"");
                }
            } else {
                c.ln("apiVersion: apps/v1");
                c.ln("kind: Deployment");
                c.ln("metadata:");
                c.ln("  name: " + name);
                c.ln("spec:");
                c.ln("  replicas: " + (1 + c.r.nextInt(6)));
                c.ln("  selector:");
                c.ln("    matchLabels:");
                c.ln("      app: " + c.plan.svc());
                c.ln("  template:");
                c.ln("    metadata:");
                c.ln("      labels:");
                c.ln("        app: " + c.plan.svc());
                c.ln("    spec:");
                c.ln("      containers:");
                c.ln("        - name: " + name);
                c.ln("          image: registry.acme.example/" + c.plan.svc() + ":" + c.r.nextInt(10) + "." + c.r.nextInt(50));
                c.ln("          resources:");
                c.ln("            limits:");
                c.ln("              memory: " + (128 * (1 + c.r.nextInt(8))) + "Mi");
                c.ln("          env:");
                int n = 1 + c.r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    c.ln("            - name: " + JavaGen.p(c.noun()) + "_" + JavaGen.p(c.noun()));
                    c.ln("              value: \"" + c.noun() + "-" + c.r.nextInt(100) + "\"");
                }
            }
        }

        static void special(Ctx c, boolean k8s, int section) {
            if (k8s) {
                c.ln("---");
                c.ln("apiVersion: v1");
                c.ln("kind: ConfigMap");
                c.ln("metadata:");
                c.ln("  name: " + c.plan.svc() + "-chat-" + section);
                c.ln("data:");
                if (c.legacy()) {
                    if (c.chance(50)) {
                        c.use("yaml:cliq-authtoken-query-param");
                        c.ln("  CLIQ_URL: \"https://" + c.pick(JavaGen.CLIQ_HOSTS) + "/api/v2/channelsbyname/alerts/message?authtoken=" + c.hex32() + "\"");
                    } else {
                        c.use("yaml:hardcoded-authtoken");
                        c.ln("  ZOHO_AUTHTOKEN: \"" + c.hex32() + "\"");
                    }
                } else {
                    c.ln("  CLIQ_WEBHOOK_URL: \"https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=${CLIQ_WEBHOOK_TOKEN}\"");
                }
                return;
            }
            c.ln("integrations-" + section + ":");
            c.ln("  zoho:");
            if (c.legacy()) {
                c.ln("    cliq:");
                c.use("yaml:cliq-authtoken-query-param");
                c.ln("      url: https://" + c.pick(JavaGen.CLIQ_HOSTS) + "/api/v2/channelsbyname/alerts/message?authtoken=${CLIQ_AUTHTOKEN}");
                if (c.chance(40)) {
                    c.ln("    crm:");
                    c.use("yaml:hardcoded-authtoken");
                    c.ln("      authtoken: " + c.hex32());
                }
            } else {
                c.ln("    api-domain: https://www.zohoapis.com");
                c.ln("    token-url: https://accounts.zoho.com/oauth/v2/token");
                c.ln("    client-id: ${ZOHO_CLIENT_ID}");
                c.ln("    cliq-webhook: https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=${CLIQ_WEBHOOK_TOKEN}");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ JSON

    static final class JsonGen {
        static void generate(Ctx c) {
            Plan p = c.plan;
            c.planSpecials(1);
            c.ln("{");
            c.ln("  \"fixture\": \"" + c.noun() + "-" + c.noun() + "\",");
            c.ln("  \"service\": \"" + p.svc() + "\",");
            c.ln("  \"version\": " + (1 + c.r.nextInt(9)) + ",");
            c.ln("  \"description\": \"" + c.sentence(4, 12) + "\",");
            c.ln("  \"records\": [");
            int target = p.targetSize() - 20;
            boolean first = true;
            int id = 1000 + c.r.nextInt(9000);
            while (c.sb.length() < target || c.specialsLeft() || first) {
                if (!first) {
                    // add the comma to the previous record's closing brace
                    c.sb.setLength(c.sb.length() - 1);
                    c.sb.append(",\n");
                }
                first = false;
                if (c.specialDue() || (c.specialsLeft() && c.sb.length() >= target)) {
                    c.nextSpecial++;
                    c.ln("    {");
                    c.ln("      \"id\": " + id++ + ",");
                    c.ln("      \"type\": \"integration\",");
                    if (c.legacy()) {
                        if (c.chance(50)) {
                            c.use("json:cliq-authtoken-query-param");
                            c.ln("      \"webhookUrl\": \"https://" + c.pick(JavaGen.CLIQ_HOSTS) + "/api/v2/bots/deploybot/incoming?authtoken=" + c.hex32() + "\",");
                        } else {
                            c.use("json:hardcoded-authtoken");
                            c.ln("      \"zohoAuthtoken\": \"" + c.hex32() + "\",");
                        }
                    } else {
                        c.ln("      \"apiDomain\": \"https://www.zohoapis.com\",");
                        c.ln("      \"authHeader\": \"Zoho-oauthtoken ${ZOHO_ACCESS_TOKEN}\",");
                    }
                    c.ln("      \"enabled\": true");
                    c.ln("    }");
                    continue;
                }
                c.ln("    {");
                c.ln("      \"id\": " + id++ + ",");
                c.ln("      \"name\": \"" + c.pick(FIRST_NAMES) + " " + cap(c.noun()) + "\",");
                c.ln("      \"status\": \"" + c.pick(STATUSES) + "\",");
                c.ln("      \"amount\": " + c.r.nextInt(100000) / 100.0 + ",");
                c.ln("      \"currency\": \"" + c.pick(new String[]{"EUR", "USD", "INR", "GBP", "JPY"}) + "\",");
                StringBuilder tags = new StringBuilder();
                int n = c.r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    tags.append(i == 0 ? "" : ", ").append('"').append(c.noun()).append('"');
                }
                c.ln("      \"tags\": [" + tags + "],");
                if (c.chance(50)) {
                    c.ln("      \"address\": {");
                    c.ln("        \"city\": \"" + c.pick(CITIES) + "\",");
                    c.ln("        \"zip\": \"" + (10000 + c.r.nextInt(89999)) + "\"");
                    c.ln("      },");
                }
                if (c.chance(15)) {
                    c.ln("      \"note\": \"" + c.sentence(4, 14) + "\",");
                }
                c.ln("      \"createdAt\": \"20" + (18 + c.r.nextInt(7)) + "-" + two(1 + c.r.nextInt(12)) + "-"
                        + two(1 + c.r.nextInt(28)) + "T" + two(c.r.nextInt(24)) + ":" + two(c.r.nextInt(60)) + ":00Z\"");
                c.ln("    }");
            }
            c.ln("  ]");
            c.ln("}");
        }

        static String two(int n) {
            return n < 10 ? "0" + n : String.valueOf(n);
        }
    }

    // ------------------------------------------------------------------------------------------------ Deluge

    static final class DelugeGen {
        static void generate(Ctx c) {
            Plan p = c.plan;
            c.planSpecials(1);
            boolean zohoCalls = p.category() != Category.CLEAN;
            c.ln("// " + cap(c.verb()) + " " + c.noun() + " " + c.noun() + ": " + c.sentence(4, 10));
            c.ln("// Triggered from the " + c.noun() + " " + c.pick(new String[]{"workflow", "schedule", "button"}));
            c.ln("recordId = input.get(\"id\");");
            c.ln("info \"Starting run for \" + recordId;");
            c.ln("total = 0;");
            c.ln("items = list();");
            if (zohoCalls) {
                c.ln("record = zoho.crm.getRecordById(\"Leads\", recordId);");
                c.ln("info record.get(\"Last_Name\");");
            }
            int target = p.targetSize() - 60;
            int n = 0;
            while (c.sb.length() < target || c.specialsLeft()) {
                c.ln();
                if (c.specialDue() || (c.specialsLeft() && c.sb.length() >= target)) {
                    c.nextSpecial++;
                    special(c);
                    continue;
                }
                block(c, n++, zohoCalls);
            }
            c.ln();
            c.ln("info \"Done: \" + total;");
            c.ln("return total;");
        }

        static void block(Ctx c, int n, boolean zohoCalls) {
            String v = c.noun() + n;
            if (c.chance(25)) {
                c.ln("// " + c.sentence(4, 10));
            }
            switch (c.r.nextInt(zohoCalls ? 6 : 5)) {
                case 0 -> {
                    c.ln(v + "Map = Map();");
                    int k = 2 + c.r.nextInt(5);
                    for (int i = 0; i < k; i++) {
                        c.ln(v + "Map.put(\"" + c.noun() + "\", " + (c.chance(50) ? String.valueOf(c.r.nextInt(500))
                                : "\"" + c.noun() + "\"") + ");");
                    }
                    c.ln("items.add(" + v + "Map);");
                    c.ln("info " + v + "Map;");
                }
                case 1 -> {
                    c.ln(v + "Resp = invokeurl");
                    c.ln("[");
                    c.ln("\turl: \"" + c.pick(HOSTS) + "/" + c.noun() + "s/\" + recordId");
                    c.ln("\ttype: " + c.pick(new String[]{"GET", "GET", "POST", "PUT"}));
                    c.ln("\tconnection: \"" + c.pick(new String[]{"crm_conn", "books_conn", "erp_conn"}) + "\"");
                    c.ln("];");
                    c.ln("info " + v + "Resp;");
                    c.ln("if(" + v + "Resp.get(\"status\") == \"ok\")");
                    c.ln("{");
                    c.ln("\ttotal = total + " + v + "Resp.get(\"count\");");
                    c.ln("}");
                    c.ln("else");
                    c.ln("{");
                    c.ln("\tinfo \"" + c.noun() + " call failed for \" + recordId;");
                    c.ln("}");
                }
                case 2 -> {
                    c.ln("for each " + v + " in items");
                    c.ln("{");
                    c.ln("\tif(" + v + ".get(\"" + c.noun() + "\") != null)");
                    c.ln("\t{");
                    c.ln("\t\ttotal = total + " + v + ".get(\"" + c.noun() + "\").toLong();");
                    c.ln("\t}");
                    c.ln("}");
                }
                case 3 -> {
                    c.ln(v + "Text = \"" + cap(c.noun()) + " \" + recordId + \" has \" + items.size() + \" " + c.noun() + "s\";");
                    c.ln(v + "Text = " + v + "Text.replaceAll(\"" + c.noun() + "\", \"" + c.noun() + "\");");
                    c.ln("info " + v + "Text;");
                }
                case 4 -> {
                    c.ln(v + "List = {\"" + c.pick(STATUSES) + "\", \"" + c.pick(STATUSES) + "\", \"" + c.pick(STATUSES) + "\"};");
                    c.ln("if(" + v + "List.contains(input.get(\"status\")))");
                    c.ln("{");
                    c.ln("\ttotal = total + " + c.r.nextInt(50) + ";");
                    c.ln("}");
                }
                default -> {
                    String module = c.pick(JavaGen.MODULES);
                    c.ln(v + "Rec = zoho.crm.getRecordById(\"" + module + "\", recordId);");
                    c.ln(v + "Update = Map();");
                    c.ln(v + "Update.put(\"Description\", \"" + c.sentence(2, 6) + "\");");
                    c.ln("zoho.crm.updateRecord(\"" + module + "\", recordId, " + v + "Update);");
                }
            }
        }

        static void special(Ctx c) {
            String cliq = c.pick(JavaGen.CLIQ_HOSTS);
            if (!c.legacy()) {
                c.ln("msg = Map();");
                c.ln("msg.put(\"text\", \"Record \" + recordId + \" processed\");");
                c.ln("zoho.cliq.postToChannel(\"ops\", msg);");
                return;
            }
            switch (c.r.nextInt(4)) {
                case 0 -> {
                    c.ln("params = Map();");
                    c.ln("params.put(\"text\", \"New lead \" + recordId);");
                    c.use("deluge:cliq-authtoken-query-param");
                    c.ln("resp = postUrl(\"https://" + cliq + "/api/v2/channelsbyname/sales/message?authtoken=\" + authtoken, params);");
                    c.ln("info resp;");
                }
                case 1 -> {
                    c.ln("legacyResp = invokeurl");
                    c.ln("[");
                    c.use("deluge:crm-v1-endpoint");
                    c.ln("\turl: \"https://" + c.pick(JavaGen.CRM_HOSTS) + "/crm/private/json/Leads/getRecords?authtoken=\" + authtoken + \"&scope=crmapi\"");
                    c.ln("\ttype: GET");
                    c.ln("];");
                    c.ln("info legacyResp;");
                }
                case 2 -> {
                    c.use("deluge:hardcoded-authtoken");
                    c.ln("authtoken = \"" + c.hex32() + "\";");
                    c.ln("notifyMap = Map();");
                    c.ln("notifyMap.put(\"text\", \"Deal closed: \" + recordId);");
                    c.use("deluge:cliq-authtoken-query-param");
                    c.ln("postUrl(\"https://" + cliq + "/api/v2/bots/dealbot/message?authtoken=\" + authtoken, notifyMap);");
                }
                default -> {
                    c.ln("form = Map();");
                    c.use("deluge:authtoken-form-param");
                    c.ln("form.put(\"authtoken\", authtoken);");
                    c.ln("form.put(\"text\", \"Ticket \" + recordId + \" escalated\");");
                    c.ln("postUrl(\"https://" + cliq + "/api/v2/channelsbyname/support/message\", form);");
                }
            }
        }
    }

    /** {@code base}, or {@code base2}, {@code base3}, … if it is taken; the result is added to {@code used}. */
    static String unique(Set<String> used, String base) {
        String name = base;
        int n = 2;
        while (!used.add(name)) {
            name = base + n++;
        }
        return name;
    }

    /** Runs the body blocks of a code or config file and the special blocks at their planned positions. */
    /**
     * A block of plain settings: a TOML table ({@code [tool.a_b_3]}, quoted values) or an INI section
     * ({@code [a:b_3]}, bare values).
     */
    static void settingsBlock(Ctx c, int n, boolean toml) {
        c.ln();
        if (c.chance(20)) {
            c.ln("# " + c.sentence(3, 9));
        }
        String first = c.noun();
        String second = c.noun();
        c.ln(toml ? "[tool." + first + "_" + second + "_" + n + "]" : "[" + first + ":" + second + "_" + n + "]");
        int k = 2 + c.r.nextInt(6);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < k; i++) {
            String key = unique(keys, c.noun() + "_" + c.noun());
            String value;
            switch (c.r.nextInt(5)) {
                case 0 -> value = String.valueOf(c.r.nextInt(5000));
                case 1 -> value = String.valueOf(c.r.nextBoolean());
                case 2 -> value = quoted(toml, c.pick(HOSTS) + "/" + c.noun());
                case 3 -> {
                    String a = c.pick(STATUSES);
                    String b = c.pick(STATUSES);
                    value = toml ? "[\"" + a + "\", \"" + b + "\"]" : a + "," + b;
                }
                default -> value = quoted(toml, c.sentence(2, 6));
            }
            c.ln(key + " = " + value);
        }
    }

    static String quoted(boolean quote, String value) {
        return quote ? "\"" + value + "\"" : value;
    }

    static void body(Ctx c, int target, Runnable block, Runnable special) {
        while (c.sb.length() < target || c.specialsLeft()) {
            if (c.specialDue() || (c.specialsLeft() && c.sb.length() >= target)) {
                c.nextSpecial++;
                special.run();
                continue;
            }
            block.run();
        }
    }

    // ------------------------------------------------------------------------------------------------ Python

    static final class PythonGen {
        static void generate(Ctx c) {
            Plan p = c.plan;
            Set<String> used = new HashSet<>();
            boolean test = p.path().contains("/test_");
            c.planSpecials(2);
            c.ln("\"\"\"" + cap(c.noun()) + " " + c.noun() + " helpers for the " + p.svc() + " service.");
            c.ln();
            c.ln(c.sentence(6, 14));
            c.ln("\"\"\"");
            c.ln("from __future__ import annotations");
            c.ln();
            c.ln("import json");
            c.ln("import logging");
            c.ln("import os");
            c.ln("import time");
            c.ln("from dataclasses import dataclass, field");
            c.ln("from typing import Any, Dict, Iterable, List, Optional");
            c.ln();
            c.ln("import requests");
            if (test) {
                c.ln("import pytest");
            }
            c.ln();
            c.ln("LOG = logging.getLogger(__name__)");
            c.ln("BASE_URL = os.environ.get(\"" + JavaGen.p(snakeName(p.svc())) + "_URL\", \"" + c.pick(HOSTS) + "/"
                    + p.svc() + "/v" + (1 + c.r.nextInt(4)) + "\")");
            c.ln("TIMEOUT = " + (5 + c.r.nextInt(30)));
            c.ln("MAX_RETRIES = " + (2 + c.r.nextInt(5)));
            c.ln("PAGE_SIZE = " + (50 * (1 + c.r.nextInt(10))));
            body(c, p.targetSize() - 200, () -> block(c, used), () -> {
                c.ln();
                c.ln();
                if (c.legacy()) {
                    legacy(c, used);
                } else {
                    harmless(c, used);
                }
            });
            c.ln();
            c.ln();
            c.ln("if __name__ == \"__main__\":");
            c.ln("    logging.basicConfig(level=logging.INFO)");
            c.ln("    LOG.info(\"" + c.sentence(3, 7) + "\")");
        }

        static String fn(Ctx c, Set<String> used, String verb) {
            return unique(used, verb + "_" + c.noun() + (c.chance(40) ? "_" + c.noun() : ""));
        }

        static void doc(Ctx c, String indent) {
            if (c.chance(45)) {
                c.ln(indent + "\"\"\"" + c.sentence(4, 12) + "\"\"\"");
            } else if (c.chance(25)) {
                c.ln(indent + "# " + c.sentence(3, 9));
            }
        }

        static void block(Ctx c, Set<String> used) {
            c.ln();
            c.ln();
            String noun = c.noun();
            switch (c.r.nextInt(7)) {
                case 0 -> {
                    c.ln("def " + fn(c, used, c.pick(new String[]{"fetch", "load", "lookup", "find"})) + "(" + noun
                            + "_id: str, session: Optional[requests.Session] = None) -> Dict[str, Any]:");
                    doc(c, "    ");
                    c.ln("    http = session or requests.Session()");
                    c.ln("    url = f\"{BASE_URL}/" + noun + "s/{" + noun + "_id}\"");
                    c.ln("    resp = http.get(url, params={\"expand\": \"" + c.noun() + "\", \"limit\": PAGE_SIZE}, timeout=TIMEOUT)");
                    c.ln("    resp.raise_for_status()");
                    c.ln("    LOG.debug(\"" + noun + " %s loaded\", " + noun + "_id)");
                    c.ln("    return resp.json()");
                }
                case 1 -> {
                    c.ln("def " + fn(c, used, c.pick(new String[]{"push", "submit", "publish", "send"})) + "(payload: Dict[str, Any]) -> int:");
                    doc(c, "    ");
                    c.ln("    headers = {\"Authorization\": \"Bearer \" + os.environ[\"" + JavaGen.p(noun) + "_API_TOKEN\"]}");
                    c.ln("    for attempt in range(1, MAX_RETRIES + 1):");
                    c.ln("        resp = requests." + c.pick(new String[]{"post", "post", "put"}) + "(f\"{BASE_URL}/" + noun
                            + "s\", json=payload, headers=headers, timeout=TIMEOUT)");
                    c.ln("        if resp.status_code < 500:");
                    c.ln("            return resp.status_code");
                    c.ln("        LOG.warning(\"attempt %d failed with %d\", attempt, resp.status_code)");
                    c.ln("        time.sleep(" + (1 + c.r.nextInt(5)) + " * attempt)");
                    c.ln("    raise RuntimeError(\"giving up on " + noun + " push\")");
                }
                case 2 -> {
                    c.ln("def " + fn(c, used, "summarize") + "(items: Iterable[str]) -> str:");
                    doc(c, "    ");
                    c.ln("    lines = []");
                    c.ln("    total = 0");
                    c.ln("    for i, item in enumerate(items):");
                    c.ln("        if not item:");
                    c.ln("            continue");
                    c.ln("        total += len(item)");
                    c.ln("        lines.append(f\"[{i}] {item}\")");
                    c.ln("    LOG.debug(\"summarized %d " + noun + "s, %d chars\", len(lines), total)");
                    c.ln("    return \"\\n\".join(lines)");
                }
                case 3 -> {
                    String cls = cap(noun) + cap(c.noun()) + c.pick(new String[]{"", "Record", "Row", "Event", "Summary"});
                    cls = unique(used, cls);
                    c.ln("@dataclass");
                    c.ln("class " + cls + ":");
                    doc(c, "    ");
                    c.ln("    id: str");
                    int n = 2 + c.r.nextInt(5);
                    Set<String> fields = new HashSet<>();
                    for (int i = 0; i < n; i++) {
                        String f = unique(fields, c.noun());
                        c.ln("    " + f + ": " + c.pick(new String[]{"str = \"\"", "int = 0", "float = 0.0",
                                "Optional[str] = None", "bool = False"}));
                    }
                    c.ln("    tags: List[str] = field(default_factory=list)");
                    c.ln();
                    c.ln("    def to_json(self) -> str:");
                    c.ln("        return json.dumps(self.__dict__, sort_keys=True)");
                }
                case 4 -> {
                    c.ln("def " + fn(c, used, "score") + "(status: str, base: int) -> int:");
                    doc(c, "    ");
                    List<String> st = new ArrayList<>(Arrays.asList(STATUSES));
                    Collections.shuffle(st, c.r);
                    int cases = 2 + c.r.nextInt(4);
                    for (int i = 0; i < cases; i++) {
                        c.ln("    " + (i == 0 ? "if" : "elif") + " status == \"" + st.get(i) + "\":");
                        c.ln("        return base * " + (1 + c.r.nextInt(9)) + " + " + c.r.nextInt(100));
                    }
                    c.ln("    return max(0, base - PAGE_SIZE // " + (2 + c.r.nextInt(20)) + ")");
                }
                case 5 -> {
                    c.ln("def " + fn(c, used, c.verb()) + "_settings(env: Optional[Dict[str, str]] = None) -> Dict[str, str]:");
                    doc(c, "    ");
                    c.ln("    env = env if env is not None else dict(os.environ)");
                    c.ln("    return {");
                    int n = 2 + c.r.nextInt(5);
                    for (int i = 0; i < n; i++) {
                        String key = c.noun() + "_" + c.noun();
                        c.ln("        \"" + key + "\": env.get(\"" + JavaGen.p(key) + "\", \"" + c.r.nextInt(1000) + "\"),");
                    }
                    c.ln("    }");
                }
                default -> {
                    String name = fn(c, used, "test_" + c.verb());
                    if (c.plan.path().contains("/test_")) {
                        c.ln("@pytest.mark.parametrize(\"value\", [" + c.r.nextInt(10) + ", " + c.r.nextInt(100) + ", "
                                + c.r.nextInt(1000) + "])");
                        c.ln("def " + name + "(value: int) -> None:");
                        c.ln("    assert value >= 0");
                        c.ln("    assert str(value).isdigit()");
                    } else {
                        c.ln("def " + fn(c, used, "chunk") + "(values: List[Any], size: int = PAGE_SIZE) -> List[List[Any]]:");
                        doc(c, "    ");
                        c.ln("    return [values[i:i + size] for i in range(0, len(values), size)]");
                    }
                }
            }
        }

        static void legacy(Ctx c, Set<String> used) {
            String cliq = c.pick(JavaGen.CLIQ_HOSTS);
            c.ln("# " + c.sentence(4, 9));
            switch (c.r.nextInt(6)) {
                case 0 -> {
                    c.ln("def " + fn(c, used, "load") + "_leads(token: str, from_index: int = 1) -> Dict[str, Any]:");
                    c.use("py:crm-v1-endpoint");
                    c.ln("    resp = requests.get(\"https://" + c.pick(JavaGen.CRM_HOSTS) + "/crm/private/json/"
                            + c.pick(JavaGen.MODULES) + "/" + c.pick(JavaGen.V1_METHODS)
                            + "\", params={\"authtoken\": token, \"scope\": \"crmapi\", \"fromIndex\": from_index}, timeout=TIMEOUT)");
                    c.ln("    resp.raise_for_status()");
                    c.ln("    return resp.json()");
                }
                case 1 -> {
                    c.ln("def " + fn(c, used, "notify") + "_channel(channel: str, token: str, text: str) -> int:");
                    c.use("py:cliq-authtoken-query-param");
                    c.ln("    url = f\"https://" + cliq + "/api/v2/channelsbyname/{channel}/message?authtoken={token}\"");
                    c.ln("    return requests.post(url, json={\"text\": text}, timeout=TIMEOUT).status_code");
                }
                case 2 -> {
                    c.ln("def " + fn(c, used, "fetch") + "_records(token: str) -> Dict[str, Any]:");
                    c.use("py:zoho-authtoken-header");
                    c.ln("    headers = {\"Authorization\": \"Zoho-authtoken \" + token}");
                    c.ln("    resp = requests.get(\"https://www.zohoapis.com/crm/v2/" + c.pick(JavaGen.MODULES)
                            + "\", headers=headers, params={\"per_page\": PAGE_SIZE}, timeout=TIMEOUT)");
                    c.ln("    return resp.json()");
                }
                case 3 -> {
                    c.ln("def " + fn(c, used, "alert") + "_ops(text: str) -> int:");
                    c.use("py:hardcoded-authtoken");
                    c.ln("    zoho_authtoken = \"" + c.hex32() + "\"");
                    c.use("py:cliq-authtoken-query-param");
                    c.ln("    url = \"https://" + cliq + "/api/v2/bots/" + c.noun() + "bot/message?authtoken=\" + zoho_authtoken");
                    c.ln("    return requests.post(url, json={\"text\": text}, timeout=TIMEOUT).status_code");
                }
                case 4 -> {
                    c.ln("def " + fn(c, used, "broadcast") + "(channel: str, text: str) -> int:");
                    c.use("py:authtoken-config-read");
                    c.ln("    token = os.environ[\"ZOHO_AUTHTOKEN\"]");
                    c.use("py:cliq-authtoken-query-param");
                    c.ln("    url = \"https://" + cliq + "/api/v2/channelsbyname/\" + channel + \"/message?authtoken=\" + token");
                    c.ln("    return requests.post(url, json={\"text\": text}, timeout=TIMEOUT).status_code");
                }
                default -> {
                    c.ln("def " + fn(c, used, "post") + "_form(channel: str, token: str, text: str) -> int:");
                    c.ln("    resp = requests.post(");
                    c.ln("        \"https://" + cliq + "/api/v2/channelsbyname/\" + channel + \"/message\",");
                    c.use("py:authtoken-form-param");
                    c.ln("        data={\"authtoken\": token, \"text\": text},");
                    c.ln("        timeout=TIMEOUT,");
                    c.ln("    )");
                    c.ln("    return resp.status_code");
                }
            }
        }

        static void harmless(Ctx c, Set<String> used) {
            switch (c.r.nextInt(3)) {
                case 0 -> {
                    c.ln("def " + fn(c, used, "post") + "_to_ops(text: str) -> int:");
                    c.ln("    \"\"\"Posts to the ops channel through the Cliq incoming webhook (token from the environment).\"\"\"");
                    c.ln("    url = \"https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=\" + os.environ[\"CLIQ_WEBHOOK_TOKEN\"]");
                    c.ln("    return requests.post(url, json={\"text\": text}, timeout=TIMEOUT).status_code");
                }
                case 1 -> {
                    c.ln("def " + fn(c, used, "fetch") + "_lead(lead_id: str, access_token: str) -> Dict[str, Any]:");
                    c.ln("    # Zoho CRM v2 with OAuth: the access token comes from the token refresher.");
                    c.ln("    headers = {\"Authorization\": f\"Zoho-oauthtoken {access_token}\"}");
                    c.ln("    resp = requests.get(f\"https://www.zohoapis.com/crm/v2/Leads/{lead_id}\", headers=headers, timeout=TIMEOUT)");
                    c.ln("    return resp.json()");
                }
                default -> {
                    c.ln("def " + fn(c, used, "refresh") + "_access_token(client_id: str, client_secret: str, refresh_token: str) -> str:");
                    c.ln("    data = {\"grant_type\": \"refresh_token\", \"client_id\": client_id,");
                    c.ln("            \"client_secret\": client_secret, \"refresh_token\": refresh_token}");
                    c.ln("    resp = requests.post(\"https://accounts.zoho.com/oauth/v2/token\", data=data, timeout=TIMEOUT)");
                    c.ln("    return resp.json()[\"access_token\"]");
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ TypeScript

    static final class TsGen {
        static void generate(Ctx c) {
            Plan p = c.plan;
            Set<String> used = new HashSet<>();
            c.planSpecials(2);
            c.ln("/**");
            c.ln(" * " + cap(c.noun()) + " " + c.noun() + " " + c.pick(new String[]{"client", "store", "helpers", "hooks"})
                    + " for the " + p.svc() + " screens.");
            c.ln(" * " + c.sentence(5, 12));
            c.ln(" */");
            c.ln("import axios, { AxiosInstance } from \"axios\";");
            c.ln("import { z } from \"zod\";");
            c.ln();
            c.ln("const BASE_URL = process.env." + JavaGen.p(snakeName(p.svc())) + "_API_URL ?? \"" + c.pick(HOSTS) + "/"
                    + p.svc() + "\";");
            c.ln("const TIMEOUT_MS = " + (1000 * (2 + c.r.nextInt(20))) + ";");
            c.ln("const PAGE_SIZE = " + (25 * (1 + c.r.nextInt(8))) + ";");
            c.ln();
            c.ln("const http: AxiosInstance = axios.create({ baseURL: BASE_URL, timeout: TIMEOUT_MS });");
            body(c, p.targetSize() - 100, () -> block(c, used), () -> {
                c.ln();
                if (c.legacy()) {
                    legacy(c, used);
                } else {
                    harmless(c, used);
                }
            });
        }

        static String fn(Ctx c, Set<String> used, String verb) {
            return unique(used, verb + cap(c.noun()) + (c.chance(40) ? cap(c.noun()) : ""));
        }

        static void doc(Ctx c) {
            if (c.chance(45)) {
                c.ln("/** " + c.sentence(4, 12) + " */");
            } else if (c.chance(25)) {
                c.ln("// " + c.sentence(3, 9));
            }
        }

        static void block(Ctx c, Set<String> used) {
            c.ln();
            String noun = c.noun();
            doc(c);
            switch (c.r.nextInt(7)) {
                case 0 -> {
                    String type = unique(used, cap(noun) + cap(c.noun()));
                    c.ln("export interface " + type + " {");
                    c.ln("  id: string;");
                    int n = 2 + c.r.nextInt(6);
                    Set<String> fields = new HashSet<>();
                    for (int i = 0; i < n; i++) {
                        c.ln("  " + unique(fields, c.noun()) + (c.chance(30) ? "?" : "") + ": "
                                + c.pick(new String[]{"string", "number", "boolean", "string[]", "Date", "number | null"}) + ";");
                    }
                    c.ln("}");
                }
                case 1 -> {
                    c.ln("export async function " + fn(c, used, c.pick(new String[]{"fetch", "load", "find"}))
                            + "(id: string): Promise<unknown> {");
                    c.ln("  const res = await http.get(`/" + noun + "s/${encodeURIComponent(id)}`, {");
                    c.ln("    params: { expand: \"" + c.noun() + "\", limit: PAGE_SIZE },");
                    c.ln("  });");
                    c.ln("  return res.data;");
                    c.ln("}");
                }
                case 2 -> {
                    c.ln("export async function " + fn(c, used, c.pick(new String[]{"submit", "publish", "save"}))
                            + "(payload: Record<string, unknown>): Promise<number> {");
                    c.ln("  for (let attempt = 1; attempt <= " + (2 + c.r.nextInt(4)) + "; attempt++) {");
                    c.ln("    try {");
                    c.ln("      const res = await http." + c.pick(new String[]{"post", "put", "patch"}) + "(\"/" + noun
                            + "s\", payload, { headers: { Authorization: `Bearer ${process.env." + JavaGen.p(noun)
                            + "_API_TOKEN}` } });");
                    c.ln("      return res.status;");
                    c.ln("    } catch (err) {");
                    c.ln("      console.warn(`attempt ${attempt} failed`, err);");
                    c.ln("      await new Promise((r) => setTimeout(r, " + (100 * (1 + c.r.nextInt(9))) + " * attempt));");
                    c.ln("    }");
                    c.ln("  }");
                    c.ln("  throw new Error(\"giving up on " + noun + " submit\");");
                    c.ln("}");
                }
                case 3 -> {
                    String schema = unique(used, noun + cap(c.noun()) + "Schema");
                    c.ln("export const " + schema + " = z.object({");
                    c.ln("  id: z.string().uuid(),");
                    int n = 2 + c.r.nextInt(5);
                    Set<String> fields = new HashSet<>();
                    for (int i = 0; i < n; i++) {
                        c.ln("  " + unique(fields, c.noun()) + ": " + c.pick(new String[]{"z.string()", "z.number().int()",
                                "z.boolean()", "z.array(z.string())", "z.string().optional()"}) + ",");
                    }
                    c.ln("  status: z.enum([\"" + c.pick(STATUSES) + "\", \"" + c.pick(STATUSES) + "\"]),");
                    c.ln("});");
                }
                case 4 -> {
                    c.ln("export function " + fn(c, used, "summarize") + "(items: string[]): string {");
                    c.ln("  return items");
                    c.ln("    .filter((item) => item.length > 0)");
                    c.ln("    .map((item, i) => `[${i}] ${item}`)");
                    c.ln("    .join(\"\\n\");");
                    c.ln("}");
                }
                case 5 -> {
                    c.ln("export function " + fn(c, used, "score") + "(status: string, base: number): number {");
                    c.ln("  switch (status) {");
                    List<String> st = new ArrayList<>(Arrays.asList(STATUSES));
                    Collections.shuffle(st, c.r);
                    int cases = 2 + c.r.nextInt(4);
                    for (int i = 0; i < cases; i++) {
                        c.ln("    case \"" + st.get(i) + "\":");
                        c.ln("      return base * " + (1 + c.r.nextInt(9)) + " + " + c.r.nextInt(100) + ";");
                    }
                    c.ln("    default:");
                    c.ln("      return Math.max(0, base - PAGE_SIZE);");
                    c.ln("  }");
                    c.ln("}");
                }
                default -> {
                    String cls = unique(used, cap(noun) + c.pick(CLASS_SUFFIXES));
                    c.ln("export class " + cls + " {");
                    c.ln("  private readonly cache = new Map<string, unknown>();");
                    c.ln();
                    c.ln("  constructor(private readonly accountId: string) {}");
                    c.ln();
                    c.ln("  async get(key: string): Promise<unknown> {");
                    c.ln("    if (!this.cache.has(key)) {");
                    c.ln("      const res = await http.get(`/" + noun + "/${this.accountId}/${key}`);");
                    c.ln("      this.cache.set(key, res.data);");
                    c.ln("    }");
                    c.ln("    return this.cache.get(key);");
                    c.ln("  }");
                    c.ln("}");
                }
            }
        }

        static void legacy(Ctx c, Set<String> used) {
            String cliq = c.pick(JavaGen.CLIQ_HOSTS);
            c.ln("// " + c.sentence(4, 9));
            switch (c.r.nextInt(5)) {
                case 0 -> {
                    c.ln("export async function " + fn(c, used, "notify") + "(channel: string, token: string, text: string): Promise<number> {");
                    c.use("ts:cliq-authtoken-query-param");
                    c.ln("  const url = `https://" + cliq + "/api/v2/channelsbyname/${channel}/message?authtoken=${token}`;");
                    c.ln("  const res = await axios.post(url, { text });");
                    c.ln("  return res.status;");
                    c.ln("}");
                }
                case 1 -> {
                    c.ln("export async function " + fn(c, used, "fetch") + "Records(token: string): Promise<unknown> {");
                    c.ln("  const res = await fetch(\"https://www.zohoapis.com/crm/v2/" + c.pick(JavaGen.MODULES) + "\", {");
                    c.use("ts:zoho-authtoken-header");
                    c.ln("    headers: { Authorization: \"Zoho-authtoken \" + token },");
                    c.ln("  });");
                    c.ln("  return res.json();");
                    c.ln("}");
                }
                case 2 -> {
                    c.ln("export async function " + fn(c, used, "post") + "Form(channel: string, token: string, text: string): Promise<number> {");
                    c.use("ts:authtoken-form-param");
                    c.ln("  const form = new URLSearchParams({ authtoken: token, text });");
                    c.ln("  const res = await axios.post(`https://" + cliq + "/api/v2/channelsbyname/${channel}/message`, form);");
                    c.ln("  return res.status;");
                    c.ln("}");
                }
                case 3 -> {
                    c.ln("export async function " + fn(c, used, "broadcast") + "(channel: string, text: string): Promise<number> {");
                    c.use("ts:authtoken-config-read");
                    c.ln("  const token = process.env.ZOHO_AUTHTOKEN;");
                    c.use("ts:cliq-authtoken-query-param");
                    c.ln("  const url = \"https://" + cliq + "/api/v2/channelsbyname/\" + channel + \"/message?authtoken=\" + token;");
                    c.ln("  return (await axios.post(url, { text })).status;");
                    c.ln("}");
                }
                default -> {
                    c.ln("export async function " + fn(c, used, "load") + "Leads(token: string, fromIndex = 1): Promise<unknown> {");
                    c.use("ts:crm-v1-endpoint");
                    c.ln("  const res = await axios.get(\"https://" + c.pick(JavaGen.CRM_HOSTS) + "/crm/private/json/"
                            + c.pick(JavaGen.MODULES) + "/" + c.pick(JavaGen.V1_METHODS)
                            + "\", { params: { authtoken: token, scope: \"crmapi\", fromIndex } });");
                    c.ln("  return res.data;");
                    c.ln("}");
                }
            }
        }

        static void harmless(Ctx c, Set<String> used) {
            switch (c.r.nextInt(2)) {
                case 0 -> {
                    c.ln("/** Posts to the ops channel through the Cliq incoming webhook (token from the environment). */");
                    c.ln("export async function " + fn(c, used, "post") + "ToOps(text: string): Promise<number> {");
                    c.ln("  const url = `https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=${process.env.CLIQ_WEBHOOK_TOKEN}`;");
                    c.ln("  return (await axios.post(url, { text })).status;");
                    c.ln("}");
                }
                default -> {
                    c.ln("// Zoho CRM v2 with OAuth: the access token comes from the token refresher.");
                    c.ln("export async function " + fn(c, used, "fetch") + "Lead(id: string, accessToken: string): Promise<unknown> {");
                    c.ln("  const res = await fetch(`https://www.zohoapis.com/crm/v2/Leads/${id}`, {");
                    c.ln("    headers: { Authorization: `Zoho-oauthtoken ${accessToken}` },");
                    c.ln("  });");
                    c.ln("  return res.json();");
                    c.ln("}");
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ Go

    static final class GoGen {
        static void generate(Ctx c) {
            Plan p = c.plan;
            Set<String> used = new HashSet<>();
            String[] dirs = p.path().split("/");
            String pkg = dirs[dirs.length - 2];
            c.planSpecials(2);
            c.ln("// Package " + pkg + " " + c.sentence(5, 12).toLowerCase(Locale.ROOT));
            c.ln("package " + pkg);
            c.ln();
            c.ln("import (");
            for (String imp : new String[]{"context", "encoding/json", "fmt", "io", "log", "net/http", "net/url", "os",
                    "strings", "time"}) {
                c.ln("\t\"" + imp + "\"");
            }
            c.ln(")");
            c.ln();
            c.ln("const (");
            c.ln("\tbaseURL    = \"" + c.pick(HOSTS) + "/" + p.svc() + "\"");
            c.ln("\tmaxRetries = " + (2 + c.r.nextInt(5)));
            c.ln("\tpageSize   = " + (50 * (1 + c.r.nextInt(10))));
            c.ln(")");
            c.ln();
            c.ln("var httpClient = &http.Client{Timeout: " + (5 + c.r.nextInt(30)) + " * time.Second}");
            body(c, p.targetSize() - 100, () -> block(c, used), () -> {
                c.ln();
                if (c.legacy()) {
                    legacy(c, used);
                } else {
                    harmless(c, used);
                }
            });
        }

        static String fn(Ctx c, Set<String> used, String verb) {
            return unique(used, verb + cap(c.noun()) + (c.chance(40) ? cap(c.noun()) : ""));
        }

        static void doc(Ctx c, String name) {
            if (c.chance(60)) {
                c.ln("// " + name + " " + c.sentence(3, 10).toLowerCase(Locale.ROOT));
            }
        }

        static void block(Ctx c, Set<String> used) {
            c.ln();
            String noun = c.noun();
            switch (c.r.nextInt(6)) {
                case 0 -> {
                    String type = unique(used, cap(noun) + cap(c.noun()));
                    doc(c, type);
                    c.ln("type " + type + " struct {");
                    c.ln("\tID string `json:\"id\"`");
                    int n = 2 + c.r.nextInt(6);
                    Set<String> fields = new HashSet<>();
                    for (int i = 0; i < n; i++) {
                        String f = unique(fields, c.noun());
                        c.ln("\t" + cap(f) + " " + c.pick(new String[]{"string", "int64", "bool", "float64", "[]string",
                                "time.Time"}) + " `json:\"" + f + ",omitempty\"`");
                    }
                    c.ln("}");
                }
                case 1 -> {
                    String name = fn(c, used, c.pick(new String[]{"fetch", "load", "find"}));
                    doc(c, name);
                    c.ln("func " + name + "(ctx context.Context, id string) ([]byte, error) {");
                    c.ln("\tu := baseURL + \"/" + noun + "s/\" + url.PathEscape(id) + \"?limit=\" + fmt.Sprint(pageSize)");
                    c.ln("\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)");
                    c.ln("\tif err != nil {");
                    c.ln("\t\treturn nil, err");
                    c.ln("\t}");
                    c.ln("\treq.Header.Set(\"Accept\", \"application/json\")");
                    c.ln("\tresp, err := httpClient.Do(req)");
                    c.ln("\tif err != nil {");
                    c.ln("\t\treturn nil, fmt.Errorf(\"" + noun + " %s: %w\", id, err)");
                    c.ln("\t}");
                    c.ln("\tdefer resp.Body.Close()");
                    c.ln("\treturn io.ReadAll(resp.Body)");
                    c.ln("}");
                }
                case 2 -> {
                    String name = fn(c, used, c.pick(new String[]{"push", "submit", "publish"}));
                    doc(c, name);
                    c.ln("func " + name + "(ctx context.Context, payload any) (int, error) {");
                    c.ln("\tbody, err := json.Marshal(payload)");
                    c.ln("\tif err != nil {");
                    c.ln("\t\treturn 0, err");
                    c.ln("\t}");
                    c.ln("\tfor attempt := 1; attempt <= maxRetries; attempt++ {");
                    c.ln("\t\treq, _ := http.NewRequestWithContext(ctx, http.MethodPost, baseURL+\"/" + noun
                            + "s\", strings.NewReader(string(body)))");
                    c.ln("\t\treq.Header.Set(\"Authorization\", \"Bearer \"+os.Getenv(\"" + JavaGen.p(noun) + "_API_TOKEN\"))");
                    c.ln("\t\tresp, err := httpClient.Do(req)");
                    c.ln("\t\tif err == nil && resp.StatusCode < 500 {");
                    c.ln("\t\t\tresp.Body.Close()");
                    c.ln("\t\t\treturn resp.StatusCode, nil");
                    c.ln("\t\t}");
                    c.ln("\t\tlog.Printf(\"attempt %d failed: %v\", attempt, err)");
                    c.ln("\t\ttime.Sleep(time.Duration(attempt) * " + (100 * (1 + c.r.nextInt(5))) + " * time.Millisecond)");
                    c.ln("\t}");
                    c.ln("\treturn 0, fmt.Errorf(\"giving up on " + noun + " push\")");
                    c.ln("}");
                }
                case 3 -> {
                    String name = fn(c, used, "summarize");
                    doc(c, name);
                    c.ln("func " + name + "(items []string) string {");
                    c.ln("\tvar b strings.Builder");
                    c.ln("\tfor i, item := range items {");
                    c.ln("\t\tif item == \"\" {");
                    c.ln("\t\t\tcontinue");
                    c.ln("\t\t}");
                    c.ln("\t\tfmt.Fprintf(&b, \"[%d] %s\\n\", i, item)");
                    c.ln("\t}");
                    c.ln("\treturn b.String()");
                    c.ln("}");
                }
                case 4 -> {
                    String name = fn(c, used, "score");
                    doc(c, name);
                    c.ln("func " + name + "(status string, base int) int {");
                    c.ln("\tswitch status {");
                    List<String> st = new ArrayList<>(Arrays.asList(STATUSES));
                    Collections.shuffle(st, c.r);
                    int cases = 2 + c.r.nextInt(4);
                    for (int i = 0; i < cases; i++) {
                        c.ln("\tcase \"" + st.get(i) + "\":");
                        c.ln("\t\treturn base*" + (1 + c.r.nextInt(9)) + " + " + c.r.nextInt(100));
                    }
                    c.ln("\tdefault:");
                    c.ln("\t\treturn base");
                    c.ln("\t}");
                    c.ln("}");
                }
                default -> {
                    String name = fn(c, used, "count");
                    doc(c, name);
                    c.ln("func " + name + "(keys []string) map[string]int {");
                    c.ln("\tcounts := make(map[string]int, len(keys))");
                    c.ln("\tfor _, k := range keys {");
                    c.ln("\t\tcounts[strings.ToLower(k)]++");
                    c.ln("\t}");
                    c.ln("\tif len(counts) > pageSize {");
                    c.ln("\t\tlog.Printf(\"too many distinct " + noun + " keys: %d\", len(counts))");
                    c.ln("\t}");
                    c.ln("\treturn counts");
                    c.ln("}");
                }
            }
        }

        static void legacy(Ctx c, Set<String> used) {
            String cliq = c.pick(JavaGen.CLIQ_HOSTS);
            c.ln("// " + c.sentence(4, 9));
            switch (c.r.nextInt(4)) {
                case 0 -> {
                    c.ln("func " + fn(c, used, "fetch") + "Records(token string) (*http.Response, error) {");
                    c.ln("\treq, err := http.NewRequest(http.MethodGet, \"https://www.zohoapis.com/crm/v2/" + c.pick(JavaGen.MODULES) + "\", nil)");
                    c.ln("\tif err != nil {");
                    c.ln("\t\treturn nil, err");
                    c.ln("\t}");
                    c.use("go:zoho-authtoken-header");
                    c.ln("\treq.Header.Set(\"Authorization\", \"Zoho-authtoken \"+token)");
                    c.ln("\treturn httpClient.Do(req)");
                    c.ln("}");
                }
                case 1 -> {
                    c.ln("func " + fn(c, used, "notify") + "Channel(channel, token, text string) error {");
                    c.use("go:cliq-authtoken-query-param");
                    c.ln("\tu := \"https://" + cliq + "/api/v2/channelsbyname/\" + channel + \"/message?authtoken=\" + token");
                    c.ln("\t_, err := httpClient.Post(u, \"application/json\", strings.NewReader(`{\"text\":\"`+text+`\"}`))");
                    c.ln("\treturn err");
                    c.ln("}");
                }
                case 2 -> {
                    c.ln("func " + fn(c, used, "post") + "ToChannel(channel, token, text string) error {");
                    c.use("go:cliq-authtoken-query-param");
                    c.ln("\tu := fmt.Sprintf(\"https://" + cliq + "/api/v2/channelsbyname/%s/message?authtoken=%s\", channel, token)");
                    c.ln("\t_, err := httpClient.Post(u, \"application/json\", strings.NewReader(`{\"text\":\"`+text+`\"}`))");
                    c.ln("\treturn err");
                    c.ln("}");
                }
                default -> {
                    c.ln("func " + fn(c, used, "broadcast") + "(channel, text string) error {");
                    c.use("go:authtoken-config-read");
                    c.ln("\ttoken := os.Getenv(\"ZOHO_AUTHTOKEN\")");
                    c.use("go:cliq-authtoken-query-param");
                    c.ln("\tu := \"https://" + cliq + "/api/v2/channelsbyname/\" + channel + \"/message?authtoken=\" + token");
                    c.ln("\t_, err := httpClient.PostForm(u, url.Values{\"text\": {text}})");
                    c.ln("\treturn err");
                    c.ln("}");
                }
            }
        }

        static void harmless(Ctx c, Set<String> used) {
            if (c.chance(50)) {
                c.ln("// Posts to the ops channel through the Cliq incoming webhook (token from the environment).");
                c.ln("func " + fn(c, used, "post") + "ToOps(text string) error {");
                c.ln("\tu := \"https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=\" + os.Getenv(\"CLIQ_WEBHOOK_TOKEN\")");
                c.ln("\t_, err := httpClient.Post(u, \"application/json\", strings.NewReader(`{\"text\":\"`+text+`\"}`))");
                c.ln("\treturn err");
                c.ln("}");
            } else {
                c.ln("// Zoho CRM v2 with OAuth: the access token comes from the token refresher.");
                c.ln("func " + fn(c, used, "fetch") + "Lead(id, accessToken string) (*http.Response, error) {");
                c.ln("\treq, _ := http.NewRequest(http.MethodGet, \"https://www.zohoapis.com/crm/v2/Leads/\"+id, nil)");
                c.ln("\treq.Header.Set(\"Authorization\", \"Zoho-oauthtoken \"+accessToken)");
                c.ln("\treturn httpClient.Do(req)");
                c.ln("}");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ shell

    static final class ShellGen {
        static void generate(Ctx c) {
            Plan p = c.plan;
            c.planSpecials(1);
            c.ln("#!/usr/bin/env bash");
            c.ln("# " + cap(c.verb()) + " " + c.noun() + " " + c.noun() + " for " + p.svc() + ": " + c.sentence(3, 8));
            c.ln("set -euo pipefail");
            c.ln();
            c.ln("ENV=\"${1:-" + c.pick(ENVS) + "}\"");
            c.ln("BASE_URL=\"${BASE_URL:-" + c.pick(HOSTS) + "/" + p.svc() + "}\"");
            c.ln("WORK_DIR=\"$(mktemp -d)\"");
            c.ln("trap 'rm -rf \"$WORK_DIR\"' EXIT");
            c.ln();
            c.ln("log() { echo \"[$(date -u +%H:%M:%S)] $*\" >&2; }");
            int[] n = {0};
            body(c, p.targetSize() - 60, () -> block(c, n[0]++), () -> special(c));
            c.ln();
            c.ln("log \"done ($ENV)\"");
        }

        static void block(Ctx c, int n) {
            c.ln();
            if (c.chance(35)) {
                c.ln("# " + c.sentence(3, 10));
            }
            String noun = c.noun();
            switch (c.r.nextInt(5)) {
                case 0 -> {
                    c.ln(noun + "_" + c.verb() + "_" + n + "() {");
                    c.ln("  local id=\"$1\"");
                    c.ln("  curl -fsS --retry " + (2 + c.r.nextInt(4)) + " -H \"Accept: application/json\" \\");
                    c.ln("    -H \"Authorization: Bearer ${" + JavaGen.p(noun) + "_API_TOKEN:?}\" \\");
                    c.ln("    \"$BASE_URL/" + noun + "s/$id?limit=" + (50 * (1 + c.r.nextInt(6))) + "\" > \"$WORK_DIR/" + noun + "-$id.json\"");
                    c.ln("}");
                }
                case 1 -> {
                    c.ln("for " + noun + " in " + c.noun() + " " + c.noun() + " " + c.noun() + "; do");
                    c.ln("  log \"" + c.verb() + " $" + noun + "\"");
                    c.ln("  if [ -f \"$WORK_DIR/$" + noun + ".json\" ]; then");
                    c.ln("    jq -r '.items[] | .id' \"$WORK_DIR/$" + noun + ".json\" >> \"$WORK_DIR/ids.txt\"");
                    c.ln("  fi");
                    c.ln("done");
                }
                case 2 -> {
                    c.ln("case \"$ENV\" in");
                    for (String env : ENVS) {
                        if (c.chance(50)) {
                            c.ln("  " + env + ") REPLICAS=" + (1 + c.r.nextInt(8)) + " ;;");
                        }
                    }
                    c.ln("  *) REPLICAS=1 ;;");
                    c.ln("esac");
                }
                case 3 -> {
                    String v = JavaGen.p(noun) + "_" + JavaGen.p(c.noun()) + "_" + n;
                    c.ln("export " + v + "=\"${" + v + ":-" + c.r.nextInt(1000) + "}\"");
                    c.ln("log \"" + v + "=$" + v + "\"");
                }
                default -> {
                    c.ln("if ! kubectl -n \"" + c.plan.svc() + "-$ENV\" rollout status deploy/" + c.plan.svc() + "-" + noun
                            + " --timeout=" + (30 * (1 + c.r.nextInt(10))) + "s; then");
                    c.ln("  log \"" + c.sentence(3, 8) + "\"");
                    c.ln("  exit 1");
                    c.ln("fi");
                }
            }
        }

        static void special(Ctx c) {
            c.ln();
            String cliq = c.pick(JavaGen.CLIQ_HOSTS);
            if (!c.legacy()) {
                if (c.chance(50)) {
                    c.ln("# notify the ops channel through the Cliq webhook (token from the CI secret store)");
                    c.ln("curl -fsS -X POST \"https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=${CLIQ_WEBHOOK_TOKEN}\" \\");
                    c.ln("  -H \"Content-Type: application/json\" -d \"{\\\"text\\\":\\\"deploy $ENV finished\\\"}\"");
                } else {
                    c.ln("curl -fsS -H \"Authorization: Zoho-oauthtoken ${ZOHO_ACCESS_TOKEN}\" \\");
                    c.ln("  \"https://www.zohoapis.com/crm/v2/Leads?per_page=200\" > \"$WORK_DIR/leads.json\"");
                }
                return;
            }
            switch (c.r.nextInt(3)) {
                case 0 -> {
                    c.use("sh:authtoken-query-param");
                    c.ln("curl -fsS \"https://books.zoho.com/api/v3/invoices?authtoken=$ZOHO_AUTHTOKEN&organization_id=$ORG_ID\" > \"$WORK_DIR/invoices.json\"");
                }
                case 1 -> {
                    c.use("sh:cliq-authtoken-query-param");
                    c.ln("curl -fsS -X POST \"https://" + cliq + "/api/v2/channelsbyname/" + c.noun()
                            + "/message?authtoken=${CLIQ_AUTHTOKEN}\" \\");
                    c.ln("  -H \"Content-Type: application/json\" -d \"{\\\"text\\\":\\\"deploy $ENV finished\\\"}\"");
                }
                default -> {
                    c.use("sh:hardcoded-authtoken");
                    c.ln("ZOHO_AUTHTOKEN=\"" + c.hex32() + "\"");
                    c.use("sh:cliq-authtoken-query-param");
                    c.ln("curl -fsS \"https://" + cliq + "/api/v2/bots/deploybot/message?authtoken=$ZOHO_AUTHTOKEN\" -d \"text=$ENV\"");
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ .env

    static final class EnvGen {
        static void generate(Ctx c) {
            Plan p = c.plan;
            c.planSpecials(1);
            c.ln("# " + p.svc() + " environment - " + c.sentence(3, 8));
            c.ln("APP_NAME=" + p.svc());
            c.ln("APP_PORT=" + (8000 + c.r.nextInt(100)));
            c.ln("DATABASE_URL=postgres://" + pkgName(p.svc()) + "@db-" + c.pick(ENVS) + ".internal:5432/" + pkgName(p.svc()));
            body(c, p.targetSize(), () -> entry(c), () -> special(c));
        }

        static void entry(Ctx c) {
            if (c.chance(15)) {
                c.ln();
                c.ln("# " + c.sentence(3, 9));
            }
            String key = JavaGen.p(c.noun()) + "_" + JavaGen.p(c.noun());
            String value = switch (c.r.nextInt(5)) {
                case 0 -> String.valueOf(c.r.nextInt(5000));
                case 1 -> String.valueOf(c.r.nextBoolean());
                case 2 -> c.pick(HOSTS) + "/" + c.noun() + "s";
                case 3 -> "\"" + c.sentence(2, 5) + "\"";
                default -> "${" + JavaGen.p(c.noun()) + "_" + JavaGen.p(c.noun()) + "}";
            };
            c.ln(key + "=" + value);
        }

        static void special(Ctx c) {
            c.ln();
            if (!c.legacy()) {
                c.ln("ZOHO_API_DOMAIN=https://www.zohoapis.com");
                c.ln("ZOHO_TOKEN_URL=https://accounts.zoho.com/oauth/v2/token");
                c.ln("CLIQ_WEBHOOK_URL=https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=${CLIQ_WEBHOOK_TOKEN}");
                return;
            }
            if (c.chance(50)) {
                c.use("env:hardcoded-authtoken");
                c.ln("ZOHO_AUTHTOKEN=" + c.hex32());
            } else {
                c.use("env:cliq-authtoken-query-param");
                c.ln("CLIQ_ALERT_URL=https://" + c.pick(JavaGen.CLIQ_HOSTS) + "/api/v2/channelsbyname/alerts/message?authtoken=${CLIQ_AUTHTOKEN}");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ TOML

    static final class TomlGen {
        static final String[] ZOHO_TABLES = {"zoho", "zoho.crm", "zoho.cliq"};

        static void generate(Ctx c) {
            Plan p = c.plan;
            c.planSpecials(1);
            int[] section = {0};
            if (p.path().endsWith("pyproject.toml")) {
                c.ln("[project]");
                c.ln("name = \"" + p.svc() + "-" + c.noun() + "\"");
                c.ln("version = \"" + c.r.nextInt(5) + "." + c.r.nextInt(20) + "." + c.r.nextInt(10) + "\"");
                c.ln("description = \"" + c.sentence(4, 10) + "\"");
                c.ln("requires-python = \">=3." + (9 + c.r.nextInt(4)) + "\"");
                c.ln("dependencies = [\"requests>=2.31\", \"pydantic>=2\", \"click>=8\"]");
                c.ln();
                c.ln("[tool.ruff]");
                c.ln("line-length = " + c.pick(new String[]{"100", "110", "120"}));
            } else {
                c.ln("# " + p.svc() + " settings - " + c.sentence(3, 8));
                c.ln("[default]");
                c.ln("debug = false");
                c.ln("timeout = " + (5 + c.r.nextInt(30)));
            }
            body(c, p.targetSize(), () -> settingsBlock(c, section[0]++, true), () -> special(c));
        }

        static void special(Ctx c) {
            // distinct table names: a TOML document may not define a table twice
            String table = ZOHO_TABLES[c.nextSpecial - 1];
            c.ln();
            c.ln("[" + table + "]");
            if (!c.legacy()) {
                c.ln("api_domain = \"https://www.zohoapis.com\"");
                c.ln("token_url = \"https://accounts.zoho.com/oauth/v2/token\"");
                c.ln("client_id_env = \"ZOHO_CLIENT_ID\"");
                return;
            }
            if (c.chance(60)) {
                c.use("toml:hardcoded-authtoken");
                c.ln("authtoken = \"" + c.hex32() + "\"");
            } else {
                c.use("toml:cliq-authtoken-query-param");
                c.ln("webhook_url = \"https://" + c.pick(JavaGen.CLIQ_HOSTS) + "/api/v2/channelsbyname/alerts/message?authtoken=" + c.hex32() + "\"");
            }
            c.ln("timeout = " + (5 + c.r.nextInt(30)));
        }
    }

    // ------------------------------------------------------------------------------------------------ INI

    static final class IniGen {
        static final String[] ZOHO_SECTIONS = {"zoho", "zoho_crm", "zoho_cliq"};

        static void generate(Ctx c) {
            Plan p = c.plan;
            c.planSpecials(1);
            int[] section = {0};
            if (p.path().endsWith("setup.cfg")) {
                c.ln("[metadata]");
                c.ln("name = " + p.svc() + "-" + c.noun());
                c.ln("version = " + c.r.nextInt(5) + "." + c.r.nextInt(20) + "." + c.r.nextInt(10));
                c.ln("description = " + c.sentence(4, 10));
                c.ln();
                c.ln("[options]");
                c.ln("python_requires = >=3." + (9 + c.r.nextInt(4)));
                c.ln("install_requires =");
                c.ln("    requests>=2.31");
                c.ln("    click>=8");
            } else {
                c.ln("; " + p.svc() + " " + c.noun() + " settings - " + c.sentence(3, 8));
                c.ln("[DEFAULT]");
                c.ln("env = " + c.pick(ENVS));
                c.ln("timeout = " + (5 + c.r.nextInt(30)));
            }
            body(c, p.targetSize(), () -> settingsBlock(c, section[0]++, false), () -> special(c));
        }

        static void special(Ctx c) {
            c.ln();
            c.ln("[" + ZOHO_SECTIONS[c.nextSpecial - 1] + "]");
            if (!c.legacy()) {
                c.ln("api_domain = https://www.zohoapis.com");
                c.ln("token_url = https://accounts.zoho.com/oauth/v2/token");
                c.ln("webhook_url = https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=${CLIQ_WEBHOOK_TOKEN}");
                return;
            }
            if (c.chance(60)) {
                c.use("ini:hardcoded-authtoken");
                c.ln("authtoken = " + c.hex32());
            } else {
                c.use("ini:cliq-authtoken-query-param");
                c.ln("webhook_url = https://" + c.pick(JavaGen.CLIQ_HOSTS) + "/api/v2/channelsbyname/alerts/message?authtoken=${CLIQ_AUTHTOKEN}");
            }
        }
    }
}
