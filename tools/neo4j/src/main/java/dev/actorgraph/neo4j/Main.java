package dev.actorgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j Community embedded and serves Bolt on 127.0.0.1 only.
 *
 * Protocol with whoever starts it (src/graph/local-neo4j.ts):
 *  - stdout carries exactly one line, {@code NEO4J_READY bolt://127.0.0.1:PORT},
 *    printed once Bolt accepts TCP connections; nothing else is ever written there.
 *  - startup failures are one line on stderr prefixed {@code actorgraph-neo4j: }
 *    plus a distinct exit code (see the EXIT_* constants).
 *  - SIGTERM/SIGINT, or stdin EOF with --watch-stdin, shut the database down cleanly.
 */
public final class Main {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_PORT_IN_USE = 10;
    static final int EXIT_STORE_LOCKED = 11;
    static final int EXIT_NOT_READY = 12;

    private static final String PREFIX = "actorgraph-neo4j: ";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private static final Object LOCK = new Object();
    private static DatabaseManagementService service; // guarded by LOCK
    private static final CountDownLatch startupSettled = new CountDownLatch(1);
    private static final CountDownLatch stopped = new CountDownLatch(1);

    private Main() {}

    static final class Options {
        int port = 7687;
        Path dataDir = Paths.get(".data", "neo4j");
        long pageCacheBytes = 64L * 1024 * 1024;
        boolean watchStdin = false;
        boolean trainingRun = false;
    }

    /** A startup failure with the exit code that tells the parent which one it was. */
    static final class Failure extends Exception {
        final int exitCode;

        Failure(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }
    }

    public static void main(String[] args) {
        // Netty probes this before using direct buffers; setting it here keeps
        // the launcher usable with a bare `java -jar`.
        System.setProperty("io.netty.tryReflectionSetAccessible", "true");
        // Some libraries print to stdout; stdout is reserved for the ready line.
        PrintStream readyOut = System.out;
        System.setOut(System.err);

        int code;
        try {
            Options opts = parse(args);
            run(opts, readyOut);
            code = EXIT_OK;
        } catch (Failure f) {
            System.err.println(PREFIX + f.getMessage());
            code = f.exitCode;
        } catch (Throwable t) {
            System.err.println(PREFIX + "failed to start Neo4j: " + describe(t));
            code = EXIT_FAILED;
        }
        System.err.flush();
        if (code != EXIT_OK) {
            // Skip the wait in the shutdown hook: nothing is running.
            startupSettled.countDown();
        }
        System.exit(code);
    }

    static Options parse(String[] args) throws Failure {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--port": {
                    String v = value != null ? value : next(args, ++i, a);
                    try {
                        o.port = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new Failure(EXIT_USAGE, "--port needs a number, got '" + v + "'");
                    }
                    if (o.port < 1 || o.port > 65535) {
                        throw new Failure(EXIT_USAGE, "--port must be 1-65535, got " + o.port);
                    }
                    break;
                }
                case "--data":
                    o.dataDir = Paths.get(value != null ? value : next(args, ++i, a));
                    break;
                case "--page-cache":
                    o.pageCacheBytes = parseSize(value != null ? value : next(args, ++i, a));
                    break;
                case "--watch-stdin":
                    o.watchStdin = true;
                    break;
                case "--training-run":
                    o.trainingRun = true;
                    break;
                case "--help":
                case "-h":
                    System.err.println("usage: java -jar actorgraph-neo4j.jar [--port N] [--data DIR] "
                            + "[--page-cache SIZE] [--watch-stdin] [--training-run]");
                    System.exit(EXIT_OK);
                    break;
                default:
                    throw new Failure(EXIT_USAGE, "unknown argument '" + args[i] + "' (try --help)");
            }
        }
        o.dataDir = o.dataDir.toAbsolutePath().normalize();
        return o;
    }

    private static String next(String[] args, int i, String flag) throws Failure {
        if (i >= args.length) {
            throw new Failure(EXIT_USAGE, flag + " needs a value");
        }
        return args[i];
    }

    /** "64m", "1g", "512k" or plain bytes. */
    static long parseSize(String s) throws Failure {
        String t = s.trim().toLowerCase(Locale.ROOT);
        long mult = 1;
        if (t.endsWith("b")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.endsWith("k")) {
            mult = 1024L;
        } else if (t.endsWith("m")) {
            mult = 1024L * 1024;
        } else if (t.endsWith("g")) {
            mult = 1024L * 1024 * 1024;
        }
        if (mult != 1) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            long n = Long.parseLong(t.trim());
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n * mult;
        } catch (NumberFormatException e) {
            throw new Failure(EXIT_USAGE, "--page-cache needs a size like 64m or 1g, got '" + s + "'");
        }
    }

    static void run(Options o, PrintStream readyOut) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(Main::shutdown, "actorgraph-neo4j-shutdown"));
        if (o.watchStdin) {
            watchStdin();
        }

        checkPortFree(o.port);
        checkStoreUnlocked(o);
        Files.createDirectories(o.dataDir);
        Path logDir = o.dataDir.resolve("logs");
        Files.createDirectories(logDir);
        OutputStream userLog = Files.newOutputStream(logDir.resolve("neo4j.log"),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(o.dataDir)
                    .setUserLogProvider(new Log4jLogProvider(userLog))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", o.port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", o.port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    // Would try to phone home; there may be no internet, and it is not ours to opt into.
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, o.pageCacheBytes)
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
                    // Only what recovery needs; this is a local working store, not a backup source.
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 16L * 1024 * 1024)
                    // A checkpoint once the logs since the last one reach 256 MB, so they are pruned as a bulk
                    // ingest goes (the default, every 15 minutes, let them outgrow the store itself).
                    .setConfig(GraphDatabaseSettings.check_point_policy, GraphDatabaseSettings.CheckpointPolicy.VOLUME)
                    .setConfig(GraphDatabaseSettings.check_point_interval_volume, 256L * 1024 * 1024)
                    // Netty's graceful stop otherwise idles 5s twice (measured: ~10s per stop).
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                    .build();
        } catch (Throwable t) {
            throw classify(t, o);
        }
        synchronized (LOCK) {
            service = dbms;
        }
        startupSettled.countDown();

        waitForBolt(o.port);
        readyOut.println("NEO4J_READY bolt://127.0.0.1:" + o.port);
        readyOut.flush();

        if (o.trainingRun) {
            train(dbms);
            return;
        }

        // Neo4j's own threads keep the JVM alive too, but park here so exit is
        // always via the shutdown hook.
        stopped.await();
    }

    /**
     * Loads the classes typical actorgraph work needs (schema, batched MERGE,
     * reads) so that a class-data-sharing archive recorded from this run
     * (-XX:ArchiveClassesAtExit, done by scripts/prepare-neo4j.mjs) covers
     * them; the JVM then exits, which writes the archive.
     */
    static void train(DatabaseManagementService dbms) {
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("CREATE CONSTRAINT t_actor IF NOT EXISTS FOR (a:TrainActor) REQUIRE a.id IS UNIQUE");
        db.executeTransactionally("CREATE INDEX t_event IF NOT EXISTS FOR (e:TrainEvent) ON (e.day)");
        db.executeTransactionally("CALL db.awaitIndexes(60)");
        for (int b = 0; b < 3; b++) {
            db.executeTransactionally(
                    "UNWIND range(1, 50) AS i "
                            + "MERGE (a:TrainActor {id: $b * 50 + i}) ON CREATE SET a.name = 'actor ' + i "
                            + "CREATE (e:TrainEvent {day: date('2024-01-01') + duration({days: i}), text: 'event'}) "
                            + "MERGE (a)-[r:TRAIN_IN]->(e) SET r.role = 'subject'",
                    Map.of("b", b));
        }
        db.executeTransactionally(
                "MATCH (a:TrainActor)-[r:TRAIN_IN]->(e:TrainEvent) WHERE e.day >= $d "
                        + "RETURN a.name AS name, collect(e.text) AS texts, count(r) AS n ORDER BY n DESC LIMIT 10",
                Map.of("d", java.time.LocalDate.of(2024, 1, 1)), r -> {
                    r.stream().forEach(row -> { });
                    return null;
                });
        db.executeTransactionally("MATCH (n) WHERE n:TrainActor OR n:TrainEvent DETACH DELETE n");
        db.executeTransactionally("DROP CONSTRAINT t_actor IF EXISTS");
        db.executeTransactionally("DROP INDEX t_event IF EXISTS");
    }

    /** Binding first gives a clear error instead of a deep Neo4j stack trace. */
    static void checkPortFree(int port) throws Failure {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        } catch (IOException e) {
            throw new Failure(EXIT_PORT_IN_USE, "port " + port + " is already in use");
        }
    }

    /**
     * Neo4j holds an OS file lock on data/databases/store_lock while running.
     * Probing it here fails in well under a second, where letting Neo4j find
     * out costs a full start and stop.
     */
    static void checkStoreUnlocked(Options o) throws Failure {
        Path lockFile = o.dataDir.resolve("data").resolve("databases").resolve("store_lock");
        if (!Files.isRegularFile(lockFile)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                throw storeLocked(o);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw storeLocked(o);
        } catch (IOException e) {
            // Unreadable lock file: let Neo4j report whatever is wrong.
        }
    }

    static Failure storeLocked(Options o) {
        return new Failure(EXIT_STORE_LOCKED, "data directory " + o.dataDir + " is in use by another Neo4j process");
    }

    static Failure classify(Throwable t, Options o) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String name = c.getClass().getName();
            String msg = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            if (name.endsWith("FileLockException") || msg.contains("lock on store")
                    || msg.contains("lock on file")) {
                return storeLocked(o);
            }
            if (name.endsWith("PortBindException") || c instanceof java.net.BindException) {
                return new Failure(EXIT_PORT_IN_USE, "port " + o.port + " is already in use");
            }
        }
        return new Failure(EXIT_FAILED, "failed to start Neo4j: " + describe(t));
    }

    /** The innermost message, which is usually the useful one. */
    static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String top = t.getClass().getSimpleName() + ": " + t.getMessage();
        if (root == t) {
            return top.replace('\n', ' ');
        }
        return (top + " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")")
                .replace('\n', ' ');
    }

    static void waitForBolt(int port) throws Failure, InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 250);
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new Failure(EXIT_NOT_READY, "Neo4j started but Bolt did not accept connections on port "
                + port + " within " + READY_TIMEOUT.toSeconds() + "s");
    }

    /** Exit when the parent closes our stdin (or dies), so no JVM is orphaned. */
    static void watchStdin() {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[256];
            InputStream in = System.in;
            try {
                while (in.read(buf) >= 0) {
                    // Input is ignored; only EOF matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone, same as EOF.
            }
            System.err.println(PREFIX + "stdin closed, shutting down");
            System.exit(EXIT_OK);
        }, "actorgraph-neo4j-stdin");
        t.setDaemon(true);
        t.start();
    }

    static void shutdown() {
        try {
            // If a stop arrives mid-startup, let the build finish so the store
            // is closed cleanly rather than left for recovery.
            startupSettled.await(60, TimeUnit.SECONDS);
            DatabaseManagementService s;
            synchronized (LOCK) {
                s = service;
                service = null;
            }
            if (s != null) {
                s.shutdown();
                System.err.println(PREFIX + "stopped");
            }
        } catch (Throwable t) {
            System.err.println(PREFIX + "error during shutdown: " + describe(t));
        } finally {
            stopped.countDown();
        }
    }
}
