using System.Collections.Frozen;
using System.Diagnostics;
using System.Reflection;
using ContentGuard.Detection;
using ContentGuard.Lexicon;
using ContentGuard.Normalization;
using ContentGuard.Pipeline;
using ContentGuard.Segmentation;
using ContentGuard.Text;

namespace ContentGuard;

/// <summary>
/// The checking engine: immutable and thread-safe, built once by <see cref="ContentCheckerBuilder"/> and shared by all
/// checks. Every heavy thing (tables, automata, the model) is loaded when it is built.
/// </summary>
public sealed class ContentChecker
{
    private readonly IDetector[] _detectors;
    private readonly Normalizer _normalizer;
    private readonly CharClasses _classes;
    private readonly Segmenter _segmenter;
    private readonly TimeProvider _time;
    private readonly FrozenSet<string> _ruleIds;

    internal ContentChecker(IReadOnlyList<IDetector> detectors, Normalizer normalizer, Segmenter segmenter, TimeProvider time)
    {
        _detectors = [.. detectors];
        _normalizer = normalizer;
        _classes = new CharClasses(normalizer);
        _segmenter = segmenter;
        _time = time;
        Rules = [.. detectors.SelectMany(d => d.Rules).DistinctBy(r => r.Id)];
        _ruleIds = Rules.Select(r => r.Id).ToFrozenSet(StringComparer.Ordinal);
        var data = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in CharData.Versions().Concat(detectors.SelectMany(d => d.DataVersions)))
        {
            data[k] = v;
        }

