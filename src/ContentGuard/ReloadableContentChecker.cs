namespace ContentGuard;

/// <summary>
/// Holds the current <see cref="ContentChecker"/> and replaces it when lexicons change (live reload). <see cref="Reload"/>
/// builds a complete new engine from the builder (reading lexicon files anew) and swaps it in atomically: checks in
/// flight finish on the engine they started with, and no check ever sees a half-built engine. If building fails (a
/// malformed lexicon), the current engine stays and the exception is thrown to the caller of <see cref="Reload"/>.
/// Thread-safe.
/// </summary>
/// <example>
/// <code>
/// var builder = new ContentCheckerBuilder().UseDefaults().AddLexicon("/etc/contentguard/site.lex.tsv");
/// var checker = new ReloadableContentChecker(builder);
/// var result = checker.Current.Check(draft);
/// // after editing site.lex.tsv:
/// checker.Reload();
/// </code>
/// </example>
public sealed class ReloadableContentChecker : IDisposable
{
    private readonly ContentCheckerBuilder _builder;
    private readonly Lock _reloadLock = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private ContentChecker _current;
    private Timer? _debounce;
    private int _generation;

    /// <summary>Builds the first engine from <paramref name="builder"/> (which must not be changed while reloads run).</summary>
    public ReloadableContentChecker(ContentCheckerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        _builder = builder;
        _current = builder.Build();
    }

    /// <summary>The engine to use for the next check (read it once per check).</summary>
    public ContentChecker Current => Volatile.Read(ref _current);

    /// <summary>How many times the engine was replaced.</summary>
    public int Generation => Volatile.Read(ref _generation);

    /// <summary>Raised after a reload by a file watcher failed (the previous engine stays in use).</summary>
    public event EventHandler<Exception>? ReloadFailed;

    /// <summary>Checks with the current engine.</summary>
    public CheckResult Check(string text, CheckOptions? options = null) => Current.Check(text, options);

    /// <summary>Builds a new engine (reading the lexicon files again) and swaps it in; returns it.</summary>
    /// <exception cref="FormatException">A lexicon file is malformed; the current engine stays.</exception>
    public ContentChecker Reload()
    {
        lock (_reloadLock)
        {
            var next = _builder.Build();
            Volatile.Write(ref _current, next);
            Interlocked.Increment(ref _generation);
            return next;
        }
    }

    /// <summary>
    /// Reloads automatically when a <c>*.tsv</c> file in <paramref name="directory"/> changes (after
    /// <paramref name="debounce"/> of quiet, default 500 ms). Failures are reported by <see cref="ReloadFailed"/>.
    /// </summary>
    public void WatchLexicons(string directory, TimeSpan? debounce = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var delay = debounce ?? TimeSpan.FromMilliseconds(500);
        lock (_reloadLock)
        {
            _debounce ??= new Timer(_ => ReloadFromWatcher(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            var watcher = new FileSystemWatcher(Path.GetFullPath(directory), "*.tsv")
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size,
            };
            FileSystemEventHandler changed = (_, _) => _debounce.Change(delay, Timeout.InfiniteTimeSpan);
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Renamed += (_, _) => _debounce.Change(delay, Timeout.InfiniteTimeSpan);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Stops watching files.</summary>
    public void Dispose()
    {
        lock (_reloadLock)
        {
            foreach (var w in _watchers)
            {
                w.Dispose();
            }

            _watchers.Clear();
            _debounce?.Dispose();
            _debounce = null;
        }
    }

    private void ReloadFromWatcher()
    {
        try
        {
            Reload();
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            ReloadFailed?.Invoke(this, e);
        }
    }
}
