using ContentGuard.Lexicon;
using ContentGuard.Pipeline;
using ContentGuard.Segmentation;

namespace ContentGuard.Detection;

/// <summary>
/// Everything a detector may read about one check. Immutable for detectors; the word list is computed on first use.
/// All ranges are indices into <see cref="Normalized"/>.
/// </summary>
public sealed class DetectionContext
{
    private readonly Segmenter _segmenter;
    private readonly long _deadline;
    private readonly CharClasses? _classes;
    private IReadOnlyList<Token>? _tokens;
    private AllowedSpans? _allowed;
    private (string Text, int[] Map)? _compact;

    internal DetectionContext(NormalizedText normalized, IReadOnlyList<TextRange> sentences, CheckOptions options, DateOnly documentDate, Segmenter segmenter, long deadline, CancellationToken cancellationToken, CharClasses? classes = null)
    {
        _classes = classes;
        Normalized = normalized;
        Sentences = sentences;
        Options = options;
        DocumentDate = documentDate;
        _segmenter = segmenter;
        _deadline = deadline;
        CancellationToken = cancellationToken;
    }

    /// <summary>The normalized text: what detectors match against.</summary>
    public NormalizedText Normalized { get; }

    /// <summary>The checked text before normalization.</summary>
    public string Text => Normalized.Original;

    /// <summary>Sentences, as ranges of <see cref="Normalized"/>.</summary>
    public IReadOnlyList<TextRange> Sentences { get; }

    /// <summary>The options of this check.</summary>
    public CheckOptions Options { get; }

    /// <summary>The date the document speaks from (<see cref="CheckOptions.DocumentDate"/>, default today).</summary>
    public DateOnly DocumentDate { get; }

    /// <summary>Cancelled when the caller gives up.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>True when the time budget of the check has run out: a long detector should stop and return what it has.</summary>
    public bool IsOverBudget => (_deadline != long.MaxValue && System.Diagnostics.Stopwatch.GetTimestamp() > _deadline) || CancellationToken.IsCancellationRequested;

    /// <summary>jieba words of the normalized text (computed once per check, on first use).</summary>
    public IReadOnlyList<Token> Tokens => _tokens ??= _segmenter.Tokenize(Normalized.Text);

    /// <summary>The segmenter of the engine (for a detector that must segment a span of its own, e.g. without noise).</summary>
    internal Segmenter Segmenter => _segmenter;

    /// <summary>
    /// The normalized text with noise characters and quotation marks skipped, and a map from each of its chars back into
    /// <see cref="Normalized"/> (computed once per check, on first use; shared by the wording detectors).
    /// </summary>
    internal (string Text, int[] Map) Compact => _compact ??= Detectors.Wording.WordingText.Compact(Normalized);

    /// <summary>
    /// Where the request's allow-listed terms occur (computed once per check, on first use); null when the request has no
    /// allow-list. Findings inside them are dropped by the pipeline; detectors may also skip them.
    /// </summary>
    internal AllowedSpans? Allowed =>
        Options.Allowlist is not { Count: > 0 } allow || _classes is null
            ? null
            : _allowed ??= AllowedSpans.Find(Normalized, allow, _classes, () => IsOverBudget);

    /// <summary>The index of the sentence containing <paramref name="index"/>, or -1.</summary>
    public int SentenceIndexOf(int index)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (index < s.Start)
            {
                hi = mid - 1;
            }
            else if (index >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