        Software = new SoftwareInfo("ContentGuard", EngineVersion, data);
        _segmenter.AddWords(detectors.SelectMany(d => d.Vocabulary));
    }

    /// <summary>The engine's version (the assembly's informational version).</summary>
    public static string EngineVersion { get; } =
        (typeof(ContentChecker).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>Every rule the engine can report.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The names of the detectors, in the order they run.</summary>
    public IReadOnlyList<string> DetectorNames => [.. _detectors.Select(d => d.Name)];

    /// <summary>The engine version and the versions of its data.</summary>
    public SoftwareInfo Software { get; }

    /// <summary>Checks a string (plain text, or HTML when <see cref="CheckOptions.Format"/> says so).</summary>
    /// <exception cref="ArgumentException">The options name an unknown category or rule.</exception>
    public CheckResult Check(string text, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= CheckOptions.Default;
        return Run(AnnotatedText.From(text, options.Format), options, CancellationToken.None);
    }

    /// <summary>Checks an annotated text (plain text, HTML, or LanguageTool-style parts).</summary>
    /// <exception cref="ArgumentException">The options name an unknown category or rule.</exception>
    public CheckResult Check(AnnotatedText text, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(text, options ?? CheckOptions.Default, CancellationToken.None);
    }

    /// <summary>Checks a string; stops between detectors when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public ValueTask<CheckResult> CheckAsync(string text, CheckOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= CheckOptions.Default;
        return CheckAsync(AnnotatedText.From(text, options.Format), options, cancellationToken);
    }

    /// <summary>Checks an annotated text; stops between detectors when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public ValueTask<CheckResult> CheckAsync(AnnotatedText text, CheckOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        var result = Run(text, options ?? CheckOptions.Default, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(result);
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the valid ids when the options name unknown categories or rules.</summary>
    public void Validate(CheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validCategories = string.Join(", ", Category.All.Select(c => c.Id));
        foreach (var id in (options.EnabledCategories ?? []).Concat(options.DisabledCategories ?? []))
        {
            if (!Category.TryGet(id, out _))
            {
                throw new ArgumentException($"Unknown category id '{id}'. Valid ids: {validCategories}.", nameof(options));
            }
        }

        foreach (var id in options.DisabledRules ?? [])
        {
            if (!_ruleIds.Contains(id))
            {
                throw new ArgumentException($"Unknown rule id '{id}'. GET /v1/rules lists the valid ids (e.g. {string.Join(", ", _ruleIds.Take(5))}).", nameof(options));
            }
        }
    }

    private CheckResult Run(AnnotatedText input, CheckOptions options, CancellationToken cancellationToken)
    {
        Validate(options);
        var started = Stopwatch.GetTimestamp();
        var deadline = options.TimeBudget is { } budget ? started + (long)(budget.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
        var map = input.Map;
        var normalized = _normalizer.Normalize(map.Plain);
        var sentences = SentenceSplitter.Split(normalized.Text);
        var documentDate = options.DocumentDate ?? Today(_time);
        var context = new DetectionContext(normalized, sentences, options, documentDate, _segmenter, deadline, cancellationToken, _classes);
        var enabled = EnabledCategories(options);

        var raw = new List<RawFinding>();
        var timings = new Dictionary<string, double>(StringComparer.Ordinal);
        var warnings = new List<string>();
        foreach (var detector in _detectors)
        {
            if (!detector.Rules.Any(r => enabled.Contains(r.Category)))
            {
                continue;
            }

            if (context.IsOverBudget)
            {
                cancellationToken.ThrowIfCancellationRequested();
                warnings.Add($"Time budget exhausted: detector '{detector.Name}' did not run.");
                continue;
            }

            var sink = new FindingSink(detector.Name, normalized.Length);
            var t0 = Stopwatch.GetTimestamp();
            try
            {
                detector.Detect(context, sink);
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                // A pattern gave up on a pathological input: what the detector found so far stands, the check is incomplete.
                warnings.Add($"Detector '{detector.Name}' stopped early: a pattern timed out on this input.");
            }

            timings[detector.Name] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            raw.AddRange(sink.Items);
        }

        if (context.IsOverBudget && warnings.Count == 0)
        {
            warnings.Add("Time budget exhausted: some detectors may have stopped early.");
        }

        var disabledRules = options.DisabledRules is { Count: > 0 } dr ? dr.ToHashSet(StringComparer.Ordinal) : null;
        raw.RemoveAll(f => !enabled.Contains(f.Rule.Category) || (disabledRules?.Contains(f.Rule.Id) ?? false));
        if (context.Allowed is { } allowed)
        {
            raw = AllowlistFilter.Apply(raw, allowed);
            if (!allowed.Complete)
            {
                warnings.Add("Time budget exhausted: the allow-list was only partly applied.");
            }
        }

        var merged = FindingMerger.Merge(raw, normalized.Length);
        var findings = new List<Finding>(merged.Count);
        foreach (var f in merged)
        {
            findings.Add(ToFinding(f, map, normalized, context));
        }

        var sentenceRanges = new List<TextRange>(sentences.Count);
        foreach (var s in sentences)
        {
            var (ps, pe) = normalized.ToOriginalSpan(s.Start, s.Length);
            sentenceRanges.Add(map.ToSource(ps, pe));
        }

        return new CheckResult
        {
            Decision = DecisionPolicy.Decide(findings.Select(f => f.Severity), incomplete: warnings.Count > 0),
            Matches = findings,
            SentenceRanges = sentenceRanges,
            Software = Software,
            Warnings = new CheckWarnings(warnings.Count > 0, warnings),
            Timings = new CheckTimings(Stopwatch.GetElapsedTime(started).TotalMilliseconds, timings),
            DataId = options.DataId,
        };
    }

    /// <summary>Today in China Standard Time (UTC+8, no daylight saving), whatever the server's time zone: the documents are Chinese.</summary>
    internal static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaStandardTime).DateTime);

    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    private static Finding ToFinding(RawFinding f, SourceMap map, NormalizedText normalized, DetectionContext context)
    {
        var (ps, pe) = normalized.ToOriginalSpan(f.Start, f.Length);
        var range = map.ToSource(ps, pe);
        var sentenceIndex = context.SentenceIndexOf(f.Start);
        string? sentence = null;
        if (sentenceIndex >= 0)
        {
            var (start, end) = SentenceAround(f, context.Sentences[sentenceIndex], normalized.Text);
            sentence = normalized.OriginalSlice(start, end - start);
        }

        return new Finding
        {
            Offset = range.Start,
            Length = range.Length,
            Text = map.Source.Substring(range.Start, range.Length),
            Message = f.Message,
            ShortMessage = f.ShortMessage,
            Severity = f.Severity,
            Replacements = [.. f.Replacements.Select(r => new Replacement(r))],
            Rule = f.Rule,
            Source = new FindingSource(f.Detector, f.Confidence),
            Sentence = sentence,
        };
    }

    /// <summary>
    /// The finding's sentence, or for a sentence longer than <see cref="Finding.MaxSentenceLength"/> the part of it
    /// around the finding: every finding of a 100,000-char text without sentence ends would otherwise copy all of it.
    /// </summary>
    private static (int Start, int End) SentenceAround(RawFinding f, TextRange s, string text)
    {
        if (s.Length <= Finding.MaxSentenceLength)
        {
            return (s.Start, s.End);
        }

        if (f.Length >= Finding.MaxSentenceLength)
        {
            return (f.Start, f.End);
        }

        var start = Math.Max(s.Start, f.Start - ((Finding.MaxSentenceLength - f.Length) / 2));
        var end = Math.Min(s.End, start + Finding.MaxSentenceLength);
        start = Math.Max(s.Start, end - Finding.MaxSentenceLength);
        if (start > s.Start && char.IsLowSurrogate(text[start]))
        {
            start++;
        }

        if (end < s.End && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static HashSet<Category> EnabledCategories(CheckOptions options)
    {
        var set = options.EnabledCategories is { Count: > 0 } on
            ? on.Select(id => Category.TryGet(id, out var c) ? c : null).OfType<Category>().ToHashSet()
            : [.. Category.All];
        foreach (var id in options.DisabledCategories ?? [])
        {
            if (Category.TryGet(id, out var c))
            {
                set.Remove(c);
            }
        }

        return set;
    }
}
